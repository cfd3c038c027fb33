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


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def find_role(catalog: Catalog, query: str) -> Role:
    wanted = _normal(query)
    for role in catalog.roles.values():
        if any(_normal(name) == wanted for name in role.names()):
            return role
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
