"""A mentor's view of a plan: their state and comment per responsibility, kept beside the person's own.

A view is dated and named by the mentor. It never replaces an assessment: the person's own
states stay in `assessments`, and every reader shows the two side by side.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from explorer.core.plans.evidence import Readiness


@dataclass(frozen=True)
class MentorRating:
    responsibility: str  # "role-id#responsibility-id"
    state: Readiness
    comment: str = ""


@dataclass(frozen=True)
class MentorView:
    mentor: str
    date: dt.date
    ratings: tuple[MentorRating, ...] = ()
    source: str = ""  # the review file's plan and pack, as "plan name · pack id version"

    def rating(self, ref: str) -> MentorRating | None:
        return next((r for r in self.ratings if r.responsibility == ref), None)


def with_view(views: tuple[MentorView, ...], view: MentorView) -> tuple[MentorView, ...]:
    """`views` with `view` added; an earlier view by the same mentor is replaced (history keeps it)."""
    key = view.mentor.casefold()
    return (*(v for v in views if v.mentor.casefold() != key), view)


def views_to_data(views: tuple[MentorView, ...]) -> list[dict[str, Any]]:
    rows = []
    for view in views:
        row: dict[str, Any] = {"mentor": view.mentor, "date": view.date}
        if view.source:
            row["source"] = view.source
        ratings = []
        for rating in view.ratings:
            item: dict[str, Any] = {"responsibility": rating.responsibility, "state": rating.state.value}
            if rating.comment:
                item["comment"] = rating.comment
            ratings.append(item)
        if ratings:
            row["ratings"] = ratings
        rows.append(row)
    return rows


def views_from_data(rows: list[dict[str, Any]]) -> tuple[MentorView, ...]:
    return tuple(
        MentorView(
            row["mentor"],
            row["date"],
            tuple(
                MentorRating(r["responsibility"], Readiness(r["state"]), r.get("comment", ""))
                for r in row.get("ratings", ())
            ),
            row.get("source", ""),
        )
        for row in rows
    )


def views_jsonable(views: tuple[MentorView, ...]) -> list[dict[str, Any]]:
    return [
        {
            "mentor": view.mentor,
            "date": view.date.isoformat(),
            "source": view.source,
            "ratings": [
                {"responsibility": r.responsibility, "state": r.state.value, "comment": r.comment}
                for r in view.ratings
            ],
        }
        for view in views
    ]


def views_markdown(views: tuple[MentorView, ...]) -> list[str]:
    lines: list[str] = []
    for view in views:
        source = f" · from {view.source}" if view.source else ""
        lines += [f"## Mentor's view: {view.mentor} ({view.date.isoformat()}){source}", ""]
        for rating in view.ratings:
            comment = f" — {rating.comment}" if rating.comment else ""
            lines.append(f"- **{rating.state.label}** for `{rating.responsibility}`{comment}")
        lines.append("")
    return lines
