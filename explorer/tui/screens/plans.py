"""Every plan, with the active one open beside the list."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.plans.store import PlanError
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.screens.prompt import TextPrompt
from explorer.tui.text import plain
from explorer.tui.widgets.lists import SafeOptionList


class PlansScreen(PlanAwareScreen):
    NOTES_OPEN = True
    BINDINGS = [
        Binding("n", "new", "New plan", id="plans.new", tooltip="Start a new plan"),
        Binding("r", "rename", "Rename", id="plans.rename", tooltip="Change the highlighted plan's title"),
    ]

    def compose_main(self) -> ComposeResult:
        with Vertical(id="plans-body", classes="main"):
            yield Static(Text("Your plans · Enter makes one active · n new · r rename", "dim"), id="plans-hint")
            yield SafeOptionList(id="plans-list")
            yield Static(id="plans-folder")

    def on_mount(self) -> None:
        self.refresh_list()
        if self.app.plan_session.plan:
            self.pane.show_plan()
        self.query_one("#plans-list").focus()

    def focus_main(self) -> None:
        self.query_one("#plans-list").focus()

    def refresh_list(self) -> None:
        session = self.app.plan_session
        listing = self.query_one("#plans-list", SafeOptionList)
        listing.clear_options()
        self._names = session.names
        for name in self._names:
            plan = session.plan_of(name)
            done, total = plan.progress()
            label = Text.assemble(("● " if name == session.active_name else "  ", "bold green"), plain(plan.title, "bold"))
            label.append_text(plain(f"\n    {done}/{total} steps · updated {plan.updated:%Y-%m-%d %H:%M}", "dim"))
            listing.add_option(Option(label))
        if not self._names:
            listing.add_option(Option(Text("No plans yet. Press n to start one.", "dim"), disabled=True))
        elif session.active_name in self._names:
            listing.highlighted = self._names.index(session.active_name)
        self.query_one("#plans-folder", Static).update(plain(f"Saved in {session.store.directory}", "dim"))

    @on(SafeOptionList.OptionSelected, "#plans-list")
    def _selected(self, event: SafeOptionList.OptionSelected) -> None:
        if event.option_index < len(self._names):
            self.app.save_plans()
            self.app.plan_session.switch(self._names[event.option_index])
            self.refresh_list()
            self.pane.display = True
            self.pane.show_plan()

    def action_new(self) -> None:
        def named(title: str | None) -> None:
            if title is None:
                return
            self.app.save_plans()
            try:
                self.app.plan_session.create(title.strip() or "My plan")
            except PlanError as error:
                self.notify(str(error), severity="error", markup=False, timeout=10)
                return
            self.refresh_list()
            self.pane.display = True
            self.pane.show_plan()
            self.pane.query_one("#plan-notes").focus()

        self.app.push_screen(TextPrompt("Name the plan (e.g. PM → Head of Product in 18 months)"), named)

    def action_rename(self) -> None:
        listing = self.query_one("#plans-list", SafeOptionList)
        if listing.highlighted is None or listing.highlighted >= len(self._names):
            return
        name = self._names[listing.highlighted]

        def renamed(title: str | None) -> None:
            if title and title.strip():
                session = self.app.plan_session
                session.switch(name)
                session.update(session.plan.touched(title=title.strip()))
                self.app.save_plans()
                self.refresh_list()
                self.pane.show_plan()

        self.app.push_screen(TextPrompt("New title", self.app.plan_session.plan_of(name).title), renamed)
