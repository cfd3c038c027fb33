"""The app's side of the plan desk (plan_desk.DeskUI): toasts, dialogs, timers, and the screens' hooks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from explorer.tui.plan_desk import Decision, Severity, Stoppable
from explorer.tui.screens.base import ExplorerScreen


class AppDeskUI:
    def __init__(self, app: App[Any]) -> None:
        self._app = app

    def tell(self, message: str, severity: Severity = "information", timeout: float | None = None) -> None:
        self._app.notify(message, severity=severity, timeout=timeout, markup=False)

    # The dialogs are imported when first asked for: the first frame does not need them.
    def confirm(self, question: str, yes: str, detail: str, then: Callable[[bool], None]) -> None:
        from explorer.tui.dialogs.confirm import ConfirmScreen

        self._app.push_screen(
            ConfirmScreen(question, yes=yes, detail=detail), lambda answer: then(bool(answer))
        )

    def ask_conflict(self, title: str, path: str, then: Callable[[Decision | None], None]) -> None:
        from explorer.tui.dialogs.conflict import ConflictScreen

        self._app.push_screen(ConflictScreen(title, path), then)

    def start_timer(self, delay: float, callback: Callable[[], object]) -> Stoppable:
        return self._app.set_timer(delay, callback)

    def _screens(self) -> list[ExplorerScreen]:
        return [screen for screen in self._app.screen_stack if isinstance(screen, ExplorerScreen)]

    def plans_saved(self) -> None:
        screen = self._app.screen
        if isinstance(screen, ExplorerScreen):
            screen.plans_saved()

    def plans_replaced(self) -> None:
        """A conflict was decided: the plan on this screen and every screen's list of plans change."""
        screen = self._app.screen
        if isinstance(screen, ExplorerScreen):
            screen.plan_changed()
        for each in self._screens():
            each.plans_saved()

    def plan_changed(self) -> None:
        screen = self._app.screen
        if isinstance(screen, ExplorerScreen):
            screen.plan_changed()

    def log_warning(self, message: str) -> None:
        self._app.log.warning(message)
