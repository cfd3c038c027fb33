"""Career ladders: where a role sits, where it leads, and the shortest way between two roles."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from explorer.core.content.model import Catalog, Ladder, NextStep, Role, Track


@dataclass(frozen=True)
class Move:
    origin: Role
    target: Role
    step: NextStep


def ladders_for(catalog: Catalog) -> list[Ladder]:
    """The content's ladders, plus one per track for roles no ladder lists (ordered by level)."""
    ladders = list(catalog.ladders)
    listed = {role_id for ladder in ladders for role_id in ladder.roles}
    for track in Track:
        loose = sorted(
            (r for r in catalog.roles.values() if r.track is track and r.id not in listed),
            key=lambda r: (r.level, r.title),
        )
        if loose:
            ladders.append(Ladder(f"other-{track.value}", f"{track.label} (other roles)", track, tuple(r.id for r in loose)))
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


def shortest_path(catalog: Catalog, start: Role, goal: Role) -> list[Move] | None:
    """Fewest next-step moves from start to goal (breadth-first), or None when no route exists."""
    if start.id == goal.id:
        return []
    came_from: dict[str, Move] = {}
    queue = deque([start.id])
    seen = {start.id}
    while queue:
        current = catalog.roles[queue.popleft()]
        for move in next_moves(catalog, current):
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
