"""Finding a plan by the name or title a person typed: shared by the plan subcommands."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.core.plans.store import PlanStore


def find_name(store: PlanStore, wanted: str, *, unreadable_too: bool = False) -> str:
    """The plan's name for a name or a title (any case); UnknownPlan lists what there is."""
    from explorer.core.plans.store import UnknownPlan

    plans, unreadable = store.load_all()
    folded = wanted.casefold().strip()
    for stored in plans:
        if folded in (stored.name, stored.plan.title.casefold()):
            return stored.name
    for broken in unreadable:
        if folded == broken.name:
            if unreadable_too:
                return broken.name
            raise UnknownPlan(
                f"{broken}; see 'role-explorer plan history {broken.name}' to restore an earlier version"
            )
    names = ", ".join(s.name for s in plans) or "none yet"
    raise UnknownPlan(f"no plan called {wanted!r} in {store.directory} (plans: {names})")
