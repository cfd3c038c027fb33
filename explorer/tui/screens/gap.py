"""Current → target: the route and what changes, each item one key away from the plan."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.career.gap import BIGGER_SCOPE, SECTIONS, GapItem, role_gap
from explorer.core.content.model import Role
from explorer.core.plans.model import PlanStep
from explorer.core.plans.readiness import role_readiness
from explorer.tui.dialogs.picker import RolePicker
from explorer.tui.plan_desk import Which
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import labelled_row, plain
from explorer.tui.widgets.lists import SafeOptionList
from explorer.tui.widgets.readiness_marks import legend, mark


class GapList(SafeOptionList):
    """The gap's items under section headings."""

    HELP_NAME = "the gap's items"


class GapScreen(PlanAwareScreen):
    CSS_PATH = "gap.tcss"
    HELP_NAME = "Gap"
    BINDINGS = [
        Binding(
            "a", "add", "Add to plan", id="gap.add", tooltip="Add the highlighted item to your plan as a step"
        ),
        Binding(
            "h",
            "pick('current')",
            "Change from",
            id="gap.pick_current",
            tooltip="Pick the role the gap starts from (on your plan's gap: asks, then sets where you are)",
        ),
        Binding(
            "t",
            "pick('target')",
            "Change to",
            id="gap.pick_target",
            tooltip="Pick the role the gap leads to (on your plan's gap: asks, then sets the target)",
        ),
        Binding(
            "r",
            "readiness",
            "Ready?",
            id="gap.readiness",
            tooltip="How ready am I: assess the target's responsibilities and log evidence",
        ),
    ]

    def __init__(self, current_id: str | None = None, target_id: str | None = None) -> None:
        """The gap between the plan's two roles, or between `current_id` and `target_id` when given (from compare)."""
        super().__init__()
        self.pair = {"current": current_id, "target": target_id} if current_id and target_id else None

    def compose_main(self) -> ComposeResult:
        with Vertical(id="gap-body", classes="main"):
            yield Static(id="gap-title")
            yield GapList(id="gap-items")

    def on_mount(self) -> None:
        self._items: list[GapItem | None] = []
        self.refresh_gap()
        self.focus_main()

    def focus_main(self) -> None:
        self.query_one("#gap-items").focus()

    def refresh_gap(self) -> None:
        catalog = self.explorer.catalog
        plan = self.explorer.plans.session.plan
        current_id, target_id = (
            (self.pair["current"], self.pair["target"])
            if self.pair
            else ((plan.current_role, plan.target_role) if plan else (None, None))
        )
        current = catalog.get(current_id) if current_id else None
        target = catalog.get(target_id) if target_id else None
        title = self.query_one("#gap-title", Static)
        items = self.query_one("#gap-items", GapList)
        keep = items.highlighted
        items.clear_options()
        self._items = []
        if not current or not target:
            title.update(
                Text.assemble(
                    ("Gap between two roles\n", "bold"),
                    (
                        "Set where you are (h) and where you want to be (t), here, on the ladder (F2) or on a role.",
                        "dim",
                    ),
                )
            )
            return
        gap = role_gap(catalog, current, target)
        mine = plan is not None and (plan.current_role, plan.target_role) == (current.id, target.id)
        # Readiness is the plan's: shown for its own target, not for a role only explored.
        readiness = role_readiness(plan, target) if plan and plan.target_role == target.id else None
        heading = Text.assemble(plain(" → ".join(gap.titles), "bold"), "\n")
        heading.append_text(
            plain(
                whose_gap(
                    mine, plan.title if plan else None, catalog.get(plan.target_role or "") if plan else None
                ),
                "italic",
            )
        )
        if readiness:  # the marks appear only beside the plan's own readiness
            heading.append_text(plain(f" · Ready: {readiness.counts().summary()}\n"))
            heading.append_text(legend())
        title.update(heading)
        for section in SECTIONS:
            section_items = gap.section(section)
            if not section_items:
                continue
            items.add_option(
                Option(Text(f"{section} ({gap.count(section)})", "bold underline"), disabled=True)
            )
            self._items.append(None)
            for item in section_items:
                row = (
                    readiness.row(item.responsibility)
                    if readiness and section in ("Take on", BIGGER_SCOPE) and item.responsibility
                    else None
                )
                marker = Text.assemble(mark(row.state), " ") if row else None
                if self._in_plan(item):
                    label = labelled_row(
                        marker or Text("▪ ", "bold green"),
                        2,
                        Text.assemble(plain(item.text, "dim"), (" (in your plan)", "italic green")),
                    )
                else:
                    label = labelled_row(marker or Text("  "), 2, plain(item.text))
                items.add_option(Option(label))
                self._items.append(item)
        if gap.title_notes:
            # Known confusions and disagreements on either role: read here, not steps to add.
            items.add_option(
                Option(Text(f"Title notes ({len(gap.title_notes)})", "bold underline"), disabled=True)
            )
            for found in gap.title_notes:
                items.add_option(Option(labelled_row(Text("  "), 2, plain(found.describe())), disabled=True))
            self._items += [None] * (len(gap.title_notes) + 1)
        if keep is not None and keep < len(self._items) and self._items[keep]:
            items.highlighted = keep
        else:
            items.highlighted = next((i for i, item in enumerate(self._items) if item), None)

    def _in_plan(self, item: GapItem) -> bool:
        return self.explorer.plans.session.has_step(
            PlanStep(item.step_text, responsibility=item.responsibility)
        )

    def action_add(self) -> None:
        index = self.query_one("#gap-items", GapList).highlighted
        item = self._items[index] if index is not None and index < len(self._items) else None
        if item is None:
            return
        self.explorer.plans.add_step(PlanStep(item.step_text, responsibility=item.responsibility))
        self.plan_changed()

    def plan_changed(self) -> None:
        super().plan_changed()
        self.refresh_gap()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        highlighted = self.query_one("#gap-items", GapList).highlighted
        self.refresh_gap()
        if highlighted is not None and highlighted < len(self._items) and self._items[highlighted]:
            self.query_one("#gap-items", GapList).highlighted = highlighted

    def action_readiness(self) -> None:
        self.explorer.nav.action_readiness()

    def action_pick(self, which: Which) -> None:
        """Exploring two roles, h/t change the pair only; on the plan's gap they ask, then set the plan."""

        def chosen(role_id: str | None) -> None:
            if not role_id:
                return
            if self.pair:
                self.pair[which] = role_id
                self.refresh_gap()
            else:
                self.ask_plan_role(which, role_id)

        if self.pair:
            prompt = (
                "Explore the gap from which role?" if which == "current" else "Explore the gap to which role?"
            )
        else:
            prompt = "Where are you now?" if which == "current" else "Where do you want to be?"
        self.app.push_screen(RolePicker(prompt, which=which), chosen)


def whose_gap(mine: bool, plan_title: str | None, plan_target: Role | None) -> str:
    """The header's second line: the plan's own gap, or an exploration that leaves the plan alone."""
    if mine:
        return f"Your plan “{plan_title}”"
    if plan_target is not None:
        return f"Exploring two roles; your plan's target is {plan_target.title} (h/t change this view only)"
    return "Exploring two roles; your plan has no target yet (h/t change this view only)"
