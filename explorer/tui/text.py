"""Turn content and user strings into Rich Text without ever interpreting them.

Role files and notes can hold square brackets ("[/]", "[@click=app.quit]"), escape
sequences or other control characters. Everything shown from them goes through `plain`,
so markup is never parsed and nothing reaches the terminal raw.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from explorer.core.common.textsafe import clean, glyphs

__all__ = [
    "NEAR_LIMIT",
    "clean",
    "clipped",
    "glyphs",
    "highlighted",
    "home_relative",
    "labelled_row",
    "plain",
]

# A text field says how long its text is once it reaches this share of its limit.
NEAR_LIMIT = 0.9


def plain(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def highlighted(text: str, spans: tuple[tuple[int, int], ...], style: str = "bold reverse") -> Text:
    """`text` with the matched character ranges styled; spans index the original string."""
    result = Text()
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        result.append(clean(text[position:start]))
        result.append(clean(text[start:end]), style=style)
        position = end
    result.append(clean(text[position:]))
    return result


def home_relative(path: Path) -> str:
    """`path` with the home folder written as ~, as people read it."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def clipped(text: str, limit: int) -> str:
    """`text` cut at a word to at most `limit` characters, ending in "…" where it was cut.

    A single word longer than `limit` is cut inside it (there is no word end to cut at).
    """
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    at_space = head.rfind(" ")
    if at_space > 0 and not text[limit - 1].isspace():  # head ends inside a word: drop that word
        head = head[:at_space]
    return head.rstrip(" ,.;:") + "…"


def labelled_row(label: Text, label_width: int, *lines: RenderableType) -> Table:
    """A list row with a label column: `lines` wrap under each other, never back under the label.

    A line may itself be a labelled_row (an indented sub-line that hangs under its own text).
    """
    grid = Table.grid()
    grid.add_column(width=label_width, no_wrap=True)
    grid.add_column(ratio=1)
    for number, line in enumerate(lines):
        grid.add_row(label if number == 0 else "", line)
    return grid
