"""Screens that can show the notes pane beside their content."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen

from explorer.tui.widgets.footer import PriorityFooter
from explorer.tui.widgets.plan_pane import NotesArea, PlanPane


class PlanAwareScreen(Screen[None]):
    """ctrl+n (an app-wide key) toggles the notes pane on every screen built on this."""

    NOTES_OPEN = False
    # Below 50 columns the notes pane replaces the content instead of sitting beside it.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (50, "-wide")]

    def compose(self) -> ComposeResult:
        with Horizontal(id="main-row"):
            yield from self.compose_main()
            pane = PlanPane(id="plan-pane")
            pane.display = self.NOTES_OPEN
            yield pane
        self.set_class(self.NOTES_OPEN, "-notes-open")
        yield PriorityFooter()

    def compose_main(self) -> ComposeResult:
        raise NotImplementedError

    def on_screen_resume(self) -> None:
        pane = self.query_one(PlanPane)
        if pane.display:
            pane.show_plan()

    @property
    def pane(self) -> PlanPane:
        return self.query_one(PlanPane)

    def action_toggle_notes(self) -> None:
        pane = self.pane
        pane.display = not pane.display
        self.set_class(pane.display, "-notes-open")
        if pane.display:
            pane.show_plan()
            pane.query_one(NotesArea).focus()
        else:
            self.focus_main()

    def focus_main(self) -> None:
        self.focus_next()

    def ask_plan_role(self, which: str, role_id: str) -> None:
        """h/t: ask, then set the active plan's current or target role (starting a plan if there is none)."""
        self.app.ask_to_set_plan_role(which, role_id, done=self.plan_changed)

    def plan_changed(self) -> None:
        """The plan changed from this screen (or was undone): redraw what shows it."""
        if self.pane.display:
            self.pane.show_plan()
