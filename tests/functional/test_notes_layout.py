"""The notes pane: beside the screen from 90 columns, the whole width below, with room for the steps."""

import pytest

from explorer.core.plans.model import PlanStep

NOTES = "\n".join(f"Line {i} of my notes about the move." for i in range(12))
STEPS = tuple(PlanStep(f"Step {i}: ship a bigger feature") for i in range(6))


async def notes_on_the_gap(app, pilot):
    session = app.plan_session
    session.update(
        session.ensure_active().touched(
            current_role="product-manager", target_role="head-of-product", notes=NOTES, steps=STEPS
        )
    )
    await pilot.press("f3")
    await pilot.pause()
    await pilot.press("ctrl+n")
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (89, 30)])
async def test_below_90_columns_the_pane_takes_the_whole_width(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await notes_on_the_gap(app, pilot)
        pane = app.screen.query_one("#plan-pane")
        assert pane.region.width == size[0]
        assert not app.screen.query_one("#main-row > .main").display
        notes, steps = app.screen.query_one("#plan-notes"), app.screen.query_one("#plan-steps")
        assert notes.region.height >= 4
        assert steps.region.height >= 5, f"steps get {steps.region.height} rows at {size}"
        assert steps.region.bottom <= size[1] - 1  # above the footer


async def test_from_90_columns_the_pane_sits_beside_the_screen(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await notes_on_the_gap(app, pilot)
        pane = app.screen.query_one("#plan-pane")
        assert 0 < pane.region.width < 100
        assert app.screen.query_one("#main-row > .main").display
        assert app.screen.query_one("#plan-steps").region.height >= 3
