"""What each fact of a role rests on: the words of its article (a pinpoint), or the library's own reading.

A fact is a responsibility, a next step, a title note, a pay line, or the experience table. The
checks here run once every pack is merged (a `grows_from` may name a role in another file): a
pinpoint of the wrong size, a citation on an editorial fact and a link to an unknown duty are
errors that drop the bad part and keep the rest of the role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from explorer.core.content.advice import warning
from explorer.core.content.files import Located
from explorer.core.content.model import (
    Experience,
    NextStep,
    Problem,
    Responsibility,
    Role,
    SalaryFigure,
    TitleNote,
)
from explorer.core.content.spec import PINPOINT_WORDS, KeyPath

Fact = Responsibility | NextStep | TitleNote | SalaryFigure | Experience

# Past this many "neither pinpoint nor editorial" warnings in one file, one line counts the rest.
MAX_UNGROUNDED_WARNINGS = 5


@dataclass(frozen=True)
class PlacedFact:
    key_path: KeyPath
    fact: Fact


def citations(fact: Fact) -> tuple[str, ...]:
    """The source ids a fact cites."""
    if isinstance(fact, (TitleNote, Experience)):
        return fact.sources
    return (fact.source,) if fact.source else ()


def experience_is_stated(experience: Experience) -> bool:
    """Whether the experience table says anything (the default, empty table is no fact)."""
    return experience != Experience()


def facts(role: Role) -> Iterator[PlacedFact]:
    """Every fact of the role, with the key path of its table in the role's file."""
    tables: tuple[tuple[str, tuple[Fact, ...]], ...] = (
        ("responsibilities", role.responsibilities),
        ("next_steps", role.next_steps),
        ("title_notes", role.title_notes),
        ("salary", role.salaries),
    )
    for key, items in tables:
        for index, item in enumerate(items):
            yield PlacedFact((key, index), item)
    if experience_is_stated(role.experience):
        yield PlacedFact(("experience",), role.experience)


def is_grounded(fact: Fact) -> bool:
    return bool(fact.pinpoint) or fact.editorial


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def normal_words(text: str) -> str:
    """Text as a pinpoint is matched: case, quote and dash kinds ignored, whitespace collapsed."""
    return " ".join(_DASHES.sub("-", text.translate(_QUOTES)).casefold().split())


def found_in(pinpoint: str, article: str) -> bool:
    """Whether the pinpoint's words stand, in this order and together, in the article.

    `article` must already be `normal_words` of the article text; whole words only, so
    "scope of" does not match inside "telescope offers".
    """
    words = normal_words(pinpoint)
    start = article.find(words)
    while start != -1:
        end = start + len(words)
        before = article[start - 1] if start else " "
        after = article[end] if end < len(article) else " "
        if not (before.isalnum() or after.isalnum()):
            return True
        start = article.find(words, start + 1)
    return False


def word_count(pinpoint: str) -> int:
    return len(pinpoint.split())


def check_grounding(
    role: Role, located: Located, roles: dict[str, Role], problems: list[Problem], warnings: list[Problem]
) -> Role:
    """Report wrong pinpoints, cited editorial facts and unknown `grows_from`; drop those parts.

    A `grows_from` into a role that another pack has since replaced is a warning, not an error:
    the file was right about the role it was written against."""
    every: tuple[Fact, ...] = (
        *role.responsibilities,
        *role.next_steps,
        *role.title_notes,
        *role.salaries,
        role.experience,
    )
    if not any(fact.pinpoint or fact.editorial for fact in every) and not any(
        r.grows_from for r in role.responsibilities
    ):
        return role  # a pack without the fields: nothing to check, nothing to copy
    if not any(_checked(item.fact)[1] for item in facts(role)) and not any(
        r.grows_from and not _grows_from_known(r.grows_from, roles) for r in role.responsibilities
    ):
        return role  # the usual case: nothing to report, nothing to copy
    fixed: dict[KeyPath, Any] = {}
    for item in facts(role):
        fact, found = _checked(item.fact)
        problems.extend(located.problem(item.key_path + key_path, message) for key_path, message in found)
        if (
            isinstance(fact, Responsibility)
            and fact.grows_from
            and not _grows_from_known(fact.grows_from, roles)
        ):
            other = roles.get(fact.grows_from.partition("#")[0])
            if other is not None and other.pack != role.pack:
                message = (
                    f"grows_from {fact.grows_from!r}: the {other.id!r} of pack {other.pack!r} has no such "
                    "responsibility; the link is not used"
                )
                warnings.append(warning(located, item.key_path + ("grows_from",), message))
            else:
                message = f"grows_from refers to unknown responsibility {fact.grows_from!r}"
                problems.append(located.problem(item.key_path + ("grows_from",), message))
            fact = replace(fact, grows_from="")
        fixed[item.key_path] = fact

    def rebuilt(key: str, items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(fixed[(key, index)] for index in range(len(items)))

    return replace(
        role,
        responsibilities=rebuilt("responsibilities", role.responsibilities),
        next_steps=rebuilt("next_steps", role.next_steps),
        title_notes=rebuilt("title_notes", role.title_notes),
        salaries=rebuilt("salary", role.salaries),
        experience=fixed.get(("experience",), role.experience),
    )


def _grows_from_known(reference: str, roles: dict[str, Role]) -> bool:
    role_id, _, duty_id = reference.partition("#")
    role = roles.get(role_id)
    return role is not None and role.responsibility(duty_id) is not None


def _checked(fact: Fact) -> tuple[Fact, list[tuple[KeyPath, str]]]:
    """The fact with its wrong parts dropped, and (key path within the fact, message) per problem."""
    found: list[tuple[KeyPath, str]] = []
    low, high = PINPOINT_WORDS
    kept = []
    for index, words in enumerate(fact.pinpoint):
        count = word_count(words)
        if low <= count <= high:
            kept.append(words)
            continue
        where: KeyPath = ("pinpoint", index) if len(fact.pinpoint) > 1 else ("pinpoint",)
        shown = words if len(words) <= 60 else words[:59] + "…"
        found.append((where, f"pinpoint {shown!r} has {count} words; a pinpoint is {low} to {high} words"))
    cited = citations(fact)
    several = isinstance(fact, (TitleNote, Experience))
    if fact.editorial and cited:
        key = "sources" if several else "source"
        message = (
            f"editorial = true is the library's own reading and cites no source; remove {key} or editorial"
        )
        found.append(((key,), message))
    if fact.editorial and fact.pinpoint:
        message = "editorial = true rests on no article's words; remove pinpoint or editorial"
        found.append((("pinpoint",), message))
        kept = []
    if not found:
        return fact, found
    fixed = replace(fact, pinpoint=tuple(kept))
    if fact.editorial and isinstance(fixed, (TitleNote, Experience)):
        fixed = replace(fixed, sources=())
    elif fact.editorial and isinstance(fixed, (Responsibility, NextStep, SalaryFigure)):
        fixed = replace(fixed, source=None)
    return fixed, found


def ungrounded_warnings(roles: dict[str, Role], located: dict[str, Located]) -> list[Problem]:
    """A warning per fact with neither a pinpoint nor `editorial = true` (a few per file, then a count)."""
    found: list[Problem] = []
    for role_id, role in roles.items():
        missing = [item for item in facts(role) if not is_grounded(item.fact)]
        where = located[role_id]
        for item in missing[:MAX_UNGROUNDED_WARNINGS]:
            found.append(
                warning(
                    where,
                    item.key_path,
                    "fact has neither a pinpoint (3 to 8 words of its article) nor editorial = true",
                )
            )
        if len(missing) > MAX_UNGROUNDED_WARNINGS:
            found.append(
                warning(
                    where,
                    (),
                    f"{len(missing) - MAX_UNGROUNDED_WARNINGS} more facts in this file have neither "
                    "a pinpoint nor editorial = true",
                )
            )
    return found
