"""Asked when a plan changed on disk while it was open here."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from explorer.tui.text import plain


class ConflictScreen(ModalScreen[bool]):
    """Dismisses with True to keep this window's version, False to take the one on disk."""

    BINDINGS = [Binding("escape", "theirs", "Take theirs", id="conflict.theirs", tooltip="Reload the version on disk")]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict"):
            yield Static(plain("This plan changed somewhere else", "bold"))
            yield Static(plain(self.message))
            with Horizontal(id="conflict-buttons"):
                yield Button("Keep mine (overwrite)", id="mine", variant="warning")
                yield Button("Take the version on disk", id="theirs", variant="primary")

    @on(Button.Pressed, "#mine")
    def _mine(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#theirs")
    def _theirs(self) -> None:
        self.dismiss(False)

    def action_theirs(self) -> None:
        self.dismiss(False)
