"""The role-explorer application."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option
from rich.text import Text

from explorer import locations
from explorer.core.model import LoadResult
from explorer.core.search import SearchIndex


class RoleExplorerApp(App[None]):
    TITLE = "role-explorer"
    CSS_PATH = str(locations.styles_dir() / "app.tcss")
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Leave role-explorer"),
    ]

    def __init__(self, load_result: LoadResult) -> None:
        super().__init__()
        self.load_result = load_result
        self.catalog = load_result.catalog
        self.index = SearchIndex.from_catalog(self.catalog)

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search roles and responsibilities…", id="query")
        yield OptionList(id="results")
        yield Footer()

    def on_mount(self) -> None:
        self._show_results("")
        if self.load_result.problems:
            count = len(self.load_result.problems)
            self.notify(f"{count} content problem(s) skipped; run 'role-explorer validate'.", severity="warning")

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._show_results(event.value)

    def _show_results(self, query: str) -> None:
        results = self.query_one("#results", OptionList)
        results.clear_options()
        if query.strip():
            for hit in self.index.search(query, limit=50):
                title = self.catalog.roles[hit.role_id].title
                results.add_option(Option(Text.assemble((title, "bold"), "  ", Text(hit.doc.text))))
        else:
            for role in self.catalog.sorted_roles():
                results.add_option(Option(Text.assemble((role.title, "bold"), "  ", Text(role.track.label, "dim")), id=role.id))


def create_app(load_result: LoadResult) -> RoleExplorerApp:
    return RoleExplorerApp(load_result)
