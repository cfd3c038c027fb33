"""Facet counts of a result set (areas, roles, kinds), each one a filter a person can add."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.core.search.hits import SearchHit

FACET_KEYS = ("area", "role", "kind")


@dataclass(frozen=True)
class Facet:
    key: str  # "area", "role" or "kind": the filter's key
    value: str  # an area, a role id or a kind label
    count: int

    @property
    def token(self) -> str:
        """The filter to type: `area:people`, `role:group-product-manager`, `kind:next-step`."""
        return f"{self.key}:{self.value.replace(' ', '-')}"


def facets_of(hits: Sequence[SearchHit], per_key: int = 3) -> tuple[Facet, ...]:
    """The `per_key` commonest areas, roles and kinds of the lines matching every word (of the
    partial lines when none does), most lines first, then by name."""
    counted = [h for h in hits if not h.partial] or list(hits)
    values = {
        "area": Counter(h.doc.area for h in counted if h.doc.area),
        "role": Counter(h.role_id for h in counted),
        "kind": Counter(h.doc.kind.label for h in counted),
    }
    return tuple(
        Facet(key, value, count)
        for key in FACET_KEYS
        for value, count in sorted(values[key].items(), key=lambda item: (-item[1], item[0]))[:per_key]
    )


def with_filter(query: str, facet: Facet) -> str:
    """The query with `facet`'s filter added at its end (unchanged when it is there already)."""
    if facet.token in query.split():
        return query
    return f"{query.rstrip()} {facet.token}".lstrip()
