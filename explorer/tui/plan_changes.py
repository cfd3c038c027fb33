"""Changes to the plan made from the browsing screens: asked first, told after, one key to undo.

h and t on a role or on the ladder ask before they set a role (or start a plan); adding a
difference or a gap item says what was added. Every one of them can be taken back with
ctrl+z, which the toast names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the first frame does not need the plans' code
    from explorer.core.plans.model import PlanStep

WHERE = {"current": "where you are", "target": "where you want to be"}
LABEL = {"current": "You are here", "target": "Target"}
UNDO_HINT = "ctrl+z undoes it"


def sentence(text: str) -> str:
    """`text` ending in one full stop (or its own ! or ?), so a hint can follow it."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


class PlanChanges:
    """Mixed into the App: it needs `plan_session`, `catalog`, `notify`, `push_screen`, `save_plans`."""

    def ask_to_set_plan_role(self, which: str, role_id: str, done: Callable[[], None]) -> None:
        """Ask, then set the active plan's current or target role; `done` runs after a change."""
        from explorer.tui.dialogs.confirm import ConfirmScreen

        session = self.plan_session
        plan = session.plan
        title = self.catalog.roles[role_id].title
        if plan is not None and getattr(plan, f"{which}_role") == role_id:
            self.notify(f"{title} is already {WHERE[which]} in “{plan.title}”.", markup=False)
            return
        if plan is None:
            question, yes = f"Start a plan, “My plan”, with {title} as {WHERE[which]}?", "Start it"
        else:
            question, yes = f"Set {title} as {WHERE[which]} in “{plan.title}”?", "Set it"
        before = getattr(plan, f"{which}_role") if plan is not None else None
        detail = f"Now: {self.catalog.roles[before].title}." if before in self.catalog.roles else ""
        other = "target" if which == "current" else "current"
        if plan is not None and getattr(plan, f"{other}_role") == role_id:
            detail = f"{detail} {title} is also {WHERE[other]}: the gap between them will be empty.".strip()

        def answered(yes: bool | None) -> None:
            if yes:
                self.set_plan_role(which, role_id)
                done()

        self.push_screen(ConfirmScreen(question, yes=yes, detail=detail), answered)

    def set_plan_role(self, which: str, role_id: str) -> None:
        session = self.plan_session
        started = session.plan is None
        plan = session.ensure_active()
        before = getattr(plan, f"{which}_role")
        title = self.catalog.roles[role_id].title
        session.update(plan.touched(**{f"{which}_role": role_id}), undo=f"{LABEL[which]}: {title}")
        self.save_plans()
        if started:
            change = f"Started “{plan.title}” with {title} as {WHERE[which]}"
        elif before in self.catalog.roles:
            change = f"{LABEL[which]} in “{plan.title}”: {title} (was {self.catalog.roles[before].title})"
        else:
            change = f"{LABEL[which]} in “{plan.title}”: {title}"
        self.notify(f"{sentence(change)} {UNDO_HINT}.", markup=False)

    def add_plan_step(self, step: PlanStep) -> bool:
        session = self.plan_session
        started = session.plan is None
        if not session.add_step(step):
            self.notify(f"Already in “{session.plan.title}”: {step.text}", markup=False)
            return False
        self.save_plans()
        where = f"Started “{session.plan.title}” and added" if started else f"Added to “{session.plan.title}”"
        self.notify(f"{where}: {sentence(step.text)} {UNDO_HINT}.", markup=False)
        return True

    def action_undo_plan(self) -> None:
        label = self.plan_session.undo()
        if label is None:
            self.notify("Nothing to undo in this plan.", markup=False)
            return
        self.save_plans()
        self.redraw_plan_on_screen()
        self.notify(f"Undone: {label}", markup=False)

    def redraw_plan_on_screen(self) -> None:
        """Redraw whatever shows the plan on the current screen."""
        refresh = getattr(self.screen, "plan_changed", None)
        if callable(refresh):
            refresh()
