"""The plans screen's m (mentor copy) and p (job posting) keys, and the closest roles on the readiness view."""

from __future__ import annotations

import stat
from pathlib import Path

from explorer.core.plans.evidence import Readiness
from explorer.core.plans.readiness import assess
from explorer.core.plans.review_file import read_review
from explorer.tui.screens.plans import PlansScreen
from explorer.tui.screens.posting import PostingDialog, PostingReport

SIZE = (100, 30)
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
