"""Pilot tests for readiness: assess, log and link evidence, see the counts, relaunch, export."""

import datetime as dt

import pytest
from tests.functional.lanes import one_in_the_quick_lane
from tests.functional.rendered import as_words
from textual.widgets import Static

from explorer import locations
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.readiness import add_evidence, assess
from explorer.tui.dialogs.choice import ChoiceScreen
from explorer.tui.dialogs.evidence import EvidenceForm, EvidencePicker
from explorer.tui.screens.gap import GapScreen
from explorer.tui.screens.readiness import ReadinessScreen
from ics_strict import events, parse

SIZE = (100, 30)
HOP = "head-of-product"
HOSTILE = "[b]not bold[/b] [@click=app.quit]x[/] \x1b[2J\x1b]0;title\x07 | *star* مدير \u202e"


async def type_text(pilot, text):
    await pilot.press(*[{" ": "space", "\n": "enter"}.get(ch, ch) for ch in text])
    await pilot.pause()


def shown(widget) -> str:
    return str(widget.render())


def option_texts(screen, selector: str) -> list[str]:
    listing = screen.query_one(selector)
    return [as_words(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


@pytest.mark.slow
async def test_the_whole_round_trip(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        # 1. where I am and where I want to be
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("h", "y")  # h asks before it starts a plan
        await pilot.pause()
        app.open_role(HOP)
        await pilot.pause()
        await pilot.press("t", "y")
        await pilot.pause()
        # 2. assess four responsibilities
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadinessScreen)
        await pilot.press("space", "space")  # vision → learning
        # past cross-team strategy and life-cycle thinking
        await pilot.press("down", "down", "down", "space", "space", "space")  # innovate → doing it
        await pilot.press("down", "space")  # future opportunities → not yet
        await pilot.press(
            "down", "down", "space", "space", "space", "space"
        )  # kpis → evidenced (past the Data heading and data decisions)
        await pilot.pause()
        states = {a.responsibility.partition("#")[2]: a.state for a in app.plan_session.plan.assessments}
        assert states == {
            "vision-strategy-execution": Readiness.LEARNING,
            "innovate-or-iterate": Readiness.DOING,
            "future-opportunities": Readiness.NOT_YET,
            "kpis": Readiness.EVIDENCED,
        }
        # 3. two evidence entries supporting three responsibilities between them
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceForm)
        await type_text(pilot, "Defined the KPI tree [b]x[/b]\n")
        await pilot.press("down", "down", "e")  # monitor performance, past data tools
        await pilot.pause()
        await type_text(pilot, "Ran launch reviews")
        await pilot.press("tab")
        await type_text(pilot, "After a bad launch")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("down", "down", "l")  # budget, past leading one function: link the second entry
        await pilot.pause()
        assert isinstance(app.screen, EvidencePicker)
        await pilot.press("down", "enter")
        await pilot.pause()
        plan = app.plan_session.plan
        assert [(e.id, e.action, e.situation, e.supports) for e in plan.evidence] == [
            ("e1", "Defined the KPI tree [b]x[/b]", "", (f"{HOP}#kpis",)),
            (
                "e2",
                "Ran launch reviews",
                "After a bad launch",
                (f"{HOP}#monitor-performance", f"{HOP}#budget-resources"),
            ),
        ]
        summary = "3 of 23 responsibilities evidenced; 1 doing it; 1 learning; 1 not yet; 17 not assessed"
        assert summary in shown(screen.query_one("#readiness-title"))
        assert any(
            "Defined the KPI tree [b]x[/b]" in text for text in option_texts(screen, "#readiness-items")
        )
        # 4. the counts in the gap view (each take-on line marked) and in the pane
        await pilot.press("f3")
        await pilot.pause()
        gap = app.screen
        assert isinstance(gap, GapScreen)
        assert f"Ready: {summary}" in shown(gap.query_one("#gap-title"))
        take_on = [t for t in option_texts(gap, "#gap-items") if t[:1] in "✔●◐○?"]
        assert len(take_on) == 23
        assert sorted(t[0] for t in take_on) == sorted("✔✔✔●◐○" + "?" * 17)
        assert next(t for t in take_on if "key performance indicators" in t).startswith("✔ ")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert f"Ready: {summary}" in shown(gap.pane.query_one("#plan-heading"))
        await pilot.press("ctrl+q")
    # 5. relaunch: everything is still there
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.plan_session.plan == plan
        await pilot.press("f5")
        await pilot.pause()
        assert summary in shown(again.screen.query_one("#readiness-title"))
        # 6. the brief and 7. the calendar
        await pilot.press("b", "enter", "i")
        await pilot.pause()
    exports = locations.data_dir() / "exports"
    brief = (exports / "my-plan-brief.md").read_text()
    assert brief.startswith("# Transition brief: My plan\n\n**Product Manager → Head of Product**")
    assert "| Area | Evidenced | Doing it | Learning | Not yet | Not assessed | Total |" in brief
    assert (
        "| Strategy | 0 | 1 | 1 | 1 | 2 | 5 |" in brief and "| **All** | 3 | 1 | 1 | 1 | 17 | 23 |" in brief
    )
    assert "Action: Defined the KPI tree \\[b\\]x\\[/b\\]" in brief
    calendar = parse((exports / "my-plan-dates.ics").read_bytes())
    assert events(calendar) == []  # no dates set yet: a valid, empty calendar


async def test_escape_on_typed_evidence_asks_and_an_empty_form_just_closes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create("Evidence", current_role="product-manager", target_role=HOP)
        await pilot.press("f5", "e")
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: closes, nothing saved
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen) and session.plan.evidence == ()
        await pilot.press("e")
        await pilot.pause()
        await type_text(pilot, "Words I must not lose")
        await pilot.press("escape")  # words typed: it asks, and Escape there keeps editing
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceForm) and app.screen.value("action") == "Words I must not lose"
        await pilot.press("escape", "enter")  # the first choice, the default, keeps editing too
        await pilot.pause()
        assert isinstance(app.screen, EvidenceForm) and app.screen.value("action") == "Words I must not lose"
        await pilot.press("tab", "tab", "tab")
        await type_text(pilot, "not a link")
        await pilot.press("escape", "down", "enter")  # save: a bad link keeps the form open with the reason
        await pilot.pause()
        assert isinstance(app.screen, EvidenceForm)
        assert "http://" in shown(app.screen.query_one("#evidence-error"))
        await pilot.press("ctrl+u")
        await pilot.press("escape", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        assert [e.action for e in session.plan.evidence] == ["Words I must not lose"]
        assert any("Saved as evidence e1" in n.message for n in app._notifications)


async def test_discarding_typed_evidence_is_a_choice_of_its_own(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create("Evidence", current_role="product-manager", target_role=HOP)
        await pilot.press("f5", "e")
        await pilot.pause()
        await type_text(pilot, "A draft I do not want")
        await pilot.press("escape", "down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen) and session.plan.evidence == ()


async def test_returning_to_a_filled_field_adds_to_its_words(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create("Evidence", current_role="product-manager", target_role=HOP)
        await pilot.press("f5", "e")
        await pilot.pause()
        await type_text(pilot, "Ran the pricing review")
        await pilot.press("tab", "shift+tab")
        await type_text(pilot, " with finance")
        await pilot.press("tab", "tab", "tab", "tab")  # the date, filled in for you
        await pilot.press("end", "backspace", "backspace")
        await type_text(pilot, "01")
        form = app.screen
        assert isinstance(form, EvidenceForm)
        assert form.value("action") == "Ran the pricing review with finance"
        assert form.value("date")[-2:] == "01" and len(form.value("date")) == 10


@pytest.mark.slow
async def test_current_role_gone_responsibilities_and_step_review_dates(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create("Mine", current_role="product-manager", target_role=HOP)
        plan = assess(
            session.plan, f"{HOP}#retired-duty", Readiness.DOING, "An old duty [b]kept[/b]", "strategy"
        )
        session.update(plan.touched(steps=()))
        app.save_plans()
        await pilot.press("f5")
        await pilot.pause()
        texts = option_texts(app.screen, "#readiness-items")
        assert "No longer in the role (kept from your plan)" in texts
        assert any("An old duty [b]kept[/b]" in t and "doing it" in t for t in texts)
        await pilot.press("c")
        await pilot.pause()
        assert "Readiness for Product Manager (current role · c: other)" in shown(
            app.screen.query_one("#readiness-title")
        )
        # a review date on a step, from the pane's checklist
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("tab", "a")
        await type_text(pilot, "Shadow the head of product\n")
        await pilot.press("v")
        await type_text(pilot, "2026-05-01\n")
        assert session.plan.steps[0].review_date == dt.date(2026, 5, 1)
        assert "review 2026-05-01" in option_texts(app.screen.pane, "#plan-steps")[0]


async def test_hostile_evidence_renders_literally_in_every_new_widget(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create(HOSTILE, current_role="hostile-role", target_role="plain-role")
        ref = f"plain-role#{app.catalog.roles['plain-role'].responsibilities[0].id}"
        plan = assess(session.plan, ref, Readiness.LEARNING, HOSTILE, "strategy")
        plan, _ = add_evidence(
            plan,
            Evidence("", dt.date(2026, 1, 5), HOSTILE, HOSTILE, HOSTILE, "https://x.example/[b]", (ref,)),
        )
        plan, _ = add_evidence(plan, Evidence("", dt.date(2026, 1, 6), HOSTILE))
        session.update(plan)
        app.save_plans()
        await pilot.press("f5")
        await pilot.pause()
        texts = option_texts(app.screen, "#readiness-items") + [shown(w) for w in app.screen.query(Static)]
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, EvidencePicker)
        texts += option_texts(app.screen, "#evidence-choices") + [shown(w) for w in app.screen.query(Static)]
        await pilot.press("escape", "e")
        await pilot.pause()
        texts += [shown(w) for w in app.screen.query(Static)]
        await pilot.press("escape", "f3")
        await pilot.pause()
        texts += option_texts(app.screen, "#gap-items") + [shown(w) for w in app.screen.query(Static)]
        joined = "\n".join(texts)
        assert "\x1b" not in joined and "\x07" not in joined
        assert joined.count("[b]not bold[/b] [@click=app.quit]x[/] ␛[2J") >= 4  # evidence lines, picker, form
        assert app.is_running


@pytest.mark.parametrize(
    "size",
    one_in_the_quick_lane([(20, 8), (30, 10), (60, 20), (80, 24), (300, 100)], keep=3),
    ids=lambda s: f"{s[0]}x{s[1]}",
)
async def test_readiness_screens_with_hostile_evidence_at_every_size(make_app, data_dir, size):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=size) as pilot:
        session = app.plan_session
        session.create(HOSTILE, current_role="hostile-role", target_role="plain-role")
        ref = f"plain-role#{app.catalog.roles['plain-role'].responsibilities[0].id}"
        plan, _ = add_evidence(session.plan, Evidence("", dt.date(2026, 1, 5), HOSTILE * 5, supports=(ref,)))
        session.update(plan)
        app.save_plans()
        for keys in (
            ["f5"],
            ["space", "l"],
            ["enter", "e"],
            list("did it"),
            ["enter", "c", "ctrl+n", "f3"],
            ["f2"],
            ["f4"],
        ):
            await pilot.press(*keys)
            await pilot.pause()
        assert app.is_running
        assert len(session.plan.evidence) == 2
