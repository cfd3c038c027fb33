"""What a query finds: its operators, a role it names and its compounds, as one ranked list.

A hit's score is the key it is sorted by (ties: the kind of line, the role with more lines
found, catalog order), in tiers that never overlap:
  a line matching only some words: the weighted share of the query it matches (0–100);
  a full match: FULL + its relevance (0–100, IDF-weighted), plus PHRASE
  when the words stand together, plus ROLE for a line of the role the query names, plus
  EXACT for that role's title or alias when the query is nothing but the name.
The search runs to DEPTH lines whatever the limit, so the order never depends on the limit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from explorer.core.search.filters import accept_for
from explorer.core.search.hits import Key, SearchHit
from explorer.core.search.operators import QuerySpec, parse_operators
from explorer.core.search.query import Term, parse_query
from explorer.core.search.suggest import suggestion
from explorer.core.search.vocabulary import (
    EXACT_SCORE,
    FEW_FULL_MATCHES,
    PARTIAL_RESULTS,
    PREFIX_SCORE,
    STEM_SCORE,
    STOP_WORDS,
    SYNONYM_SCORE,
)

if TYPE_CHECKING:
    from explorer.core.search.index import SearchIndex

DEPTH = 50
FULL, PHRASE, ROLE, EXACT = 100.0, 100.0, 300.0, 600.0
MIN_SPLIT_PART = 3  # "tradeoffs" → "trade offs"; shorter parts make too many false compounds

Readings = list[tuple[Term, ...]]


@dataclass(frozen=True)
class SearchAnswer:
    hits: tuple[SearchHit, ...]
    complete: bool  # some line matches every meaningful word
    suggestion: str = ""  # "did you mean", offered when no line matches every word


class _Found(NamedTuple):  # a tuple: tens are made per keystroke, and a frozen dataclass costs more
    score: float
    reasons: tuple[str, ...]
    relevance: float = 0.0
    partial: bool = False
    phrase: bool = False


def answer(index: SearchIndex, query: str, limit: int, explain: bool = True) -> SearchAnswer:
    """The best `limit` lines for `query`. `explain` adds how each line matched and a "did you
    mean" (the command line shows them; a keystroke in the app need not pay for them)."""
    if limit < 1:
        return SearchAnswer((), False)
    found: dict[int, _Found] = {}
    readings: Readings = []
    specs = parse_operators(query)
    for spec in specs:
        readings += _collect(index, spec, max(limit, DEPTH), found)
    complete = any(not f.partial for f in found.values())
    ordered = _ordered(index, found)[:limit]
    _, matched = index.highlighting(readings)
    hits = tuple(
        SearchHit(
            index.docs[doc_id],
            round(f.score, 1),
            index.spans(doc_id, set(), matched),
            partial=f.partial,
            phrase=f.phrase,
            relevance=round(f.relevance, 1),
            why=f.reasons + (_match_kinds(index, doc_id, readings) if explain else ()),
        )
        for doc_id, f in ((doc_id, found[doc_id]) for doc_id in ordered)
    )
    hint = "" if complete or not explain else suggestion(index, specs[0].text)
    return SearchAnswer(hits, complete, hint)


def _collect(index: SearchIndex, spec: QuerySpec, depth: int, found: dict[int, _Found]) -> Readings:
    """Offer every line `spec` finds to `found`; return the readings it searched (for highlights)."""
    accept = accept_for(index, spec)
    filtered = ("filter",) if spec.has_operators else ()
    parsed = parse_query(spec.text)
    if not parsed.readings:
        if spec.filters or spec.excluded:  # filters alone list their lines in catalog order
            for doc_id in islice(filter(accept, range(len(index.docs))), depth):
                _offer(found, doc_id, _Found(FULL, filtered))
        return []
    skip = frozenset() if parsed.only_stop_words else STOP_WORDS
    direct = parsed.terms
    readings = list(parsed.readings) + compounds(index, direct)
    mention = None if parsed.only_stop_words else index.role_names().find([t.word for t in direct])
    if mention is not None:
        names = index.role_names()
        topic = tuple(t for i, t in enumerate(direct) if i not in mention.positions)
        if topic:
            topic_readings = [topic, *compounds(index, topic)]

            def in_role(doc_id: int) -> bool:
                return index.docs[doc_id].role_id in mention.role_ids and (accept is None or accept(doc_id))

            keys = index.ranked(topic_readings, depth, skip, in_role)
            _offer_keys(found, keys, ROLE, ("role named", *filtered))
            if not keys:  # the role has nothing on the topic: its title, then what others say
                for role_id in mention.role_ids:
                    doc_id = names.lines[role_id][0][0]
                    _offer(found, doc_id, _Found(FULL + ROLE, ("role named",)))
            _offer_keys(found, index.ranked(topic_readings, depth, skip, accept), 0.0, filtered)
            readings += topic_readings
        else:
            for role_id in mention.role_ids:
                for doc_id, key in names.lines[role_id]:
                    if accept is None or accept(doc_id):
                        exact = mention.exact and key == mention.key
                        tier = FULL + ROLE + (EXACT if exact else 0.0)
                        _offer(found, doc_id, _Found(tier, ("exact name" if exact else "role named",)))
    _offer_keys(found, index.ranked(readings, depth, skip, accept), 0.0, filtered)
    if sum(not f.partial for f in found.values()) < FEW_FULL_MATCHES and len(direct) > 1:
        for _, share, neg_id in index.partial_matches(direct, PARTIAL_RESULTS, set(found), accept):
            _offer(found, -neg_id, _Found(share, ("some words", *filtered), share, partial=True))
    return readings


def compounds(index: SearchIndex, terms: Sequence[Term]) -> Readings:
    """Readings in which a hyphen, a space or nothing between two words is the same compound:
    two typed words joined ("life cycle" → "lifecycle"), or one split ("tradeoffs" → "trade offs"),
    when the index has the result."""
    found: Readings = []
    plain = [not t.concept and not t.prefix_only for t in terms]
    for i in range(len(terms) - 1):
        joined = terms[i].word + terms[i + 1].word
        if plain[i] and plain[i + 1] and index.postings(joined):
            found.append((*terms[:i], Term(joined), *terms[i + 2 :]))
    for i, term in enumerate(terms):
        word = term.word
        if not plain[i] or len(word) < 2 * MIN_SPLIT_PART or index.postings(word):
            continue
        for cut in range(MIN_SPLIT_PART, len(word) - MIN_SPLIT_PART + 1):
            left, right = word[:cut], word[cut:]
            if (
                left not in STOP_WORDS
                and right not in STOP_WORDS
                and index.postings(left)
                and index.postings(right)
            ):
                found.append((*terms[:i], Term(left), Term(right), *terms[i + 1 :]))
                break
    return found


def _offer(found: dict[int, _Found], doc_id: int, offer: _Found) -> None:
    kept = found.get(doc_id)
    if kept is None or offer.score > kept.score:
        found[doc_id] = offer


def _offer_keys(found: dict[int, _Found], keys: Iterable[Key], tier: float, reasons: tuple[str, ...]) -> None:
    for phrase, relevance, neg_id in keys:
        score = FULL + tier + relevance + (PHRASE if phrase else 0.0)
        why = reasons + (("phrase",) if phrase else ())
        _offer(found, -neg_id, _Found(score, why, relevance, phrase=bool(phrase)))


def _ordered(index: SearchIndex, found: dict[int, _Found]) -> list[int]:
    """Best score first. Among equal scores in the first DEPTH lines: the kind of line, then
    the role with more of those lines, then the shorter line (BM25's length normalization,
    measured as a tie-break only: folded into the score at b = 0.02–0.25 it lost relevance
    cases every time), then catalog order. Lines past DEPTH keep score and catalog order,
    so that a longer limit only adds lines at the end."""
    shown = {doc_id: -round(f.score, 1) for doc_id, f in found.items()}
    by_score = sorted(found, key=lambda doc_id: (shown[doc_id], doc_id))
    head, tail = by_score[:DEPTH], by_score[DEPTH:]
    docs = [index.docs[doc_id] for doc_id in head]
    per_role = Counter(doc.role_id for doc in docs)
    keys = {
        doc_id: (shown[doc_id], doc.kind, -per_role[doc.role_id], index.length(doc_id), doc_id)
        for doc_id, doc in zip(head, docs)
    }
    return sorted(head, key=keys.__getitem__) + tail


def _match_kinds(index: SearchIndex, doc_id: int, readings: Readings) -> tuple[str, ...]:
    """How the line matched the typed words: own words, stem, prefix, typo, synonym."""
    sequence = index.sequence(doc_id)
    kinds: dict[str, None] = {}
    for term in dict.fromkeys(t for terms in readings for t in terms):
        matches = index.term_matches(term)
        best = max((matches.get(word, 0.0) for word in sequence), default=0.0)
        if best:
            kinds[_kind_of(best)] = None
    return tuple(kinds)


def _kind_of(score: float) -> str:
    if score >= EXACT_SCORE:
        return "own words"
    if score >= STEM_SCORE:
        return "stem"
    if score >= PREFIX_SCORE:
        return "prefix"
    return "synonym" if score <= SYNONYM_SCORE else "typo"


__all__ = ["DEPTH", "SearchAnswer", "answer", "compounds"]


def search(index: SearchIndex, query: str, limit: int = 50) -> list[SearchHit]:
    """The best `limit` lines for `query`: full matches, then (when they are few) partial ones."""
    return list(answer(index, query, limit, explain=False).hits)
