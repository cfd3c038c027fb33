"""Two roles side by side, rows lined up by meaning, differences marked."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from explorer.core.career.compare import Comparison, compare_roles
from explorer.core.content.model import Role
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import plain


class CompareScreen(PlanAwareScreen):
    HELP_NAME = "Compare"
    BINDINGS = [
        Binding("s", "swap", "Swap sides", id="compare.swap", tooltip="Put the right-hand role on the left"),
        Binding("o", "open('left')", "Open left", id="compare.open_left", tooltip="Open the left-hand role"),
        Binding("p", "open('right')", "Open right", id="compare.open_right", tooltip="Open the right-hand role"),
    ]

    def __init__(self, left: Role, right: Role) -> None:
        super().__init__()
        self.left, self.right = left, right

    @property
    def comparison(self) -> Comparison:
        return compare_roles(self.app.catalog, self.left, self.right)

    def compose_main(self) -> ComposeResult:
        with VerticalScroll(id="compare-body", can_focus=True, classes="main"):
            yield Static(id="compare-table")

    def on_mount(self) -> None:
        self._refresh_table()
        self.focus_main()

    def focus_main(self) -> None:
        self.query_one("#compare-body").focus()

    def _refresh_table(self) -> None:
        self.query_one("#compare-table", Static).update(build_table(self.comparison))

    def action_swap(self) -> None:
        self.left, self.right = self.right, self.left
        self._refresh_table()

    def action_open(self, side: str) -> None:
        self.app.open_role((self.left if side == "left" else self.right).id)


def build_table(comparison: Comparison) -> Table:
    left, right = comparison.left, comparison.right
    table = Table(expand=True, show_lines=False, box=None, padding=(0, 1), pad_edge=False)
    table.add_column("", ratio=2, min_width=11, style="dim", no_wrap=True, overflow="ellipsis")
    left_title, right_title = (title or role.title for title, role in zip(comparison.titles, (left, right)))
    table.add_column(plain(left_title, "bold"), ratio=5)
    table.add_column(plain(right_title, "bold"), ratio=5)

    def section(left_title: str, right_title: str = "") -> None:
        table.add_row("", "", "")
        table.add_row("", plain(left_title, "bold underline"), plain(right_title, "bold underline"))

    section("At a glance")
    for note in comparison.notes:
        table.add_row(Text("Packs", "dim"), plain(note, "italic"), "")
    for fact in comparison.facts:
        style = "bold yellow" if fact.differs else ""
        table.add_row(Text(fact.label + (" ≠" if fact.differs else ""), style or "dim"), plain(fact.left, style), plain(fact.right, style))

    shared = comparison.rows_of("shared")
    section(f"In both ({len(shared)})")
    for row in shared:
        table.add_row(Text(f"≈ {row.similarity:.0f}%", "dim"), plain(row.left.text), plain(row.right.text))
    if not shared:
        table.add_row("", Text("No responsibilities match closely.", "dim italic"), "")

    left_only = comparison.rows_of("left-only")
    right_only = comparison.rows_of("right-only")
    section(f"Only {left_title} ({len(left_only)})", f"Only {right_title} ({len(right_only)})")
    for index in range(max(len(left_only), len(right_only))):
        l = left_only[index].left if index < len(left_only) else None
        r = right_only[index].right if index < len(right_only) else None
        table.add_row(
            Text(l.area.value if l else "", "dim"),
            plain(f"◀ {l.text}", "red") if l else Text(""),
            plain(f"▶ {r.text}", "green") if r else Text(""),
        )

    section("Skills")
    table.add_row(Text("in both", "dim"), plain(", ".join(comparison.skills_shared) or "—"), plain(", ".join(comparison.skills_shared) or "—"))
    table.add_row(
        Text("only", "dim"),
        plain(", ".join(comparison.skills_left_only) or "—", "red"),
        plain(", ".join(comparison.skills_right_only) or "—", "green"),
    )
    return table
