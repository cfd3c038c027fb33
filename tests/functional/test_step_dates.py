"""Step dates: an impossible date is named as such, the prompt names its step, and a step
past its due date is marked overdue."""

import datetime as dt

from tests.functional.rendered import as_words

from explorer.core.plans.model import PlanStep, StepStatus
from explorer.tui.dates import date_problem
from explorer.tui.dialogs.prompt import TextPrompt

SIZE = (100, 30)


def test_an_impossible_date_is_called_so():
    assert date_problem("2026-13-40") == "2026-13-40 is not a date: check the month (01–12) and the day."
    assert date_problem("next week") == "Use the form YYYY-MM-DD, or leave it empty."
    assert date_problem("") is None and date_problem("2026-02-28") is None


async def test_overdue_steps_are_marked_and_the_prompt_names_the_step(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        past = dt.date.today() - dt.timedelta(days=30)
        session.create(
            "Dates",
            steps=(
                PlanStep("Ship the pricing page", target_date=past),
                PlanStep("Finished long ago", StepStatus.DONE, past),
            ),
        )
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        steps = app.screen.query_one("#plan-steps")
        rows = [as_words(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]
        assert "overdue" in rows[0] and "overdue" not in rows[1]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        assert "Ship the pricing page" in app.screen.question
