"""Self-assessment keys: 1-4 set a state at once, shift+space goes back, and a quick run of
changes is saved as one version."""

from explorer.core.plans.evidence import Readiness
from explorer.tui.screens.readiness import ReadinessScreen

SIZE = (100, 30)
HOP = "head-of-product"


def states(app) -> dict[str, Readiness]:
    return {a.responsibility.partition("#")[2]: a.state for a in app.plan_session.plan.assessments}


async def test_number_keys_set_states_and_shift_space_goes_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Keys", current_role="product-manager", target_role=HOP)
        app.save_plans()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        first = app.screen.highlighted_row().responsibility.ref.partition("#")[2]
        await pilot.press("4")
        await pilot.pause()
        assert states(app) == {first: Readiness.EVIDENCED}
        await pilot.press("shift+space")
        await pilot.pause()
        assert states(app) == {first: Readiness.DOING}
        await pilot.press("2", "1", "3")
        await pilot.pause()
        assert states(app) == {first: Readiness.DOING}
        history = app.plan_session.store.history
        before = len(history.versions("keys"))
        await pilot.press("4", "1", "2")
        await pilot.pause()
        assert app.save_plans()  # the quick run is written once
        assert len(history.versions("keys")) == before + 1
        assert states(app) == {first: Readiness.LEARNING}
