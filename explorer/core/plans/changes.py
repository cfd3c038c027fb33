"""What changed between two versions of a plan, in one short line.

Earlier versions are listed by time; this line lets a person pick the one they want
("notes +12 words · step ticked · evidence e1 added") without opening each.
"""

from __future__ import annotations

from collections.abc import Iterable

from explorer.core.common.plural import counted
from explorer.core.plans.model import Plan, StepStatus


def _count(parts: list[str], number: int, noun: str, verb: str) -> None:
    if number:
        parts.append(f"{counted(number, noun)} {verb}")


def _ids(parts: list[str], ids: Iterable[str], verb: str) -> None:
    found = sorted(ids)
    if found:
        parts.append(f"evidence {', '.join(found)} {verb}")


def _notes(before: str, after: str) -> str | None:
    if before == after:
        return None
    difference = len(after.split()) - len(before.split())
    if difference > 0:
        return f"notes +{counted(difference, 'word')}"
    if difference < 0:
        return f"notes −{counted(-difference, 'word')}"
    return "notes edited"


def describe_change(before: Plan, after: Plan) -> str:
    """How `after` differs from `before`, most telling first; "no change" when they are alike."""
    parts: list[str] = []
    if before.title != after.title:
        parts.append(f"renamed to “{after.title}”")
    for which in ("current", "target"):
        old, new = getattr(before, f"{which}_role"), getattr(after, f"{which}_role")
        if old != new:
            parts.append(f"{which} role {new or 'cleared'}")
    notes = _notes(before.notes, after.notes)
    if notes:
        parts.append(notes)
    old_steps = {step.text: step for step in before.steps}
    new_steps = {step.text: step for step in after.steps}
    _count(parts, len(new_steps.keys() - old_steps.keys()), "step", "added")
    _count(parts, len(old_steps.keys() - new_steps.keys()), "step", "removed")
    kept = old_steps.keys() & new_steps.keys()
    ticked = sum(
        new_steps[t].status is StepStatus.DONE and old_steps[t].status is not StepStatus.DONE for t in kept
    )
    _count(parts, ticked, "step", "ticked")
    other = sum(old_steps[t] != new_steps[t] for t in kept) - ticked
    _count(parts, other, "step", "changed")
    if [t for t in old_steps if t in kept] != [t for t in new_steps if t in kept]:
        parts.append("steps reordered")
    if before.next_review != after.next_review:
        parts.append("review date changed")
    old_states = {a.responsibility: a.state for a in before.assessments}
    new_states = {a.responsibility: a.state for a in after.assessments}
    _count(parts, sum(old_states.get(ref) != state for ref, state in new_states.items()), "duty", "assessed")
    _count(parts, len(old_states.keys() - new_states.keys()), "assessment", "removed")
    old_evidence = {e.id: e for e in before.evidence}
    new_evidence = {e.id: e for e in after.evidence}
    _ids(parts, new_evidence.keys() - old_evidence.keys(), "added")
    _ids(parts, old_evidence.keys() - new_evidence.keys(), "removed")
    _ids(
        parts,
        (i for i in old_evidence.keys() & new_evidence.keys() if old_evidence[i] != new_evidence[i]),
        "changed",
    )
    return " · ".join(parts) or "no change"
