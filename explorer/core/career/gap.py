"""What separates two roles: the route up the ladder and what to gain or leave behind.

Every item carries the text of a plan step, so the app can add it to a plan with one key.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.career.compare import compare_roles
from explorer.core.career.ladder import Move, ladder_route, shortest_path
from explorer.core.content.model import Catalog, MoveKind, Role


@dataclass(frozen=True)
class GapItem:
    section: str
    text: str
    step_text: str
    responsibility: str | None = None  # "role-id#responsibility-id"
    counted: bool = True  # False for a line that says there is nothing (no route; already there)
    core: bool = False  # the target's pack marks it core: listed first


@dataclass(frozen=True)
class Gap:
    current: Role
    target: Role
    path: tuple[Move, ...] | None
    items: tuple[GapItem, ...]
    titles: tuple[str, str] = ("", "")  # the titles, with pack names where a title is shared

    @property
    def crosses_packs(self) -> bool:
        """The route goes through a declared equivalence between two packs."""
        return any(move.step.kind is MoveKind.EQUIVALENT for move in self.path or ())

    def count(self, name: str) -> int:
        """How many entries a section has, not counting a line that says it has none."""
        return sum(item.counted for item in self.section(name))

    def section(self, name: str) -> list[GapItem]:
        return [item for item in self.items if item.section == name]


SECTIONS = ("Route", "Take on", "Leave behind", "Skills to build", "Experience", "Pay")


def _experience_items(current: Role, target: Role) -> list[GapItem]:
    wanted, have = target.experience, current.experience
    text = f"{target.title} asks {wanted.describe()}; {current.title} asks {have.describe()}."
    gaps = []
    for label, want, now in (
        ("years in product", wanted.in_product.low, have.in_product.low),
        ("years leading people", wanted.leading.low, have.leading.low),
    ):
        if want is not None and (now is None or want > now):
            gaps.append(f"{want:g}+ {label}")
    step = f"Build experience toward {target.title}: " + (", ".join(gaps) if gaps else "no extra years asked")
    items = [GapItem("Experience", text, step)]
    if wanted.notes:
        items.append(
            GapItem(
                "Experience", wanted.notes, f"Check the experience bar for {target.title}: {wanted.notes}"
            )
        )
    return items


def _pay_items(current: Role, target: Role) -> list[GapItem]:
    items = []
    for role, word in ((current, "now"), (target, "target")):
        for figure in role.salaries:
            items.append(
                GapItem(
                    "Pay",
                    f"{word}: {role.title} — {figure.describe()}",
                    f"Check current pay data for {role.title} (last seen: {figure.describe()})",
                )
            )
    if not items:
        items.append(
            GapItem(
                "Pay",
                "Neither role has a published pay figure in the sources.",
                f"Find a pay figure for {target.title} with its source and date",
            )
        )
    return items


def role_gap(catalog: Catalog, current: Role, target: Role, *, fewest_moves: bool = False) -> Gap:
    """The gap from `current` to `target`; the route is the ladder's (promotions before sideways
    moves) unless `fewest_moves` asks for the shortest."""
    if current.id == target.id:
        return Gap(
            current,
            target,
            (),
            (GapItem("Route", "You are already there.", f"Review the {target.title} role", counted=False),),
        )
    path = (shortest_path if fewest_moves else ladder_route)(catalog, current, target)
    items: list[GapItem] = []
    if path is None:
        items.append(
            GapItem(
                "Route",
                f"No recorded route from {current.title} to {target.title}; compare the roles below.",
                f"Find a route from {current.title} to {target.title}",
                counted=False,
            )
        )
    for number, move in enumerate(path or (), start=1):
        origin, goal = catalog.display_title(move.origin), catalog.display_title(move.target)
        if move.step.kind is MoveKind.EQUIVALENT:
            items.append(
                GapItem(
                    "Route",
                    f"{number}. {origin} ≈ {goal}, across packs: {move.step.advice}",
                    f"Check how {goal} differs from {origin} in practice",
                )
            )
            continue
        time = f" (usually {move.step.typical_time})" if move.step.typical_time else ""
        items.append(
            GapItem(
                "Route",
                f"{number}. {origin} → {goal}, {move.step.kind.value}{time}: {move.step.advice}",
                f"Move from {origin} to {goal}: {move.step.advice}",
            )
        )
    comparison = compare_roles(catalog, current, target)
    take_on: list[GapItem] = []
    for kind in ("right-only", "shared"):
        for row in comparison.rows_of(kind):
            duty = row.right
            if duty is None:  # a right-only or shared row always has its right side
                continue
            text, step = (
                (duty.text, f"Take on: {duty.text}")
                if kind == "right-only" or row.left is None
                else (f"Grows: {row.left.text} → {duty.text}", f"Grow into: {duty.text}")
            )
            take_on.append(GapItem("Take on", text, step, f"{target.id}#{duty.id}", core=duty.is_core))
    items += sorted(take_on, key=lambda item: not item.core)  # stable: core first, then as compared
    for row in comparison.rows_of("left-only"):
        if row.left is None:
            continue
        items.append(
            GapItem(
                "Leave behind", row.left.text, f"Hand over: {row.left.text}", f"{current.id}#{row.left.id}"
            )
        )
    for skill in comparison.skills_right_only:
        items.append(GapItem("Skills to build", skill, f"Build skill: {skill}"))
    items += _experience_items(current, target)
    items += _pay_items(current, target)
    titles = (catalog.display_title(current), catalog.display_title(target))
    return Gap(current, target, tuple(path) if path is not None else None, tuple(items), titles)
