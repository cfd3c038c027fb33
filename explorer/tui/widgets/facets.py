"""A line of facet counts under the search box: the areas, roles and kinds of the results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

from explorer.core.search.facets import FACET_KEYS, Facet, facets_of, with_filter
from explorer.tui.text import plain

if TYPE_CHECKING:
    from explorer.core.search.hits import SearchHit

_HEADINGS = {"area": "Areas", "role": "Roles", "kind": "Kinds"}


class FacetBar(Static):
    """Shows the facets of the current results; `next_filter` offers them one at a time."""

    HELP_NAME = "Facets"

    def __init__(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.facets: tuple[Facet, ...] = ()

    def show(self, hits: Sequence[SearchHit], title_of: Callable[[str], str]) -> None:
        self.facets = facets_of(hits)
        self.display = bool(self.facets)
        parts: list[Text] = []
        for key in FACET_KEYS:
            shown = [f for f in self.facets if f.key == key]
            if shown:
                names = " · ".join(
                    f"{title_of(f.value) if key == 'role' else f.value} {f.count}" for f in shown
                )
                parts.append(Text.assemble((f"{_HEADINGS[key]}: ", "bold"), plain(names)))
        self.update(Text("   ").join(parts))

    def hide(self) -> None:
        self.facets = ()
        self.display = False

    def next_filter(self, query: str) -> tuple[str, Facet] | None:
        """The query with the commonest facet it does not filter by yet added, or None."""
        typed = query.split()
        facet = next((f for f in self.facets if f.token not in typed), None)
        return None if facet is None else (with_filter(query, facet), facet)
