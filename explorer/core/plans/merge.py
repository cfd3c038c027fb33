"""Bringing a mentor's review back into the plan, and setting the two views side by side.

The mentor's states become a MentorView beside the person's own assessments, never over them.
A review made for another plan, or against another version of the pack, is refused: its lines
may not mean what the plan's do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explorer.core.content.model import Catalog, Role
from explorer.core.plans.evidence import Readiness
from explorer.core.plans.mentor_view import MentorRating, MentorView, with_view
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import role_readiness
from explorer.core.plans.review_file import Review

DISAGREE, AGREE, UNRATED = "disagree", "agree", "unrated"


class MergeRefused(ValueError):
    """The review does not belong to this plan or this pack version; one line says which."""


def check_review(review: Review, name: str, plan: Plan, catalog: Catalog, where: str) -> None:
    if review.plan != name or review.plan_created != plan.created:
        raise MergeRefused(
            f"{where}: made for plan {review.plan!r} ({review.plan_title}), not for plan {name!r}; not merged"
        )
    pack = catalog.packs.get(review.pack)
    if pack is None:
        raise MergeRefused(f"{where}: made with pack {review.pack_label}, which is not loaded; not merged")
    if pack.version != review.pack_version:
        raise MergeRefused(
            f"{where}: made with pack {review.pack_label}, but {pack.id} {pack.version} is loaded; not merged"
        )


def merge_review(
    review: Review,
    name: str,
    plan: Plan,
    catalog: Catalog,
    *,
    where: str,
    mentor: str = "",
    today: dt.date | None = None,
) -> tuple[Plan, MentorView]:
    """The plan with the review's ratings kept as a mentor's view; raises MergeRefused."""
    check_review(review, name, plan, catalog, where)
    who = mentor.strip() or review.mentor.strip()
    if not who:
        raise MergeRefused(f"{where}: the review does not name its mentor; give one with --mentor NAME")
    ratings = tuple(
        MentorRating(line.ref, line.mentor_state, line.mentor_comment)
        for line in review.lines
        if line.mentor_state is not None
    )
    if not ratings:
        raise MergeRefused(f"{where}: the mentor has not rated any line yet; nothing merged")
    view = MentorView(who, today or dt.date.today(), ratings, f"{review.plan} · {review.pack_label}")
    return plan.touched(mentor_views=with_view(plan.mentor_views, view)), view


@dataclass(frozen=True)
class ViewLine:
    ref: str
    text: str
    own: Readiness | None
    mentor: Readiness | None
    comment: str = ""

    @property
    def kind(self) -> str:
        if self.mentor is None:
            return UNRATED
        return AGREE if self.mentor is self.own else DISAGREE

    def describe(self) -> str:
        """e.g. "you: evidenced, mentor: learning — 'not yet at senior scope'"."""
        own = self.own.label if self.own else "not assessed"
        mentor = self.mentor.label if self.mentor else "not rated"
        comment = f" — '{self.comment}'" if self.comment else ""
        return f"you: {own}, mentor: {mentor}{comment}"


def view_lines(plan: Plan, role: Role, view: MentorView) -> list[ViewLine]:
    """Each responsibility of `role` with both views: disagreements first, then agreements, then unrated."""
    lines = []
    for row in role_readiness(plan, role).in_role:
        rating = view.rating(row.ref)
        lines.append(
            ViewLine(
                row.ref,
                row.text,
                row.state,
                rating.state if rating else None,
                rating.comment if rating else "",
            )
        )
    order = {DISAGREE: 0, AGREE: 1, UNRATED: 2}
    return sorted(lines, key=lambda line: order[line.kind])


def latest_view(plan: Plan) -> MentorView | None:
    return max(plan.mentor_views, key=lambda view: view.date, default=None)
