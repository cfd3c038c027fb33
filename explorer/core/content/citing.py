"""A role's sources as a reader sees them: numbered, each with the places in it that facts rest on.

The numbers are the role's citation numbers ([1] is the first of `Role.cited_sources`). A fact
citing several sources with as many pinpoints pairs them in order; otherwise each of its pinpoints
is listed under each source it cites. Editorial facts get no number: they are the library's own
reading, listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.content.grounding import PlacedFact, citations, facts
from explorer.core.content.model import (
    Catalog,
    Experience,
    NextStep,
    Responsibility,
    Role,
    SalaryFigure,
    Source,
    TitleNote,
)
from explorer.core.content.validate import format_path

OUR_READING = "Our reading"  # how an editorial fact is introduced wherever it is shown


@dataclass(frozen=True)
class Place:
    """Where in an article one fact rests: the fact (as in its file, and in the library's words) and the words."""

    fact: str  # key path in the role file, e.g. "responsibilities[2]"
    label: str
    pinpoint: str


@dataclass(frozen=True)
class CitedSource:
    number: int
    source: Source
    places: tuple[Place, ...] = ()


def fact_label(
    catalog: Catalog, fact: Responsibility | NextStep | TitleNote | SalaryFigure | Experience
) -> str:
    """The fact in the library's own words, short enough for a list."""
    if isinstance(fact, Responsibility):
        return fact.text
    if isinstance(fact, NextStep):
        target = catalog.get(fact.to)
        return f"Next step → {target.title if target else fact.to}"
    if isinstance(fact, TitleNote):
        return fact.text
    if isinstance(fact, SalaryFigure):
        return f"Pay: {fact.describe_amount()}, {fact.of}"
    return f"Experience asked: {fact.describe()}"


def _pairs(item: PlacedFact) -> list[tuple[str, str]]:
    """(source id, pinpoint) for each place the fact rests on."""
    cited = citations(item.fact)
    pinpoints = item.fact.pinpoint
    if len(cited) > 1 and len(pinpoints) == len(cited):
        return list(zip(cited, pinpoints))
    return [(source, words) for source in cited for words in pinpoints]


def cited_sources(catalog: Catalog, role: Role) -> list[CitedSource]:
    """The role's sources that the catalog knows, numbered, each with the places the role's facts rest on."""
    places: dict[str, list[Place]] = {}
    for item in facts(role):
        label = fact_label(catalog, item.fact)
        for source_id, words in _pairs(item):
            places.setdefault(source_id, []).append(Place(format_path(item.key_path), label, words))
    return [
        CitedSource(number, catalog.sources[source_id], tuple(places.get(source_id, ())))
        for number, source_id in enumerate(role.cited_sources(), start=1)
        if source_id in catalog.sources
    ]


def our_reading(catalog: Catalog, role: Role) -> list[tuple[str, str]]:
    """(key path, the fact in the library's words) for each editorial fact of the role."""
    return [
        (format_path(item.key_path), fact_label(catalog, item.fact))
        for item in facts(role)
        if item.fact.editorial
    ]


def our_reading_note(count: int) -> str:
    """The line under a role's sources that says how many of its facts no article states."""
    facts_word = "fact is" if count == 1 else "facts are"
    return f"{count} {facts_word} marked “{OUR_READING}”: no article states them, so they carry no number."
