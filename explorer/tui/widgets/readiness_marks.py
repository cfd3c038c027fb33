"""One mark per readiness state, shared by the gap, the ladder, the pane and the assessment view."""

from __future__ import annotations

from rich.text import Text

from explorer.core.content.model import Catalog
from explorer.core.plans.evidence import Readiness
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import RoleReadiness, role_readiness

MARKS: dict[Readiness | None, tuple[str, str]] = {
    Readiness.EVIDENCED: ("✔", "bold green"),
    Readiness.DOING: ("●", "bold cyan"),
    Readiness.LEARNING: ("◐", "yellow"),
    Readiness.NOT_YET: ("○", "red"),
    None: ("?", "dim"),  # not the separator dot: "· · not assessed" read as two separators
}


def mark(state: Readiness | None) -> Text:
    symbol, style = MARKS[state]
    return Text(symbol, style)


def label(state: Readiness | None) -> str:
    return state.label if state else "not assessed"


def legend() -> Text:
    text = Text()
    for state in (Readiness.EVIDENCED, Readiness.DOING, Readiness.LEARNING, Readiness.NOT_YET, None):
        if text:
            text.append("   ")
        text.append_text(mark(state))
        text.append(f" {label(state)}", "dim")
    return text


def target_readiness(catalog: Catalog, plan: Plan | None) -> RoleReadiness | None:
    """The readiness for the plan's target, or None when there is no target in the loaded content."""
    if plan is None or not plan.target_role:
        return None
    role = catalog.get(plan.target_role)
    return role_readiness(plan, role) if role else None
