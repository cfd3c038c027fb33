"""Warnings: content that loads, but probably is not what the pack's author meant.

None of these stops a file from loading; `role-explorer validate` prints them as
`file:line:col: warning: …` and still exits 0.
"""

from __future__ import annotations

from explorer.core.content.files import Located
from explorer.core.content.model import Ladder, Pack, Problem, Role
from explorer.core.content.spec import KeyPath


def warning(located: Located, key_path: KeyPath, message: str) -> Problem:
    problem = located.problem(key_path, message)
    return Problem(problem.path, f"warning: {problem.message}", problem.line, problem.column)


def replaced_roles(
    earlier: dict[str, tuple[Role, Located]], later: dict[str, tuple[Role, Located]]
) -> list[Problem]:
    """A role id defined again by a later folder replaces the earlier role: say which wins."""
    return [
        warning(
            located,
            ("id",),
            f"role id {role_id!r} replaces the one in {earlier[role_id][1].path}; this file wins",
        )
        for role_id, (_, located) in later.items()
        if role_id in earlier
    ]


def replaced_ladders(
    earlier: dict[str, tuple[Ladder, Located, int]], later: dict[str, tuple[Ladder, Located, int]]
) -> list[Problem]:
    return [
        warning(
            located,
            ("ladders", index, "id"),
            f"ladder id {ladder_id!r} replaces the ladder {earlier[ladder_id][0].name!r} from {earlier[ladder_id][1].path}; "
            "give it another id to keep both",
        )
        for ladder_id, (_, located, index) in later.items()
        if ladder_id in earlier
    ]


def empty_ladder(ladder: Ladder, located: Located, index: int) -> Problem:
    return warning(
        located, ("ladders", index), f"ladder {ladder.id!r} has no known roles left and is not shown"
    )


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def role_checks(roles: dict[str, Role], located: dict[str, Located], packs: dict[str, Pack]) -> list[Problem]:
    """Per-role warnings once every pack is merged: titles, reporting lines, repeats, grades."""
    warnings: list[Problem] = []
    order = {pack_id: number for number, pack_id in enumerate(packs)}
    by_title: dict[str, list[Role]] = {}
    for role in roles.values():
        by_title.setdefault(_normal(role.title), []).append(role)
    for role_id, role in roles.items():
        where = located[role_id]
        earlier = [o for o in by_title[_normal(role.title)] if order.get(o.pack, 0) < order.get(role.pack, 0)]
        if earlier:
            listed = ", ".join(
                f"{o.id} ({packs[o.pack].name if o.pack in packs else o.pack})" for o in earlier
            )
            warnings.append(
                warning(
                    where,
                    ("title",),
                    f"title {role.title!r} is also used by {listed}; "
                    "lists add the pack's name, and the command line asks which one is meant",
                )
            )
        warnings += _reporting_lines(role, roles, where)
        seen: dict[str, int] = {}
        for index, duty in enumerate(role.responsibilities):
            key = _normal(duty.text)
            if key in seen:
                warnings.append(
                    warning(
                        where,
                        ("responsibilities", index, "text"),
                        f"responsibility {duty.id!r} repeats {role.responsibilities[seen[key]].id!r} word for word",
                    )
                )
            seen.setdefault(key, index)
        pack = packs.get(role.pack)
        if role.grade and pack and pack.grades and pack.grade_rank(role.grade) is None:
            scale = ", ".join(g.label for g in pack.grades)
            warnings.append(
                warning(where, ("grade",), f"grade {role.grade!r} is not in the pack's grades ({scale})")
            )
    return warnings


def _reporting_lines(role: Role, roles: dict[str, Role], where: Located) -> list[Problem]:
    warnings = []
    for index, boss_id in enumerate(role.reports_to):
        boss = roles[boss_id]
        if boss_id in role.manages or role.id in boss.reports_to:
            warnings.append(
                warning(
                    where,
                    ("reports_to", index),
                    f"reports_to {boss_id!r}, but {boss_id!r} is also listed as reporting to this role",
                )
            )
        if boss.level is not None and role.level is not None and boss.level < role.level:
            warnings.append(
                warning(
                    where,
                    ("reports_to", index),
                    f"reports_to {boss_id!r} at level {boss.level}, below this role's level {role.level}",
                )
            )
    for index, report_id in enumerate(role.manages):
        report = roles[report_id]
        if role.id in report.manages:
            warnings.append(
                warning(where, ("manages", index), f"manages {report_id!r}, which also manages this role")
            )
        if report.level is not None and role.level is not None and report.level > role.level:
            warnings.append(
                warning(
                    where,
                    ("manages", index),
                    f"manages {report_id!r} at level {report.level}, above this role's level {role.level}",
                )
            )
    return warnings
