"""One line on what changed between two versions of a plan."""

import dataclasses
import datetime as dt

from explorer.core.plans.changes import describe_change
from explorer.core.plans.evidence import Assessment, Evidence, Readiness
from explorer.core.plans.model import Plan, PlanStep, StepStatus

BASE = Plan("Mine", notes="one two three", steps=(PlanStep("A"), PlanStep("B")))


def test_alike_versions_say_no_change():
    assert describe_change(BASE, BASE) == "no change"


def test_each_kind_of_change_is_named():
    after = dataclasses.replace(
        BASE,
        title="Ours",
        target_role="senior-product-manager",
        notes="one two three four five",
        steps=(PlanStep("B"), PlanStep("A", StepStatus.DONE), PlanStep("C")),
        next_review=dt.date(2026, 5, 1),
        assessments=(Assessment("pm#x", Readiness.DOING, "X"),),
        evidence=(Evidence("e1", dt.date(2026, 1, 1), "Did it"),),
    )
    assert describe_change(BASE, after) == (
        "renamed to “Ours” · target role senior-product-manager · notes +2 words · 1 step added"
        " · 1 step ticked · steps reordered · review date changed · 1 duty assessed · evidence e1 added"
    )


def test_removals_and_edits():
    before = dataclasses.replace(
        BASE,
        assessments=(Assessment("pm#x", Readiness.DOING, "X"),),
        evidence=(Evidence("e1", dt.date(2026, 1, 1), "Did it"), Evidence("e2", dt.date(2026, 1, 2), "More")),
    )
    after = dataclasses.replace(
        before,
        notes="one",
        steps=(PlanStep("A", target_date=dt.date(2026, 2, 1)),),
        assessments=(),
        evidence=(Evidence("e1", dt.date(2026, 1, 1), "Did it well"),),
    )
    assert describe_change(before, after) == (
        "notes −2 words · 1 step removed · 1 step changed · 1 assessment removed"
        " · evidence e2 removed · evidence e1 changed"
    )
