"""What a Rich renderable (a list row drawn as a grid, a table) reads as on screen."""

import io

from rich.console import Console


def as_text(renderable, width: int = 100) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def as_words(renderable, width: int = 100) -> str:
    """The text with its wrapping undone: words separated by single spaces."""
    return " ".join(as_text(renderable, width).split())
