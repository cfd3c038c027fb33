"""A modal list to choose one item from; returns its index, or None when dismissed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.lists import SafeOptionList


class ChoiceScreen(Dialog[int | None]):
    CSS_PATH = "choice.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="choice.cancel", tooltip="Close without choosing")]

    def __init__(self, question: str, labels: list[Text], empty: str = "Nothing to choose from.") -> None:
        super().__init__()
        self.question = question
        self.labels = labels
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(id="choice"):
            yield Static(plain(self.question, "bold"))
            yield SafeOptionList(id="choice-list")

    def on_mount(self) -> None:
        options = self.query_one("#choice-list", SafeOptionList)
        options.add_options(
            [Option(label) for label in self.labels] or [Option(Text(self.empty, "dim"), disabled=True)]
        )
        if self.labels:
            options.highlighted = 0
        options.focus()

    @on(SafeOptionList.OptionSelected, "#choice-list")
    def _chosen(self, event: SafeOptionList.OptionSelected) -> None:
        if event.option_index < len(self.labels):
            self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        self.dismiss(None)
