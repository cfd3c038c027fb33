"""Career ladders: where a role sits, where it leads, and the shortest way between two roles."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from explorer.core.content.model import Catalog, Ladder, MoveKind, NextStep, Role, Track


@dataclass(frozen=True)
class Move:
    origin: Role
    target: Role
    step: NextStep


def ladders_for(catalog: Catalog) -> list[Ladder]:
    """The content's ladders, plus one per pack and track for roles no ladder lists (ordered by level)."""
    ladders = list(catalog.ladders)
    listed = {role_id for ladder in ladders for role_id in ladder.roles}
    pack_ids = list(dict.fromkeys([*catalog.packs, *(role.pack for role in catalog.roles.values())]))
    for number, pack_id in enumerate(pack_ids):
        for track in Track:
            loose = sorted(
                (
                    r
                    for r in catalog.roles.values()
                    if r.track is track and r.pack == pack_id and r.id not in listed
                ),
                key=lambda r: (r.level is None, r.level or 0, r.title),
            )
            if not loose:
                continue
            ladder_id, name = f"other-{track.value}", f"{track.label} (other roles)"
            if number:
                ladder_id, name = f"{pack_id}-{ladder_id}", f"{name} · {catalog.pack_name(pack_id)}"
            ladders.append(Ladder(ladder_id, name, track, tuple(r.id for r in loose), pack=pack_id))
    return ladders


def ladders_containing(catalog: Catalog, role_id: str) -> list[Ladder]:
    return [ladder for ladder in ladders_for(catalog) if role_id in ladder.roles]


def next_moves(catalog: Catalog, role: Role) -> list[Move]:
    return [Move(role, catalog.roles[step.to], step) for step in role.next_steps if step.to in catalog.roles]


def previous_moves(catalog: Catalog, role: Role) -> list[Move]:
    return [
        Move(other, role, step)
        for other in catalog.sorted_roles()
        for step in other.next_steps
        if step.to == role.id
    ]


def equivalence_moves(catalog: Catalog, role: Role) -> list[Move]:
    """Crossing to the same job in another pack, as declared by either role's `equivalent_to`."""
    moves = []
    for other in catalog.equivalents(role):
        declarer = role if other.id in role.equivalent_to else other
        advice = f"{catalog.pack_name(declarer.pack)} declares {catalog.display_title(role)} the same job as {catalog.display_title(other)}."
        moves.append(Move(role, other, NextStep(other.id, MoveKind.EQUIVALENT, advice)))
    return moves


def shortest_path(catalog: Catalog, start: Role, goal: Role) -> list[Move] | None:
    """Fewest moves from start to goal (breadth-first), or None when no route exists.

    Moves are next steps, plus crossings between roles declared equivalent across packs;
    at equal length a route with fewer crossings is found first.
    """
    if start.id == goal.id:
        return []
    came_from: dict[str, Move] = {}
    queue = deque([start.id])
    seen = {start.id}
    while queue:
        current = catalog.roles[queue.popleft()]
        for move in next_moves(catalog, current) + equivalence_moves(catalog, current):
            if move.target.id in seen:
                continue
            seen.add(move.target.id)
            came_from[move.target.id] = move
            if move.target.id == goal.id:
                path = [move]
                while path[0].origin.id != start.id:
                    path.insert(0, came_from[path[0].origin.id])
                return path
            queue.append(move.target.id)
    return None
