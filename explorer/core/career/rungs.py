"""Which ladders to show together, and the row (rung) each role sits on.

A pack shown on its own uses its own grades as rows ("7"…"12", "L5"), or the shared
levels when it has no grades (the shipped library). Packs are shown together only on the
shared level scale, and only packs whose roles have a level there — written on the role
or declared once in the pack's grade scale. A pack without that mapping is never lined up
with another, because any row it landed on would be a guess.

A role with neither (the ungraded CPO) sits between its neighbours on its ladder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from explorer.core.career.ladder import ladders_for
from explorer.core.content.model import Catalog, Ladder, Pack, Role

ALL = "all"


@dataclass(frozen=True)
class LadderView:
    key: str  # ALL or a pack id
    name: str
    ladders: tuple[Ladder, ...]
    by_grade: bool  # rows are the pack's own grades, not the shared levels
    left_out: tuple[str, ...] = ()  # names of packs not shown because they declare no levels


@dataclass(frozen=True)
class Rungs:
    """Each role's vertical position (higher is more senior) and the label of each row."""

    position: dict[str, float]
    labels: dict[float, str]

    def rows(self) -> list[float]:
        """Positions from the top row down."""
        return sorted(set(self.position.values()), reverse=True)

    def label(self, row: float) -> str:
        return self.labels.get(row, "")


def _pack_roles(catalog: Catalog, pack_id: str) -> list[Role]:
    return [role for role in catalog.roles.values() if role.pack == pack_id]


def is_aligned(catalog: Catalog, pack_id: str) -> bool:
    """Every graded role of the pack, or on its ladders, has a level on the shared scale (and one does)."""
    on_ladders = {role_id for ladder in catalog.ladders if ladder.pack == pack_id for role_id in ladder.roles}
    roles = _pack_roles(catalog, pack_id) + [
        catalog.roles[r] for r in on_ladders if catalog.roles[r].pack != pack_id
    ]
    with_level = [role for role in roles if role.level is not None]
    return bool(with_level) and all(role.level is not None for role in roles if role.grade)


def grade_scale(pack: Pack | None, roles: list[Role]) -> list[str]:
    """The pack's grades lowest first: as declared, else numeric order, else first appearance."""
    declared = [grade.label for grade in pack.grades] if pack else []
    seen = list(dict.fromkeys(role.grade for role in roles if role.grade and role.grade not in declared))
    if all(re.fullmatch(r"-?\d+(\.\d+)?", label) for label in seen):
        seen.sort(key=float)
    return declared + seen


def ladder_views(catalog: Catalog) -> list[LadderView]:
    """One view per pack that has ladders, then (with more than one pack) every lined-up pack together."""
    ladders = ladders_for(catalog)
    views = []
    for pack_id, pack in catalog.packs.items():
        own = tuple(ladder for ladder in ladders if ladder.pack == pack_id)
        if own:
            by_grade = any(role.grade for role in _pack_roles(catalog, pack_id))
            views.append(LadderView(pack_id, pack.name, own, by_grade))
    if len(views) > 1:
        aligned = {view.key for view in views if is_aligned(catalog, view.key)}
        together = tuple(ladder for ladder in ladders if ladder.pack in aligned)
        left_out = tuple(view.name for view in views if view.key not in aligned)
        views.append(LadderView(ALL, "All packs", together, False, left_out))
    return views or [LadderView(ALL, "All packs", tuple(ladders), False)]


def rungs(catalog: Catalog, view: LadderView) -> Rungs:
    scale: list[str] = []
    if view.by_grade:
        scale = grade_scale(catalog.packs.get(view.key), _pack_roles(catalog, view.key))

    def anchor(role: Role) -> float | None:
        if not view.by_grade:
            return float(role.level) if role.level is not None else None
        return float(scale.index(role.grade)) if role.grade in scale else None

    position: dict[str, float] = {}
    for ladder in view.ladders:
        _place(ladder, [catalog.roles[r] for r in ladder.roles], anchor, position)
    labels: dict[float, str] = {}
    for row in set(position.values()):
        if row.is_integer():
            labels[row] = (
                scale[int(row)]
                if view.by_grade and 0 <= row < len(scale)
                else ("" if view.by_grade else str(int(row)))
            )
    return Rungs(position, labels)


def _place(
    ladder: Ladder, roles: list[Role], anchor: Callable[[Role], float | None], position: dict[str, float]
) -> None:
    """Positions for one ladder's roles: their anchors, and the ones without slotted between neighbours."""
    known = [position.get(role.id, anchor(role)) for role in roles]
    for index, role in enumerate(roles):
        if role.id in position:
            continue
        value = known[index]
        if value is None:
            below = _nearest(known, range(index - 1, -1, -1))
            above = _nearest(known, range(index + 1, len(roles)))
            if below and above:
                value = below[1] + (above[1] - below[1]) * (index - below[0]) / (above[0] - below[0])
            elif below:
                value = below[1] + (index - below[0]) * 0.5
            elif above:
                value = above[1] - (above[0] - index) * 0.5
            else:
                value = float(index)
            known[index] = value
        position[role.id] = value


def _nearest(known: list[float | None], indices: Iterable[int]) -> tuple[int, float] | None:
    """The first of `indices` with a known position, and that position."""
    for index in indices:
        value = known[index]
        if value is not None:
            return index, value
    return None
