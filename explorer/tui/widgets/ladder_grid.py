"""The ladder grid: ladders as columns, levels (or a pack's own grades) as rows, one selected role.

Up/Down follow the drawing order of the selected role's column (top to bottom), so roles
that share a level are visited in the order they appear. The grid remembers which column
the selection is in, so a role that sits on two ladders keeps Up/Down on the ladder you
came from. Below 80 columns, or when the columns would be too narrow, one ladder is drawn
at a time and Left/Right switch ladders.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from explorer.core.career.rungs import LadderView, rungs
from explorer.core.content.model import Catalog, Ladder
from explorer.tui.widgets.ladder_layout import LadderLayout, Marks, fits_side_by_side, lay_out

SINGLE_BELOW = 80  # terminal columns


class LadderGrid(Widget, can_focus=True):
    HELP_NAME = "the ladders"
    BINDINGS = [
        Binding(
            "up,k", "move(-1)", "Up", show=False, id="ladder.up", tooltip="The role above in this ladder"
        ),
        Binding(
            "down,j", "move(1)", "Down", show=False, id="ladder.down", tooltip="The role below in this ladder"
        ),
        Binding(
            "left",
            "across(-1)",
            "Ladder left",
            show=False,
            id="ladder.left",
            tooltip="The ladder to the left, at the nearest level",
        ),
        Binding(
            "right",
            "across(1)",
            "Ladder right",
            show=False,
            id="ladder.right",
            tooltip="The ladder to the right, at the nearest level",
        ),
        Binding(
            "home", "end(-1)", "Top", show=False, id="ladder.top", tooltip="The highest role in this ladder"
        ),
        Binding(
            "end",
            "end(1)",
            "Bottom",
            show=False,
            id="ladder.bottom",
            tooltip="The lowest role in this ladder",
        ),
    ]
    DEFAULT_CSS = """
    LadderGrid { height: auto; }
    """

    selected: reactive[str] = reactive("", layout=True)

    class Selected(Message):
        def __init__(self, role_id: str) -> None:
            super().__init__()
            self.role_id = role_id

    class Opened(Message):
        """A double click on a role."""

        def __init__(self, role_id: str) -> None:
            super().__init__()
            self.role_id = role_id

    def __init__(self, catalog: Catalog, view: LadderView, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.catalog = catalog
        self.current_role: str | None = None
        self.target_role: str | None = None
        self.column_index = 0
        self.target_note = ""
        self._cache: tuple[tuple[object, ...], LadderLayout] | None = None
        self.show_view(view)

    def show_view(self, view: LadderView) -> None:
        """Draw `view`'s ladders (one pack's, or every lined-up pack's) on its rows."""
        self.view = view
        self.ladders = list(view.ladders)
        self.rungs = rungs(self.catalog, view)
        self.column_index = 0
        self._cache = None
        self._sync_column()
        self.refresh(layout=True)
        if self.is_mounted:
            self._refresh_header()
            self.call_after_refresh(self.reveal_selected)

    # Layout
    def single_at(self, width: int) -> bool:
        """One ladder at a time: a narrow terminal, or columns too narrow to read."""
        return self.app.size.width < SINGLE_BELOW or not fits_side_by_side(len(self.ladders), width)

    def layout_for(self, width: int) -> LadderLayout:
        marks = Marks(self.selected, self.current_role, self.target_role, self.column_index, self.target_note)
        single = self.single_at(width)
        key = (width, marks, single)
        if self._cache is None or self._cache[0] != key:
            show_grades = not self.view.by_grade and len({ladder.pack for ladder in self.ladders}) > 1
            self._cache = (
                key,
                lay_out(self.catalog, self.ladders, width, marks, single, self.rungs, show_grades),
            )
        return self._cache[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.layout_for(max(width, 1)).lines)

    def render(self) -> Text:
        text = Text("\n").join(self.layout_for(max(self.size.width, 1)).lines)
        text.no_wrap = True
        text.overflow = "crop"
        return text

    def set_plan_marks(self, current: str | None, target: str | None, target_note: str = "") -> None:
        self.current_role, self.target_role, self.target_note = current, target, target_note
        self.refresh(layout=True)

    # Selection
    def watch_selected(self, role_id: str) -> None:
        self._sync_column()
        if role_id:
            self.post_message(self.Selected(role_id))
            self.call_after_refresh(self.reveal_selected)
            self._refresh_header()

    def on_resize(self) -> None:
        self._refresh_header()

    def _refresh_header(self) -> None:
        for header in self.screen.query(LadderHeader):
            header.refresh(layout=True)

    def reveal_selected(self) -> None:
        """Scroll the container so the whole selected role (and, near the top, the ladder names) shows."""
        layout = self.layout_for(max(self.size.width, 1))
        spot = layout.spots.get(self.selected)
        container = self.parent
        if spot is None or not isinstance(container, Widget):
            return
        origin = self.virtual_region.offset
        region = Region(origin.x + spot.x, origin.y + spot.y, spot.width, spot.height)
        container.scroll_to_region(region, animate=False, immediate=True)

    def _sync_column(self) -> None:
        """Keep the remembered column when it holds the selection, else move to one that does."""
        if not self.ladders:
            return
        if (
            not 0 <= self.column_index < len(self.ladders)
            or self.selected not in self.ladders[self.column_index].roles
        ):
            self.column_index = next(
                (i for i, ladder in enumerate(self.ladders) if self.selected in ladder.roles), 0
            )

    def column(self) -> Ladder:
        self._sync_column()
        return self.ladders[self.column_index]

    def top_to_bottom(self, ladder: Ladder) -> list[str]:
        """The ladder's roles in drawing order: highest rung first, then as the ladder lists them."""
        return sorted(ladder.roles, key=lambda r: (-self.rungs.position[r], ladder.roles.index(r)))

    def action_move(self, delta: int) -> None:
        roles = self.top_to_bottom(self.column())
        position = roles.index(self.selected) + delta if self.selected in roles else 0
        if 0 <= position < len(roles):
            self.selected = roles[position]

    def action_end(self, direction: int) -> None:
        roles = self.top_to_bottom(self.column())
        self.selected = roles[-1 if direction > 0 else 0]

    def action_across(self, delta: int) -> None:
        self.column()
        column = self.column_index + delta
        if not 0 <= column < len(self.ladders):
            return
        rung = self.rungs.position[self.selected]
        roles = self.top_to_bottom(self.ladders[column])
        self.column_index = column
        self.selected = min(roles, key=lambda r: abs(self.rungs.position[r] - rung))
        self.refresh(layout=True)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        layout = self.layout_for(max(self.size.width, 1))
        hit = next((role_id for role_id, spot in layout.spots.items() if spot.contains_point(offset)), None)
        if hit is None:
            return
        self.focus()
        self.selected = hit
        if event.chain >= 2:
            self.post_message(self.Opened(hit))


class LadderHeader(Widget):
    """The ladder names above the grid, lined up with its columns; it does not scroll away."""

    DEFAULT_CSS = """
    LadderHeader { height: auto; }
    """

    def __init__(self, grid: LadderGrid, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.grid = grid

    def _header(self, width: int) -> tuple[Text, ...]:
        """The headings for a header `width` wide. The grid's width is worked out from it (the
        grid sits in a scroll area as wide as the header, less its scrollbar), not read from the
        grid: on a resize the header is laid out before the grid has its new size."""
        scroll = self.grid.parent
        gutter = scroll.scrollbar_size_vertical if isinstance(scroll, Widget) else 0
        return self.grid.layout_for(max(width - gutter, 1)).header

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._header(width))

    def render(self) -> Text:
        text = Text("\n").join(self._header(self.size.width))
        text.no_wrap = True
        text.overflow = "crop"
        return text
