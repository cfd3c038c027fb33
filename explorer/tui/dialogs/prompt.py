"""A one-line text prompt that returns the entered text, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.inputs import PromptInput


class TextPrompt(Dialog[str | None]):
    CSS_PATH = "prompt.tcss"
    HELP_NAME = "Question"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel", tooltip="Close without changing anything")
    ]

    def __init__(
        self, question: str, value: str = "", check: Callable[[str], str | None] | None = None
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(plain(self.question, "bold"))
            yield PromptInput(value=self.value, id="prompt-input")
            yield Static(id="prompt-error")

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        problem = self.check(event.value) if self.check else None
        if problem:
            self.query_one("#prompt-error", Static).update(plain(problem, "bold red"))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
