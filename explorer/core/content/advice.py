"""Warnings: content that loads, but probably is not what the pack's author meant.

None of these stops a file from loading; `role-explorer validate` prints them as
`file:line:col: warning: …` and still exits 0.
"""

from __future__ import annotations

from explorer.core.content.files import Located
from explorer.core.content.model import Ladder, Problem, Role


def warning(located: Located, key_path: tuple, message: str) -> Problem:
    problem = located.problem(key_path, message)
    return Problem(problem.path, f"warning: {problem.message}", problem.line, problem.column)


def replaced_roles(earlier: dict[str, tuple[Role, Located]], later: dict[str, tuple[Role, Located]]) -> list[Problem]:
    """A role id defined again by a later folder replaces the earlier role: say which wins."""
    return [
        warning(located, ("id",), f"role id {role_id!r} replaces the one in {earlier[role_id][1].path}; this file wins")
        for role_id, (_, located) in later.items()
        if role_id in earlier
    ]


def replaced_ladders(
    earlier: dict[str, tuple[Ladder, Located, int]], later: dict[str, tuple[Ladder, Located, int]]
) -> list[Problem]:
    return [
        warning(located, ("ladders", index, "id"),
                f"ladder id {ladder_id!r} replaces the ladder {earlier[ladder_id][0].name!r} from {earlier[ladder_id][1].path}; "
                "give it another id to keep both")
        for ladder_id, (_, located, index) in later.items()
        if ladder_id in earlier
    ]


def empty_ladder(ladder: Ladder, located: Located, index: int) -> Problem:
    return warning(located, ("ladders", index), f"ladder {ladder.id!r} has no known roles left and is not shown")
