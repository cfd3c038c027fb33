"""The search results list: grouped by role (a header, then its best lines) or flat, one row per line.

Every row knows its role and, for a found line, the hit; Enter on a line opens the role at
that line. Lines that match only some words sit below a "partial matches" divider. How a
row looks is decided in `role_title`, `role_header` and `hit_row` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.padding import Padding as RichPadding
from rich.text import Text
from textual.content import Content
from textual.geometry import Spacing
from textual.visual import Padding, Visual
from textual.widgets.option_list import Option

from explorer.core.content.model import Catalog, Role
from explorer.core.search.documents import HitKind
from explorer.tui.context import explorer_of
from explorer.tui.text import highlighted, plain
from explorer.tui.widgets.lists import SafeOptionList

if TYPE_CHECKING:  # the index is built just after the first frame
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

    from explorer.core.search.hits import SearchHit

MARK = "● "
LINES_PER_ROLE = 3  # in grouped view, each role shows at most this many of its best lines
GROUP_INDENT = 3
PARTIAL_DIVIDER = "── partial matches: not every word found ──"
# The empty box lists roles a page at a time: laying out thousands of rows would make
# clearing the box cost half a second. The next page comes as the highlight or the scroll
# nears the end, so every role stays a key press away.
ROLES_PER_PAGE = 100
MEASURED_ROWS_KEPT = 4_096


@dataclass(frozen=True)
class ResultRow:
    role_id: str
    hit: SearchHit | None = None  # None: the role itself (a header, or a row of the empty box)
    hidden: int = 0  # lines of this role not shown under its header


def role_title(role: Role, title: str = "") -> Text:
    """The role's title; `title` is the catalog's, with the pack's name when two packs share the title."""
    return plain(title or role.title, "bold")


def role_row(role: Role, title: str = "") -> Text:
    return Text.assemble(role_title(role, title), "  ", plain(f"{role.track.label} · {role.rank}", "dim"))


def role_header(role: Role, hidden: int, title: str = "") -> Text:
    label = role_row(role, title)
    if hidden:
        label.append_text(plain(f" · +{hidden} more (ctrl+r: flat)", "dim italic"))
    return label


def kind_label(hit: SearchHit) -> str:
    if hit.doc.kind is HitKind.ADVICE and hit.doc.context:
        return f"next step → {hit.doc.context}"
    return hit.doc.kind.label


class IndentedLine(Padding):
    """A found line under its role's header.

    Textual measures and draws its own Content and padding several times faster than a Rich
    Padding, and every row is measured on each keystroke. Anything else that prints the row
    (Rich itself) gets the equivalent Rich Padding.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(Content.from_rich_text(text), Spacing(0, 0, 0, GROUP_INDENT))
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich__(self) -> RichPadding:
        return RichPadding(self.text, (0, 0, 0, GROUP_INDENT))


def hit_row(role: Role, hit: SearchHit, grouped: bool, title: str = "") -> RenderableType | IndentedLine:
    """A found line: indented under its role's header (grouped), or with the role's title (flat)."""
    kind = hit.doc.kind
    if kind in (HitKind.TITLE, HitKind.ALIAS) and not grouped:
        label = highlighted(hit.doc.text, hit.spans, "bold reverse")
        label.stylize("bold", 0, len(label))
        if kind is HitKind.ALIAS or (title and title != role.title):
            label.append_text(plain(f"  → {title or role.title}", "dim"))
        return label
    label = Text() if grouped else Text.assemble(role_title(role, title), "  ")
    # The kind inline before the line: a row a hit, not two.
    label.append_text(plain(f"{kind_label(hit)} · ", "dim italic"))
    label.append_text(highlighted(hit.doc.text, hit.spans))
    return IndentedLine(label) if grouped else label


class MeasuredOnce(Visual):
    """A row whose height is measured once per text and width, not on every keystroke.

    Textual's OptionList wraps every new option to measure its height as soon as it is added
    (https://github.com/Textualize/textual/issues/5498). Every keystroke replaces the rows,
    and the next keystroke mostly shows the same lines again: only the highlighted letters
    differ, and they do not change how a line wraps. Removing this cache made felt keystroke
    latency about 15% slower at the median (benchmarks/felt_latency.py).

    It reaches into Textual's private `OptionList._get_visual` and `Option._visual`, which the
    exact textual pin in pyproject.toml holds still; tests/functional/test_result_rows.py
    ::test_the_row_height_cache_still_fits_textual fails when Textual changes them.
    """

    heights: dict[tuple[str, str, int, int], int] = {}

    def __init__(self, visual: Visual, plain: str) -> None:
        self._visual = visual
        self._plain = plain

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._visual.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._visual.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        key = (type(self._visual).__name__, self._plain, width, id(rules))
        height = self.heights.get(key)
        if height is None:
            if len(self.heights) >= MEASURED_ROWS_KEPT:
                self.heights.clear()
            height = self.heights[key] = self._visual.get_height(rules, width)
        return height


class ResultsList(SafeOptionList):
    """Results of the current query, or every role when the query is empty."""

    HELP_NAME = "the results"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.marked: list[str] = []
        self.grouped = True
        self._rows: list[ResultRow | None] = []  # None: the partial-matches divider
        self._hits: list[SearchHit] = []
        self._unlisted_roles: list[Role] = []  # the empty box's roles not laid out yet

    @property
    def catalog(self) -> Catalog:
        return explorer_of(self).catalog

    def _get_visual(self, option: Option) -> Visual:
        if option._visual is None:
            option._visual = MeasuredOnce(super()._get_visual(option), str(option.prompt))
        return option._visual

    def show_roles(self) -> None:
        self._hits = []
        self._unlisted_roles = self.catalog.sorted_roles()
        self._replace(self._next_page_of_roles())

    def show_hits(self, hits: list[SearchHit]) -> None:
        self._hits = [hit for hit in hits if hit.role_id in self.catalog.roles]
        self._unlisted_roles = []
        self._replace(self._layout())

    def _next_page_of_roles(self, size: int = ROLES_PER_PAGE) -> list[ResultRow | None]:
        page, self._unlisted_roles = self._unlisted_roles[:size], self._unlisted_roles[size:]
        return [ResultRow(role.id) for role in page]

    def _list_more_roles(self, size: int = ROLES_PER_PAGE) -> None:
        if self._unlisted_roles:
            rows = self._next_page_of_roles(size)
            self._rows += rows
            self.add_options([Option(self._label(row)) for row in rows if row is not None])

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and highlighted >= self.option_count - 10:
            self._list_more_roles()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value >= self.max_scroll_y - self.scrollable_content_region.height:
            self._list_more_roles()

    def action_last(self) -> None:
        self._list_more_roles(len(self._unlisted_roles))  # End means the very last role
        super().action_last()

    def toggle_grouped(self) -> None:
        self.grouped = not self.grouped
        if self._hits:
            current = self.current_row
            self._replace(self._layout())
            if current is not None:  # stay on the same line, or on its role
                self.highlighted = self._index_near(current)

    def _layout(self) -> list[ResultRow | None]:
        full = [h for h in self._hits if not h.partial]
        partial = [h for h in self._hits if h.partial]
        rows = self._rows_for(full)
        if partial:
            rows.append(None)
            rows += self._rows_for(partial)
        return rows

    def _rows_for(self, hits: list[SearchHit]) -> list[ResultRow | None]:
        if not self.grouped:
            return [ResultRow(hit.role_id, hit) for hit in hits]
        by_role: dict[str, list[SearchHit]] = {}
        for hit in hits:  # roles in the order of their best line
            by_role.setdefault(hit.role_id, []).append(hit)
        rows: list[ResultRow | None] = []
        for role_id, role_hits in by_role.items():
            hidden = max(0, len(role_hits) - LINES_PER_ROLE)
            rows.append(ResultRow(role_id, hidden=hidden))
            rows += [ResultRow(role_id, hit) for hit in role_hits[:LINES_PER_ROLE]]
        return rows

    def _index_near(self, row: ResultRow) -> int:
        for index, other in enumerate(self._rows):
            if other is not None and other.hit is row.hit and other.role_id == row.role_id:
                return index
        return next(
            (i for i, other in enumerate(self._rows) if other is not None and other.role_id == row.role_id), 0
        )

    def _replace(self, rows: list[ResultRow | None]) -> None:
        self._rows = rows
        self._render_rows(keep_highlight=False)

    def _label(self, row: ResultRow) -> RenderableType:
        role = self.catalog.roles[row.role_id]
        title = self.catalog.display_title(role)
        if row.hit is not None:
            label = hit_row(role, row.hit, self.grouped, title)
        else:
            label = role_header(role, row.hidden, title) if self._hits else role_row(role, title)
        if row.role_id in self.marked and isinstance(label, Text):
            label = Text.assemble((MARK, "bold green"), label)
        return label

    def _render_rows(self, keep_highlight: bool) -> None:
        highlight = self.highlighted
        options = [
            Option(Text(PARTIAL_DIVIDER, "dim"), disabled=True) if row is None else Option(self._label(row))
            for row in self._rows
        ]
        if not options:
            self.clear_options()  # set_options([]) would keep the old size and draw nothing new
            return
        # Straight from the old rows to the new, never through an empty list: the scrollbar
        # stays put and rows already measured are not measured again.
        self.set_options(options)
        first = next((i for i, row in enumerate(self._rows) if row is not None), 0)
        self.highlighted = highlight if keep_highlight and highlight is not None else first

    def row_at(self, index: int | None) -> ResultRow | None:
        if index is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index]

    def role_at(self, index: int | None) -> str | None:
        row = self.row_at(index)
        return row.role_id if row else None

    @property
    def current_row(self) -> ResultRow | None:
        return self.row_at(self.highlighted)

    @property
    def current_role(self) -> str | None:
        return self.role_at(self.highlighted)

    def toggle_mark(self) -> list[str]:
        role_id = self.current_role
        if role_id is None:
            return self.marked
        if role_id in self.marked:
            self.marked.remove(role_id)
        else:
            self.marked = (self.marked + [role_id])[-2:]
        self._render_rows(keep_highlight=True)
        return self.marked
