"""A job posting read against the ladder: each sentence matched to the lines roles are made of.

Lines are each role's responsibilities, skills, experience and education lines. A sentence's
words are first read the way search reads a query (`readings`: the search index's vocabulary,
with stems, US/UK spellings and jargon; search/readings.py gives it, as career does not import
search), then scored against candidate lines with the compare pairing's similarity (compare.py). A role's score is the mean, over the sentences
that matched anything, of how well its best line matched; so a role whose duties the ad
spells out reads above one that shares a phrase or two.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from explorer.core.career.compare import STOPWORDS, content_terms, similarity
from explorer.core.common.words import stem, words
from explorer.core.content.model import Catalog, Role

MATCH_CUTOFF = 45.0  # below it a sentence and a line share words, not a meaning
NEAR_BEST = 8.0  # roles whose best line is this close to the sentence's best line share it
CANDIDATES = 60  # lines scored per sentence: the ones sharing the most of its terms
MAX_CHARS = 100_000  # an ad is a page or two; the rest is not read
MAX_SENTENCES = 400
MAX_SENTENCE_CHARS = 600
_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[•·▪*–-]\s+")
_BULLET = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s*")


@dataclass(frozen=True)
class AdLine:
    """One line of a role an ad's sentence can match."""

    kind: str  # "responsibility", "skill", "experience" or "education", as search names them
    role_id: str
    text: str
    responsibility_id: str | None = None


def ladder_lines(catalog: Catalog) -> Iterator[AdLine]:
    for role in catalog.sorted_roles():
        for duty in role.responsibilities:
            yield AdLine("responsibility", role.id, duty.text, duty.id)
        yield from (AdLine("skill", role.id, skill) for skill in role.skills)
        if role.experience.notes:
            yield AdLine("experience", role.id, role.experience.notes)
        yield from (AdLine("education", role.id, line) for line in role.education)


@dataclass(frozen=True)
class LineMatch:
    sentence: int  # index into Reading.sentences
    doc: AdLine
    score: float
    shared: tuple[str, ...]  # the words they share, for "why"
    line: int = 0  # the line's number among the ladder's lines: ties go by it

    @property
    def ref(self) -> str | None:
        return f"{self.doc.role_id}#{self.doc.responsibility_id}" if self.doc.responsibility_id else None


@dataclass(frozen=True)
class RoleReading:
    role: Role
    score: float  # 0–100
    sentences: int  # how many sentences it has a line for
    evidence: tuple[LineMatch, ...]  # its best line for each of those sentences


@dataclass(frozen=True)
class Reading:
    sentences: tuple[str, ...]
    matches: tuple[LineMatch, ...]  # every sentence's best lines, best first within a sentence
    roles: tuple[RoleReading, ...]  # best first
    truncated: bool = False

    @property
    def unmatched(self) -> list[str]:
        matched = {m.sentence for m in self.matches}
        return [s for i, s in enumerate(self.sentences) if i not in matched]

    def best(self, sentence: int) -> LineMatch | None:
        return next((m for m in self.matches if m.sentence == sentence), None)

    def stresses(self, catalog: Catalog) -> Counter[str]:
        """Sentences by the area of the best responsibility they match, else by the kind of their best line."""
        counts: Counter[str] = Counter()
        for index in range(len(self.sentences)):
            found = [m for m in self.matches if m.sentence == index]
            best = next((m for m in found if m.ref), found[0] if found else None)
            if best is None:
                continue
            role = catalog.get(best.doc.role_id)
            duty = role.responsibility(best.doc.responsibility_id or "") if role else None
            counts[duty.area.value if duty else best.doc.kind] += 1
        return counts


def split_sentences(text: str) -> tuple[list[str], bool]:
    """The ad's sentences and bullet points, cleaned; True when the ad was cut to the limits."""
    truncated = len(text) > MAX_CHARS
    pieces = []
    for piece in _SPLIT.split(text[:MAX_CHARS]):
        piece = " ".join(_BULLET.sub("", piece).split())
        if len(content_terms(piece)) >= 3:  # "About the role", "What you bring": headings
            pieces.append(piece[:MAX_SENTENCE_CHARS])
    truncated = truncated or len(pieces) > MAX_SENTENCES
    return pieces[:MAX_SENTENCES], truncated


class PostingReader:
    """Built once per catalog: the lines, their terms, and how to read a word as search does."""

    def __init__(self, catalog: Catalog, readings: Callable[[str], Iterable[str]] = lambda word: ()) -> None:
        self.catalog = catalog
        self.docs = list(ladder_lines(catalog))
        self.readings = readings
        self.terms = [content_terms(doc.text) for doc in self.docs]
        self.texts = [" ".join(sorted(t)) for t in self.terms]
        self.postings: dict[str, list[int]] = {}
        for number, terms in enumerate(self.terms):
            for term in terms:
                self.postings.setdefault(term, []).append(number)

    def sentence_terms(self, sentence: str) -> frozenset[str]:
        """The sentence's content terms, with the index's close readings of each word added."""
        terms = set(content_terms(sentence))
        for word in dict.fromkeys(words(sentence)):
            if word not in STOPWORDS and len(word) > 2:
                terms.update(stem(found) for found in self.readings(word))
        return frozenset(terms)

    def _candidates(self, terms: frozenset[str]) -> list[int]:
        shared: Counter[int] = Counter()
        for term in terms:
            postings = self.postings.get(term, ())
            if len(postings) <= len(self.docs) // 3:  # a word on a third of all lines tells nothing
                shared.update(postings)
        # Ties go by line order, not by the order a set of terms happened to be walked in.
        return sorted(shared, key=lambda number: (-shared[number], number))[:CANDIDATES]

    def matches(self, number: int, sentence: str) -> list[LineMatch]:
        terms = self.sentence_terms(sentence)
        text = " ".join(sorted(terms))
        spelled = {stem(word): word for word in reversed(words(sentence))}  # a stem as the ad wrote it
        found = []
        for doc_id in self._candidates(terms):
            common = terms & self.terms[doc_id]
            if len(common) < 2:  # one shared word is not a shared meaning: no fuzzy subset bonus
                score = 200.0 * len(common) / (len(terms) + len(self.terms[doc_id]))
            else:
                score = similarity(terms, self.terms[doc_id], text, self.texts[doc_id])
            if score >= MATCH_CUTOFF:
                shared = tuple(sorted(spelled.get(t, t) for t in terms & self.terms[doc_id]))
                found.append(LineMatch(number, self.docs[doc_id], round(score, 1), shared, doc_id))
        order = {"responsibility": 0, "skill": 1, "experience": 2, "education": 3}
        found.sort(key=lambda m: (-m.score, order.get(m.doc.kind, 4), m.line))
        return found

    def read(self, text: str) -> Reading:
        sentences, truncated = split_sentences(text)
        matches = [m for number, sentence in enumerate(sentences) for m in self.matches(number, sentence)]
        return Reading(tuple(sentences), tuple(matches), self._roles(matches), truncated)

    def _roles(self, matches: list[LineMatch]) -> tuple[RoleReading, ...]:
        by_sentence: dict[int, list[LineMatch]] = {}
        for match in matches:
            by_sentence.setdefault(match.sentence, []).append(match)
        per_role: dict[str, list[LineMatch]] = {}
        for found in by_sentence.values():
            top = found[0].score
            seen: set[str] = set()
            for match in found:
                if match.score >= top - NEAR_BEST and match.doc.role_id not in seen:
                    seen.add(match.doc.role_id)
                    per_role.setdefault(match.doc.role_id, []).append(match)
        recognised = max(1, len(by_sentence))
        readings = [
            RoleReading(
                self.catalog.roles[role_id], sum(m.score for m in got) / recognised, len(got), tuple(got)
            )
            for role_id, got in per_role.items()
            if role_id in self.catalog.roles
        ]
        readings.sort(key=lambda r: (-r.score, -r.sentences, r.role.id))
        return tuple(readings)


@dataclass(frozen=True)
class PlanFit:
    have: tuple[tuple[str, str], ...]  # (sentence, responsibility ref the person covers)
    new: tuple[str, ...]  # sentences asking for duties the person has no evidence for


def plan_fit(reading: Reading, states: Mapping[str, str]) -> PlanFit:
    """Which of the ad's duty sentences the person's plan covers (any matched duty evidenced or doing)."""
    have, new = [], []
    for index, sentence in enumerate(reading.sentences):
        refs = [m.ref for m in reading.matches if m.sentence == index and m.ref]
        if not refs:
            continue
        covered = next((ref for ref in refs if ref in states), None)
        if covered:
            have.append((sentence, covered))
        else:
            new.append(sentence)
    return PlanFit(tuple(have), tuple(new))


def read_posting(catalog: Catalog, text: str, readings: Callable[[str], Iterable[str]]) -> Reading:
    return PostingReader(catalog, readings).read(text)


ROLES_SHOWN = 5
EVIDENCE_SHOWN = 3


def _short(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def reading_lines(catalog: Catalog, reading: Reading, fit: PlanFit | None) -> list[str]:
    recognised = len(reading.sentences) - len(reading.unmatched)
    lines = [
        f"Read {len(reading.sentences)} sentences; {recognised} match lines of the ladder.",
        "",
        "Reads most like:",
    ]
    for number, role in enumerate(reading.roles[:ROLES_SHOWN], 1):
        lines.append(
            f"{number:>2}. {catalog.display_title(role.role)} ({role.role.track.label}, {role.role.rank})  "
            f"score {role.score:.0f}, {role.sentences} of {recognised} sentences"
        )
        for match in sorted(role.evidence, key=lambda m: -m.score)[:EVIDENCE_SHOWN]:
            lines.append(
                f'      "{_short(reading.sentences[match.sentence], 50)}" → {_short(match.doc.text, 50)}'
                f" ({match.doc.kind})"
            )
    stresses = reading.stresses(catalog).most_common()
    lines += ["", "What it stresses: " + ", ".join(f"{area} {count}" for area, count in stresses)]
    if fit is not None:
        lines += [
            "",
            f"Against your plan: evidence for {len(fit.have)} of {len(fit.have) + len(fit.new)} duties",
        ]
        lines += [f"  have: {_short(sentence)}  ({ref})" for sentence, ref in fit.have]
        lines += [f"  new:  {_short(sentence)}" for sentence in fit.new]
    if reading.unmatched:
        lines += ["", f"Not matched ({len(reading.unmatched)}):"]
        lines += [f"  - {_short(sentence)}" for sentence in reading.unmatched]
    return lines
