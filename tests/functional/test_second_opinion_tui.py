"""The plans screen's m (mentor copy) and p (job posting) keys, and the closest roles on the readiness view."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from explorer.core.plans.evidence import Readiness
from explorer.core.plans.readiness import assess
from explorer.core.plans.review_file import read_review
from explorer.tui.dialogs.posting import PostingDialog, PostingReport
from explorer.tui.screens.plans import PlansScreen

SIZE = (100, 30)
SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}
POSTINGS = Path(__file__).parents[1] / "data" / "postings"
HOSTILE = "[b]not bold[/b] [@click=app.quit] \x1b[31mred"


def _plan(app) -> None:
    session = app.plan_session
    session.open()
    plan = session.ensure_active().touched(
        current_role="product-manager", target_role="senior-product-manager"
    )
    role = app.catalog.roles["senior-product-manager"]
    duty = role.responsibilities[0]
    session.update(assess(plan, f"{role.id}#{duty.id}", Readiness.EVIDENCED, duty.text), undo="test")
    session.save()


async def test_m_writes_a_review_file_where_asked(make_app, tmp_path):
    app = make_app()
    target = tmp_path / "for-dana.toml"
    async with app.run_test(size=SIZE) as pilot:
        _plan(app)
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, PlansScreen)
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlansScreen)
    review = read_review(target)
    assert review.target_role == "senior-product-manager" and review.lines[0].own_state is Readiness.EVIDENCED
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_p_reads_a_pasted_ad_and_keeps_a_closed_draft(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _plan(app)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PostingDialog)
        app.screen.query_one("#posting-text").text = HOSTILE
        await pilot.press("escape")  # closed: the text is kept
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert app.screen.query_one("#posting-text").text == HOSTILE
        app.screen.query_one("#posting-text").text = (POSTINGS / "senior-pm.txt").read_text(encoding="utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PostingReport)
        text = "\n".join(app.screen.lines)
        assert " 1. Senior Product Manager" in text and "Against your plan" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlansScreen) and app.is_running


async def test_readiness_shows_the_mentor_beside_you_and_the_closest_roles(make_app):
    import datetime as dt

    from explorer.core.plans.mentor_view import MentorRating, MentorView

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _plan(app)
        session = app.plan_session
        ref = session.plan.assessments[0].responsibility
        view = MentorView(
            HOSTILE, dt.date(2026, 3, 1), (MentorRating(ref, Readiness.LEARNING, "not yet [b]x[/b]"),)
        )
        session.update(session.plan.touched(mentor_views=(view,)), undo="Merged")
        await pilot.press("f5")
        await pilot.pause()
        from rich.console import Console

        items = app.screen.query_one("#readiness-items")
        console = Console(width=300, record=True, file=io.StringIO())
        for index in range(items.option_count):
            console.print(items.get_option_at_index(index).prompt)
        shown = console.export_text()
        assert "learning ≠ — “not yet [b]x[/b]”" in shown and "[@click=app.quit]" in shown
        assert "\x1b" not in shown
        title = str(app.screen.query_one("#readiness-title").render())
        assert "Second opinion: [b]not bold[/b] [@click=app.quit] ␛[31mred (2026-03-01), 1 ≠ yours" in title
        closest = str(app.screen.query_one("#readiness-closest").render())
        assert closest.startswith("Closest roles: 1. Senior Product Manager")
        assert app.is_running


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_posting_report_snapshot(make_app, snap_compare, size):
    async def read_ad(pilot):
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        pilot.app.screen.query_one("#posting-text").text = (POSTINGS / "head-of-product.txt").read_text(
            encoding="utf-8"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=read_ad)


def test_readiness_with_a_mentor_view_snapshot(make_app, snap_compare, size):
    import datetime as dt

    from explorer.core.plans.mentor_view import MentorRating, MentorView

    async def open_readiness(pilot):
        app = pilot.app
        _plan(app)
        session = app.plan_session
        refs = [
            f"senior-product-manager#{r.id}"
            for r in app.catalog.roles["senior-product-manager"].responsibilities
        ]
        ratings = (
            MentorRating(refs[0], Readiness.LEARNING, "not yet at senior scope"),
            MentorRating(refs[1], Readiness.NOT_YET, ""),
        )
        session.update(session.plan.touched(mentor_views=(MentorView("Dana", dt.date(2026, 3, 1), ratings),)))
        await pilot.press("f5")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=open_readiness)
