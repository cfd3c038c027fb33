"""The lines search looks through: every searchable line of every role, labelled by its kind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING

from explorer.core.common.words import words
from explorer.core.search.jargon import CONCEPT_MARK

if TYPE_CHECKING:  # a search answered from the compiled cache never imports the model
    from explorer.core.content.model import Catalog, Role


class HitKind(IntEnum):
    """What a line is; a lower value wins ties (title > alias > responsibility > skill > … > summary)."""

    TITLE = 0
    ALIAS = 1
    RESPONSIBILITY = 2
    SKILL = 3
    PAY = 4
    ADVICE = 5
    EXPERIENCE = 6
    EDUCATION = 7
    TITLE_NOTE = 8
    SUMMARY = 9
    EXAMPLE = 10  # an example of a responsibility done well: a line of its own, found by its words

    @property
    def label(self) -> str:
        """How the kind is named to users, and in `--json`."""
        return _LABELS[self]


_LABELS = {
    HitKind.TITLE: "title",
    HitKind.ALIAS: "alias",
    HitKind.RESPONSIBILITY: "responsibility",
    HitKind.SKILL: "skill",
    HitKind.PAY: "pay",
    HitKind.ADVICE: "next step",
    HitKind.EXPERIENCE: "experience",
    HitKind.EDUCATION: "education",
    HitKind.TITLE_NOTE: "title note",
    HitKind.SUMMARY: "summary",
    HitKind.EXAMPLE: "example",
}


@dataclass(frozen=True, slots=True)  # slots: a large pack has hundreds of thousands of lines
class SearchDoc:
    """One searchable line. `keywords` are searched but not shown (a pay line answers "salary");
    `context` says where the line belongs (the role a next step leads to)."""

    kind: HitKind
    role_id: str
    text: str
    responsibility_id: str | None = None
    keywords: tuple[str, ...] = ()
    context: str = ""
    area: str = ""  # a responsibility's area; the facets and `area:` filter read these four
    track: str = ""
    level: int = 0  # 0: the role has no level
    pack: str = ""
    # The role a next step leads to (its id), kept so that JSON output can name it.
    target: str = ""


# What a line of each kind answers, beyond its own words ("how much does a cpo earn").
PAY_KEYWORDS = ("pay", "salary", "earn", "earns", "paid", "earnings", CONCEPT_MARK + "pay")
EXPERIENCE_KEYWORDS = ("experience", "years", CONCEPT_MARK + "experience")
EDUCATION_KEYWORDS = ("education", "degree", "qualification", "qualifications")
SKILL_KEYWORDS = ("skill", "skills")
RESPONSIBILITY_KEYWORDS = ("duty", "duties", "responsibility", "responsibilities")


def docs_of(catalog: Catalog) -> Iterable[SearchDoc]:
    for role in catalog.sorted_roles():
        yield from role_docs(catalog, role)


def role_docs(catalog: Catalog, role: Role) -> Iterable[SearchDoc]:
    doc = partial(SearchDoc, track=str(role.track), level=role.level or 0, pack=role.pack)
    yield doc(HitKind.TITLE, role.id, role.title)
    for alias in role.aliases:
        yield doc(HitKind.ALIAS, role.id, alias)
    for responsibility in role.responsibilities:
        # The area's name and the team's competency name are searched, as synonyms.
        area_words = tuple(dict.fromkeys(words(f"{responsibility.area} {responsibility.competency}")))
        yield doc(
            HitKind.RESPONSIBILITY,
            role.id,
            responsibility.text,
            responsibility.id,
            keywords=RESPONSIBILITY_KEYWORDS + tuple(CONCEPT_MARK + word for word in area_words),
            area=str(responsibility.area),
        )
        for example in responsibility.examples:
            yield doc(HitKind.EXAMPLE, role.id, example, responsibility.id, area=str(responsibility.area))
    for skill in role.skills:
        yield doc(HitKind.SKILL, role.id, skill, keywords=SKILL_KEYWORDS)
    for figure in role.salaries:
        yield doc(HitKind.PAY, role.id, figure.describe(), keywords=PAY_KEYWORDS)
    for step in role.next_steps:
        target = catalog.get(step.to)
        if target is not None:
            yield doc(HitKind.ADVICE, role.id, step.advice, context=target.title, target=target.id)
    if role.experience.notes:
        yield doc(HitKind.EXPERIENCE, role.id, role.experience.notes, keywords=EXPERIENCE_KEYWORDS)
    for line in role.education:
        yield doc(HitKind.EDUCATION, role.id, line, keywords=EDUCATION_KEYWORDS)
    for note in role.title_notes:
        yield doc(HitKind.TITLE_NOTE, role.id, note.text)
    yield doc(HitKind.SUMMARY, role.id, role.summary)
