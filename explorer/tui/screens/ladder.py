"""The career ladders side by side, lined up by level, with moves from the selected role."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.widgets import Static

from explorer.core.career.ladder import next_moves, previous_moves
from explorer.core.career.rungs import LadderView, ladder_views
from explorer.core.content.model import Catalog, MoveKind
from explorer.tui.plan_desk import Which
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import plain
from explorer.tui.widgets.ladder_grid import LadderGrid, LadderHeader
from explorer.tui.widgets.readiness_marks import target_readiness

# From this many columns of room the moves panel sits beside the grid instead of below it.
MOVES_BESIDE_FROM = 110


class LadderSplit(Container):
    """The grid and the moves panel: side by side when there is room, else stacked."""

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width >= MOVES_BESIDE_FROM, "-beside")


class LadderScroll(VerticalScroll, can_focus=False):
    """Scrolls the grid; when it is resized (the moves panel grew or shrank) the selection stays in view."""

    def on_resize(self) -> None:
        for grid in self.query(LadderGrid):
            grid.call_after_refresh(grid.reveal_selected)


class LadderScreen(PlanAwareScreen):
    CSS_PATH = "ladder.tcss"
    HELP_NAME = "Ladders"
    BINDINGS = [
        Binding("enter", "open", "Open", id="ladder.open", tooltip="Open the selected role"),
        Binding(
            "h",
            "set_role('current')",
            "I am here",
            id="ladder.here",
            tooltip="Set the selected role as where you are now",
        ),
        Binding(
            "t",
            "set_role('target')",
            "Target",
            id="ladder.target",
            tooltip="Set the selected role as where you want to be",
        ),
        Binding(
            "g",
            "gap",
            "Gap",
            id="ladder.gap",
            tooltip="What separates where you are from your target (as F3)",
            show=False,
        ),
        Binding(
            "p",
            "next_pack",
            "Packs",
            id="ladder.pack",
            show=False,
            tooltip="Show the next pack's ladders: the shipped ones, each team's, or all packs lined up",
        ),
    ]

    def __init__(self, start_role: str | None = None) -> None:
        super().__init__()
        self.start_role = start_role
        self.views: list[LadderView] = []

    def _first_view(self) -> LadderView:
        """The view of the pack the start role comes from, so a team's role opens on its own grades."""
        catalog = self.explorer.catalog
        wanted = self.start_role or (
            self.explorer.plans.session.plan.current_role if self.explorer.plans.session.plan else None
        )
        role = catalog.get(wanted) if wanted else None
        if role is not None:
            for view in self.views:
                if view.key == role.pack and any(role.id in ladder.roles for ladder in view.ladders):
                    return view
        return self.views[0]

    def _hint(self, view: LadderView) -> Text:
        text = Text.assemble(
            plain(view.name, "bold"), (", by grade" if view.by_grade else ", by level", "dim")
        )
        if len(self.views) > 1:
            text.append(" · p packs", "dim")
        text.append(" · ▶ you are here · ★ target · arrows move · Enter opens", "dim")
        if view.left_out:
            text.append_text(
                plain(f" · not lined up (no levels declared): {', '.join(view.left_out)}", "dim italic")
            )
        return text

    def compose_main(self) -> ComposeResult:
        with Vertical(id="ladder-body", classes="main"):
            self.views = ladder_views(self.explorer.catalog)
            view = self._first_view()
            yield Static(self._hint(view), id="ladder-hint")
            yield Static(id="ladder-readiness")
            with LadderSplit(id="ladder-split"):
                grid = LadderGrid(self.explorer.catalog, view, id="ladder-grid")
                with Vertical(id="ladder-grid-area"):
                    yield LadderHeader(grid, id="ladder-header")
                    with LadderScroll(id="ladder-scroll"):
                        yield grid
                with VerticalScroll(id="ladder-moves-box"):
                    yield Static(id="ladder-moves")
                    yield Static(id="ladder-move-list")

    def on_mount(self) -> None:
        grid = self.grid
        self.show_plan_marks()
        self._select_in_view(self.start_role or grid.current_role or "product-manager")
        grid.focus()

    def _select_in_view(self, wanted: str) -> None:
        grid = self.grid
        shown = {role_id for ladder in grid.ladders for role_id in ladder.roles}
        role = self.explorer.catalog.get(wanted)
        twins = (
            [twin.id for twin in self.explorer.catalog.equivalents(role) if twin.id in shown] if role else []
        )
        if wanted in shown:
            grid.selected = wanted
        elif twins:  # the same job in the pack now shown
            grid.selected = twins[0]
        elif grid.ladders:
            grid.selected = grid.ladders[0].roles[0]

    def action_next_pack(self) -> None:
        if len(self.views) < 2:
            self.notify("Only one pack is loaded.", markup=False)
            return
        grid = self.grid
        index = next((i for i, view in enumerate(self.views) if view.key == grid.view.key), 0)
        view = self.views[(index + 1) % len(self.views)]
        previous = grid.selected
        grid.show_view(view)
        self.query_one("#ladder-hint", Static).update(self._hint(view))
        self._select_in_view(previous)

    def focus_main(self) -> None:
        self.grid.focus()

    @property
    def grid(self) -> LadderGrid:
        return self.query_one("#ladder-grid", LadderGrid)

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.show_plan_marks()

    def show_plan_marks(self) -> None:
        """▶ and ★ on the grid, with the readiness count beside the target and in a line above."""
        plan = self.explorer.plans.session.plan
        readiness = target_readiness(self.explorer.catalog, plan)
        note = readiness.counts().short() if readiness else ""  # "3/12", explained in the line above
        self.grid.set_plan_marks(
            plan.current_role if plan else None, plan.target_role if plan else None, note
        )
        line = self.query_one("#ladder-readiness", Static)
        line.display = readiness is not None
        if readiness:
            line.update(plain(f"★ {readiness.role_title}: {readiness.counts().summary()} (F5 to assess)"))

    def on_ladder_grid_selected(self, event: LadderGrid.Selected) -> None:
        self._show_moves(event.role_id)

    def on_ladder_grid_opened(self, event: LadderGrid.Opened) -> None:
        self.explorer.nav.open_role(event.role_id)

    def _show_moves(self, role_id: str) -> None:
        catalog = self.explorer.catalog
        role = catalog.roles[role_id]
        self.query_one("#ladder-moves", Static).update(
            plain(f"From {catalog.display_title(role)} · {role.rank}", "bold underline")
        )
        self.query_one("#ladder-move-list", Static).update(moves_from(self.explorer.catalog, role_id))
        self.query_one("#ladder-moves-box").scroll_home(animate=False)

    def action_open(self) -> None:
        self.explorer.nav.open_role(self.grid.selected)

    def action_set_role(self, which: Which) -> None:
        self.ask_plan_role(which, self.grid.selected)

    def plan_changed(self) -> None:
        super().plan_changed()
        self.show_plan_marks()

    def action_gap(self) -> None:
        self.explorer.nav.action_gap()


def moves_from(catalog: Catalog, role_id: str) -> Table:
    """Where the role leads, with each move's advice hanging under its title."""
    role = catalog.roles[role_id]
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1, no_wrap=True)
    table.add_column(ratio=1)
    moves = next_moves(catalog, role)
    if not moves:
        table.add_row("", Text("No next steps recorded.", "dim"))
    for move in moves:
        body = Text.assemble(plain(catalog.display_title(move.target), "bold"))
        kind = move.step.kind.value + (f" · {move.step.typical_time}" if move.step.typical_time else "")
        body.append_text(plain(f"  {kind}", "italic"))
        body.append("\n")
        body.append_text(plain(move.step.advice))
        table.add_row("↑" if move.step.kind is MoveKind.PROMOTION else "↔", body)
    sources = previous_moves(catalog, role)
    if sources:
        table.add_row(
            "",
            plain(
                "Reached from: " + ", ".join(dict.fromkeys(catalog.display_title(m.origin) for m in sources)),
                "dim",
            ),
        )
    return table
