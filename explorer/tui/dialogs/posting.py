"""A job posting pasted into the app, and what it reads like against the ladder.

The pasted ad is never dropped: Escape closes the dialog but hands the text back, so the
next time the dialog opens it is there again.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static, TextArea

from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import clean, plain


@dataclass(frozen=True)
class Pasted:
    text: str
    read: bool  # False: closed without reading; the text is kept as a draft


class PostingDialog(Dialog[Pasted]):
    CSS_PATH = "posting.tcss"
    HELP_NAME = "Job posting"
    BINDINGS = [
        Binding(
            "ctrl+s", "read", "Read it", id="posting.read", tooltip="Read the pasted ad against the ladder"
        ),
        Binding(
            "escape",
            "close",
            "Close",
            id="posting.close",
            tooltip="Close; the pasted text is kept for next time",
        ),
    ]

    def __init__(self, draft: str = "") -> None:
        super().__init__()
        self.draft = draft

    def compose(self) -> ComposeResult:
        with Vertical(id="posting"):
            yield Static(plain("Paste a job ad (ctrl+s reads it; Escape keeps it for later)", "bold"))
            yield TextArea(self.draft, id="posting-text", soft_wrap=True)
            with Horizontal(id="posting-buttons"):
                yield Button("Read it", id="posting-read", variant="primary")
                yield Button("Close", id="posting-close")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#posting-text").focus()

    @property
    def text(self) -> str:
        return self.query_one("#posting-text", TextArea).text

    @on(Button.Pressed, "#posting-read")
    def action_read(self) -> None:
        self.dismiss(Pasted(self.text, read=True))

    @on(Button.Pressed, "#posting-close")
    def action_close(self) -> None:
        self.dismiss(Pasted(self.text, read=False))


class PostingReport(Dialog[None]):
    CSS_PATH = "posting.tcss"
    HELP_NAME = "Job posting read"
    BINDINGS = [
        Binding("escape,q", "dismiss", "Close", id="posting_report.close", tooltip="Close the reading"),
    ]

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        # Read-only text keeps the report's indentation, scrolls, and lets it be selected and copied.
        yield TextArea(
            clean("\n".join(self.lines)),
            id="posting-report",
            read_only=True,
            soft_wrap=True,
            show_cursor=False,
            highlight_cursor_line=False,
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#posting-report").focus()
