"""What screens and widgets work with: the roles, their search index and the plans, typed.

Screens reach it as `self.explorer` (screens/base.py), widgets through `explorer_of(self)`;
neither reaches into the App for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from textual.app import App
from textual.dom import DOMNode

from explorer.core.common.collector import building_long_lived
from explorer.core.content.model import Catalog, LoadResult
from explorer.tui.plan_desk import PlanDesk

if TYPE_CHECKING:  # the index is built just after the first frame
    from explorer.core.search.index import SearchIndex


class Navigation(Protocol):
    """The screens and questions the app opens on request (it owns the screen stack).

    `ask_text` pushes its prompt at once, not through a message: keys typed right after the key
    that asked must reach the prompt, which a message handled later would not guarantee.
    """

    def open_role(self, role_id: str, line: str | None = None) -> None: ...
    def open_comparison(self, left_id: str, right_id: str) -> None: ...
    def action_gap(self) -> None: ...
    def action_readiness(self) -> None: ...
    def ask_text(
        self,
        question: str,
        value: str,
        check: Callable[[str], str | None] | None,
        then: Callable[[str | None], None],
    ) -> None: ...


class Explorer:
    """The content, its index (built on first use) and the person's plans."""

    def __init__(self, load_result: LoadResult, plans: PlanDesk, nav: Navigation) -> None:
        self.load_result = load_result
        self.plans = plans
        self.nav = nav
        self._index: SearchIndex | None = None
        self.posting_draft = ""  # a job ad pasted and not yet read, kept for the next paste dialog

    @property
    def catalog(self) -> Catalog:
        return self.load_result.catalog

    @property
    def index(self) -> SearchIndex:
        """The search index of the catalog, built the first time it is asked for."""
        if self._index is None:
            from explorer.core.search.index import SearchIndex

            with building_long_lived():
                self._index = SearchIndex.from_catalog(self.catalog)
        return self._index

    @property
    def index_built(self) -> bool:
        return self._index is not None

    def replace_content(self, load_result: LoadResult, index: SearchIndex) -> None:
        """Content packs loaded in the background take the place of the first catalog."""
        self.load_result, self._index = load_result, index


class HasExplorer(Protocol):
    explorer: Explorer


def explorer_of(node: DOMNode) -> Explorer:
    """The Explorer of the app `node` runs in."""
    app: App[Any] = node.app
    return cast(HasExplorer, app).explorer
