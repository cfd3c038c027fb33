"""A plan's review and due dates as an iCalendar (.ics) file of all-day events.

- No alarms: calendar apps ignore them on import, so none are written.
- UIDs are stable: they come from the plan's name, the kind of date and the step's text,
  so importing the file again updates the events instead of adding copies.
- Text is escaped as RFC 5545 asks and lines are folded at 75 octets, with CRLF endings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass

from explorer.core.common.textsafe import clean
from explorer.core.plans.model import Plan, StepStatus

PRODID = "-//role-explorer//transition plan//EN"
UID_DOMAIN = "role-explorer.invalid"


@dataclass(frozen=True)
class DatedEvent:
    uid: str
    day: dt.date
    summary: str
    description: str = ""


def plan_events(name: str, plan: Plan) -> list[DatedEvent]:
    """The plan's review date, and each open step's review and due dates (done steps are left out)."""
    events = []
    if plan.next_review:
        events.append(DatedEvent(_uid(name, "plan-review"), plan.next_review, f"Review plan: {plan.title}"))
    seen: Counter[str] = Counter()
    for step in plan.steps:
        seen[step.text] += 1
        if step.status is StepStatus.DONE:
            continue
        key = f"{step.text}\x00{seen[step.text]}"
        detail = f"Step of the plan {plan.title}"
        if step.review_date:
            events.append(
                DatedEvent(
                    _uid(name, "step-review", key), step.review_date, f"Review step: {step.text}", detail
                )
            )
        if step.target_date:
            events.append(
                DatedEvent(_uid(name, "step-due", key), step.target_date, f"Due: {step.text}", detail)
            )
    return events


def _uid(name: str, kind: str, key: str = "") -> str:
    digest = hashlib.sha256(f"{name}\x00{kind}\x00{key}".encode()).hexdigest()[:24]
    return f"{kind}-{digest}@{UID_DOMAIN}"


def escape_text(text: str) -> str:
    text = clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a character."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not pieces else 74  # continuation lines start with a space
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def plan_to_ics(name: str, plan: Plan) -> str:
    stamp = plan.updated.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(plan.title)}",
    ]
    for event in plan_events(name, plan):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
            "TRANSP:TRANSPARENT",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
