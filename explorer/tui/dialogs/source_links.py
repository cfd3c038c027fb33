"""The web pages a role's sources link to: open one in the browser, or read its address to copy."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.content.model import Catalog, Role, Source
from explorer.tui.browser import can_open_links
from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.lists import SafeOptionList


def linked_sources(catalog: Catalog, role: Role) -> list[tuple[int, Source]]:
    """The role's sources that have a web address, with their citation numbers."""
    numbered = [
        (number, catalog.sources.get(source_id))
        for number, source_id in enumerate(role.cited_sources(), start=1)
    ]
    return [(number, source) for number, source in numbered if source is not None and source.url]


class SourceLinksScreen(Dialog[None]):
    CSS_PATH = "source_links.tcss"
    HELP_NAME = "Source pages"
    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="links.close", tooltip="Close the list of source pages"),
    ]

    def __init__(self, role: Role, sources: list[tuple[int, Source]]) -> None:
        super().__init__()
        self.role = role
        self.sources = sources

    def compose(self) -> ComposeResult:
        with Vertical(id="source-links"):
            yield Static(plain(f"Source pages for {self.role.title}", "bold"), id="source-links-title")
            yield SafeOptionList(
                *[self._option(number, source) for number, source in self.sources], id="source-links-options"
            )
            yield Static(self._hint(), id="source-links-status")

    def _option(self, number: int, source: Source) -> Option:
        label = Text.assemble(
            (f"[{number}] ", "dim"), plain(source.publisher, "bold"), ": ", plain(source.title)
        )
        label.append("\n    ")
        label.append_text(plain(source.url, "underline"))
        return Option(label)

    def _hint(self) -> Text:
        if can_open_links(self.app):
            return Text("Enter opens the page in your web browser · Escape closes", "dim")
        return Text(
            "No web browser can be opened from here: the addresses above are there to copy · Escape closes",
            "dim",
        )

    def on_mount(self) -> None:
        options = self.query_one("#source-links-options", SafeOptionList)
        options.highlighted = 0
        options.focus()

    @on(SafeOptionList.OptionSelected, "#source-links-options")
    def _open(self, event: SafeOptionList.OptionSelected) -> None:
        url = self.sources[event.option_index][1].url
        status = self.query_one("#source-links-status", Static)
        if can_open_links(self.app):
            self.app.open_url(url)
            status.update(Text.assemble(("Opened in your browser: ", "bold"), plain(url)))
        else:
            status.update(Text.assemble(("No web browser here. Copy the address: ", "bold"), plain(url)))
