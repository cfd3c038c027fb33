"""Text whose wrapped bullet lines hang under their first word, not under the bullet.

Rich and Textual wrap a long bullet back to the left edge. This Static wraps each line
itself at its own width: a line that starts with spaces and a marker ("  • ", "  [3] ")
continues under the text after the marker.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

_MARKER = re.compile(r"(\s+(?:[•\-*→↑↓▶◀]|\[\d+\])?\s+|[•\-*]\s+)")


def hang(text: Text, width: int, console: Console) -> Text:
    """`text` wrapped to `width` cells, each marked line's continuation indented under its text."""
    width = max(width, 1)
    out: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        match = _MARKER.match(line.plain)
        indent = match.end() if match and match.end() < width // 2 else 0
        head, body = line[:indent], line[indent:]
        pieces = body.wrap(console, width - indent, overflow="fold") if body.plain else [Text()]
        for number, piece in enumerate(pieces):
            piece.rstrip()
            out.append(Text.assemble(head if number == 0 else " " * indent, piece))
    return Text("\n").join(out)


class HangingText(Static):
    """A Static for Text sections with bullets; it re-wraps itself whenever its width changes."""

    def __init__(self, text: Text, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.text = text

    def set_text(self, text: Text) -> None:
        self.text = text
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(hang(self.text, width, self.app.console).split("\n", allow_blank=True))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return max((line.cell_len for line in self.text.split("\n", allow_blank=True)), default=0)

    def render(self) -> Text:
        return hang(self.text, self.size.width, self.app.console)
