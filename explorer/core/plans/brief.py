"""The transition brief: a Markdown page for a manager or mentor.

Current → target, the route, a readiness table by area, the evidence under each
responsibility, the target's watch-outs, and the steps (done ones too, so progress shows)
with their dates. The person's words are escaped so a Markdown viewer shows them
literally; control characters are made visible.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from explorer.core.common.plural import counted
from explorer.core.common.textsafe import clean
from explorer.core.content.model import Catalog, Role
from explorer.core.plans.evidence import Evidence, is_link
from explorer.core.plans.merge import AGREE, DISAGREE, UNRATED, view_lines
from explorer.core.plans.model import Plan, StepStatus
from explorer.core.plans.readiness import GONE, Counts, RoleReadiness, role_readiness

# Brackets are escaped, so no link can form; parentheses alone make no Markdown and stay plain.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~])")
_NUMBERED = re.compile(r"^(\d+)\.\s+")


def md(text: str) -> str:
    """One line of the person's (or the content's) text, shown literally by Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(clean(text).split()))


def md_link(url: str) -> str:
    safe = "".join({"(": "%28", ")": "%29", "<": "%3C", ">": "%3E", " ": "%20"}.get(c, c) for c in clean(url))
    return f"[link]({safe})"


def _title(catalog: Catalog, role_id: str | None) -> str:
    if not role_id:
        return "(not set)"
    role = catalog.get(role_id)
    return role.title if role else f"{role_id} (not in the loaded content)"


def _table(readiness: RoleReadiness) -> list[str]:
    lines = [
        "| Area | Evidenced | Doing it | Learning | Not yet | Not assessed | Total |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def row(label: str, counts: Counts) -> str:
        cells = (
            counts.evidenced,
            counts.doing,
            counts.learning,
            counts.not_yet,
            counts.not_assessed,
            counts.total,
        )
        return f"| {label} | " + " | ".join(str(c) for c in cells) + " |"

    for area in readiness.areas():
        lines.append(row(md(area.capitalize()), readiness.counts(area)))
    lines.append(row("**All**", readiness.counts()))
    return lines


def _evidence_line(entry: Evidence, indent: str = "  ") -> str:
    parts = [f"{entry.date.isoformat()} ({md(entry.id)})"]
    if entry.situation:
        parts.append(f"Situation: {md(entry.situation)}")
    parts.append(f"Action: {md(entry.action)}")
    if entry.result:
        parts.append(f"Result: {md(entry.result)}")
    line = f"{indent}- " + " · ".join(parts)
    if entry.link and is_link(entry.link):
        line += f" · {md_link(entry.link)}"
    return line


def _responsibilities(readiness: RoleReadiness) -> list[str]:
    lines: list[str] = []
    groups = [
        (area.capitalize(), [r for r in readiness.in_role if r.area == area]) for area in readiness.areas()
    ]
    if readiness.gone:
        groups.append((f"{GONE.capitalize()} (kept from your plan)", readiness.gone))
    for heading, rows in groups:
        lines += [f"### {md(heading)}", ""]
        for row in rows:
            state = row.state.label if row.state else "not assessed"
            if row.without_entry:
                state += ", no entry linked yet"
            core = " (core)" if row.core else ""
            lines.append(f"- **{md(row.text)}**{core} — {state}")
            lines += [_evidence_line(entry) for entry in row.evidence]
        lines.append("")
    return lines


def _second_opinions(plan: Plan, role: Role) -> list[str]:
    """Each mentor's view beside the person's own: the disagreements in full, then the counts."""
    lines: list[str] = []
    for view in plan.mentor_views:
        rows = view_lines(plan, role, view)
        kinds = [row.kind for row in rows]
        lines += [f"## Second opinion: {md(view.mentor)} ({view.date.isoformat()})", ""]
        lines.append(
            f"{counted(kinds.count(DISAGREE), 'disagreement')}, {counted(kinds.count(AGREE), 'agreement')}, "
            f"{kinds.count(UNRATED)} not rated."
        )
        lines.append("")
        lines += [f"- {md(row.text)}: {md(row.describe())}" for row in rows if row.kind == DISAGREE]
        lines.append("")
    return lines


def _steps(plan: Plan) -> list[str]:
    lines = []
    for step in plan.steps:
        dates = []
        if step.target_date:
            dates.append(f"due {step.target_date.isoformat()}")
        if step.review_date:
            dates.append(f"review {step.review_date.isoformat()}")
        box = "x" if step.status is StepStatus.DONE else " "
        progress = " *(in progress)*" if step.status is StepStatus.IN_PROGRESS else ""
        lines.append(f"- [{box}] {md(step.text)}{progress}" + (f" — {', '.join(dates)}" if dates else ""))
    return lines


def _route_line(number: int, move: str) -> str:
    """A move as an item of a numbered list (a move that comes numbered keeps its number)."""
    found = _NUMBERED.match(move)
    if found:
        number, move = int(found.group(1)), move[found.end() :]
    return f"{number}. {md(move)}"


def transition_brief(
    plan: Plan, catalog: Catalog, route: Sequence[str] | None, today: dt.date | None = None
) -> str:
    """`route` is the list of moves from current to target, or None when the content records none."""
    today = today or dt.date.today()
    current, target = _title(catalog, plan.current_role), _title(catalog, plan.target_role)
    lines = [
        f"# Transition brief: {md(plan.title)}",
        "",
        f"**{md(current)} → {md(target)}**",
        "",
        (
            f"_Prepared on {today.isoformat()} with role-explorer. Readiness is the person's own assessment, "
            "shown as counts, not a score._"
        ),
        "",
    ]
    if plan.next_review:
        lines += [f"Next review of the plan: {plan.next_review.isoformat()}", ""]
    lines += ["## Route", ""]
    if route is None:
        lines.append(f"No recorded route from {md(current)} to {md(target)}.")
    elif not route:
        lines.append(
            "No moves needed."
            if plan.current_role and plan.current_role == plan.target_role
            else "Set both the current and the target role to see the route."
        )
    lines += [_route_line(number, move) for number, move in enumerate(route or (), start=1)]
    lines.append("")
    role = catalog.get(plan.target_role) if plan.target_role else None
    shown: set[str] = set()
    if role is None:
        lines += ["## Readiness", "", "No target role is set (or it is not in the loaded content).", ""]
    else:
        readiness = role_readiness(plan, role)
        lines += [f"## Readiness for {md(role.title)}", "", readiness.counts().summary() + ".", ""]
        lines += _table(readiness) + [""]
        lines += ["## Responsibilities and evidence", ""] + _responsibilities(readiness)
        lines += _second_opinions(plan, role)
        shown = {entry.id for row in readiness.rows for entry in row.evidence}
        if role.watch_outs:
            lines += [
                f"## Watch-outs for {md(role.title)}",
                "",
                "_How people at this level often go wrong._",
                "",
            ]
            lines += [f"- {md(text)}" for text in role.watch_outs] + [""]
    loose = [entry for entry in plan.evidence if entry.id not in shown]
    if loose:
        lines += ["## Other evidence", "", "_Not linked to a responsibility of the target yet._", ""]
        lines += [_evidence_line(entry, "") for entry in loose] + [""]
    done, total = plan.progress()
    lines += [f"## Steps ({done} of {total} done)" if total else "## Steps", ""]
    lines += _steps(plan) or ["No steps yet."]
    return "\n".join(lines).rstrip() + "\n"
