"""Where an export went, shown until the person closes it: the path in full, selectable, and y copies it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain


class ExportedScreen(Dialog[None]):
    CSS_PATH = "exported.tcss"
    HELP_NAME = "Export written"
    BINDINGS = [
        Binding("escape,enter", "close", "Close", id="exported.close", tooltip="Close this message"),
        Binding("y", "copy_path", "Copy path", id="exported.copy", tooltip="Copy the file's path"),
    ]

    def __init__(self, what: str, path: str, how_to_open: str) -> None:
        super().__init__()
        self.what, self.path, self.how_to_open = what, path, how_to_open

    def compose(self) -> ComposeResult:
        with Vertical(id="exported"):
            yield Static(plain(f"Wrote {self.what} to:", "bold"))
            yield Static(plain(self.path), id="exported-path")
            yield Static(plain(f"To read it, {self.how_to_open}.", "dim"))
            with Horizontal(id="exported-buttons"):
                yield Button("Close (Enter)", id="exported-close", variant="primary")
                yield Button("Copy path (y)", id="exported-copy")

    def on_mount(self) -> None:
        self.query_one("#exported-close").focus()

    @on(Button.Pressed, "#exported-close")
    def action_close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#exported-copy")
    def action_copy_path(self) -> None:
        self.app.copy_to_clipboard(self.path)
        self.notify("Copied the path, if your terminal allows it.", markup=False, timeout=4)
