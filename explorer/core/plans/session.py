"""The plans a running app works with: which one is active, and whether it needs saving."""

from __future__ import annotations

from explorer.core.plans.model import Plan, PlanStep
from explorer.core.plans.store import PlanConflict, PlanError, PlanStore, StoredPlan


class PlanSession:
    def __init__(self, store: PlanStore) -> None:
        self.store = store
        self.stored: dict[str, StoredPlan] = {}
        self.active_name: str | None = None
        self._pending: dict[str, Plan] = {}

    def open(self) -> list[str]:
        """Load every plan from disk; the most recently updated becomes active. Returns warnings."""
        plans, messages = self.store.load_all()
        self.stored = {s.name: s for s in plans}
        self._pending.clear()
        if self.active_name not in self.stored:
            self.active_name = plans[0].name if plans else None
        return messages

    @property
    def names(self) -> list[str]:
        return sorted(self.stored, key=lambda n: self.plan_of(n).updated, reverse=True)

    def plan_of(self, name: str) -> Plan:
        return self._pending.get(name) or self.stored[name].plan

    @property
    def plan(self) -> Plan | None:
        return self.plan_of(self.active_name) if self.active_name else None

    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    def switch(self, name: str) -> None:
        if name not in self.stored:
            raise PlanError(f"no plan called {name!r}")
        self.active_name = name

    def create(self, title: str, **fields) -> str:
        """Make a new plan, save it at once and make it active."""
        name = self.store.unused_name(title)
        stored = self.store.save(name, Plan(title=title.strip() or "My plan", **fields), None)
        self.stored[name] = stored
        self.active_name = name
        return name

    def ensure_active(self) -> Plan:
        if self.plan is None:
            self.create("My plan")
        return self.plan

    def update(self, plan: Plan) -> None:
        """Record a change to the active plan; it is written by the next save()."""
        if self.active_name is None:
            raise PlanError("no active plan")
        self._pending[self.active_name] = plan

    def add_step(self, step: PlanStep) -> None:
        self.update(self.ensure_active().with_step(step))

    def save(self) -> list[str]:
        """Write every changed plan. Raises PlanConflict for one changed elsewhere; other errors are returned."""
        errors = []
        for name, plan in list(self._pending.items()):
            stored = self.stored[name]
            try:
                self.stored[name] = self.store.save(name, plan, stored.fingerprint)
            except PlanConflict:
                raise
            except PlanError as error:
                errors.append(str(error))
                continue
            if self._pending.get(name) is plan:
                del self._pending[name]
        return errors

    def resolve_conflict(self, name: str, keep_mine: bool) -> None:
        """After a PlanConflict: overwrite with ours, or take the version on disk and drop ours."""
        if keep_mine:
            self.stored[name] = self.store.save(name, self.plan_of(name), None, force=True)
            self._pending.pop(name, None)
        else:
            self.stored[name] = self.store.load(name)
            self._pending.pop(name, None)
