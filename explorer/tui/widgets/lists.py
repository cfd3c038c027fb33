"""The option lists every list in the app is built on."""

from __future__ import annotations

from textual.binding import Binding
from textual.geometry import Region, Size
from textual.widget import Widget
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

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return super().get_content_height(container, viewport, max(width, 1))

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        # Rule: row heights are measured at the width the rows are drawn at. The scrollbar takes
        # columns without resizing the list, and OptionList measures again only on a resize.
        self._clear_caches()


class InlineList(SafeOptionList):
    """A list drawn at its full height inside a scrolling page (no scroll inside a scroll).

    It cannot scroll itself, so when the highlight moves the page scrolls to keep it in view.
    """

    DEFAULT_CSS = """
    InlineList { height: auto; max-height: 100000; }
    """

    def on_show(self) -> None:
        """Unlike a scrolling list, showing it does not move the page to its highlight."""

    def scroll_to_highlight(self, top: bool = False) -> None:
        super().scroll_to_highlight(top)
        page = self.parent
        # Only while someone moves through the list: setting the first highlight must not scroll the page.
        if (
            not self.has_focus
            or self.highlighted is None
            or not self.is_mounted
            or not isinstance(page, Widget)
        ):
            return
        line = self._index_to_line.get(self.highlighted)
        if line is None:
            return
        origin = self.virtual_region.offset
        # The border and padding above the first option.
        inset = self.styles.gutter.top
        region = Region(origin.x, origin.y + inset + line, self.size.width, self._heights[self.highlighted])
        page.scroll_to_region(region, animate=False, immediate=True)
