"""Find a role from what a person typed: an id, a title or an alias, any case."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from explorer.core.content.model import Catalog, Role


class UnknownRole(LookupError):
    def __init__(self, query: str, suggestion: Role | None) -> None:
        self.query = query
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion.title!r} ({suggestion.id})?" if suggestion else ""
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


def find_role(catalog: Catalog, query: str) -> Role:
    """The role whose id, title or alias is `query`; "PACK:name" picks within one pack.

    An id always wins. A title or alias that several roles share raises AmbiguousRole.
    """
    wanted = _normal(query)
    if wanted in catalog.roles:
        return catalog.roles[wanted]
    pack, _, name = wanted.partition(":")
    if name and pack in catalog.packs:
        roles, wanted = [r for r in catalog.roles.values() if r.pack == pack], name.strip()
    else:
        roles = list(catalog.roles.values())
    matches = [role for role in roles if any(_normal(n) == wanted for n in role.names())]
    if len(matches) > 1:
        raise AmbiguousRole(query, matches, catalog)
    if matches:
        return matches[0]
    raise UnknownRole(query, suggest_role(catalog, query))


def suggest_role(catalog: Catalog, query: str) -> Role | None:
    names: list[str] = []
    owners: list[Role] = []
    for role in catalog.roles.values():
        for name in role.names():
            names.append(name)
            owners.append(role)
    best = process.extractOne(query, names, scorer=fuzz.token_ratio, processor=utils.default_process, score_cutoff=60)
    return owners[best[2]] if best else None


def rank_roles(catalog: Catalog, query: str) -> list[Role]:
    """Every role, best match for `query` first (all roles in ladder order when it is empty)."""
    roles = catalog.sorted_roles()
    if not query.strip():
        return roles
    wanted = _normal(query)
    scored = []
    for position, role in enumerate(roles):
        # A name that starts with what was typed beats any fuzzy match; the title beats an alias.
        score = max(
            (101.0 if _normal(name).startswith(wanted) else fuzz.token_ratio(query, name, processor=utils.default_process))
            - (0.5 if name is not role.title else 0.0)
            for name in (role.title, *role.aliases)
        )
        if score >= 50:
            scored.append((-score, position, role))
    return [role for _, _, role in sorted(scored, key=lambda item: item[:2])]
