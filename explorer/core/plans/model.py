"""Personal transition plans: the model, and its TOML form."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import tomli_w

from explorer.core.common.textsafe import clean
from explorer.core.content.spec import PLAN_FILE, KeyPath
from explorer.core.content.validate import check, format_path
from explorer.core.plans.evidence import (
    Assessment,
    Evidence,
    assessments_from_data,
    assessments_to_data,
    duplicate_problem,
    evidence_from_data,
    evidence_jsonable,
    evidence_to_data,
)
from explorer.core.plans.mentor_view import (
    MentorView,
    views_from_data,
    views_jsonable,
    views_markdown,
    views_to_data,
)

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_NAME = 64


class StepStatus(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"

    def next(self) -> StepStatus:
        order = list(StepStatus)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def box(self) -> str:
        return {"not-started": "[ ]", "in-progress": "[~]", "done": "[x]"}[self.value]


@dataclass(frozen=True)
class PlanStep:
    text: str
    status: StepStatus = StepStatus.NOT_STARTED
    target_date: dt.date | None = None
    responsibility: str | None = None  # "role-id#responsibility-id"
    review_date: dt.date | None = None


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Plan:
    title: str
    created: dt.datetime = field(default_factory=now)
    updated: dt.datetime = field(default_factory=now)
    current_role: str | None = None
    target_role: str | None = None
    notes: str = ""
    steps: tuple[PlanStep, ...] = ()
    next_review: dt.date | None = None
    assessments: tuple[Assessment, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    mentor_views: tuple[MentorView, ...] = ()

    def touched(self, **changes: Any) -> Plan:
        """A copy with `changes` applied and `updated` set to now."""
        return replace(self, **changes, updated=now())

    def with_step(self, step: PlanStep) -> Plan:
        return self.touched(steps=(*self.steps, step))

    def progress(self) -> tuple[int, int]:
        return sum(s.status is StepStatus.DONE for s in self.steps), len(self.steps)


def plan_name(title: str) -> str:
    """A safe file stem for a plan title: no paths, no hidden files, no reserved names."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:MAX_NAME].strip("-")
    if not slug:
        slug = "plan"
    if slug.split("-")[0] in _RESERVED:
        slug = f"plan-{slug}"
    return slug


def plan_to_toml(plan: Plan) -> str:
    data: dict[str, Any] = {"title": plan.title}
    if plan.current_role:
        data["current_role"] = plan.current_role
    if plan.target_role:
        data["target_role"] = plan.target_role
    if plan.next_review:
        data["next_review"] = plan.next_review
    data["created"] = plan.created
    data["updated"] = plan.updated
    steps = []
    for step in plan.steps:
        item: dict[str, Any] = {"text": step.text, "status": step.status.value}
        if step.target_date:
            item["target_date"] = step.target_date
        if step.responsibility:
            item["responsibility"] = step.responsibility
        if step.review_date:
            item["review_date"] = step.review_date
        steps.append(item)
    if steps:
        data["steps"] = steps
    if plan.assessments:
        data["assessments"] = assessments_to_data(plan.assessments)
    if plan.evidence:
        data["evidence"] = evidence_to_data(plan.evidence)
    if plan.mentor_views:
        data["mentor_views"] = views_to_data(plan.mentor_views)
    # Notes last, as a readable multi-line string; tomli-w only writes one for text with newlines.
    if plan.notes:
        data["notes"] = plan.notes
    return tomli_w.dumps(data, multiline_strings=True)


class PlanFormatError(ValueError):
    """A plan document that parses as TOML but is not a plan; names the first bad key."""

    def __init__(self, message: str, key_path: KeyPath = ()) -> None:
        super().__init__(message)
        self.key_path = key_path


def plan_from_data(data: dict[str, Any]) -> Plan:
    problems = check(data, PLAN_FILE)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise PlanFormatError(problems[0].message + more, problems[0].path)
    duplicate = duplicate_problem(data)
    if duplicate:
        raise PlanFormatError(*duplicate)
    return Plan(
        title=data["title"],
        created=data["created"],
        updated=data["updated"],
        current_role=data.get("current_role"),
        target_role=data.get("target_role"),
        notes=data.get("notes", ""),
        next_review=data.get("next_review"),
        steps=tuple(
            PlanStep(
                s["text"],
                StepStatus(s["status"]),
                s.get("target_date"),
                s.get("responsibility"),
                s.get("review_date"),
            )
            for s in data.get("steps", ())
        ),
        assessments=assessments_from_data(data.get("assessments", [])),
        evidence=evidence_from_data(data.get("evidence", [])),
        mentor_views=views_from_data(data.get("mentor_views", [])),
    )


def plan_from_toml(text: str) -> Plan:
    return plan_from_data(tomllib.loads(text))


def unwritable_reason(plan: Plan, text: str, max_bytes: int) -> str | None:
    """Why `text` (the TOML of `plan`) could not be read back as the same plan, or None.

    The same limits the reader applies: valid UTF-8, at most `max_bytes`, every field within
    its schema length. Checked before writing, so a save never makes a file the app refuses.
    """
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return "it holds bytes that are not UTF-8 text (a mistyped or pasted character)"
    if size > max_bytes:
        return f"it would be {size:,} bytes; a plan over {max_bytes:,} bytes could not be opened again"
    try:
        back = plan_from_toml(text)
    except PlanFormatError as error:
        return str(error)
    except ValueError as error:  # tomllib's TOMLDecodeError
        return f"it does not read back as TOML ({error})"
    return None if back == plan else "it does not read back as the same plan"


def plan_to_markdown(plan: Plan, role_title: Callable[[str], str] = lambda role_id: role_id) -> str:
    lines = [f"# {plan.title}", ""]
    if plan.current_role or plan.target_role:
        here = role_title(plan.current_role) if plan.current_role else "?"
        there = role_title(plan.target_role) if plan.target_role else "?"
        lines += [f"**{here} → {there}**", ""]
    if plan.next_review:
        lines += [f"Next review: {plan.next_review.isoformat()}", ""]
    if plan.steps:
        done, total = plan.progress()
        lines += [f"## Steps ({done}/{total} done)", ""]
        for step in plan.steps:
            box = "x" if step.status is StepStatus.DONE else " "
            extra = " *(in progress)*" if step.status is StepStatus.IN_PROGRESS else ""
            due = f" — by {step.target_date.isoformat()}" if step.target_date else ""
            review = f" · review {step.review_date.isoformat()}" if step.review_date else ""
            lines.append(f"- [{box}] {step.text}{extra}{due}{review}")
            if step.responsibility:
                lines.append(f"  - for `{step.responsibility}`")
        lines.append("")
    if plan.assessments:
        lines += ["## Self-assessment", ""]
        for assessment in plan.assessments:
            when = f" ({assessment.updated.isoformat()})" if assessment.updated else ""
            area = f" · {assessment.area}" if assessment.area else ""
            lines.append(f"- **{assessment.state.label}**{when}: {assessment.text}{area}")
            lines.append(f"  - for `{assessment.responsibility}`")
        lines.append("")
    if plan.evidence:
        lines += ["## Evidence", ""]
        for entry in plan.evidence:
            lines.append(f"- {entry.date.isoformat()}: {entry.action}")
            for label, value in (
                ("Situation", entry.situation),
                ("Result", entry.result),
                ("Link", entry.link),
            ):
                if value:
                    lines.append(f"  - {label}: {value}")
            if entry.supports:
                lines.append(f"  - Supports: {', '.join(f'`{ref}`' for ref in entry.supports)}")
            lines.append(f"  - id: `{entry.id}`")
        lines.append("")
    lines += views_markdown(plan.mentor_views)
    if plan.notes.strip():
        lines += ["## Notes", "", plan.notes.rstrip(), ""]
    lines.append(f"_Created {plan.created.isoformat()}, updated {plan.updated.isoformat()}._")
    return clean("\n".join(lines) + "\n")  # a file or clipboard may reach a terminal: escapes shown


def plan_to_jsonable(plan: Plan) -> dict[str, Any]:
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "title": plan.title,
        "current_role": plan.current_role,
        "target_role": plan.target_role,
        "notes": plan.notes,
        "next_review": iso(plan.next_review),
        "created": iso(plan.created),
        "updated": iso(plan.updated),
        "steps": [
            {
                "text": s.text,
                "status": s.status.value,
                "target_date": iso(s.target_date),
                "responsibility": s.responsibility,
                "review_date": iso(s.review_date),
            }
            for s in plan.steps
        ],
        "assessments": [
            {
                "responsibility": a.responsibility,
                "state": a.state.value,
                "text": a.text,
                "area": a.area,
                "updated": iso(a.updated),
            }
            for a in plan.assessments
        ],
        "evidence": [evidence_jsonable(e) for e in plan.evidence],
        "mentor_views": views_jsonable(plan.mentor_views),
    }


__all__ = [
    "Plan",
    "PlanFormatError",
    "PlanStep",
    "StepStatus",
    "format_path",
    "plan_from_toml",
    "plan_name",
    "plan_to_jsonable",
    "plan_to_markdown",
    "plan_to_toml",
    "unwritable_reason",
]
