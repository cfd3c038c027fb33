"""The lines search looks through: every searchable line of every role, labelled by its kind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

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


PAY_KEYWORDS = ("pay", "salary")


def docs_of(catalog: Catalog) -> Iterable[SearchDoc]:
    for role in catalog.sorted_roles():
        yield from role_docs(catalog, role)


def role_docs(catalog: Catalog, role: Role) -> Iterable[SearchDoc]:
    yield SearchDoc(HitKind.TITLE, role.id, role.title)
    for alias in role.aliases:
        yield SearchDoc(HitKind.ALIAS, role.id, alias)
    for responsibility in role.responsibilities:
        yield SearchDoc(HitKind.RESPONSIBILITY, role.id, responsibility.text, responsibility.id)
        for example in responsibility.examples:
            yield SearchDoc(HitKind.EXAMPLE, role.id, example, responsibility.id)
    for skill in role.skills:
        yield SearchDoc(HitKind.SKILL, role.id, skill)
    for figure in role.salaries:
        yield SearchDoc(HitKind.PAY, role.id, figure.describe(), keywords=PAY_KEYWORDS)
    for step in role.next_steps:
        target = catalog.get(step.to)
        if target is not None:
            yield SearchDoc(HitKind.ADVICE, role.id, step.advice, context=target.title)
    if role.experience.notes:
        yield SearchDoc(HitKind.EXPERIENCE, role.id, role.experience.notes)
    for line in role.education:
        yield SearchDoc(HitKind.EDUCATION, role.id, line)
    for note in role.title_notes:
        yield SearchDoc(HitKind.TITLE_NOTE, role.id, note.text)
    yield SearchDoc(HitKind.SUMMARY, role.id, role.summary)
