"""The person's plans as the app works with them: opened on first use, saved, changed, undone.

Saving: autosave with a maximum wait, conflicts asked about, and a last save at exit. Nothing
here raises because storage is broken. A save that fails keeps the words in memory, tells the
person once per new problem, and is retried on the next change and at exit; at exit, what still
cannot be saved goes to a fallback file, and a line printed after the app closes says where.

Changing: h and t ask before they set a role (or start a plan); adding a step says what was
added; each can be taken back with ctrl+z, which the toast names.

The desk reaches the screen only through `DeskUI`: it imports no screen or dialog.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from explorer.core.content.model import Catalog

if TYPE_CHECKING:  # the first frame does not need the plans' code
    from explorer.core.plans.model import Plan, PlanStep
    from explorer.core.plans.session import PlanSession

Which = Literal["current", "target"]
Severity = Literal["information", "warning", "error"]
Decision = Literal["mine", "theirs"]

SAVE_DEBOUNCE = 1.0  # seconds after typing stops
SAVE_MAX_WAIT = 2.5  # however steadily someone types, a change is on disk this soon

WHERE: dict[Which, str] = {"current": "where you are", "target": "where you want to be"}
LABEL: dict[Which, str] = {"current": "You are here", "target": "Target"}
UNDO_HINT = "ctrl+z undoes it"


def fallback_folders() -> list[Path]:
    return [Path.home(), Path(tempfile.gettempdir())]


def sentence(text: str) -> str:
    """`text` ending in one full stop (or its own ! or ?), so a hint can follow it."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def role_of(plan: Plan, which: Which) -> str | None:
    return plan.current_role if which == "current" else plan.target_role


def with_role(plan: Plan, which: Which, role_id: str) -> Plan:
    return plan.touched(current_role=role_id) if which == "current" else plan.touched(target_role=role_id)


class Stoppable(Protocol):
    def stop(self) -> None: ...


class DeskUI(Protocol):
    """What the desk needs of the app: tell, ask, wait, and redraw what shows the plans."""

    def tell(
        self, message: str, severity: Severity = "information", timeout: float | None = None
    ) -> None: ...
    def confirm(self, question: str, yes: str, detail: str, then: Callable[[bool], None]) -> None: ...
    def ask_conflict(self, title: str, path: str, then: Callable[[Decision | None], None]) -> None: ...
    def start_timer(self, delay: float, callback: Callable[[], object]) -> Stoppable: ...
    def plans_saved(self) -> None: ...
    def plans_replaced(self) -> None: ...
    def plan_changed(self) -> None: ...
    def log_warning(self, message: str) -> None: ...


class PlanDesk:
    def __init__(self, ui: DeskUI, catalog: Callable[[], Catalog], plans_dir: Callable[[], Path]) -> None:
        self._ui = ui
        self._catalog = catalog
        self._plans_dir = plans_dir
        self._session: PlanSession | None = None
        self._save_timer: Stoppable | None = None
        self._unsaved_since: float | None = None
        self._last_told: str | None = None
        self._asking_about: str | None = None  # the plan whose conflict dialog is open
        self.exit_messages: list[str] = []
        self.notes_cursors: dict[str, tuple[int, int]] = {}  # per plan, kept while the app runs

    @property
    def session(self) -> PlanSession:
        """The person's plans, opened (and any problem told) the first time they are needed."""
        if self._session is None:
            from explorer.core.plans.session import PlanSession
            from explorer.core.plans.store import PlanStore

            self._session = PlanSession(PlanStore(self._plans_dir()))
            for message in self._session.open():
                self._ui.tell(message, severity="warning", timeout=15)
        return self._session

    @property
    def opened(self) -> bool:
        return self._session is not None

    # Saving.
    def save_soon(self, delay: float = SAVE_DEBOUNCE) -> None:
        """Save once typing pauses for `delay` seconds, and at most SAVE_MAX_WAIT after the first change."""
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        wait = max(0.0, min(delay, self._unsaved_since + SAVE_MAX_WAIT - now))
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self._ui.start_timer(wait, self.save)

    def save(self) -> bool:
        """Write pending plan changes now (synchronously). False when something was not saved."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._unsaved_since = None
        from explorer.core.plans.store import PlanConflict

        try:
            errors = self.session.save()
        except PlanConflict as conflict:
            self.ask_about_conflict(conflict.name)
            return False
        problem = errors[0] if errors else None
        if problem and problem != self._last_told:
            self._ui.tell(
                f"Not saved: {problem}. Kept here; saved as soon as that works.", severity="error", timeout=15
            )
        self._last_told = problem
        self._ui.plans_saved()
        return not errors

    def ask_about_conflict(self, name: str) -> None:
        session = self.session
        if self._asking_about is not None or name not in session.conflicts:
            return
        self._asking_about = name

        def decided(decision: Decision | None) -> None:
            self._asking_about = None
            if decision is None:
                self._ui.tell(
                    "Not saved over the other version. Decide later with c on the plans screen (F4); "
                    "if you quit first, this window's version is kept as a copy.",
                    timeout=10,
                )
            else:
                from explorer.core.plans.store import PlanError

                try:
                    copy = session.resolve_conflict(name, keep_mine=decision == "mine")
                except PlanError as error:
                    self._ui.tell(str(error), severity="error", timeout=15)
                else:
                    kept = "the other version" if decision == "mine" else "this window's version"
                    if copy:
                        self._ui.tell(
                            f"Done. {kept.capitalize()} is kept as the plan “{session.plan_of(copy).title}”.",
                            timeout=10,
                        )
            self._ui.plans_replaced()

        self._ui.ask_conflict(session.plan_of(name).title, str(session.store.path_of(name)), decided)

    def save_at_exit(self) -> None:
        """Last chance: nothing may be lost and nothing may be asked. Safe to call twice."""
        if self._session is None:
            return  # never opened: nothing was changed
        from explorer.core.plans.store import PlanConflict

        session = self._session
        for _ in range(len(session.names) + 1):
            try:
                session.save()
                break
            except PlanConflict:
                continue  # recorded; the next round saves the others
        messages = session.keep_conflicts_as_copies()
        if session.dirty:
            messages += session.write_fallback(fallback_folders())
        for message in messages:
            self._ui.log_warning(message)
        self.exit_messages += messages

    # Changing, from the browsing screens.
    def ask_to_set_role(self, which: Which, role_id: str, done: Callable[[], None]) -> None:
        """Ask, then set the active plan's current or target role; `done` runs after a change."""
        catalog = self._catalog()
        plan = self.session.plan
        title = catalog.roles[role_id].title
        if plan is not None and role_of(plan, which) == role_id:
            self._ui.tell(f"{title} is already {WHERE[which]} in “{plan.title}”.")
            return
        if plan is None:
            question, yes = f"Start a plan, “My plan”, with {title} as {WHERE[which]}?", "Start it"
        else:
            question, yes = f"Set {title} as {WHERE[which]} in “{plan.title}”?", "Set it"
        before = role_of(plan, which) if plan is not None else None
        detail = f"Now: {catalog.roles[before].title}." if before in catalog.roles else ""
        other: Which = "target" if which == "current" else "current"
        if plan is not None and role_of(plan, other) == role_id:
            detail = f"{detail} {title} is also {WHERE[other]}: the gap between them will be empty.".strip()

        def answered(yes: bool) -> None:
            if yes:
                self.set_role(which, role_id)
                done()

        self._ui.confirm(question, yes, detail, answered)

    def set_role(self, which: Which, role_id: str) -> None:
        catalog = self._catalog()
        session = self.session
        started = session.plan is None
        plan = session.ensure_active()
        before = role_of(plan, which)
        title = catalog.roles[role_id].title
        session.update(with_role(plan, which, role_id), undo=f"{LABEL[which]}: {title}")
        self.save()
        if started:
            change = f"Started “{plan.title}” with {title} as {WHERE[which]}"
        elif before in catalog.roles:
            change = f"{LABEL[which]} in “{plan.title}”: {title} (was {catalog.roles[before].title})"
        else:
            change = f"{LABEL[which]} in “{plan.title}”: {title}"
        self._ui.tell(f"{sentence(change)} {UNDO_HINT}.")

    def add_step(self, step: PlanStep) -> bool:
        session = self.session
        started = session.plan is None
        if not session.add_step(step):
            self._ui.tell(f"Already in “{self._title()}”: {step.text}")
            return False
        self.save()
        where = f"Started “{self._title()}” and added" if started else f"Added to “{self._title()}”"
        self._ui.tell(f"{where}: {sentence(step.text)} {UNDO_HINT}.")
        return True

    def _title(self) -> str:
        plan = self.session.plan
        return plan.title if plan is not None else ""

    def undo(self) -> None:
        label = self.session.undo()
        if label is None:
            self._ui.tell("Nothing to undo in this plan.")
            return
        self.save()
        self._ui.plan_changed()
        self._ui.tell(f"Undone: {label}")
