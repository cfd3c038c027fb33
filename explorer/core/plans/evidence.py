"""Self-assessment and evidence: how far along you are with each responsibility, and what shows it.

Both are kept per responsibility reference, "role-id#responsibility-id", so they belong to a
role rather than to the plan's current target: change the target and the new one shows its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from explorer.core.content.spec import LINK_PATTERN, RESPONSIBILITY_REF_PATTERN


class Readiness(StrEnum):
    NOT_YET = "not-yet"
    LEARNING = "learning"
    DOING = "doing-it"
    EVIDENCED = "evidenced"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")

    def next(self) -> Readiness:
        order = list(Readiness)
        return order[(order.index(self) + 1) % len(order)]

    def previous(self) -> Readiness:
        order = list(Readiness)
        return order[(order.index(self) - 1) % len(order)]


def responsibility_ref(role_id: str, responsibility_id: str) -> str:
    return f"{role_id}#{responsibility_id}"


def split_ref(ref: str) -> tuple[str, str]:
    role_id, _, responsibility_id = ref.partition("#")
    return role_id, responsibility_id


def is_ref(text: str) -> bool:
    return re.match(RESPONSIBILITY_REF_PATTERN, text) is not None and "\n" not in text


def is_link(text: str) -> bool:
    return re.match(LINK_PATTERN, text) is not None


@dataclass(frozen=True)
class Assessment:
    responsibility: str  # "role-id#responsibility-id"
    state: Readiness
    text: str  # the responsibility's words when assessed, shown if the content later drops it
    area: str = ""
    updated: dt.date | None = None


@dataclass(frozen=True)
class Evidence:
    id: str
    date: dt.date
    action: str  # what the person did
    situation: str = ""
    result: str = ""
    link: str = ""
    supports: tuple[str, ...] = ()

    def summary(self, width: int = 80) -> str:
        """One line: the action, shortened to `width` characters."""
        line = " ".join(self.action.split())
        return line if len(line) <= width else line[: width - 1].rstrip() + "…"

    def linked(self, ref: str, on: bool) -> Evidence:
        supports = tuple(r for r in self.supports if r != ref)
        return replace(self, supports=(*supports, ref) if on else supports)


def next_evidence_id(entries: tuple[Evidence, ...]) -> str:
    """e1, e2, …: one more than the highest number used, so an id is never reused."""
    numbers = [int(e.id[1:]) for e in entries if re.fullmatch(r"e[0-9]{1,9}", e.id)]
    return f"e{max(numbers, default=0) + 1}"


def assessments_to_data(assessments: tuple[Assessment, ...]) -> list[dict[str, Any]]:
    rows = []
    for item in assessments:
        row: dict[str, Any] = {
            "responsibility": item.responsibility,
            "state": item.state.value,
            "text": item.text,
        }
        if item.area:
            row["area"] = item.area
        if item.updated:
            row["updated"] = item.updated
        rows.append(row)
    return rows


def evidence_to_data(entries: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    rows = []
    for entry in entries:
        row: dict[str, Any] = {"id": entry.id, "date": entry.date}
        for key in ("situation", "action", "result", "link"):
            if getattr(entry, key):
                row[key] = getattr(entry, key)
        if entry.supports:
            row["supports"] = list(entry.supports)
        rows.append(row)
    return rows


def assessments_from_data(rows: list[dict[str, Any]]) -> tuple[Assessment, ...]:
    return tuple(
        Assessment(r["responsibility"], Readiness(r["state"]), r["text"], r.get("area", ""), r.get("updated"))
        for r in rows
    )


def evidence_from_data(rows: list[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            r["id"],
            r["date"],
            r["action"],
            r.get("situation", ""),
            r.get("result", ""),
            r.get("link", ""),
            tuple(dict.fromkeys(r.get("supports", ()))),
        )
        for r in rows
    )


def duplicate_problem(data: dict[str, Any]) -> tuple[str, tuple[str | int, ...]] | None:
    """The first repeated evidence id or assessed responsibility, as (message, key path)."""
    for key, field in (("evidence", "id"), ("assessments", "responsibility")):
        seen: set[str] = set()
        for index, row in enumerate(data.get(key, ())):
            if row[field] in seen:
                return f"{key}[{index}].{field} {row[field]!r} appears twice", (key, index, field)
            seen.add(row[field])
    return None


def evidence_jsonable(entry: Evidence) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.date.isoformat(),
        "situation": entry.situation,
        "action": entry.action,
        "result": entry.result,
        "link": entry.link,
        "supports": list(entry.supports),
    }
