"""How ready am I for a role: each responsibility's state, counted honestly, never scored.

A responsibility counts as evidenced when an evidence entry supports it or the person marked it
so (the count then says how many have no entry yet). Assessments of responsibilities the
content no longer lists are kept and shown as "no longer in the role", outside the totals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from explorer.core.common.plural import counted
from explorer.core.content.model import Catalog, Responsibility, Role
from explorer.core.plans.evidence import (
    Assessment,
    Evidence,
    Readiness,
    is_ref,
    next_evidence_id,
    responsibility_ref,
    split_ref,
)
from explorer.core.plans.model import Plan

GONE = "no longer in the role"


@dataclass(frozen=True)
class ResponsibilityReadiness:
    ref: str
    text: str
    area: str
    assessed: Readiness | None
    evidence: tuple[Evidence, ...] = ()
    in_role: bool = True
    core: bool = False  # the pack marks the responsibility core
    examples: tuple[str, ...] = ()  # what doing it well looks like: prompts for logging evidence

    @property
    def state(self) -> Readiness | None:
        return Readiness.EVIDENCED if self.evidence else self.assessed

    @property
    def without_entry(self) -> bool:
        """Marked evidenced by the person, with no evidence entry linked yet."""
        return self.assessed is Readiness.EVIDENCED and not self.evidence


@dataclass(frozen=True)
class Counts:
    total: int
    evidenced: int = 0
    doing: int = 0
    learning: int = 0
    not_yet: int = 0
    not_assessed: int = 0
    without_entry: int = 0
    core: int = 0
    core_evidenced: int = 0

    def summary(self) -> str:
        """e.g. "3 of 5 core evidenced; 7 of 11 responsibilities evidenced; 3 learning; 1 not yet"."""
        parts = [f"{self.core_evidenced} of {self.core} core evidenced"] if self.core else []
        parts.append(f"{self.evidenced} of {counted(self.total, 'responsibility')} evidenced")
        for count, label in (
            (self.doing, "doing it"),
            (self.learning, "learning"),
            (self.not_yet, "not yet"),
            (self.not_assessed, "not assessed"),
        ):
            if count:
                parts.append(f"{count} {label}")
        text = "; ".join(parts)
        if self.without_entry:
            text += f" ({self.without_entry} evidenced without an entry yet)"
        return text

    def short(self) -> str:
        """e.g. "3/12": evidenced of all."""
        return f"{self.evidenced}/{self.total}"


def count(rows: list[ResponsibilityReadiness]) -> Counts:
    states = [row.state for row in rows]
    return Counts(
        total=len(rows),
        evidenced=states.count(Readiness.EVIDENCED),
        doing=states.count(Readiness.DOING),
        learning=states.count(Readiness.LEARNING),
        not_yet=states.count(Readiness.NOT_YET),
        not_assessed=states.count(None),
        without_entry=sum(row.without_entry for row in rows),
        core=sum(row.core for row in rows),
        core_evidenced=sum(row.core and row.state is Readiness.EVIDENCED for row in rows),
    )


@dataclass(frozen=True)
class RoleReadiness:
    role_id: str
    role_title: str
    rows: tuple[ResponsibilityReadiness, ...]

    @property
    def in_role(self) -> list[ResponsibilityReadiness]:
        return [row for row in self.rows if row.in_role]

    @property
    def gone(self) -> list[ResponsibilityReadiness]:
        return [row for row in self.rows if not row.in_role]

    def areas(self) -> list[str]:
        return list(dict.fromkeys(row.area for row in self.in_role))

    def counts(self, area: str | None = None) -> Counts:
        return count([row for row in self.in_role if area is None or row.area == area])

    def row(self, ref: str) -> ResponsibilityReadiness | None:
        return next((row for row in self.rows if row.ref == ref), None)


def role_readiness(plan: Plan, role: Role) -> RoleReadiness:
    assessed = {a.responsibility: a for a in plan.assessments if split_ref(a.responsibility)[0] == role.id}
    rows = []
    listed = set()
    for responsibility in role.responsibilities:
        ref = responsibility_ref(role.id, responsibility.id)
        listed.add(ref)
        assessment = assessed.get(ref)
        rows.append(
            ResponsibilityReadiness(
                ref,
                responsibility.text,
                responsibility.area.value,
                assessment.state if assessment else None,
                supporting(plan, ref),
                core=responsibility.is_core,
                examples=responsibility.examples,
            )
        )
    gone_refs = [ref for ref in assessed if ref not in listed]
    gone_refs += [
        ref
        for e in plan.evidence
        for ref in e.supports
        if split_ref(ref)[0] == role.id and ref not in listed and ref not in gone_refs
    ]
    for ref in dict.fromkeys(gone_refs):
        assessment = assessed.get(ref)
        rows.append(
            ResponsibilityReadiness(
                ref,
                assessment.text if assessment else split_ref(ref)[1],
                assessment.area if assessment else "",
                assessment.state if assessment else None,
                supporting(plan, ref),
                in_role=False,
            )
        )
    return RoleReadiness(role.id, role.title, tuple(rows))


def supporting(plan: Plan, ref: str) -> tuple[Evidence, ...]:
    return tuple(entry for entry in plan.evidence if ref in entry.supports)


def covered_states(plan: Plan) -> dict[str, str]:
    """Every responsibility the plan covers, as ref → "evidenced" (an entry, or marked) or "doing-it"."""
    covering = (Readiness.EVIDENCED, Readiness.DOING)
    states = {a.responsibility: a.state.value for a in plan.assessments if a.state in covering}
    for entry in plan.evidence:
        for ref in entry.supports:
            states[ref] = Readiness.EVIDENCED.value
    return states


def unlinked_evidence(plan: Plan) -> list[Evidence]:
    return [entry for entry in plan.evidence if not entry.supports]


def assess(
    plan: Plan, ref: str, state: Readiness, text: str, area: str = "", today: dt.date | None = None
) -> Plan:
    """The plan with `ref` assessed as `state` (the responsibility's words kept beside it)."""
    item = Assessment(ref, state, text, area, today or dt.date.today())
    others = [a for a in plan.assessments if a.responsibility != ref]
    existing = [i for i, a in enumerate(plan.assessments) if a.responsibility == ref]
    if existing:
        others.insert(existing[0], item)
    else:
        others.append(item)
    return plan.touched(assessments=tuple(others))


def add_evidence(plan: Plan, entry: Evidence) -> tuple[Plan, Evidence]:
    """The plan with `entry` added under a fresh id (the id given is ignored)."""
    entry = replace(entry, id=next_evidence_id(plan.evidence))
    return plan.touched(evidence=(*plan.evidence, entry)), entry


def link_evidence(plan: Plan, evidence_id: str, ref: str, on: bool = True) -> Plan:
    if not any(e.id == evidence_id for e in plan.evidence):
        raise LookupError(f"no evidence entry {evidence_id!r} in this plan")
    return plan.touched(
        evidence=tuple(e.linked(ref, on) if e.id == evidence_id else e for e in plan.evidence)
    )


def find_responsibility(plan: Plan, catalog: Catalog, wanted: str) -> tuple[str, Responsibility | None]:
    """A responsibility named as role-id#id, or as a bare id of the target (then the current) role.

    One the content no longer lists is found only if the plan already holds an assessment of it.
    Raises LookupError with a line naming what was looked for.
    """
    wanted = wanted.strip()
    if "#" in wanted:
        candidates = [wanted]
    else:
        candidates = [responsibility_ref(r, wanted) for r in (plan.target_role, plan.current_role) if r]
    for ref in candidates:
        if not is_ref(ref):
            continue
        role_id, responsibility_id = split_ref(ref)
        role = catalog.get(role_id)
        found = role.responsibility(responsibility_id) if role else None
        if found:
            return ref, found
        if any(a.responsibility == ref for a in plan.assessments):
            return ref, None
    roles = " or ".join(r for r in (plan.target_role, plan.current_role) if r) or "no role set in the plan"
    raise LookupError(f"no responsibility {wanted!r} (looked in {roles}; use role-id#responsibility-id)")


def responsibility_words(plan: Plan, catalog: Catalog, ref: str) -> tuple[str, str]:
    """(text, area) for a reference: from the content, else from the plan's own record of it."""
    role_id, responsibility_id = split_ref(ref)
    role = catalog.get(role_id)
    found = role.responsibility(responsibility_id) if role else None
    if found:
        return found.text, found.area.value
    kept = next((a for a in plan.assessments if a.responsibility == ref), None)
    return (kept.text, kept.area) if kept else (f"{responsibility_id} ({GONE})", "")
