"""Side-by-side comparison of two roles, with responsibilities paired by meaning."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from explorer.core.common.words import stem, words
from explorer.core.content.citing import OUR_READING
from explorer.core.content.model import Catalog, Responsibility, Role, SalaryFigure, TitleNote

# Two duties pair when their content words (stemmed, stopwords dropped) are alike by both
# rapidfuzz's token-set ratio and plain overlap, with a nudge when both share an area.
# The bar is set from hand-judged pairs (tests/unit/career/test_compare_pairing.py): every pair
# judged different scores below it; some pairs that mean the same in other words do too, and
# then show in the "only" lists, which is the safer mistake than claiming a match.
PAIR_CUTOFF = 58.0
SAME_AREA_BONUS = 10.0
SIMILARITY_LINE = "≈ % = how similar the wording is (F1 says how it is worked out)"
SIMILARITY_LEGEND = (
    "≈ % is how alike two duties are worded: the share of meaningful words they have in common, "
    f"averaged with a fuzzy word match, plus {SAME_AREA_BONUS:.0f} when both are in the same area. "
    f"Pairs under {PAIR_CUTOFF:.0f}% are listed as different."
)
STOPWORDS = frozenset(
    "a an and are as at be by for from in into is it its of on or so that the their them they this to "
    "with what when who whole each every one own keep make sure all more than can may "
    # In a library of product roles these words say nothing about which duty it is.
    "product products team teams".split()
)


@dataclass(frozen=True)
class ResponsibilityRow:
    left: Responsibility | None
    right: Responsibility | None
    similarity: float = 0.0
    grows: str = ""  # "right" when the right duty grows from the left one, "left" for the other way

    @property
    def kind(self) -> str:
        if self.grows:
            return "grows"
        if self.left and self.right:
            return "shared"
        return "left-only" if self.left else "right-only"


@dataclass(frozen=True)
class RoleTitleNote:
    """A title note (a known confusion or a disagreement between articles) and the role it is on."""

    role_id: str
    role_title: str
    note: TitleNote
    publishers: tuple[str, ...] = ()  # who says it, one per source the note cites

    def describe(self) -> str:
        """The note as a reader sees it: whose role, what, and who says so (or that it is our reading)."""
        if self.note.editorial:
            return f"{self.role_title}: {OUR_READING}: {self.note.text}"
        said_by = f" ({'; '.join(self.publishers)})" if self.publishers else ""
        return f"{self.role_title}: {self.note.text}{said_by}"


@dataclass(frozen=True)
class FactRow:
    label: str
    left: str
    right: str

    @property
    def differs(self) -> bool:
        return self.left != self.right

    @property
    def unknown_for_both(self) -> bool:
        """Neither role has this fact: two unknowns are not the same value."""
        return self.left in NOT_GIVEN and self.right in NOT_GIVEN


@dataclass(frozen=True)
class Comparison:
    left: Role
    right: Role
    facts: tuple[FactRow, ...]
    responsibilities: tuple[ResponsibilityRow, ...]
    skills_shared: tuple[str, ...]
    skills_left_only: tuple[str, ...]
    skills_right_only: tuple[str, ...]
    titles: tuple[str, str] = ("", "")  # the titles, with pack names where a title is shared
    notes: tuple[str, ...] = ()  # equivalences declared across the two roles' packs
    title_notes: tuple[RoleTitleNote, ...] = ()  # the confusions and disagreements on either role

    def swapped(self, catalog: Catalog) -> Comparison:
        return compare_roles(catalog, self.right, self.left)

    def rows_of(self, kind: str) -> list[ResponsibilityRow]:
        return [row for row in self.responsibilities if row.kind == kind]


_stem = lru_cache(maxsize=1 << 16)(stem)


def content_terms(text: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in words(text) if word not in STOPWORDS)


def similarity(
    a: frozenset[str], b: frozenset[str], a_text: str | None = None, b_text: str | None = None
) -> float:
    """0–100: the mean of rapidfuzz's token-set ratio and the Dice overlap of two term sets.

    `a_text`/`b_text` are the sets as sorted, space-joined strings when the caller has them.
    """
    if not a or not b:
        return 0.0
    dice = 200.0 * len(a & b) / (len(a) + len(b))
    a_text = " ".join(sorted(a)) if a_text is None else a_text
    b_text = " ".join(sorted(b)) if b_text is None else b_text
    return (fuzz.token_set_ratio(a_text, b_text) + dice) / 2


# Up to this many pairs every pair is scored. Above it (two hostile or huge roles) each
# duty is scored only against the few duties that share its rarest terms, which keeps
# 20,000 × 20,000 duties to well under a second instead of 400 million scorings.
FULL_PAIRING_LIMIT = 40_000
CANDIDATES_PER_ITEM = 6


def candidate_pairs(
    left_terms: Sequence[frozenset[str]], right_terms: Sequence[frozenset[str]]
) -> Iterator[tuple[int, int]]:
    """The (left, right) index pairs worth scoring: all of them for normal roles, a bounded few for huge ones."""
    if len(left_terms) * len(right_terms) <= FULL_PAIRING_LIMIT:
        for i in range(len(left_terms)):
            for j in range(len(right_terms)):
                yield i, j
        return
    postings: dict[str, list[int]] = {}
    for j, terms in enumerate(right_terms):
        for term in terms:
            postings.setdefault(term, []).append(j)
    for i, terms in enumerate(left_terms):
        chosen: dict[int, None] = {}
        for term in sorted(terms, key=lambda t: len(postings.get(t, ())))[:CANDIDATES_PER_ITEM]:
            posting = postings.get(term, ())
            # Start each duty at its own place in a long posting, so many alike duties spread out.
            start = i * len(posting) // len(left_terms) if posting else 0
            for offset in range(min(len(posting), CANDIDATES_PER_ITEM - len(chosen))):
                chosen[posting[(start + offset) % len(posting)]] = None
            if len(chosen) >= CANDIDATES_PER_ITEM:
                break
        for j in chosen:
            yield i, j


def pair_responsibilities(
    left: tuple[Responsibility, ...],
    right: tuple[Responsibility, ...],
    cutoff: float = PAIR_CUTOFF,
    grown: Sequence[tuple[int, int, str]] = (),
) -> list[ResponsibilityRow]:
    """Greedy best-first pairing: the most similar pair first, each item used once.

    `grown` holds (left index, right index, which side grows) for duties the content links with
    `grows_from`: those pair first, whatever their wording.
    """
    rows: list[ResponsibilityRow] = []
    paired_left: set[int] = set()
    paired_right: set[int] = set()
    for i, j, side in grown:
        if i not in paired_left and j not in paired_right:
            paired_left.add(i)
            paired_right.add(j)
            rows.append(ResponsibilityRow(left[i], right[j], 100.0, side))
    if len(paired_left) < len(left) and len(paired_right) < len(right):
        left_terms = [content_terms(r.text) for r in left]
        right_terms = [content_terms(r.text) for r in right]
        left_texts = [" ".join(sorted(t)) for t in left_terms]
        right_texts = [" ".join(sorted(t)) for t in right_terms]
        candidates = []
        for i, j in candidate_pairs(left_terms, right_terms):
            if i in paired_left or j in paired_right:
                continue
            score = similarity(left_terms[i], right_terms[j], left_texts[i], right_texts[j])
            score += SAME_AREA_BONUS if left[i].area is right[j].area else 0.0
            if score >= cutoff:
                candidates.append((min(score, 100.0), i, j))
        candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
        pairs = []
        for score, i, j in candidates:
            if i not in paired_left and j not in paired_right:
                paired_left.add(i)
                paired_right.add(j)
                pairs.append((i, j, score))
        rows.extend(ResponsibilityRow(left[i], right[j], round(score, 1)) for i, j, score in sorted(pairs))
    rows.extend(ResponsibilityRow(r, None) for i, r in enumerate(left) if i not in paired_left)
    rows.extend(ResponsibilityRow(None, r) for j, r in enumerate(right) if j not in paired_right)
    return rows


def _names(catalog: Catalog, ids: tuple[str, ...]) -> str:
    return (
        ", ".join(catalog.display_title(catalog.roles[i]) if i in catalog.roles else i for i in ids)
        or NO_ROLES
    )


NO_FIGURE, NOT_STATED, NO_ROLES = "no published figure", "not stated", "—"
NOT_GIVEN = frozenset({NO_FIGURE, NOT_STATED, NO_ROLES})


def _salary(figures: tuple[SalaryFigure, ...]) -> str:
    return "; ".join(f.describe() for f in figures) or NO_FIGURE


def _facts(catalog: Catalog, left: Role, right: Role) -> tuple[FactRow, ...]:
    def row(label: str, getter: Callable[[Role], str]) -> FactRow:
        return FactRow(label, getter(left), getter(right))

    return (
        row("Track", lambda r: r.track.label),
        row("Level", lambda r: r.rank),
        row("Experience", lambda r: r.experience.describe()),
        row("Pay", lambda r: _salary(r.salaries)),
        row("Reports to", lambda r: _names(catalog, r.reports_to)),
        row("Manages", lambda r: _names(catalog, r.manages)),
    )


def compare_roles(catalog: Catalog, left: Role, right: Role) -> Comparison:
    left_skills = {s.casefold(): s for s in left.skills}
    right_skills = {s.casefold(): s for s in right.skills}
    return Comparison(
        left=left,
        right=right,
        facts=_facts(catalog, left, right),
        responsibilities=tuple(
            pair_responsibilities(
                left.responsibilities, right.responsibilities, grown=grown_pairs(catalog, left, right)
            )
        ),
        skills_shared=tuple(s for k, s in left_skills.items() if k in right_skills),
        skills_left_only=tuple(s for k, s in left_skills.items() if k not in right_skills),
        skills_right_only=tuple(s for k, s in right_skills.items() if k not in left_skills),
        titles=(catalog.display_title(left), catalog.display_title(right)),
        notes=equivalence_notes(catalog, left, right),
        title_notes=title_notes(catalog, left, right),
    )


# How many grows_from links to follow from one duty: a ladder is far shorter, a loop stops here.
MAX_GROWTH_CHAIN = 20


def _grows_from(catalog: Catalog, duty: Responsibility) -> list[str]:
    """The duties `duty` grows from, nearest first, as "role-id#responsibility-id"."""
    chain: list[str] = []
    reference = duty.grows_from
    while reference and reference not in chain and len(chain) < MAX_GROWTH_CHAIN:
        chain.append(reference)
        role_id, _, duty_id = reference.partition("#")
        role = catalog.get(role_id)
        found = role.responsibility(duty_id) if role else None
        reference = found.grows_from if found else ""
    return chain


def grown_pairs(catalog: Catalog, left: Role, right: Role) -> list[tuple[int, int, str]]:
    """(left index, right index, side that grows) for each duty of one role that grows from one of the other's."""
    left_at = {f"{left.id}#{duty.id}": i for i, duty in enumerate(left.responsibilities)}
    right_at = {f"{right.id}#{duty.id}": j for j, duty in enumerate(right.responsibilities)}
    pairs = []
    for j, duty in enumerate(right.responsibilities):
        pairs += [(left_at[ref], j, "right") for ref in _grows_from(catalog, duty) if ref in left_at][:1]
    for i, duty in enumerate(left.responsibilities):
        pairs += [(i, right_at[ref], "left") for ref in _grows_from(catalog, duty) if ref in right_at][:1]
    return pairs


def title_notes(catalog: Catalog, *roles: Role) -> tuple[RoleTitleNote, ...]:
    """The title notes on any of the roles, each once (a note repeated on both is shown on the first)."""
    seen: set[str] = set()
    found = []
    for role in roles:
        for note in role.title_notes:
            key = " ".join(note.text.casefold().split())
            if key not in seen:
                seen.add(key)
                publishers = [source.publisher for source in map(catalog.source, note.sources) if source]
                found.append(
                    RoleTitleNote(
                        role.id, catalog.display_title(role), note, tuple(dict.fromkeys(publishers))
                    )
                )
    return tuple(found)


def equivalence_notes(catalog: Catalog, left: Role, right: Role) -> tuple[str, ...]:
    """What the packs declare about the two roles: the same job, or each one's twin in the other's pack."""
    if right in catalog.equivalents(left):
        return (f"Declared the same job: {catalog.display_title(left)} ≈ {catalog.display_title(right)}.",)
    notes = []
    if left.pack != right.pack:
        for role, other in ((left, right), (right, left)):
            for twin in catalog.equivalents(role):
                if twin.pack == other.pack:
                    notes.append(
                        f"{catalog.display_title(role)} is declared the same job as {catalog.display_title(twin)} "
                        f"in {catalog.pack_name(other.pack)}."
                    )
    return tuple(notes)
