"""The career ladders side by side, lined up by level, with moves from the selected role."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from explorer.core.career.ladder import ladders_for, next_moves, previous_moves
from explorer.core.content.model import Catalog, Ladder, MoveKind, Role
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import plain


class LadderGrid(Widget, can_focus=True):
    """Ladders as columns, levels as rows (highest at the top); arrow keys move the selection."""

    BINDINGS = [
        Binding("up,k", "move(1)", "Up a rung", show=False, id="ladder.up", tooltip="The next role up this ladder"),
        Binding("down,j", "move(-1)", "Down a rung", show=False, id="ladder.down", tooltip="The next role down this ladder"),
        Binding("left", "across(-1)", "Ladder left", show=False, id="ladder.left", tooltip="The ladder to the left, at the nearest level"),
        Binding("right", "across(1)", "Ladder right", show=False, id="ladder.right", tooltip="The ladder to the right, at the nearest level"),
    ]
    DEFAULT_CSS = """
    LadderGrid { height: auto; }
    """

    selected: reactive[str] = reactive("", layout=True)

    class Selected(Message):
        def __init__(self, role_id: str) -> None:
            super().__init__()
            self.role_id = role_id

    def watch_selected(self, role_id: str) -> None:
        if role_id:
            self.post_message(self.Selected(role_id))

    def __init__(self, catalog: Catalog, ladders: list[Ladder], **kwargs) -> None:
        super().__init__(**kwargs)
        self.catalog = catalog
        self.ladders = ladders
        self.current_role: str | None = None
        self.target_role: str | None = None

    def _column_of(self, role_id: str) -> int:
        return next((i for i, ladder in enumerate(self.ladders) if role_id in ladder.roles), 0)

    def _levels(self) -> list[int]:
        return sorted({self.catalog.roles[r].level for ladder in self.ladders for r in ladder.roles}, reverse=True)

    def render(self) -> Table:
        table = Table(box=None, expand=True, padding=(0, 1), show_edge=False)
        table.add_column("Lvl", style="dim", width=3, no_wrap=True)
        for ladder in self.ladders:
            table.add_column(plain(ladder.name, "bold underline"), ratio=1, min_width=12)
        for level in self._levels():
            cells: list[Text] = [Text(str(level), "dim")]
            for ladder in self.ladders:
                roles = [self.catalog.roles[r] for r in ladder.roles if self.catalog.roles[r].level == level]
                cell = Text()
                for role in roles:
                    if cell:
                        cell.append("\n")
                    cell.append_text(self._cell(role))
                cells.append(cell)
            table.add_row(*cells)
        return table

    def _cell(self, role: Role) -> Text:
        marks = ("▶ " if role.id == self.current_role else "") + ("★ " if role.id == self.target_role else "")
        style = "bold reverse" if role.id == self.selected else ("bold green" if role.id == self.current_role else "")
        if role.id == self.target_role and role.id != self.selected:
            style = "bold yellow"
        return Text.assemble((marks, "bold"), plain(role.title, style))

    def action_move(self, delta: int) -> None:
        ladder = self.ladders[self._column_of(self.selected)]
        roles = sorted(ladder.roles, key=lambda r: (self.catalog.roles[r].level, ladder.roles.index(r)))
        position = roles.index(self.selected) + delta
        if 0 <= position < len(roles):
            self.selected = roles[position]

    def action_across(self, delta: int) -> None:
        column = self._column_of(self.selected) + delta
        if not 0 <= column < len(self.ladders):
            return
        level = self.catalog.roles[self.selected].level
        self.selected = min(self.ladders[column].roles, key=lambda r: (abs(self.catalog.roles[r].level - level), -self.catalog.roles[r].level))


class LadderScreen(PlanAwareScreen):
    BINDINGS = [
        Binding("enter", "open", "Open", id="ladder.open", tooltip="Open the selected role"),
        Binding("h", "set_role('current')", "I am here", id="ladder.here", tooltip="Set the selected role as where you are now"),
        Binding("t", "set_role('target')", "Target", id="ladder.target", tooltip="Set the selected role as where you want to be"),
        Binding("g", "gap", "Gap", id="ladder.gap", tooltip="What separates where you are from your target"),
    ]

    def __init__(self, start_role: str | None = None) -> None:
        super().__init__()
        self.start_role = start_role

    def compose_main(self) -> ComposeResult:
        with VerticalScroll(id="ladder-body", classes="main"):
            yield Static(Text("Ladders by level · ▶ you are here · ★ target · arrows move · Enter opens", "dim"), id="ladder-hint")
            yield LadderGrid(self.app.catalog, ladders_for(self.app.catalog), id="ladder-grid")
            yield Static(id="ladder-moves")

    def on_mount(self) -> None:
        grid = self.grid
        plan = self.app.plan_session.plan
        grid.current_role = plan.current_role if plan else None
        grid.target_role = plan.target_role if plan else None
        wanted = self.start_role or grid.current_role or "product-manager"
        grid.selected = wanted if wanted in self.app.catalog.roles else grid.ladders[0].roles[0]
        grid.focus()

    def focus_main(self) -> None:
        self.grid.focus()

    @property
    def grid(self) -> LadderGrid:
        return self.query_one("#ladder-grid", LadderGrid)

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        plan = self.app.plan_session.plan
        if plan:
            self.grid.current_role, self.grid.target_role = plan.current_role, plan.target_role
            self.grid.refresh(layout=True)

    def on_ladder_grid_selected(self, event: LadderGrid.Selected) -> None:
        self._show_moves(event.role_id)

    def _show_moves(self, role_id: str) -> None:
        catalog = self.app.catalog
        role = catalog.roles[role_id]
        text = Text.assemble(plain(f"From {role.title}", "bold underline"))
        moves = next_moves(catalog, role)
        if not moves:
            text.append("\n  No next steps recorded.", "dim")
        for move in moves:
            arrow = "↑" if move.step.kind is MoveKind.PROMOTION else "↔"
            text.append(f"\n {arrow} ")
            text.append_text(plain(move.target.title, "bold"))
            text.append_text(plain(f"  {move.step.kind.value}" + (f" · {move.step.typical_time}" if move.step.typical_time else ""), "italic"))
            text.append("\n    ")
            text.append_text(plain(move.step.advice))
        sources = previous_moves(catalog, role)
        if sources:
            text.append("\n")
            text.append_text(plain("Reached from: " + ", ".join(dict.fromkeys(m.origin.title for m in sources)), "dim"))
        self.query_one("#ladder-moves", Static).update(text)

    def action_open(self) -> None:
        self.app.open_role(self.grid.selected)

    def action_set_role(self, which: str) -> None:
        self.set_plan_role(which, self.grid.selected)
        plan = self.app.plan_session.plan
        self.grid.current_role, self.grid.target_role = plan.current_role, plan.target_role
        self.grid.refresh(layout=True)

    def action_gap(self) -> None:
        self.app.action_gap()
