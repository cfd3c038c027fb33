"""The help screen: every key that works where you were, grouped, read from the live bindings."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from explorer.core.search.operators import OPERATOR_HELP
from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.keys import HelpSection
from explorer.tui.text import plain

INTRO = (
    "The same key does the same thing everywhere. Escape leaves a text box or closes a dialog; "
    "pressed again, it goes back. F1 opens this help from anywhere; ? does too wherever it would not "
    "be typed. ctrl+f or / searches. F2 ladders, F3 gap, F4 plans, F5 how ready am I and ctrl+n notes "
    "work on every screen. "
    "ctrl+p opens the command palette (every action, every role, the theme). "
    "Keys can be changed in config.toml under [keymap]; 'role-explorer keys' lists their ids."
)


class HelpScreen(Dialog[None]):
    CSS_PATH = "help.tcss"
    HELP_NAME = "Help"
    BINDINGS = [
        Binding(
            "escape,q,question_mark,f1", "dismiss", "Close", id="help.close", tooltip="Close the help screen"
        ),
    ]

    def __init__(self, sections: list[HelpSection]) -> None:
        super().__init__()
        self.sections = sections
        # What the screen underneath explains here rather than on itself (its HELP_NOTE).
        self.note: str = getattr(self.app.screen, "HELP_NOTE", "")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Keys", "bold"), id="help-title")
            yield Static(Text(INTRO), id="help-intro")
            if self.note:
                yield Static(plain(self.note), id="help-note")
            yield Static(Text(OPERATOR_HELP), id="help-operators")
            yield Static(self._table(), id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help").focus()

    def _table(self) -> Group:
        parts: list[RenderableType] = []
        for section in self.sections:
            if section.standard:
                # Listed in brief: every text box and list has them, so they would bury the app's own.
                brief = " · ".join(f"{row.keys} {row.text}" for row in section.rows if row.enabled)
                parts += [Text.assemble(plain(section.title, "bold underline")), plain(brief, "dim"), Text()]
                continue
            table = Table(box=None, expand=True, padding=(0, 1), show_header=False)
            table.add_column(ratio=1, style="bold", overflow="fold")
            table.add_column(ratio=3)
            for row in section.rows:
                text = (
                    plain(row.text) if row.enabled else plain(f"{row.text} (not available here now)", "dim")
                )
                table.add_row(plain(row.keys), text)
            parts += [Text.assemble(plain(section.title, "bold underline")), table, Text()]
        return Group(*parts)
