"""One order of roles for a typed name, shared by the role picker, the palette and the CLI's "did you mean".

A role answers to its id, its title and its aliases. Names are compared word by word,
case, spaces and punctuation aside, and a word may carry a typo ("dirctor") or be
unfinished ("prod"). Roles are ranked, best first, by:

1. closeness: the exact name; then the whole of one name, typos allowed; then every
   typed word inside one name; then every typed word somewhere among the role's names;
   then some of the typed words; and only when no name shares a word, a loose
   letter-for-letter likeness ("prodmgr");
2. the typed words the role lacks, then the typos and unfinished words;
3. a name that starts with the first typed word, then a title over an alias;
4. the ladder order, so that equally close roles keep the order a person browses them in.

A name that only shares a word with the query is never ranked by its length: a short
title is not a closer answer to "director" than a long one, just a shorter one.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from explorer.core.common.abbreviations import spelled_out

if TYPE_CHECKING:
    from explorer.core.content.model import Role


MAX_QUERY_CHARS = 120  # longer input is cut: no role name is that long, and no input may cost unbounded time
MAX_QUERY_WORDS = 6  # no shipped name has more words; each one typed costs a pass over the names
UNFINISHED_COST = 0.5  # a word typed so far ("prod") costs less than a typo but more than the whole word
MINOR_WORDS = frozenset({"a", "an", "and", "for", "in", "of", "the", "to"})
LOOSE_CUTOFF = 60  # fuzz.ratio, for input that shares no word with any name


class Closeness(IntEnum):
    EXACT = 0  # an id, title or alias, letter for letter
    WHOLE = 1  # the whole of one name, with typos or unfinished words
    WORDS = 2  # every typed word is a word of one name
    SCATTERED = 3  # every typed word is in one of the role's names, not all in the same one
    SOME_WORDS = 4  # some of the typed words
    LOOSE = 5  # only letters in a similar order, offered when no name has any typed word


# How close one name came, the smaller the closer: closeness, typed words missing, typo cost,
# whether its first word was not typed, whether it is an alias, its role's position, its index.
_NameKey = tuple[Closeness, int, float, bool, bool, int, int]


@dataclass(frozen=True, slots=True)
class RoleMatch:
    role: Role
    closeness: Closeness
    missing: int  # typed words the role does not have
    cost: float  # typos count 1 each (2 for two in a long word), unfinished words 0.5
    name: str  # the name the role was matched by, as written

    def equally_close(self, other: RoleMatch) -> bool:
        return (self.closeness, self.missing, self.cost) == (other.closeness, other.missing, other.cost)


def normal_words(text: str) -> tuple[str, ...]:
    """The words of a name as they are compared: casefolded, punctuation and control characters as
    spaces, and common abbreviations spelled out ("sr pm" is "senior product manager")."""
    return spelled_out(utils.default_process(text).split())


def typo_allowance(word: str) -> int:
    """Edits (a transposition counts as one) that still make `word` the same word."""
    return 0 if len(word) <= 2 else 1 if len(word) <= 7 else 2


def whole_allowance(text: str) -> int:
    return 0 if len(text) <= 2 else 1 if len(text) <= 7 else 2


@dataclass(frozen=True, slots=True)
class _Name:
    position: int  # the role's place in ladder order
    written: str
    text: str  # the normalised words joined by single spaces
    words: tuple[str, ...]
    alias: bool
    significant: frozenset[str]  # the words a query must reach to be the whole name ("of" may be left out)


class RoleNameIndex:
    """Every name of every role, with its words, built once per catalog."""

    def __init__(self, roles: Sequence[Role]) -> None:
        self.roles = tuple(roles)
        names: list[_Name] = []
        self._title_of: list[int] = []
        for position, role in enumerate(self.roles):
            self._title_of.append(len(names))
            seen: set[str] = set()
            for written, alias in ((role.title, False), *((a, True) for a in role.aliases), (role.id, True)):
                words = normal_words(written)
                text = " ".join(words)
                if text and text not in seen:
                    seen.add(text)
                    significant = frozenset(words) - MINOR_WORDS or frozenset(words)
                    names.append(_Name(position, written, text, words, alias, significant))
        self._title_of.append(len(names))  # so a role's names are range(title_of[p], title_of[p + 1])
        self._names = tuple(names)
        self._texts = [name.text for name in names]
        self._exact: dict[str, list[int]] = {}
        holders: dict[str, list[int]] = {}
        for index, name in enumerate(names):
            self._exact.setdefault(name.text, []).append(index)
            for word in set(name.words):
                holders.setdefault(word, []).append(index)
        self._holders = holders
        self._vocabulary = sorted(holders)
        self._starts: dict[int, tuple[list[str], list[str]]] = {}

    def rank(self, query: str, allowed: Iterable[int] | None = None) -> list[RoleMatch]:
        """Roles that answer to `query`, best first; only the role positions in `allowed`, if given."""
        words = normal_words(query[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
        if not words:
            return []
        keep = None if allowed is None else frozenset(allowed)
        first_word = self._vocabulary_costs(words[0])
        reach = [first_word, *(self._vocabulary_costs(word) for word in words[1:])]
        names = self._names
        best: dict[int, _NameKey] = {}  # role position → the key of its closest name, name index last

        def offer(index: int, closeness: Closeness, missing: int = 0, cost: float = 0.0) -> None:
            name = names[index]
            position = name.position
            if keep is not None and position not in keep:
                return
            key = (closeness, missing, cost, name.words[0] not in first_word, name.alias, position, index)
            current = best.get(position)
            if current is None or key < current:
                best[position] = key

        text = " ".join(words)
        for index in self._exact.get(text, ()):
            offer(index, Closeness.EXACT)
        for _, distance, index in process.extract(
            text, self._texts, scorer=OSA.distance, score_cutoff=whole_allowance(text), limit=None
        ):
            offer(index, Closeness.WHOLE, cost=float(distance))
        self._offer_words(words, reach, offer, best)
        if not best:  # a loose likeness only when nothing shares a word: "cto" is no answer to "dirctor"
            for _, score, index in process.extract(
                text, self._texts, scorer=fuzz.ratio, score_cutoff=LOOSE_CUTOFF, limit=None
            ):
                offer(index, Closeness.LOOSE, cost=round(100 - score, 1))
        return [
            RoleMatch(self.roles[key[5]], key[0], key[1], key[2], names[key[6]].written)
            for key in sorted(best.values())
        ]

    def _offer_words(
        self,
        words: tuple[str, ...],
        reach: list[dict[str, float]],
        offer: Callable[..., None],
        best: dict[int, _NameKey],
    ) -> None:
        """Offer every name that has some of the typed words, and every role that has all of them in its names."""
        meaningful = [i for i, word in enumerate(words) if word not in MINOR_WORDS] or list(range(len(words)))
        reached_words = set().union(*reach)
        per_word = [self._cheapest_in_names(costs) for costs in reach]
        for index in per_word[0] if len(per_word) == 1 else set().union(*per_word):
            found = [costs.get(index) for costs in per_word]
            missing = found.count(None)
            if not missing:
                whole = self._names[index].significant <= reached_words
                offer(index, Closeness.WHOLE if whole else Closeness.WORDS, cost=sum(found))
            elif any(found[i] is not None for i in meaningful):  # "of" alone is no likeness
                offer(
                    index,
                    Closeness.SOME_WORDS,
                    missing=missing,
                    cost=sum(cost for cost in found if cost is not None),
                )
        if len(per_word) == 1:
            return
        # A role whose names share the typed words out between them ("asociate pm": the title and "Junior PM").
        everywhere = set.intersection(
            *({self._names[index].position for index in costs} for costs in per_word)
        )
        for position in everywhere:
            if best.get(position, (Closeness.LOOSE,))[0] > Closeness.SCATTERED:
                own = range(self._title_of[position], self._title_of[position + 1])
                cost = sum(min(costs[i] for i in own if i in costs) for costs in per_word)
                offer(self._title_of[position], Closeness.SCATTERED, cost=cost)

    def _cheapest_in_names(self, costs: dict[str, float]) -> dict[int, float]:
        """Name index → the cheapest of `costs` among its words."""
        cheapest: dict[int, float] = {}
        for own, cost in costs.items():
            for index in self._holders[own]:
                if cost < cheapest.get(index, cost + 1):
                    cheapest[index] = cost
        return cheapest

    def _vocabulary_costs(self, word: str) -> dict[str, float]:
        """Each word of any name that `word` may stand for → the cost: 0 the same, 0.5 unfinished, 1 per typo."""
        found: dict[str, float] = {}

        def note(own: str, cost: float) -> None:
            if cost < found.get(own, cost + 1):
                found[own] = cost

        if word in self._holders:
            note(word, 0.0)
        vocabulary = self._vocabulary
        at = bisect.bisect_left(vocabulary, word)
        while at < len(vocabulary) and vocabulary[at].startswith(word):
            note(vocabulary[at], UNFINISHED_COST)
            at += 1
        allowance = typo_allowance(word)
        if not allowance:
            return found
        for own, distance, _ in process.extract(
            word, self._vocabulary, scorer=OSA.distance, score_cutoff=allowance, limit=None
        ):
            if len(word) > 3 or len(own) > len(word):  # "hed" is "head", but "cto" is not "cpo"
                note(own, float(distance))
        if len(word) > 3:
            starts, owners = self._word_starts(len(word))
            for _, distance, index in process.extract(
                word, starts, scorer=OSA.distance, score_cutoff=allowance, limit=None
            ):
                note(owners[index], distance + UNFINISHED_COST)
        return found

    def _word_starts(self, length: int) -> tuple[list[str], list[str]]:
        """The first `length` letters of every longer word, for an unfinished word with a typo ("prdo")."""
        if length not in self._starts:
            owners = [own for own in self._vocabulary if len(own) > length]
            self._starts[length] = ([own[:length] for own in owners], owners)
        return self._starts[length]
