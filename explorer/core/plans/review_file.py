"""The mentor review file: what a mentor needs to give a second opinion on a plan, and nothing more.

It holds the plan's current and target roles, each target responsibility with the person's own
state, and the titles and dates of the evidence for it; the evidence's own words only when the
person asks for them. Never the plan's notes or steps. The mentor writes their state and comment
into the same file, which the person then merges back (merge.py).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import tomli_w

from explorer.core.common.atomic import atomic_write_text
from explorer.core.content.files import FileProblem, read_toml
from explorer.core.content.model import Catalog
from explorer.core.content.spec import (
    AREAS,
    READINESS_STATES,
    RESPONSIBILITY_REF_PATTERN,
    ListOf,
    Text,
    When,
    table,
)
from explorer.core.content.toml_lines import KeyLines
from explorer.core.content.validate import check
from explorer.core.plans.evidence import Readiness, split_ref
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import role_readiness

FORMAT = "role-explorer mentor review 1"
MAX_REVIEW_BYTES = 5 * 1024 * 1024
TITLE_WIDTH = 60
HOLDS = (
    "the plan's current and target roles; each responsibility of the target role with the "
    "person's own state; the titles and dates of the evidence for it"
)
HOLDS_EVIDENCE = "; the evidence's situation, action, result and link"
LEAVES_OUT = "the plan's notes and steps, and every other plan"
LEAVES_OUT_EVIDENCE = "; the evidence's own words (situation, action, result, link)"

_EVIDENCE = table(
    "One piece of the person's evidence.",
    required=("id", "title", "date"),
    id=Text("The evidence entry's id in the plan."),
    title=Text("A short title: the start of what the person did."),
    date=When("When it happened."),
    situation=Text("The situation (only with --with-evidence)."),
    action=Text("What the person did (only with --with-evidence)."),
    result=Text("What came of it (only with --with-evidence)."),
    link=Text("Where it can be seen (only with --with-evidence)."),
)
REVIEW_FILE = table(
    "A plan's responsibilities for a mentor to rate.",
    required=("format", "holds", "leaves_out", "plan", "plan_title", "plan_created", "made", "pack"),
    format=Text("What the file is.", choices=(FORMAT,)),
    holds=Text("What the file holds."),
    leaves_out=Text("What the file leaves out."),
    plan=Text("The name of the plan it was made from."),
    plan_title=Text("The plan's title."),
    plan_created=When("When that plan was made: it tells the plan apart from one of the same name.", True),
    made=When("When the file was made.", True),
    pack=Text("The content pack of the target role."),
    pack_version=Text("That pack's version."),
    current_role=Text("Where the person is now: role id."),
    current_title=Text("Where the person is now: title."),
    target_role=Text("Where the person wants to be: role id."),
    target_title=Text("Where the person wants to be: title."),
    mentor=Text("The mentor's name, as they give it."),
    responsibilities=ListOf(
        table(
            "One responsibility of the target role.",
            required=("ref", "text"),
            ref=Text("role-id#responsibility-id.", pattern=RESPONSIBILITY_REF_PATTERN),
            text=Text("The responsibility."),
            area=Text("Kind of work.", choices=AREAS),
            importance=Text("As the pack marks it.", choices=("core", "supporting")),
            own_state=Text("The person's own state.", choices=READINESS_STATES),
            mentor_state=Text("The mentor's state.", choices=READINESS_STATES),
            mentor_comment=Text("The mentor's comment."),
            evidence=ListOf(_EVIDENCE),
        )
    ),
)


class ReviewError(ValueError):
    """A review file that cannot be used; the message is one line naming the file (and line)."""


@dataclass(frozen=True)
class ReviewEvidence:
    id: str
    title: str
    date: dt.date
    situation: str = ""
    action: str = ""
    result: str = ""
    link: str = ""


@dataclass(frozen=True)
class ReviewLine:
    ref: str
    text: str
    area: str = ""
    importance: str = ""
    own_state: Readiness | None = None
    evidence: tuple[ReviewEvidence, ...] = ()
    mentor_state: Readiness | None = None
    mentor_comment: str = ""


@dataclass(frozen=True)
class Review:
    plan: str
    plan_title: str
    plan_created: dt.datetime
    made: dt.datetime
    pack: str
    pack_version: str = ""
    current_role: str = ""
    current_title: str = ""
    target_role: str = ""
    target_title: str = ""
    mentor: str = ""
    lines: tuple[ReviewLine, ...] = ()
    holds: str = HOLDS
    leaves_out: str = LEAVES_OUT + LEAVES_OUT_EVIDENCE

    @property
    def pack_label(self) -> str:
        return f"{self.pack} {self.pack_version}".strip()

    def line(self, wanted: str) -> ReviewLine:
        """A line by its reference, or by the responsibility id alone; LookupError names what is there."""
        wanted = wanted.strip()
        for item in self.lines:
            if wanted in (item.ref, split_ref(item.ref)[1]):
                return item
        known = ", ".join(split_ref(item.ref)[1] for item in self.lines) or "none"
        raise LookupError(f"no responsibility {wanted!r} in this review (it has: {known})")


def _title(action: str) -> str:
    line = " ".join(action.split())
    return line if len(line) <= TITLE_WIDTH else line[: TITLE_WIDTH - 1].rstrip() + "…"


def make_review(name: str, plan: Plan, catalog: Catalog, *, with_evidence: bool = False) -> Review:
    """The review file for plan `name`; raises LookupError when its target role is not loaded."""
    target = catalog.get(plan.target_role or "")
    if target is None:
        raise LookupError(f"plan {name} has no target role in the loaded content; set one first")
    current = catalog.get(plan.current_role or "")
    pack = catalog.packs.get(target.pack)
    lines = []
    for row in role_readiness(plan, target).in_role:
        responsibility = target.responsibility(split_ref(row.ref)[1])
        evidence = tuple(
            ReviewEvidence(e.id, _title(e.action), e.date)
            if not with_evidence
            else ReviewEvidence(e.id, _title(e.action), e.date, e.situation, e.action, e.result, e.link)
            for e in row.evidence
        )
        importance = responsibility.importance if responsibility else ""
        lines.append(ReviewLine(row.ref, row.text, row.area, importance, row.state, evidence))
    return Review(
        plan=name,
        plan_title=plan.title,
        plan_created=plan.created,
        made=dt.datetime.now(dt.UTC).replace(microsecond=0),
        pack=target.pack or "library",
        pack_version=pack.version if pack else "",
        current_role=current.id if current else "",
        current_title=current.title if current else "",
        target_role=target.id,
        target_title=target.title,
        lines=tuple(lines),
        holds=HOLDS + (HOLDS_EVIDENCE if with_evidence else ""),
        leaves_out=LEAVES_OUT + ("" if with_evidence else LEAVES_OUT_EVIDENCE),
    )


def _put(row: dict[str, Any], **values: Any) -> dict[str, Any]:
    """`row` with each value that is set (the format has no empty strings)."""
    row.update({key: value for key, value in values.items() if value})
    return row


def review_to_toml(review: Review) -> str:
    data = _put(
        {"format": FORMAT, "holds": review.holds, "leaves_out": review.leaves_out},
        plan=review.plan,
        plan_title=review.plan_title,
        plan_created=review.plan_created,
        made=review.made,
        pack=review.pack,
        pack_version=review.pack_version,
        current_role=review.current_role,
        current_title=review.current_title,
        target_role=review.target_role,
        target_title=review.target_title,
        mentor=review.mentor,
    )
    rows = []
    for item in review.lines:
        evidence = [
            _put(
                {"id": e.id, "title": e.title, "date": e.date},
                situation=e.situation,
                action=e.action,
                result=e.result,
                link=e.link,
            )
            for e in item.evidence
        ]
        rows.append(
            _put(
                {"ref": item.ref, "text": item.text},
                area=item.area,
                importance=item.importance,
                own_state=item.own_state.value if item.own_state else "",
                mentor_state=item.mentor_state.value if item.mentor_state else "",
                mentor_comment=item.mentor_comment,
                evidence=evidence,
            )
        )
    if rows:
        data["responsibilities"] = rows
    plan, holds, leaves_out = (
        " ".join(text.split()) for text in (review.plan, review.holds, review.leaves_out)
    )
    header = (
        f"# A role-explorer review file for a mentor, made from the plan '{plan}'.\n"
        f"# It holds: {holds}.\n"
        f"# It leaves out: {leaves_out}.\n"
        "# Rate a line: role-explorer plan review FILE RESPONSIBILITY STATE --comment TEXT\n"
    )
    return header + tomli_w.dumps(data, multiline_strings=True)


def _state(value: str | None) -> Readiness | None:
    return Readiness(value) if value else None


def review_from_data(data: dict[str, Any]) -> Review:
    """The review in `data`, already checked against REVIEW_FILE."""
    return Review(
        plan=data["plan"],
        plan_title=data["plan_title"],
        plan_created=data["plan_created"],
        made=data["made"],
        pack=data["pack"],
        pack_version=data.get("pack_version", ""),
        current_role=data.get("current_role", ""),
        current_title=data.get("current_title", ""),
        target_role=data.get("target_role", ""),
        target_title=data.get("target_title", ""),
        mentor=data.get("mentor", ""),
        holds=data["holds"],
        leaves_out=data["leaves_out"],
        lines=tuple(
            ReviewLine(
                r["ref"],
                r["text"],
                r.get("area", ""),
                r.get("importance", ""),
                _state(r.get("own_state")),
                tuple(
                    ReviewEvidence(
                        e["id"],
                        e["title"],
                        e["date"],
                        e.get("situation", ""),
                        e.get("action", ""),
                        e.get("result", ""),
                        e.get("link", ""),
                    )
                    for e in r.get("evidence", ())
                ),
                _state(r.get("mentor_state")),
                r.get("mentor_comment", ""),
            )
            for r in data.get("responsibilities", ())
        ),
    )


def read_review(path: Path) -> Review:
    """The review file at `path`; ReviewError names the file and line of the first problem."""
    try:
        data, text = read_toml(path, MAX_REVIEW_BYTES)
    except FileProblem as error:
        if not path.exists():
            raise ReviewError(f"{path}: no such file") from None
        raise ReviewError(str(error.problem)) from None
    problems = check(data, REVIEW_FILE)
    if problems:
        line = KeyLines(text).line_of(problems[0].path)
        where = f"{path}:{line}" if line else str(path)
        raise ReviewError(f"{where}: not a review file: {problems[0].message}")
    return review_from_data(data)


def write_review(path: Path, review: Review, *, new: bool = False) -> None:
    """Write atomically (0600), parsed back before it replaces anything; `new` refuses an existing file."""
    if new and (path.exists() or path.is_symlink()):
        raise ReviewError(f"{path}: already exists; not overwritten (choose another --out)")
    text = review_to_toml(review)

    def verify(written: str) -> None:
        if review_from_data(tomllib.loads(written)) != review:
            raise ReviewError(f"{path}: the saved text did not read back as the same review; not saved")

    try:
        atomic_write_text(path, text, verify=verify, mode=0o600)
    except OSError as error:
        raise ReviewError(f"{path}: not saved ({error.strerror or error})") from None


def rate(
    review: Review, wanted: str, state: Readiness | None, comment: str | None = None, mentor: str = ""
) -> Review:
    """The review with one line rated by the mentor; None keeps the state, and the comment is kept
    unless a new one is given."""
    item = review.line(wanted)
    rated = replace(
        item,
        mentor_state=item.mentor_state if state is None else state,
        mentor_comment=item.mentor_comment if comment is None else comment.strip(),
    )
    lines = tuple(rated if line.ref == item.ref else line for line in review.lines)
    return replace(review, lines=lines, mentor=mentor.strip() or review.mentor)


__all__ = [
    "FORMAT",
    "Review",
    "ReviewError",
    "ReviewEvidence",
    "ReviewLine",
    "make_review",
    "rate",
    "read_review",
    "review_to_toml",
    "write_review",
]
