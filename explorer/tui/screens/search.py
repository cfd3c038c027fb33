"""The first screen: a search box that filters roles and responsibilities as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from explorer.core.common.plural import counted
from explorer.core.search.documents import HitKind
from explorer.tui.early_keys import KeysReady
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import plain
from explorer.tui.widgets.facets import FacetBar
from explorer.tui.widgets.inputs import QueryInput
from explorer.tui.widgets.results import ResultRow, ResultsList

if TYPE_CHECKING:  # the index is built just after the first frame
    from explorer.core.search.hits import SearchHit
    from explorer.core.search.index import SearchIndex

# Below this many lines a search takes well under a millisecond: run it inline, no worker.
INLINE_SEARCH_LIMIT = 150_000
RESULT_LIMIT = 50


class SearchScreen(PlanAwareScreen):
    CSS_PATH = "search.tcss"
    HELP_NAME = "Search"
    NOTES_LAZY = True  # the first frame does not need the notes pane
    BINDINGS = [
        Binding("down", "move(1)", "Next", show=False, id="search.next", tooltip="Highlight the next result"),
        Binding(
            "up",
            "move(-1)",
            "Previous",
            show=False,
            id="search.previous",
            tooltip="Highlight the previous result",
        ),
        Binding(
            "ctrl+t",
            "mark",
            "Mark",
            id="search.mark",
            tooltip="Mark the highlighted role for comparison (two at most)",
        ),
        Binding(
            "ctrl+o",
            "compare_marked",
            "Compare marked",
            id="search.compare",
            tooltip="Compare the two marked roles",
        ),
        Binding("ctrl+l", "clear", "Clear", id="search.clear", tooltip="Clear the search box", show=False),
        Binding(
            "ctrl+y",
            "add_filter",
            "Add filter",
            id="search.add_filter",
            show=False,
            tooltip="Add the commonest area, role or kind of the results to the query as a filter",
        ),
        # Out of the footer so Help and Back still fit at 60 columns; Help and the palette list it.
        Binding(
            "ctrl+r",
            "toggle_grouped",
            "Grouped/flat",
            id="search.grouped",
            show=False,
            tooltip="Show results grouped by role (a header, then its best lines) or flat, one row per line",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._loading: str | None = None
        # (how many result sets so far, the query they answer): benchmarks/felt_latency.py
        # times the first frame painted after this changes.
        self.shown_results: tuple[int, str] = (0, "")

    @property
    def index(self) -> SearchIndex:
        return self.explorer.index

    def show_pack_loading(self, message: str | None) -> None:
        """Show pack-loading progress; None when done, which also re-runs the current query."""
        self._loading = message
        self._show(self.query_one("#query", Input).value)

    def compose_main(self) -> ComposeResult:
        with Vertical(id="search-pane", classes="main"):
            yield QueryInput(placeholder="Search roles and what they do… (typos are fine)", id="query")
            yield Static(id="search-status")
            yield FacetBar(id="facets")
            yield ResultsList(id="results")

    def on_mount(self) -> None:
        box = self.query_one("#query", Input)
        box.focus()
        # Rule: a typed key and its results are painted in the same frame. So the box's value is
        # watched rather than waited for as an Input.Changed message, which comes a frame later.
        self.watch(box, "value", self._show, init=False)
        self._show("")
        self.call_after_refresh(self._show_first_run_tip)  # the plans open after the first frame
        self.app.post_message(KeysReady())  # keys typed during the start go to the box now

    def _show_first_run_tip(self) -> None:
        """With no plan yet, the empty-box status line says how to start one."""
        self.explorer.plans.session  # noqa: B018 (opens the plans, if the app has not yet)
        box = self.query_one("#query", Input)
        if not box.value.strip():
            self._show(box.value)

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        if self.explorer.plans.opened:  # a plan may have been started elsewhere
            self._show_first_run_tip()

    def focus_main(self) -> None:
        """Where Escape from the search box lands: the results."""
        self.results.focus()

    def on_key(self, event: events.Key) -> None:
        """Type to search: a printable key pressed outside any text box goes on the end of the query.

        Keys that are bound where focus is (j and k in the results, ? for Help) keep their meaning.
        Text boxes stop the printable keys they take, so one that reaches here was typed outside
        them; focus is not consulted, because keys typed in a burst after the first were sent to
        the widget focused before it and arrive here after the box has the focus.
        """
        if (
            not event.is_printable
            or not event.character
            or event.character.isspace()
            or event.key in self.app.active_bindings
        ):
            return
        event.stop()
        event.prevent_default()
        box = self.query_one("#query", Input)
        # The box selects its text on focus; this once the key is added to the end instead.
        box.select_on_focus = False
        self.set_focus(box)  # at once, not later: the next keys must reach the box
        box.call_later(setattr, box, "select_on_focus", True)
        box.cursor_position = len(box.value)
        box.insert_text_at_cursor(event.character)

    def notes_closed(self) -> None:
        self.query_one("#query").focus()

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self._open(self.results.current_row)

    @on(ResultsList.OptionSelected, "#results")
    def _result_selected(self, event: ResultsList.OptionSelected) -> None:
        self._open(self.results.row_at(event.option_index))

    @property
    def results(self) -> ResultsList:
        return self.query_one("#results", ResultsList)

    def _show(self, query: str) -> None:
        if not query.strip():
            self.query_one(FacetBar).hide()
            self.results.show_roles()
            roles = counted(len(self.explorer.catalog), "role")
            if self.explorer.plans.opened and not self.explorer.plans.session.names:
                self._status(f"{roles} · new here? open your role, press h: I am here")
            else:
                self._status(f"{roles} · type to search duties, skills, pay, advice and titles")
            self._shown(query)
        elif len(self.index) <= INLINE_SEARCH_LIMIT:
            self._display(query, self._search(query))
        else:
            self._search_in_thread(query)

    @work(exclusive=True, thread=True, group="search")
    def _search_in_thread(self, query: str) -> None:
        hits = self._search(query)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._display, query, hits)

    def _display(self, query: str, hits: list[SearchHit]) -> None:
        if self.query_one("#query", Input).value != query:
            return  # a newer keystroke has already moved on
        self.results.show_hits(hits)
        self.query_one(FacetBar).show(hits, lambda role_id: self.explorer.catalog.roles[role_id].title)
        self._status(describe_results(hits))
        self._shown(query)

    def _shown(self, query: str) -> None:
        self.shown_results = (self.shown_results[0] + 1, query)

    def _status(self, message: str, marks: bool = True) -> None:
        """One status line; `marks=False` when the message already names the marked roles."""
        if self._loading:
            message = f"{self._loading} · {message}"
        marked = self.results.marked
        if marked and marks:
            titles = " + ".join(self.explorer.catalog.roles[r].title for r in marked)
            message += f" · marked: {titles}"
        self.query_one("#search-status", Static).update(plain(message))

    def _open(self, row: ResultRow | None) -> None:
        """Open the row's role; for a found line (not its title), scrolled to that line."""
        if row is None:
            return
        line = (
            row.hit.doc.text if row.hit and row.hit.doc.kind not in (HitKind.TITLE, HitKind.ALIAS) else None
        )
        self.explorer.nav.open_role(row.role_id, line=line)

    def action_move(self, delta: int) -> None:
        if delta > 0:
            self.results.action_cursor_down()  # the list skips the partial-matches divider
        else:
            self.results.action_cursor_up()

    def action_toggle_grouped(self) -> None:
        self.results.toggle_grouped()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "compare_marked":
            return len(self.results.marked) == 2  # shown (and usable) once two roles are marked
        return True

    def action_mark(self) -> None:
        before = list(self.results.marked)
        marked = self.results.toggle_mark()
        self.refresh_bindings()
        self._status(
            mark_message(before, marked, lambda role_id: self.explorer.catalog.roles[role_id].title),
            marks=False,
        )

    def action_compare_marked(self) -> None:
        self.explorer.nav.open_comparison(*self.results.marked)

    def _search(self, query: str) -> list[SearchHit]:
        # Imported on the first search: the first frame never waits for the search code.
        from explorer.core.search.answer import search

        return search(self.index, query, limit=RESULT_LIMIT)

    def action_add_filter(self) -> None:
        box = self.query_one("#query", Input)
        found = self.query_one(FacetBar).next_filter(box.value)
        if found is None:
            self._status("No facet to add: search for something first, or every facet is a filter already")
            return
        box.value, facet = found
        box.cursor_position = len(box.value)
        self.call_after_refresh(self._status, f"Added the filter {facet.token} (delete it to undo)")

    def action_clear(self) -> None:
        self.query_one("#query", Input).value = ""
        self.query_one("#query", Input).focus()


def mark_message(before: list[str], after: list[str], title: Callable[[str], str]) -> str:
    """What a press of the mark key did, naming a role it unmarked to make room (two at most)."""
    added = [r for r in after if r not in before]
    dropped = [r for r in before if r not in after]
    if not added:
        if not dropped:
            return "Nothing to mark here"
        return f"Unmarked {title(dropped[0])}" + (f"; {title(after[0])} is still marked" if after else "")
    if dropped:
        return f"Marked {title(added[0])}, unmarked {title(dropped[0])} (two at most; ctrl+o compares)"
    if len(after) == 2:
        return f"Marked {title(after[0])} + {title(added[0])}: ctrl+o compares them"
    return f"Marked {title(added[0])} for comparison (mark one more)"


def describe_results(hits: list[SearchHit]) -> str:
    """The status line for a search: how much was found, and whether every word was."""
    if not hits:
        return "No matches. Try fewer or other words."
    full = [h for h in hits if not h.partial]
    roles = len({h.role_id for h in full})
    # The index stops at RESULT_LIMIT rather than counting every match.
    count = f"{len(full)}+" if len(hits) >= RESULT_LIMIT and len(full) == len(hits) else str(len(full))
    partial = len(hits) - len(full)
    if not full:
        return f"No line has every word · {counted(partial, 'partial match')} below"
    found = f"{count} matches" if count.endswith("+") else counted(len(full), "match")
    text = f"{found} in {counted(roles, 'role')}"
    return text + (f" · {counted(partial, 'partial match')} below" if partial else "")
