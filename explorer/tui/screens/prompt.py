"""A one-line text prompt that returns the entered text, or None when cancelled."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from explorer.core.content.spec import Text as TextShape
from explorer.tui.screens.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.inputs import PromptInput

TEXT_LIMIT = TextShape().max_length  # what a plan file accepts for a title or a step
NEAR_LIMIT = 0.9


class TextPrompt(Dialog[str | None]):
    HELP_NAME = "Question"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel", tooltip="Close without changing anything")
    ]

    def __init__(
        self,
        question: str,
        value: str = "",
        check: Callable[[str], str | None] | None = None,
        limit: int = TEXT_LIMIT,
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.check = check
        self.limit = limit

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(plain(self.question, "bold"))
            yield PromptInput(value=self.value, id="prompt-input")
            yield Static(id="prompt-error")

    @on(Input.Changed, "#prompt-input")
    def _count(self, event: Input.Changed) -> None:
        """Near the limit, say how close: the plan file refuses longer text (and an Input cut would lose words)."""
        near = len(event.value) >= self.limit * NEAR_LIMIT
        shown = f"{len(event.value):,} of at most {self.limit:,} characters" if near else ""
        self.query_one("#prompt-error", Static).update(plain(shown, "bold" if near else ""))

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        problem = length_problem(event.value, self.limit) or (self.check(event.value) if self.check else None)
        if problem:
            self.query_one("#prompt-error", Static).update(plain(problem, "bold red"))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def length_problem(text: str, limit: int) -> str | None:
    if len(text) <= limit:
        return None
    return f"{len(text):,} characters: at most {limit:,} fit; shorten it (nothing is lost until you press Escape)"


def parse_date_or_blank(text: str):
    """'' → None; 'YYYY-MM-DD' → date; anything else raises ValueError."""
    import datetime as dt

    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def date_problem(text: str) -> str | None:
    import re

    try:
        parse_date_or_blank(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return f"{text.strip()} is not a date: check the month (01–12) and the day."
        return "Use the form YYYY-MM-DD, or leave it empty."
    return None
