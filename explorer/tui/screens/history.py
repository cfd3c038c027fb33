"""Earlier versions of one plan: a list, a preview, and restore (itself undoable)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.common.plural import counted
from explorer.core.plans.changes import describe_change
from explorer.core.plans.history import HistoryError, Version
from explorer.core.plans.model import Plan, plan_to_markdown
from explorer.core.plans.store import PlanError
from explorer.tui.screens.base import ExplorerScreen
from explorer.tui.text import plain
from explorer.tui.widgets.footer import PriorityFooter
from explorer.tui.widgets.lists import SafeOptionList


class HistoryScreen(ExplorerScreen):
    CSS_PATH = "history.tcss"
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="history.back", tooltip="Back, without changing anything"),
        Binding(
            "r",
            "restore",
            "Restore",
            id="history.restore",
            tooltip="Make the highlighted version current; the current one is kept here first, so this can be undone",
        ),
    ]

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.plan_name = name
        self.plan_title = title
        self._versions: list[Version] = []

    def compose(self) -> ComposeResult:
        yield Static(id="history-heading")
        with Horizontal(id="history-body"):
            with Vertical(id="history-left"):
                yield SafeOptionList(id="history-list")
            with VerticalScroll(id="history-preview-scroll"):
                yield Static(id="history-preview")
        yield PriorityFooter()

    def on_mount(self) -> None:
        self.refresh_versions()
        self.query_one("#history-list").focus()

    def refresh_versions(self, highlight: int = 0) -> None:
        history = self.explorer.plans.session.store.history
        self._versions = history.versions(self.plan_name)
        self.query_one("#history-heading", Static).update(
            Text.assemble(
                plain(f"Earlier versions of “{self.plan_title}”", "bold"),
                "\n",
                plain(
                    f"{len(self._versions)} kept in {history.folder(self.plan_name)}\n"
                    "Enter restores one; the version it replaces is kept here too.",
                    "dim",
                ),
            )
        )
        listing = self.query_one("#history-list", SafeOptionList)
        listing.clear_options()
        listing.add_options([Option(label) for label in self._labels()])
        if not self._versions:
            listing.add_option(
                Option(
                    Text("No earlier versions yet: one is kept each time the plan is saved.", "dim"),
                    disabled=True,
                )
            )
            self.query_one("#history-preview", Static).update("")
        else:
            listing.highlighted = min(highlight, len(self._versions) - 1)

    def _labels(self) -> list[Text]:
        """Each version's time, size and what it changed from the version before it."""
        history = self.explorer.plans.session.store.history
        plans: list[Plan | None] = []
        for version in self._versions:
            try:
                plans.append(history.read(version))
            except HistoryError:
                plans.append(None)
        labels = []
        for index, (version, plan) in enumerate(zip(self._versions, plans)):
            older = plans[index + 1] if index + 1 < len(plans) else None
            if plan is None:
                summary = "unreadable"
            else:
                summary = f"{counted(len(plan.notes.split()), 'word')} · {counted(len(plan.steps), 'step')}"
                change = describe_change(older, plan) if older else "the oldest kept"
                summary = f"{change}\n  {summary}"
            local = version.saved.astimezone()
            labels.append(
                Text.assemble((f"{local:%Y-%m-%d %H:%M:%S}", "bold"), plain(f"\n  {summary}", "dim"))
            )
        return labels

    @on(SafeOptionList.OptionHighlighted, "#history-list")
    def _highlighted(self, event: SafeOptionList.OptionHighlighted) -> None:
        if event.option_index >= len(self._versions):
            return
        history = self.explorer.plans.session.store.history
        version = self._versions[event.option_index]
        try:
            preview = plain(plan_to_markdown(history.read(version), self._role_title))
        except HistoryError as error:
            preview = plain(str(error), "red")
        self.query_one("#history-preview", Static).update(preview)

    def _role_title(self, role_id: str) -> str:
        role = self.explorer.catalog.get(role_id)
        return role.title if role else role_id

    @on(SafeOptionList.OptionSelected, "#history-list")
    def _selected(self) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        index = self.query_one("#history-list", SafeOptionList).highlighted
        if index is None or index >= len(self._versions):
            return
        version = self._versions[index]
        session = self.explorer.plans.session
        try:
            session.restore(self.plan_name, version)
        except PlanError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return
        session.switch(self.plan_name)
        self.notify(
            f"Restored the version of {version.saved.astimezone():%Y-%m-%d %H:%M:%S}. The version it replaced "
            "is now at the top of this list: restore that to undo.",
            markup=False,
            timeout=10,
        )
        self.refresh_versions()
