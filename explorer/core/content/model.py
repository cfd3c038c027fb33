"""The content model: frozen dataclasses built from validated TOML."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path


class Track(StrEnum):
    IC = "individual-contributor"
    MANAGEMENT = "management"
    EXECUTIVE = "executive"
    ADJACENT = "adjacent"

    @property
    def label(self) -> str:
        return {
            Track.IC: "Individual contributor",
            Track.MANAGEMENT: "Management",
            Track.EXECUTIVE: "Executive",
            Track.ADJACENT: "Adjacent",
        }[self]


class Area(StrEnum):
    STRATEGY = "strategy"
    PEOPLE = "people"
    DELIVERY = "delivery"
    CUSTOMERS = "customers"
    BUSINESS = "business"
    DATA = "data"
    COMMUNICATION = "communication"


class MoveKind(StrEnum):
    PROMOTION = "promotion"
    LATERAL = "lateral"
    EQUIVALENT = "equivalent"  # not written in files: a role's `equivalent_to`, walked as a move


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    date: str
    note: str = ""
    url: str = ""


@dataclass(frozen=True)
class Responsibility:
    id: str
    text: str
    area: Area
    source: str | None = None
    competency: str = ""  # the team's own name for the area, kept from an import
    explanation: str = ""  # what the team's competency means, as its document explains it
    examples: tuple[str, ...] = ()  # what doing it well looks like
    importance: str = ""  # "core", "supporting", or "" when the pack does not say

    @property
    def is_core(self) -> bool:
        return self.importance == "core"


@dataclass(frozen=True)
class YearsRange:
    low: float | None = None
    high: float | None = None

    def describe(self) -> str:
        def num(value: float) -> str:
            return f"{value:g}"

        if self.low is not None and self.high is not None:
            return num(self.low) if self.low == self.high else f"{num(self.low)}–{num(self.high)}"
        if self.low is not None:
            return f"{num(self.low)}+"
        if self.high is not None:
            return f"up to {num(self.high)}"
        return "not stated"


def _years(span: YearsRange) -> str:
    text = span.describe()
    return f"{text} year" if text == "1" else f"{text} years"


@dataclass(frozen=True)
class Experience:
    in_product: YearsRange = YearsRange()
    leading: YearsRange = YearsRange()
    notes: str = ""
    sources: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = []
        if self.in_product.low is not None or self.in_product.high is not None:
            parts.append(f"{_years(self.in_product)} in product")
        if self.leading.low == 0 and self.leading.high is None:
            parts.append("no leading experience asked")
        elif self.leading.low is not None or self.leading.high is not None:
            parts.append(f"{_years(self.leading)} leading")
        return ", ".join(parts) if parts else "not stated"


@dataclass(frozen=True)
class SalaryFigure:
    of: str
    currency: str
    period: str
    publisher: str
    date: str
    amount: float | None = None
    low: float | None = None
    high: float | None = None
    location: str = ""
    source: str | None = None

    def describe_amount(self) -> str:
        def money(value: float) -> str:
            symbol = "$" if self.currency == "USD" else f"{self.currency} "
            return f"{symbol}{value:,.0f}"

        if self.amount is not None and self.low is not None and self.high is not None:
            return f"{money(self.amount)} (range {money(self.low)}–{money(self.high)})"
        if self.amount is not None:
            return money(self.amount)
        if self.low is not None and self.high is not None:
            return f"{money(self.low)}–{money(self.high)}"
        return money(self.low if self.low is not None else self.high or 0)

    def describe(self) -> str:
        where = f", {self.location}" if self.location else ""
        return (
            f"{self.describe_amount()} per {self.period} — {self.of}{where} ({self.publisher}, {self.date})"
        )


@dataclass(frozen=True)
class NextStep:
    to: str
    kind: MoveKind
    advice: str
    typical_time: str = ""
    source: str | None = None


@dataclass(frozen=True)
class TitleNote:
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    id: str
    title: str
    track: Track
    level: int | None  # on the shipped library's scale; None for a role no pack lines up
    summary: str
    aliases: tuple[str, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    skills: tuple[str, ...] = ()
    experience: Experience = Experience()
    education: tuple[str, ...] = ()
    salaries: tuple[SalaryFigure, ...] = ()
    reports_to: tuple[str, ...] = ()
    manages: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    title_notes: tuple[TitleNote, ...] = ()
    sources: tuple[str, ...] = ()
    origin: Path | None = field(default=None, compare=False)
    grade: str = ""  # the pack's own grade label, as written ("L5", "62"); empty for none
    pack: str = ""  # id of the pack the role came from
    equivalent_to: tuple[str, ...] = ()  # ids of the same job in other packs
    watch_outs: tuple[str, ...] = ()  # ways people in this role typically go wrong

    @property
    def rank(self) -> str:
        """Grade and level as a person reads them: "grade 8 · level 3", "level 3", "ungraded"."""
        parts = [f"grade {self.grade}"] if self.grade else []
        if self.level is not None:
            parts.append(f"level {self.level}")
        return " · ".join(parts) or "ungraded"

    def names(self) -> tuple[str, ...]:
        return (self.id, self.title, *self.aliases)

    def responsibility(self, responsibility_id: str) -> Responsibility | None:
        return next((r for r in self.responsibilities if r.id == responsibility_id), None)

    def cited_sources(self) -> tuple[str, ...]:
        """The role's sources, then anything cited in it that the list forgot: citation [n] is item n-1."""
        cited = [r.source for r in self.responsibilities] + list(self.experience.sources)
        cited += [s.source for s in self.salaries] + [s.source for s in self.next_steps]
        cited += [s for note in self.title_notes for s in note.sources]
        return tuple(dict.fromkeys([*self.sources, *filter(None, cited)]))


@dataclass(frozen=True)
class Ladder:
    id: str
    name: str
    track: Track
    roles: tuple[str, ...]
    description: str = ""
    pack: str = ""


@dataclass(frozen=True)
class Grade:
    label: str
    level: int | None = None  # where the grade sits on the shipped library's scale


@dataclass(frozen=True)
class Pack:
    """One content folder: the shipped library, the user's folder, or a team's `--content` pack."""

    id: str
    name: str
    company: str = ""
    version: str = ""
    description: str = ""
    grades: tuple[Grade, ...] = ()
    folder: Path | None = field(default=None, compare=False)
    synonyms: tuple[tuple[str, ...], ...] = ()  # groups of words search treats as one

    def grade_rank(self, label: str) -> int | None:
        """Position of `label` in the pack's scale (0 = lowest), or None when it is not listed."""
        return next((i for i, grade in enumerate(self.grades) if grade.label == label), None)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content or plan file, printable as `path:line:col: message`."""

    path: Path
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Catalog:
    roles: dict[str, Role]
    ladders: tuple[Ladder, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    packs: dict[str, Pack] = field(default_factory=dict)

    def role(self, role_id: str) -> Role:
        return self.roles[role_id]

    def get(self, role_id: str) -> Role | None:
        return self.roles.get(role_id)

    def source(self, source_id: str | None) -> Source | None:
        return self.sources.get(source_id) if source_id else None

    @cached_property
    def _ordered_roles(self) -> tuple[Role, ...]:
        track_order = list(Track)
        return tuple(
            sorted(
                self.roles.values(),
                key=lambda r: (track_order.index(r.track), r.level is None, r.level or 0, r.title),
            )
        )

    def sorted_roles(self) -> list[Role]:
        """Roles by track, then level (ungraded last), then title (sorted once per catalog)."""
        return list(self._ordered_roles)

    def pack_of(self, role: Role) -> Pack | None:
        return self.packs.get(role.pack)

    def pack_name(self, pack_id: str) -> str:
        pack = self.packs.get(pack_id)
        return pack.name if pack else pack_id

    @cached_property
    def _shared_titles(self) -> frozenset[str]:
        seen: set[str] = set()
        shared: set[str] = set()
        for role in self.roles.values():
            key = " ".join(role.title.casefold().split())
            (shared if key in seen else seen).add(key)
        return frozenset(shared)

    @cached_property
    def _equivalents(self) -> dict[str, tuple[str, ...]]:
        linked: dict[str, dict[str, None]] = {}
        for role in self.roles.values():
            for other in role.equivalent_to:
                if other in self.roles and other != role.id:
                    linked.setdefault(role.id, {})[other] = None
                    linked.setdefault(other, {})[role.id] = None
        return {role_id: tuple(others) for role_id, others in linked.items()}

    def equivalents(self, role: Role) -> list[Role]:
        """Roles declared the same job as `role`, whichever of the two made the declaration."""
        return [self.roles[other] for other in self._equivalents.get(role.id, ())]

    def title_is_shared(self, role: Role) -> bool:
        return " ".join(role.title.casefold().split()) in self._shared_titles

    def display_title(self, role: Role) -> str:
        """The title, with the pack's name when another role has the same title."""
        return (
            f"{role.title} · {self.pack_name(role.pack)}"
            if self.title_is_shared(role) and role.pack
            else role.title
        )

    def __len__(self) -> int:
        return len(self.roles)


@dataclass(frozen=True)
class LoadResult:
    """The catalog, the errors (files or entries skipped) and the warnings (loaded, but check them)."""

    catalog: Catalog
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems
