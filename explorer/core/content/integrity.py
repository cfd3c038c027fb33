"""Checks across files once every layer is merged: dangling references, ladders, promotion cycles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from explorer.core.content.files import Located
from explorer.core.content.model import (
    Ladder,
    MoveKind,
    NextStep,
    Problem,
    Role,
    Source,
)
from explorer.core.content.spec import KeyPath


def _dangles(role: Role, roles: dict[str, Any], sources: dict[str, Source]) -> bool:
    """Whether the role refers to any role or source that is not there."""
    optional_sources = (
        *(step.source for step in role.next_steps),
        *(r.source for r in role.responsibilities),
        *(s.source for s in role.salaries),
    )
    return (
        any(
            role_id not in roles
            for role_id in (*role.reports_to, *role.manages, *(step.to for step in role.next_steps))
        )
        or any(source is not None and source not in sources for source in optional_sources)
        or any(source not in sources for source in (*role.experience.sources, *role.sources))
        or any(source not in sources for note in role.title_notes for source in note.sources)
    )


def drop_dangling(
    role: Role, located: Located, roles: dict[str, Any], sources: dict[str, Source], problems: list[Problem]
) -> Role:
    """Report references to missing roles or sources and remove them, keeping the rest of the role."""
    if not _dangles(role, roles, sources):
        return role  # the usual case: nothing to report, nothing to copy

    def known_roles(key: str, ids: Iterable[str]) -> tuple[str, ...]:
        kept = []
        for index, role_id in enumerate(ids):
            if role_id in roles:
                kept.append(role_id)
            else:
                problems.append(located.problem((key, index), f"{key} refers to unknown role {role_id!r}"))
        return tuple(kept)

    def known_source(key_path: KeyPath, source_id: str | None) -> str | None:
        if source_id is None or source_id in sources:
            return source_id
        problems.append(located.problem(key_path, f"unknown source {source_id!r}"))
        return None

    def known_sources(key_path: KeyPath, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(s for index, s in enumerate(ids) if known_source(key_path + (index,), s))

    next_steps = []
    for index, step in enumerate(role.next_steps):
        if step.to not in roles:
            problems.append(
                located.problem(("next_steps", index, "to"), f"next step refers to unknown role {step.to!r}")
            )
            continue
        next_steps.append(replace(step, source=known_source(("next_steps", index, "source"), step.source)))
    return replace(
        role,
        reports_to=known_roles("reports_to", role.reports_to),
        equivalent_to=known_roles("equivalent_to", role.equivalent_to),
        manages=known_roles("manages", role.manages),
        next_steps=tuple(next_steps),
        responsibilities=tuple(
            replace(r, source=known_source(("responsibilities", i, "source"), r.source))
            for i, r in enumerate(role.responsibilities)
        ),
        salaries=tuple(
            replace(s, source=known_source(("salary", i, "source"), s.source))
            for i, s in enumerate(role.salaries)
        ),
        experience=replace(
            role.experience, sources=known_sources(("experience", "sources"), role.experience.sources)
        ),
        title_notes=tuple(
            replace(n, sources=known_sources(("title_notes", i, "sources"), n.sources))
            for i, n in enumerate(role.title_notes)
        ),
        sources=known_sources(("sources",), role.sources),
    )


def check_ladder(
    ladder: Ladder, located: Located, index: int, roles: dict[str, Role], problems: list[Problem]
) -> Ladder:
    for position, role_id in enumerate(ladder.roles):
        if role_id not in roles:
            problems.append(
                located.problem(
                    ("ladders", index, "roles", position),
                    f"ladder {ladder.id!r} refers to unknown role {role_id!r}",
                )
            )
    return replace(ladder, roles=tuple(r for r in ladder.roles if r in roles))


def promotion_cycles(roles: dict[str, Role], located: dict[str, Located]) -> list[Problem]:
    """Promotions must lead upward: a chain of promotions that returns to its start is a cycle."""
    problems = []
    finished: set[str] = set()
    for start in sorted(roles):
        if start in finished:
            continue
        trail: list[str] = [start]
        pending: list[Iterator[tuple[int, NextStep]]] = [iter(enumerate(roles[start].next_steps))]
        while pending:
            step_index, step = next(pending[-1], (-1, None))
            if step is None:
                finished.add(trail.pop())
                pending.pop()
                continue
            if step.kind is not MoveKind.PROMOTION or step.to in finished:
                continue
            if step.to in trail:
                loop = trail[trail.index(step.to) :] + [step.to]
                problems.append(
                    located[trail[-1]].problem(
                        ("next_steps", step_index, "to"), "promotions form a cycle: " + " → ".join(loop)
                    )
                )
                continue
            trail.append(step.to)
            pending.append(iter(enumerate(roles[step.to].next_steps)))
    return problems
