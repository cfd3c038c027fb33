"""Find a role from what a person typed: an id, a title or an alias, any case.

The CLI takes only an exact name (case, spacing and punctuation aside); for anything else
it suggests the roles that the role picker would list first, in the picker's order (both
use role_names' ranking).
"""

from __future__ import annotations

import weakref

from explorer.core.common.collector import building_long_lived
from explorer.core.content.model import Catalog, Role
from explorer.core.content.role_names import Closeness, RoleMatch, RoleNameIndex

SUGGESTIONS = 3
_NAME_INDEXES: dict[int, RoleNameIndex] = {}  # id(catalog) → its index, dropped with the catalog


class UnknownRole(LookupError):
    def __init__(self, query: str, suggestions: list[Role]) -> None:
        self.query = query
        self.suggestions = suggestions
        self.suggestion = suggestions[0] if suggestions else None
        named = [f"{role.title!r} ({role.id})" for role in suggestions]
        listed = f"{', '.join(named[:-1])} or {named[-1]}" if len(named) > 1 else "".join(named)
        hint = f"; did you mean {listed}?" if named else ""
        super().__init__(f"unknown role {query!r}{hint}")


class AmbiguousRole(LookupError):
    """A name that several roles answer to (the same title in two packs): the caller must choose."""

    def __init__(self, query: str, candidates: list[Role], catalog: Catalog) -> None:
        self.query = query
        self.candidates = candidates
        listed = "; ".join(f"{role.title} ({catalog.pack_name(role.pack)}): {role.id}" for role in candidates)
        super().__init__(f"{query!r} could mean {len(candidates)} roles; give the id instead: {listed}")


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _within_pack(catalog: Catalog, query: str) -> tuple[str | None, str]:
    """("pack", "name") for "PACK:name" when PACK is a loaded pack's id, else (None, query)."""
    pack, _, name = query.partition(":")
    pack = _normal(pack)
    return (pack, name) if name.strip() and pack in catalog.packs else (None, query)


def find_role(catalog: Catalog, query: str) -> Role:
    """The role whose id, title or alias is `query` (case, spacing and punctuation aside); "PACK:name" picks within one pack.

    An id always wins. A name that several roles share raises AmbiguousRole. Anything else,
    a typo included, is not guessed: UnknownRole carries the picker's first rows as suggestions.
    """
    wanted = _normal(query)
    if wanted in catalog.roles:
        return catalog.roles[wanted]
    matches = rank_matches(catalog, query)
    exact = [match.role for match in matches if match.closeness is Closeness.EXACT]
    if len(exact) > 1:
        raise AmbiguousRole(query, exact, catalog)
    if exact:
        return exact[0]
    raise UnknownRole(query, _suggestions(matches))


def name_index(catalog: Catalog) -> RoleNameIndex:
    """The catalog's role names, indexed once (the catalog is frozen, so the index never goes stale)."""
    index = _NAME_INDEXES.get(id(catalog))
    if index is None:
        with (
            building_long_lived()
        ):  # lives as long as the catalog: keep the collector off it, as loading does
            index = _NAME_INDEXES[id(catalog)] = RoleNameIndex(catalog.sorted_roles())
        weakref.finalize(catalog, _NAME_INDEXES.pop, id(catalog), None)
    return index


def rank_matches(catalog: Catalog, query: str) -> list[RoleMatch]:
    """Roles that answer to `query`, closest first (see role_names); "PACK:name" ranks within one pack."""
    pack, name = _within_pack(catalog, query)
    if pack is None:
        return name_index(catalog).rank(query)
    return name_index(catalog).rank(
        name, (i for i, role in enumerate(catalog.sorted_roles()) if role.pack == pack)
    )


def rank_roles(catalog: Catalog, query: str) -> list[Role]:
    """The role picker's list: every role in ladder order when nothing is typed, else the roles that answer, closest first."""
    if not query.strip():
        return catalog.sorted_roles()
    return [match.role for match in rank_matches(catalog, query)]


def suggest_roles(catalog: Catalog, query: str) -> list[Role]:
    """The picker's first row, and the rows after it that are just as close (at most SUGGESTIONS)."""
    return _suggestions(rank_matches(catalog, query))


def _suggestions(matches: list[RoleMatch]) -> list[Role]:
    return [match.role for match in matches[:SUGGESTIONS] if match.equally_close(matches[0])]
