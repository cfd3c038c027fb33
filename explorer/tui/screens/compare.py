"""Two roles side by side: what they share, what only one of them asks, with titles that stay in view."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.career.compare import (
    SIMILARITY_LEGEND,
    SIMILARITY_LINE,
    Comparison,
    ResponsibilityRow,
    compare_roles,
)
from explorer.core.content.model import Role
from explorer.core.plans.model import PlanStep
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import labelled_row, plain
from explorer.tui.widgets.lists import InlineList

SIDES = {"left": "A", "right": "B"}


class DifferenceList(InlineList):
    """The duties only one of the two roles lists; `a` adds the highlighted one to the plan."""

    HELP_NAME = "a list of differences"


class CompareScreen(PlanAwareScreen):
    CSS_PATH = ["role_page.tcss", "compare.tcss"]
    HELP_NAME = "Compare"
    HELP_NOTE = SIMILARITY_LEGEND
    BINDINGS = [
        Binding(
            "a",
            "add",
            "Add to plan",
            id="compare.add",
            tooltip="Add the highlighted difference to your plan as a step",
        ),
        Binding(
            "g",
            "gap",
            "Gap A→B",
            id="compare.gap",
            tooltip="What separates A (left) from B (right), step by step",
        ),
        Binding(
            "1",
            "change('left')",
            "Change A",
            id="compare.change_left",
            tooltip="Pick another role for the left side (A)",
        ),
        Binding(
            "2",
            "change('right')",
            "Change B",
            id="compare.change_right",
            tooltip="Pick another role for the right side (B)",
        ),
        Binding("s", "swap", "Swap sides", id="compare.swap", tooltip="Put B on the left and A on the right"),
        Binding(
            "o",
            "open('left')",
            "Open A",
            id="compare.open_left",
            tooltip="Open the left-hand role (A)",
            show=False,
        ),
        Binding(
            "p",
            "open('right')",
            "Open B",
            id="compare.open_right",
            tooltip="Open the right-hand role (B)",
            show=False,
        ),
    ]

    def __init__(self, left: Role, right: Role) -> None:
        super().__init__()
        self.left, self.right = left, right
        self._only: dict[str, list[ResponsibilityRow]] = {"left": [], "right": []}

    @property
    def comparison(self) -> Comparison:
        return compare_roles(self.explorer.catalog, self.left, self.right)

    def compose_main(self) -> ComposeResult:
        with Vertical(id="compare-main", classes="main"):
            yield Static(id="compare-titles")
            with VerticalScroll(id="compare-body"):
                yield Static(id="compare-table")
                yield Static(id="compare-only-left-title", classes="section-heading")
                yield DifferenceList(id="compare-only-left")
                yield Static(id="compare-only-right-title", classes="section-heading")
                yield DifferenceList(id="compare-only-right")
                yield Static(id="compare-skills", classes="section")
                yield Static(id="compare-title-notes", classes="section")

    def on_mount(self) -> None:
        self._refresh_comparison()
        self.focus_main()

    def focus_main(self) -> None:
        self.query_one("#compare-body").focus()

    def _refresh_comparison(self) -> None:
        comparison = self.comparison
        self.query_one("#compare-titles", Static).update(titles(comparison))
        self.query_one("#compare-table", Static).update(glance_and_shared(comparison))
        self.query_one("#compare-skills", Static).update(skills(comparison))
        self.query_one("#compare-title-notes", Static).update(title_notes(comparison))
        for side, role, kind in (("left", self.left, "left-only"), ("right", self.right, "right-only")):
            rows = comparison.rows_of(kind)
            self._only[side] = rows
            heading = self.query_one(f"#compare-only-{side}-title", Static)
            heading.update(
                Text.assemble(plain(f"Only in {SIDES[side]}: {role.title} ({len(rows)})", "bold underline"))
            )
            listing = self.query_one(f"#compare-only-{side}", DifferenceList)
            listing.clear_options()
            for row in rows:
                duty = row.left if side == "left" else row.right
                if duty is None:  # a one-sided row has its side
                    continue
                listing.add_option(Option(labelled_row(Text(duty.area.value, "dim"), 14, plain(duty.text))))
            if not rows:
                listing.add_option(
                    Option(
                        Text("Nothing: every duty has a close match on the other side.", "dim italic"),
                        disabled=True,
                    )
                )
            else:
                listing.highlighted = 0

    def action_swap(self) -> None:
        self.left, self.right = self.right, self.left
        self._refresh_comparison()

    def action_open(self, side: str) -> None:
        self.explorer.nav.open_role((self.left if side == "left" else self.right).id)

    def action_change(self, side: str) -> None:
        from explorer.tui.dialogs.picker import RolePicker

        other = self.right if side == "left" else self.left

        def chosen(role_id: str | None) -> None:
            if role_id:
                role = self.explorer.catalog.role(role_id)
                if side == "left":
                    self.left = role
                else:
                    self.right = role
                self._refresh_comparison()

        self.app.push_screen(
            RolePicker(f"Compare {other.title} with… (new {SIDES[side]})", exclude=other.id), chosen
        )

    def action_gap(self) -> None:
        from explorer.tui.screens.gap import GapScreen

        self.app.push_screen(GapScreen(self.left.id, self.right.id))

    def _highlighted_difference(self) -> tuple[str, ResponsibilityRow] | None:
        """The difference under the highlight: of the focused list, else B's list (what you would take on)."""
        focused = self.focused
        side = "left" if focused is not None and focused.id == "compare-only-left" else "right"
        listing = self.query_one(f"#compare-only-{side}", DifferenceList)
        rows = self._only[side]
        if listing.highlighted is None or listing.highlighted >= len(rows):
            return None
        return side, rows[listing.highlighted]

    def action_add(self) -> None:
        found = self._highlighted_difference()
        if found is None:
            self.notify("Nothing to add: no difference is highlighted.", markup=False)
            return
        side, row = found
        duty, role = (row.left, self.left) if side == "left" else (row.right, self.right)
        if duty is None:
            return
        text = f"Hand over: {duty.text}" if side == "left" else f"Take on: {duty.text}"
        self.explorer.plans.add_step(PlanStep(text, responsibility=f"{role.id}#{duty.id}"))
        if self.pane.display:
            self.pane.show_plan()


def _columns(table: Table, comparison: Comparison, header: bool) -> None:
    left, right = comparison.left, comparison.right
    table.add_column("", ratio=2, min_width=11, style="dim", no_wrap=True, overflow="ellipsis")
    left_title, right_title = (title or role.title for title, role in zip(comparison.titles, (left, right)))
    table.add_column(plain(f"A · {left_title}", "bold") if header else "", ratio=5)
    table.add_column(plain(f"B · {right_title}", "bold") if header else "", ratio=5)


def titles(comparison: Comparison) -> Table:
    """The column titles, drawn above the scrolling body so they stay in view."""
    table = Table(expand=True, box=None, padding=(0, 1), pad_edge=False, show_edge=False)
    _columns(table, comparison, header=True)
    return table


def glance_and_shared(comparison: Comparison) -> Table:
    table = Table(expand=True, box=None, padding=(0, 1), pad_edge=False, show_header=False)
    _columns(table, comparison, header=False)

    def section(title: str) -> None:
        table.add_row("", "", "")
        table.add_row("", plain(title, "bold underline"), "")

    section("At a glance")
    for note in comparison.notes:
        table.add_row(Text("Packs", "dim"), plain(note, "italic"), "")
    for fact in comparison.facts:
        style = "bold yellow" if fact.differs else ""
        table.add_row(
            Text(fact.label + (" ≠" if fact.differs else ""), style or "dim"),
            plain(fact.left, style),
            plain(fact.right, style),
        )

    shared = comparison.rows_of("shared")
    section(f"In both ({len(shared)})")
    if shared:  # one short line; the whole rule is in Help
        table.add_row("", Text(SIMILARITY_LINE, "dim italic"), "")
    for row in shared:
        if row.left and row.right:  # a shared row has both sides
            table.add_row(
                Text(f"≈ {row.similarity:.0f}%", "dim"), plain(row.left.text), plain(row.right.text)
            )
    if not shared:
        table.add_row("", Text("No responsibilities match closely.", "dim italic"), "")
    grown = comparison.rows_of("grows")
    if grown:
        section(f"Same work, bigger scope ({len(grown)})")
        for row in grown:
            arrow = "A → B" if row.grows == "right" else "A ← B"
            left_text, right_text = (row.left.text if row.left else ""), (row.right.text if row.right else "")
            table.add_row(Text(f"{arrow} grows", "dim"), plain(left_text), plain(right_text))
    return table


def title_notes(comparison: Comparison) -> Table:
    """The known confusions and disagreements on either role, each with who says it."""
    table = Table(expand=True, box=None, padding=(0, 1), pad_edge=False, show_header=False)
    table.add_column("", ratio=2, min_width=11, style="dim", no_wrap=True, overflow="ellipsis")
    table.add_column("", ratio=10)
    table.add_row("", plain(f"Title notes ({len(comparison.title_notes)})", "bold underline"))
    for found in comparison.title_notes:
        side = "A" if found.role_id == comparison.left.id else "B"
        table.add_row(Text(side, "dim"), plain(found.describe()))
    if not comparison.title_notes:
        table.add_row("", Text("Neither role has a known confusion about its title.", "dim italic"))
    return table


def skills(comparison: Comparison) -> Table:
    table = Table(expand=True, box=None, padding=(0, 1), pad_edge=False, show_header=False)
    _columns(table, comparison, header=False)
    table.add_row("", plain("Skills", "bold underline"), "")
    shared = ", ".join(comparison.skills_shared) or "—"
    table.add_row(Text("in both", "dim"), plain(shared), plain(shared))
    table.add_row(
        Text("only", "dim"),
        plain(", ".join(comparison.skills_left_only) or "—", "red"),
        plain(", ".join(comparison.skills_right_only) or "—", "green"),
    )
    return table
