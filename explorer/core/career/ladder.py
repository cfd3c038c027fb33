"""Career ladders: where a role sits, where it leads, and the way from one role to another."""

from __future__ import annotations

import heapq
import itertools
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


def ladder_route(catalog: Catalog, start: Role, goal: Role) -> list[Move] | None:
    """The route a ladder would take, or None when no route exists. Routes are ranked by
    fewest lateral moves, then fewest moves, then fewest stops off the goal's track, then
    fewest crossings between packs.

    A sideways move into another role is taken only where no route of promotions gets there,
    and among equal climbs the one on the goal's own track wins, so a PM aiming at Director
    climbs through Senior PM and Group PM, not a detour through a niche role or the IC track.
    """
    if start.id == goal.id:
        return []
    order = itertools.count()  # ties go to the move listed first
    best: dict[str, tuple[int, int, int, int]] = {start.id: (0, 0, 0, 0)}
    came_from: dict[str, Move] = {}
    frontier = [((0, 0, 0, 0), next(order), start.id)]
    while frontier:
        cost, _, role_id = heapq.heappop(frontier)
        if role_id == goal.id:
            path = [came_from[goal.id]]
            while path[0].origin.id != start.id:
                path.insert(0, came_from[path[0].origin.id])
            return path
        if cost > best[role_id]:
            continue
        current = catalog.roles[role_id]
        for move in next_moves(catalog, current) + equivalence_moves(catalog, current):
            laterals, moves, off_track, crossings = cost
            kind = move.step.kind
            step_cost = (
                laterals + (kind is MoveKind.LATERAL),
                moves + 1,
                off_track + (move.target.track is not goal.track),
                crossings + (kind is MoveKind.EQUIVALENT),
            )
            if move.target.id not in best or step_cost < best[move.target.id]:
                best[move.target.id] = step_cost
                came_from[move.target.id] = move
                heapq.heappush(frontier, (step_cost, next(order), move.target.id))
    return None
