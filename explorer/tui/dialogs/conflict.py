"""Asked when a plan changed on disk while it was open here. No answer discards anything."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain

Decision = Literal["mine", "theirs"] | None


class ConflictScreen(Dialog[Decision]):
    """Dismisses with "mine", "theirs", or None to decide later (nothing is written over)."""

    CSS_PATH = "conflict.tcss"

    HELP_NAME = "Plan changed elsewhere"

    BINDINGS = [
        Binding(
            "escape",
            "later",
            "Decide later",
            id="conflict.later",
            tooltip="Close this and keep editing; nothing is written over the other version",
        ),
        Binding(
            "m",
            "mine",
            "Keep mine",
            id="conflict.mine",
            tooltip="Save this window's version; the other is kept as a copy",
        ),
        Binding(
            "t",
            "theirs",
            "Take theirs",
            id="conflict.theirs",
            tooltip="Load the other version; this window's is kept as a copy",
        ),
    ]

    def __init__(self, title: str, path: str) -> None:
        super().__init__()
        self.plan_title = title
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict"):
            yield Static(plain("This plan changed somewhere else", "bold"))
            yield Static(
                plain(
                    f"“{self.plan_title}” was changed in another window or by hand ({self.path}) "
                    "while you were editing it here. Neither version will be lost."
                )
            )
            yield Static(
                plain(
                    "Keep mine: save this window's version; the other is kept as a copy.\n"
                    "Take theirs: load the other version; this window's is kept as a copy.\n"
                    "Escape: decide later; keep editing, nothing is written over.",
                    "dim",
                )
            )
            with Horizontal(id="conflict-buttons"):
                yield Button("Keep mine (m)", id="mine", variant="primary")
                yield Button("Take theirs (t)", id="theirs")
                yield Button("Later (Esc)", id="later")

    @on(Button.Pressed, "#mine")
    def action_mine(self) -> None:
        self.dismiss("mine")

    @on(Button.Pressed, "#theirs")
    def action_theirs(self) -> None:
        self.dismiss("theirs")

    @on(Button.Pressed, "#later")
    def action_later(self) -> None:
        self.dismiss(None)
