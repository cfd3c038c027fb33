"""Which lines a query's operators let through: `key:value` filters, `-word`, `"a phrase"`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from explorer.core.common.words import words
from explorer.core.search.operators import Filter, QuerySpec
from explorer.core.search.vocabulary import EXACT_SCORE

if TYPE_CHECKING:
    from explorer.core.search.documents import SearchDoc
    from explorer.core.search.hits import Accept
    from explorer.core.search.index import SearchIndex

# Names people use for a kind or a track, beside the labels shown.
KIND_NAMES = {"advice": "next step", "next-step": "next step", "nextstep": "next step", "step": "next step"}
TRACK_NAMES = {"ic": "individual-contributor", "manager": "management", "exec": "executive"}
_COMPARE: dict[str, Callable[[int, int], bool]] = {
    "=": int.__eq__,
    ">": int.__gt__,
    "<": int.__lt__,
    ">=": int.__ge__,
    "<=": int.__le__,
}


def accept_for(index: SearchIndex, spec: QuerySpec) -> Accept | None:
    """A test of line numbers for the spec's operators, or None when it has none."""
    tests: list[Accept] = []
    docs = index.docs
    for item in spec.filters:
        tests.append(_on_lines(docs, _doc_test(index, item)))
    if spec.excluded:
        banned: set[int] = set()
        for typed in spec.excluded:
            for word in words(typed):
                for found, score in index.matcher.match(word).items():
                    if score >= EXACT_SCORE:  # the word and its other spellings, as typed
                        banned.update(index.postings(found))
        tests.append(lambda doc_id: doc_id not in banned)
    for phrase in spec.phrases:
        wanted = tuple(word for word in words(phrase) if len(word) > 1)
        if wanted:
            tests.append(_phrase_test(index, wanted))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda doc_id: all(test(doc_id) for test in tests)


def _on_lines(docs: Sequence[SearchDoc], test: Callable[[SearchDoc], bool]) -> Accept:
    return lambda doc_id: test(docs[doc_id])


def _phrase_test(index: SearchIndex, wanted: tuple[str, ...]) -> Accept:
    return lambda doc_id: holds_run(index.own_words(doc_id), wanted)


def holds_run(sequence: Sequence[str], wanted: tuple[str, ...]) -> bool:
    """Whether `wanted` stands in `sequence` word for word, in order (no typos)."""
    size = len(wanted)
    first = wanted[0]
    return any(
        word == first and tuple(sequence[start : start + size]) == wanted
        for start, word in enumerate(sequence)
    )


def _doc_test(index: SearchIndex, item: Filter) -> Callable[[SearchDoc], bool]:
    value = item.value
    if item.key == "role":
        role_ids = _role_ids(index, value)
        return lambda doc: doc.role_id in role_ids
    if item.key == "area":
        return lambda doc: bool(doc.area) and doc.area.startswith(value)
    if item.key == "kind":
        kind = KIND_NAMES.get(value, value.replace("-", " ").replace("_", " "))
        return lambda doc: doc.kind.label.startswith(kind)
    if item.key == "track":
        track = TRACK_NAMES.get(value, value)
        return lambda doc: bool(doc.track) and doc.track.startswith(track)
    if item.key == "level":
        test = item.level_test()
        if test is None:
            return lambda doc: False
        compare, level = _COMPARE[test[0]], test[1]
        return lambda doc: doc.level > 0 and compare(doc.level, level)
    return lambda doc: doc.pack == value  # pack:


def _role_ids(index: SearchIndex, value: str) -> frozenset[str]:
    """The roles `role:VALUE` means: a role id, or a title, alias or abbreviation of one."""
    names = index.role_names()
    if value in names.lines:
        return frozenset({value})
    mention = names.find(words(value))
    return mention.role_ids if mention is not None else frozenset()
