"""Snapshots of the assessment view and of the gap with readiness marks.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import datetime as dt

import pytest

from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.readiness import add_evidence, assess

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}
HOP = "head-of-product"


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def _assessed_plan(app) -> None:
    session = app.plan_session
    session.open()
    plan = session.ensure_active().touched(current_role="senior-product-manager", target_role=HOP)
    for rid, state in (
        ("vision-strategy-execution", Readiness.LEARNING),
        ("innovate-or-iterate", Readiness.DOING),
        ("future-opportunities", Readiness.NOT_YET),
        ("kpis", Readiness.EVIDENCED),
    ):
        role = app.catalog.roles[HOP]
        responsibility = role.responsibility(rid)
        plan = assess(plan, f"{HOP}#{rid}", state, responsibility.text, responsibility.area.value)
    plan = assess(plan, f"{HOP}#retired-duty", Readiness.DOING, "Run the quarterly [b]offsite[/b]", "people")
    plan, _ = add_evidence(
        plan,
        Evidence(
            "",
            dt.date(2026, 1, 5),
            "Defined the KPI tree [b]x[/b]",
            result="adopted by 3 teams",
            supports=(f"{HOP}#kpis",),
        ),
    )
    plan, _ = add_evidence(
        plan,
        Evidence(
            "",
            dt.date(2026, 2, 9),
            "Ran launch reviews",
            supports=(f"{HOP}#monitor-performance", f"{HOP}#budget-resources"),
        ),
    )
    plan, _ = add_evidence(plan, Evidence("", dt.date(2026, 3, 1), "Spoke at a meetup"))
    session.update(plan)
    session.save()


def test_assessment_view(snap_compare, make_app, size):
    async def open_readiness(pilot):
        _assessed_plan(pilot.app)
        await pilot.press("f5")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_readiness, terminal_size=size)


def test_gap_with_readiness_marks(snap_compare, make_app, size):
    async def open_gap(pilot):
        _assessed_plan(pilot.app)
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press(*["down"] * 4)  # to the first take-on lines
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_gap, terminal_size=size)
