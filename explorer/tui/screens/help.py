"""The help screen: every key binding the app and its screens offer."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "role-explorer shows product-management roles from the shipped library and your own packs. "
    "Type to search; up/down (or j/k in a list) move; Enter opens a role; Escape goes back; "
    "ctrl+p opens the command palette "
    "(jump to any role, run any action, change the theme)."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close", tooltip="Close the help screen"),
    ]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Keys", "bold"), id="help-title")
            yield Static(Text(INTRO), id="help-intro")
            yield Static(self._table(), id="help-table")

    def _table(self) -> Table:
        table = Table(box=None, expand=True, padding=(0, 1), show_header=False)
        table.add_column(ratio=1, style="bold")
        table.add_column(ratio=3)
        for title, bindings in self.sections:
            table.add_row(Text(title, "underline"), "")
            for binding in bindings:
                keys = ", ".join(self.app.get_key_display(Binding(k.strip(), "")) for k in binding.key.split(","))
                table.add_row(Text(keys), Text(binding.tooltip or binding.description))
            table.add_row("", "")
        return table
