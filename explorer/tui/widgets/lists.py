"""The option list every list in the app is built on."""

from __future__ import annotations

from textual.widgets import OptionList


class SafeOptionList(OptionList):
    """An OptionList that survives being squeezed to no width at all.

    In a very narrow terminal a list can be laid out at width 0; wrapping its options at
    width 0 raises inside Rich, so measure at least one cell.
    """

    def get_content_height(self, container, viewport, width: int) -> int:
        return super().get_content_height(container, viewport, max(width, 1))
