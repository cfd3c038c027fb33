"""The base of every full screen: what the app asks of a screen, declared once with defaults.

A new screen subclasses `ExplorerScreen` (or `PlanAwareScreen` for the notes pane beside it),
overrides the hooks it needs, and names its own stylesheet with CSS_PATH.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen

from explorer.core.content.model import Role
from explorer.tui.context import Explorer, explorer_of
from explorer.tui.plan_desk import Which
from explorer.tui.widgets.footer import PriorityFooter

if TYPE_CHECKING:  # imported where used: the search screen's first frame has no notes pane
    from explorer.tui.widgets.plan_pane import PlanPane


class ExplorerScreen(Screen[None]):
    """A full screen of the app. The app calls the hooks below; each has a harmless default."""

    HELP_NAME: ClassVar[str] = ""  # the screen's name in Help; empty: the class name without "Screen"
    HELP_NOTE: ClassVar[str] = ""  # a paragraph Help shows for this screen, above the keys
    HAS_NOTES: ClassVar[bool] = False  # whether ctrl+n (toggle_notes) does anything here

    @property
    def explorer(self) -> Explorer:
        return explorer_of(self)

    @property
    def help_name(self) -> str:
        return self.HELP_NAME or type(self).__name__.removesuffix("Screen")

    @property
    def current_role(self) -> Role | None:
        """The role this screen is about, if one: F2 opens the ladder at it."""
        return None

    def focus_main(self) -> None:
        """Focus the screen's main part (where Escape from a text box lands)."""
        self.set_focus(None)

    def toggle_notes(self) -> None:
        """ctrl+n: show or hide the notes pane (only where HAS_NOTES)."""

    def plan_changed(self) -> None:
        """The active plan changed (or was undone): redraw what shows it."""

    def plans_saved(self) -> None:
        """The plans were saved: redraw what shows their saved state."""


class PlanAwareScreen(ExplorerScreen):
    """A screen with the notes pane beside its main part (`compose_main`); ctrl+n toggles it.

    With NOTES_LAZY the pane is mounted the first time it is asked for, not with the screen.
    """

    HAS_NOTES = True
    NOTES_OPEN: ClassVar[bool] = False
    NOTES_LAZY: ClassVar[bool] = False
    # Below 90 columns the notes pane replaces the content instead of sitting beside it: a half
    # of 80 columns is too narrow to write in and leaves the steps two rows.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]

    def compose(self) -> ComposeResult:
        with Horizontal(id="main-row"):
            yield from self.compose_main()
            if not self.NOTES_LAZY:
                from explorer.tui.widgets.plan_pane import PlanPane

                pane = PlanPane(id="plan-pane")
                pane.display = self.NOTES_OPEN
                yield pane
        self.set_class(self.NOTES_OPEN, "-notes-open")
        yield PriorityFooter()

    def compose_main(self) -> ComposeResult:
        raise NotImplementedError

    def _shown_pane(self) -> PlanPane | None:
        for pane in self.query("PlanPane"):  # by name: its module may not be imported yet
            if pane.display:
                return cast("PlanPane", pane)
        return None

    def on_screen_resume(self) -> None:
        pane = self._shown_pane()
        if pane is not None:
            pane.show_plan()

    @property
    def pane(self) -> PlanPane:
        from explorer.tui.widgets.plan_pane import PlanPane

        return self.query_one(PlanPane)

    def toggle_notes(self) -> None:
        from explorer.tui.widgets.notes_area import NotesArea
        from explorer.tui.widgets.plan_pane import PlanPane

        panes = self.query(PlanPane)
        if not panes:  # NOTES_LAZY: mounted now, composed by the next refresh
            pane = PlanPane(id="plan-pane")
            self.query_one("#main-row").mount(pane)
            self.set_class(True, "-notes-open")
            self.call_after_refresh(pane.show_plan)
            self.call_after_refresh(lambda: pane.query_one(NotesArea).focus())
            return
        pane = panes.first()
        pane.display = not pane.display
        self.set_class(pane.display, "-notes-open")
        if pane.display:
            pane.show_plan()
            pane.query_one(NotesArea).focus()
        else:
            self.notes_closed()

    def notes_closed(self) -> None:
        """Where the focus goes when the notes pane is hidden."""
        self.focus_main()

    def focus_main(self) -> None:
        self.focus_next()

    def ask_plan_role(self, which: Which, role_id: str) -> None:
        """h/t: ask, then set the active plan's current or target role (starting a plan if there is none)."""
        self.explorer.plans.ask_to_set_role(which, role_id, done=self.plan_changed)

    def plan_changed(self) -> None:
        pane = self._shown_pane()
        if pane is not None:
            pane.show_plan()

    def plans_saved(self) -> None:
        pane = self._shown_pane()
        if pane is not None:
            pane.show_status()
