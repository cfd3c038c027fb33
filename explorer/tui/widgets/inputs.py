"""Text inputs used across the app."""

from __future__ import annotations

from textual.widgets import Input


class QueryInput(Input):
    """An Input whose cursor blink can be switched off in one place (tests freeze it)."""

    BLINK = True

    def on_mount(self) -> None:
        self.cursor_blink = type(self).BLINK
