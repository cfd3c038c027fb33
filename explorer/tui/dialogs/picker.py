"""A modal fuzzy picker that returns a role id, or None when dismissed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from explorer.core.career.ladder import next_moves
from explorer.core.common.plural import counted
from explorer.core.content.model import Catalog
from explorer.core.content.resolve import rank_roles
from explorer.core.plans.model import Plan
from explorer.tui.context import explorer_of
from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.plan_desk import Which
from explorer.tui.text import plain
from explorer.tui.widgets.inputs import QueryInput
from explorer.tui.widgets.lists import SafeOptionList

ROWS = 100  # the closest roles; with thousands loaded, listing them all would slow every key press


def suggestions(catalog: Catalog, plan: Plan | None, which: Which | None) -> dict[str, str]:
    """(role id, why) to list first with nothing typed: the plan's roles and the next steps up from where you are.

    Picking a target puts the next steps first; picking where you are puts that first.
    """
    if plan is None:
        return {}
    current = catalog.get(plan.current_role or "")
    target = catalog.get(plan.target_role or "")
    steps = [(move.target.id, "a next step") for move in next_moves(catalog, current)] if current else []
    here = [(current.id, "where you are")] if current else []
    there = [(target.id, "your target")] if target else []
    ordered = [*steps, *there] if which == "target" else [*here, *there, *steps]
    chosen: dict[str, str] = {}
    for role_id, why in ordered:
        chosen.setdefault(role_id, why)
    return chosen


class RolePicker(Dialog[str | None]):
    CSS_PATH = "picker.tcss"
    HELP_NAME = "Pick a role"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel", tooltip="Close without choosing"),
        Binding("down", "move(1)", "Next", show=False, id="picker.next", tooltip="Next role"),
        Binding("up", "move(-1)", "Previous", show=False, id="picker.previous", tooltip="Previous role"),
    ]

    def __init__(
        self, prompt: str, exclude: str | None = None, which: Which | None = None, plan: Plan | None = None
    ) -> None:
        """`which`: the plan role being picked, if any; `plan`: whose roles to suggest (else the active plan)."""
        super().__init__()
        self.prompt = prompt
        self.exclude = exclude
        self._ids: list[str] = []
        explorer = explorer_of(self.app)
        self._suggested = dict(suggestions(explorer.catalog, plan or explorer.plans.session.plan, which))

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Static(plain(self.prompt, "bold"), id="picker-prompt")
            yield QueryInput(placeholder="Type a role title or alias…", id="picker-query")
            yield SafeOptionList(id="picker-options")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#picker-query").focus()

    @on(Input.Changed, "#picker-query")
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @property
    def role_ids(self) -> tuple[str, ...]:
        """The listed roles, in order: the same ranking as the CLI's "did you mean" (core.content.resolve)."""
        return tuple(self._ids)

    def _fill(self, query: str) -> None:
        roles = [r for r in rank_roles(explorer_of(self).catalog, query) if r.id != self.exclude]
        if not query.strip():  # nothing typed yet: what the plan suggests first
            order = list(self._suggested)
            roles.sort(key=lambda r: order.index(r.id) if r.id in self._suggested else len(order))
        shown = roles[:ROWS]
        self._ids = [r.id for r in shown]
        options = self.query_one("#picker-options", SafeOptionList)
        options.clear_options()
        options.add_options(
            [
                Option(
                    Text.assemble(
                        plain(explorer_of(self).catalog.display_title(r), "bold"),
                        plain(f"  {r.track.label} · {r.rank}", "dim"),
                        plain(
                            f"  ★ {self._suggested[r.id]}"
                            if r.id in self._suggested and not query.strip()
                            else "",
                            "italic",
                        ),
                    )
                )
                for r in shown
            ]
        )
        if len(roles) > len(shown):
            more = counted(len(roles) - len(shown), "more role")
            options.add_option(Option(plain(f"… {more}: type more of the name", "dim"), disabled=True))
        if shown:
            options.highlighted = 0

    @on(Input.Submitted, "#picker-query")
    def _submitted(self) -> None:
        self._choose(self.query_one("#picker-options", SafeOptionList).highlighted)

    @on(SafeOptionList.OptionSelected, "#picker-options")
    def _selected(self, event: SafeOptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self._ids):
            self.dismiss(self._ids[index])

    def action_move(self, delta: int) -> None:
        options = self.query_one("#picker-options", SafeOptionList)
        if self._ids:
            current = options.highlighted if options.highlighted is not None else 0
            options.highlighted = max(0, min(len(self._ids) - 1, current + delta))

    def action_cancel(self) -> None:
        self.dismiss(None)
