"""A yes/no question before something changes: dismisses True for yes, False for no (Escape)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain


class ConfirmScreen(Dialog[bool]):
    CSS_PATH = "confirm.tcss"
    HELP_NAME = "Question"
    BINDINGS = [
        Binding("escape,n", "answer(False)", "No", id="confirm.no", tooltip="Change nothing and close"),
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Go ahead with the change"),
        Binding(
            "left,right",
            "app.focus_next",
            "Other button",
            id="confirm.switch",
            show=False,
            tooltip="Move between the two buttons",
        ),
    ]

    def __init__(
        self, question: str, yes: str = "Yes", no: str = "Cancel", detail: str = "", focus_no: bool = False
    ) -> None:
        super().__init__()
        self.question, self.yes, self.no, self.detail = question, yes, no, detail
        self.focus_no = focus_no  # Enter keeps things as they are where yes would replace a file

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(plain(self.question, "bold"), id="confirm-question")
            if self.detail:
                yield Static(plain(self.detail, "dim"), id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes} (y)", id="confirm-yes", variant="primary")
                yield Button(f"{self.no} (n, Esc)", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no" if self.focus_no else "#confirm-yes").focus()

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
