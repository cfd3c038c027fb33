"""Search operators, as fzf, Algolia and Typesense users type them.

    -word        lines without the word
    "a phrase"   the words as written, in this order (no typos inside quotes)
    key:value    role:, area:, kind:, track:, pack: filter; level:>=4 (also >, <, <=, =)
    a | b        lines matching either side

Only the known keys are operators, so "p&l" or "ratio:3" stay words. Whatever is left is
the free text, searched as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FILTER_KEYS = ("role", "area", "kind", "track", "level", "pack")
# How the operators are explained to people (the app's Help, the command's --help).
OPERATOR_HELP = (
    'Search operators: -word leaves out lines with the word; "a phrase" finds the words as written; '
    "role:gpm, area:people, kind:skill, track:ic, level:>=4 and pack:ID filter; a | b finds either. "
    "In the search box ctrl+y adds the commonest area, role or kind of the results as a filter."
)
MAX_QUERY_CHARS = 400  # longer input is cut: no query needs more, and none may cost unbounded time
_TOKEN = re.compile(r'"[^"]*"?|\S+')
_FILTER = re.compile(rf"^({'|'.join(FILTER_KEYS)}):(.+)$", re.IGNORECASE)
_LEVEL = re.compile(r"^(>=|<=|>|<|=)?(\d{1,3})$")


@dataclass(frozen=True)
class Filter:
    key: str
    value: str

    def level_test(self) -> tuple[str, int] | None:
        """(comparison, level) of a `level:` filter, or None when the value is no level."""
        found = _LEVEL.match(self.value)
        return (found.group(1) or "=", int(found.group(2))) if found else None


@dataclass(frozen=True)
class QuerySpec:
    """One side of `a | b`: its free text, filters, excluded words and quoted phrases."""

    text: str
    filters: tuple[Filter, ...] = ()
    excluded: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @property
    def has_operators(self) -> bool:
        return bool(self.filters or self.excluded or self.phrases)


def parse_operators(query: str) -> tuple[QuerySpec, ...]:
    """The query's alternatives (one unless it has `|`), each with its operators taken out."""
    sides: list[list[str]] = [[]]
    for token in _TOKEN.findall(query[:MAX_QUERY_CHARS]):
        if token == "|":
            sides.append([])
        elif "|" in token and not token.startswith('"'):
            first, *rest = token.split("|")
            sides[-1].append(first)
            for part in rest:
                sides.append([part])
        else:
            sides[-1].append(token)
    specs = tuple(_spec(tokens) for tokens in sides if any(tokens))
    return specs or (QuerySpec(""),)


def _spec(tokens: list[str]) -> QuerySpec:
    text: list[str] = []
    filters: list[Filter] = []
    excluded: list[str] = []
    phrases: list[str] = []
    for token in tokens:
        if not token:
            continue
        if token.startswith('"'):
            phrase = token.strip('"').strip()
            if phrase:
                phrases.append(phrase)
                text.append(phrase)
        elif token.startswith("-") and len(token) > 1 and token[1].isalnum():
            excluded.append(token[1:])
        elif found := _FILTER.match(token):
            filters.append(Filter(found.group(1).casefold(), found.group(2).casefold()))
        else:
            text.append(token)
    return QuerySpec(" ".join(text), tuple(filters), tuple(excluded), tuple(phrases))
