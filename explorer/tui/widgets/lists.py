"""The option list every list in the app is built on."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class SafeOptionList(OptionList):
    """An OptionList with j/k movement that survives being squeezed to no width at all.

    In a very narrow terminal a list can be laid out at width 0; wrapping its options at
    width 0 raises inside Rich, so measure at least one cell.
    """

    HELP_NAME = "the list"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down", tooltip="Next item in the list"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up", tooltip="Previous item in the list"),
    ]

    def get_content_height(self, container, viewport, width: int) -> int:
        return super().get_content_height(container, viewport, max(width, 1))
