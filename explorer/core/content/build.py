"""Turn a role table that passed the shape check into a Role, and the checks a shape cannot express."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from explorer.core.content.files import Located
from explorer.core.content.model import (
    Area,
    Experience,
    MoveKind,
    NextStep,
    Pack,
    Problem,
    Responsibility,
    Role,
    SalaryFigure,
    TitleNote,
    Track,
    YearsRange,
)
from explorer.core.content.packs import level_for

# A dict lookup rather than calling the enum: once per responsibility, it adds up at 100k.
_AREAS = {area.value: area for area in Area}


def _years(data: dict[str, Any], prefix: str) -> YearsRange:
    return YearsRange(data.get(f"{prefix}_years_min"), data.get(f"{prefix}_years_max"))


def _pinpoint(item: dict[str, Any]) -> tuple[str, ...]:
    """Where in its article a fact rests: one string or a list in the file, always a tuple here."""
    found = item.get("pinpoint")
    if found is None:
        return ()
    return (found,) if isinstance(found, str) else tuple(found)


def build_role(data: dict[str, Any], origin: Path | None = None, pack: Pack | None = None) -> Role:
    """Turn an already-validated role table into a Role of `pack`."""
    experience = data.get("experience", {})
    return Role(
        id=data["id"],
        title=data["title"],
        track=Track(data["track"]),
        level=level_for(pack, data),
        grade=str(data["grade"]) if "grade" in data else "",
        pack=pack.id if pack else "",
        equivalent_to=tuple(data.get("equivalent_to", ())),
        summary=data["summary"],
        aliases=tuple(data.get("aliases", ())),
        responsibilities=tuple(
            Responsibility(
                item["id"],
                item["text"],
                _AREAS[item["area"]],
                item.get("source"),
                item.get("competency", ""),
                explanation=item.get("explanation", ""),
                examples=tuple(item.get("examples", ())),
                importance=item.get("importance", ""),
                pinpoint=_pinpoint(item),
                editorial=item.get("editorial", False),
                grows_from=item.get("grows_from", ""),
            )
            for item in data.get("responsibilities", ())
        ),
        skills=tuple(data.get("skills", ())),
        watch_outs=tuple(data.get("watch_outs", ())),
        experience=Experience(
            in_product=_years(experience, "product"),
            leading=_years(experience, "leading"),
            notes=experience.get("notes", ""),
            sources=tuple(experience.get("sources", ())),
            pinpoint=_pinpoint(experience),
            editorial=experience.get("editorial", False),
        ),
        education=tuple(data.get("education", ())),
        salaries=tuple(
            SalaryFigure(
                of=item["of"],
                currency=item["currency"],
                period=item["period"],
                publisher=item["publisher"],
                date=item["date"],
                amount=item.get("amount"),
                low=item.get("low"),
                high=item.get("high"),
                location=item.get("location", ""),
                source=item.get("source"),
                pinpoint=_pinpoint(item),
                editorial=item.get("editorial", False),
            )
            for item in data.get("salary", ())
        ),
        reports_to=tuple(data.get("reports_to", ())),
        manages=tuple(data.get("manages", ())),
        next_steps=tuple(
            NextStep(
                item["to"],
                MoveKind(item["kind"]),
                item["advice"],
                item.get("typical_time", ""),
                item.get("source"),
                pinpoint=_pinpoint(item),
                editorial=item.get("editorial", False),
            )
            for item in data.get("next_steps", ())
        ),
        title_notes=tuple(
            TitleNote(
                item["text"],
                tuple(item.get("sources", ())),
                pinpoint=_pinpoint(item),
                editorial=item.get("editorial", False),
            )
            for item in data.get("title_notes", ())
        ),
        sources=tuple(data["sources"]),
        origin=origin,
    )


def role_semantics(data: dict[str, Any], located: Located) -> list[Problem]:
    """Checks a shape cannot express: unique responsibility ids, sane ranges, salary figures."""
    problems = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("responsibilities", ())):
        if item["id"] in seen:
            problems.append(
                located.problem(
                    ("responsibilities", index, "id"), f"duplicate responsibility id {item['id']!r}"
                )
            )
        seen.add(item["id"])
    for index, item in enumerate(data.get("salary", ())):
        if not any(key in item for key in ("amount", "low", "high")):
            problems.append(located.problem(("salary", index), "salary needs an amount, or low and high"))
        elif ("low" in item) != ("high" in item):
            problems.append(located.problem(("salary", index), "a salary range needs both low and high"))
        elif "low" in item and item["low"] > item["high"]:
            problems.append(located.problem(("salary", index, "low"), "salary low is above high"))
    experience = data.get("experience", {})
    for prefix in ("product", "leading"):
        low, high = experience.get(f"{prefix}_years_min"), experience.get(f"{prefix}_years_max")
        if low is not None and high is not None and low > high:
            problems.append(
                located.problem(
                    ("experience", f"{prefix}_years_min"), f"{prefix}_years_min is above {prefix}_years_max"
                )
            )
    return problems
