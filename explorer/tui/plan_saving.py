"""How the app saves plans: autosave with a maximum wait, conflicts, and the last save at exit.

Nothing here raises because storage is broken. A save that fails keeps the words in memory,
tells the person once per new problem, and is retried on the next change and at exit; at
exit, what still cannot be saved goes to a fallback file, and a line printed after the app
closes says where.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

# explorer.core.plans is imported where it is used: the first frame does not need it.

SAVE_DEBOUNCE = 1.0  # seconds after typing stops
SAVE_MAX_WAIT = 2.5  # however steadily someone types, a change is on disk this soon


def fallback_folders() -> list[Path]:
    return [Path.home(), Path(tempfile.gettempdir())]


class PlanSaving:
    """Mixed into the App: it needs `plan_session`, `plans_opened`, `notify`, `set_timer`, `push_screen`, `query`."""

    _save_timer = None
    _unsaved_since: float | None = None
    _last_told: str | None = None

    def init_plan_saving(self) -> None:
        self.exit_messages: list[str] = []
        self.notes_cursors: dict[str, tuple[int, int]] = {}  # per plan, kept while the app runs

    def save_plans_soon(self, delay: float = SAVE_DEBOUNCE) -> None:
        """Save once typing pauses for `delay` seconds, and at most SAVE_MAX_WAIT after the first change."""
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        wait = max(0.0, min(delay, self._unsaved_since + SAVE_MAX_WAIT - now))
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(wait, self.save_plans)

    def save_plans(self) -> bool:
        """Write pending plan changes now (synchronously). False when something was not saved."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._unsaved_since = None
        from explorer.core.plans.store import PlanConflict

        try:
            errors = self.plan_session.save()
        except PlanConflict as conflict:
            self.ask_about_conflict(conflict.name)
            return False
        problem = errors[0] if errors else None
        if problem and problem != self._last_told:
            self.notify(
                f"Not saved: {problem}. Kept here; saved as soon as that works.",
                severity="error",
                markup=False,
                timeout=15,
            )
        self._last_told = problem
        self.refresh_plan_views()
        return not errors

    def refresh_plan_views(self) -> None:
        for pane in self.screen.query("PlanPane"):
            if pane.display:
                pane.show_status()
        if hasattr(self.screen, "refresh_list"):  # the plans screen: flags and the folder line
            self.screen.refresh_list()

    def ask_about_conflict(self, name: str) -> None:
        from explorer.tui.dialogs.conflict import ConflictScreen

        if isinstance(self.screen, ConflictScreen) or name not in self.plan_session.conflicts:
            return
        session = self.plan_session

        def decided(decision: str | None) -> None:
            if decision is None:
                self.notify(
                    "Not saved over the other version. Decide later with c on the plans screen (F4); "
                    "if you quit first, this window's version is kept as a copy.",
                    markup=False,
                    timeout=10,
                )
            else:
                from explorer.core.plans.store import PlanError

                try:
                    copy = session.resolve_conflict(name, keep_mine=decision == "mine")
                except PlanError as error:
                    self.notify(str(error), severity="error", markup=False, timeout=15)
                else:
                    kept = "the other version" if decision == "mine" else "this window's version"
                    if copy:
                        self.notify(
                            f"Done. {kept.capitalize()} is kept as the plan “{session.plan_of(copy).title}”.",
                            markup=False,
                            timeout=10,
                        )
            for pane in self.screen.query("PlanPane"):
                if pane.display:
                    pane.show_plan()
            for screen in self.screen_stack:
                if hasattr(screen, "refresh_list"):
                    screen.refresh_list()

        self.push_screen(
            ConflictScreen(session.plan_of(name).title, str(session.store.path_of(name))), decided
        )

    def save_at_exit(self) -> None:
        """Last chance: nothing may be lost and nothing may be asked. Safe to call twice."""
        if not self.plans_opened:
            return  # never opened: nothing was changed
        from explorer.core.plans.store import PlanConflict

        session = self.plan_session
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
            self.log.warning(message)
        self.exit_messages += messages
