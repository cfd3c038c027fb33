"""A role named in a query ("sr pm roadmap", "what does a head of product do").

Names are the index's own title and alias lines, compared word by word after common
abbreviations are spelled out ("sr" → senior, "pm" → product manager) and minor words
("of", "the") dropped. The longest run of query words that is a whole name wins; failing
that, a run of two or more words found inside the names of one role only ("analytics lead").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from explorer.core.common.abbreviations import ABBREVIATIONS
from explorer.core.common.words import words
from explorer.core.search.matching import stem

MINOR_WORDS = frozenset({"a", "an", "and", "for", "in", "of", "the", "to"})
MIN_INSIDE_WORDS = 2
MAX_SYNONYM_ROLES = 2  # a shorter run inside a name ("product") names no role


def canonical(raw: Iterable[str]) -> tuple[str, ...]:
    return tuple(part for word in raw if word not in MINOR_WORDS for part in ABBREVIATIONS.get(word, (word,)))


@dataclass(frozen=True)
class Mention:
    """The roles a run of query words names, and which query words the run took."""

    role_ids: frozenset[str]
    positions: frozenset[int]
    exact: bool  # the run is a whole title or alias (not a part of one)
    key: tuple[str, ...]  # the run's canonical words


class RoleNames:
    """Every title and alias of an index's lines, by their canonical words."""

    def __init__(self, names: Iterable[tuple[int, str, str]], groups: Iterable[Sequence[str]] = ()) -> None:
        """`names`: (line number, role id, text) of every title and alias line; `groups`: a
        pack's own synonyms (one word each; a longer entry is left out)."""
        self.whole: dict[tuple[str, ...], set[str]] = {}
        self.lines: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # role id → its name lines
        inside: dict[tuple[str, ...], set[str]] = {}
        for doc_id, role_id, name in names:
            key = canonical(words(name))
            if not key:
                continue
            self.lines.setdefault(role_id, []).append((doc_id, key))
            self.whole.setdefault(key, set()).add(role_id)
            for start in range(len(key)):
                for end in range(start + MIN_INSIDE_WORDS, len(key) + 1):
                    inside.setdefault(key[start:end], set()).add(role_id)
        self.inside = {key: ids for key, ids in inside.items() if len(ids) == 1}
        self.longest = max(map(len, self.whole), default=0)
        self.synonyms = _alias_synonyms(list(self.lines.values()))
        for group in groups:
            members = {found[0] for found in map(words, group) if len(found) == 1}
            for word in members:
                self.synonyms.setdefault(word, set()).update(members - {word})
        self._by_stem: dict[str, set[str]] = {}
        for word, others in self.synonyms.items():
            self._by_stem.setdefault(stem(word), set()).update(others)

    def synonyms_of(self, word: str) -> set[str]:
        """The synonyms of `word` or of any word sharing its stem: a group that lists "coach"
        serves "coaching" too, though neither is in the index."""
        return self.synonyms.get(word, set()) | self._by_stem.get(stem(word), set())

    def find(self, query_words: Sequence[str]) -> Mention | None:
        """The longest run of `query_words` (whole words, as typed) that names a role."""
        expanded: list[tuple[str, int]] = [
            (part, position)
            for position, word in enumerate(query_words)
            if word not in MINOR_WORDS
            for part in ABBREVIATIONS.get(word, (word,))
        ]
        parts = [part for part, _ in expanded]
        best: Mention | None = None
        best_size = 0
        for start in range(len(parts)):
            for end in range(min(len(parts), start + self.longest), start, -1):
                key = tuple(parts[start:end])
                found, exact = self.whole.get(key), True
                if found is None:
                    found, exact = self.inside.get(key), False
                if found is None:
                    continue
                size = (end - start) * 2 + exact
                if size > best_size:
                    positions = frozenset(position for _, position in expanded[start:end])
                    best, best_size = Mention(frozenset(found), positions, exact, key), size
                break
        return best


def _alias_synonyms(per_role: Collection[list[tuple[int, tuple[str, ...]]]]) -> dict[str, set[str]]:
    """Words an alias puts in place of one word of its title ("Junior Product Manager" for
    "Associate Product Manager": junior ↔ associate), as synonyms drawn from the content."""
    roles_of: dict[str, int] = {}
    for lines in per_role:
        for word in {word for _, key in lines for word in key}:
            roles_of[word] = roles_of.get(word, 0) + 1
    synonyms: dict[str, set[str]] = {}
    for lines in per_role:
        title = lines[0][1]  # lines come title first
        for _, alias in lines[1:]:
            if len(alias) != len(title):
                continue
            differ = [(a, t) for a, t in zip(alias, title) if a != t]
            # Only words that name few roles: "manager" and "lead" are in many names, and
            # one alias's choice between them says nothing of the others.
            if len(differ) == 1 and max(roles_of[differ[0][0]], roles_of[differ[0][1]]) <= MAX_SYNONYM_ROLES:
                a, t = differ[0]
                synonyms.setdefault(a, set()).add(t)
                synonyms.setdefault(t, set()).add(a)
    return synonyms
