"""Pilot tests for the ladder, the gap view and plans: nothing typed may be lost."""

import os

import pytest
from tests.functional.waits import file_holds, pilot_until

from explorer import locations
from explorer.core.plans.model import Plan
from explorer.core.plans.store import PlanStore
from explorer.tui.screens.gap import GapScreen
from explorer.tui.screens.ladder import LadderScreen
from explorer.tui.screens.plans import PlansScreen
from explorer.tui.widgets.notes_area import NotesArea

SIZE = (100, 30)


async def type_text(pilot, text):
    await pilot.press(*[{" ": "space", "\n": "enter"}.get(ch, ch) for ch in text])
    await pilot.pause()


async def new_plan(pilot, title: str) -> None:
    """F4, n, the title: the new plan is active and its notes have focus."""
    await pilot.press("f4", "n")
    await pilot.pause()
    await type_text(pilot, title + "\n")


@pytest.mark.slow
async def test_full_round_trip_survives_a_relaunch(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("h", "y")  # I am here (asked first: yes)
        app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("t", "y")  # target
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, GapScreen)
        await pilot.press("a", "down", "a")  # two route steps into the plan
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.focused, NotesArea)
        await type_text(pilot, "Ask my manager about [b]budget[/b] ownership.\nSecond line")
        await pilot.press("tab")  # to the checklist
        await pilot.press("space")  # first step → done
        await pilot.press("down", "i")  # second → in progress
        await pilot.press("i")  # and back to not started
        await pilot.pause()
        plan = app.plan_session.plan
        assert (plan.current_role, plan.target_role) == ("product-manager", "head-of-product")
        assert [s.status.value for s in plan.steps] == ["done", "not-started"]
        await pilot.press("ctrl+q")
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = again.plan_session.plan
        assert plan.notes == "Ask my manager about [b]budget[/b] ownership.\nSecond line"
        assert plan.steps[0].text.startswith("Move from Product Manager to Senior Product Manager")
        assert plan.steps[0].status.value == "done"
        assert (plan.current_role, plan.target_role) == ("product-manager", "head-of-product")


async def test_notes_autosave_about_a_second_after_typing_stops(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await new_plan(pilot, "Autosave test")
        await type_text(pilot, "typed words")
        path = app.plan_session.store.path_of("autosave-test")
        assert "typed words" not in path.read_text()  # not yet: typing has only just stopped
        await pilot_until(pilot, file_holds(path, "typed words"), what="the autosave")


@pytest.mark.slow
async def test_switching_between_plans(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await new_plan(pilot, "First plan")
        await type_text(pilot, "notes of the first")
        await pilot.press("escape", "escape")  # leaves the notes editor, then the plans screen
        await pilot.pause()
        await new_plan(pilot, "Second plan")
        await type_text(pilot, "notes of the second")
        screen = app.screen
        assert isinstance(screen, PlansScreen)
        screen.query_one("#plans-list").focus()
        await pilot.pause()
        names = screen._entries
        await pilot.press(*(["down"] * names.index("first-plan")), "enter")
        await pilot.pause()
        assert app.plan_session.active_name == "first-plan"
        assert screen.pane.query_one(NotesArea).text == "notes of the first"
    store = PlanStore(locations.plans_dir())
    assert store.load("second-plan").plan.notes == "notes of the second"


async def test_ladder_moves_and_sets_roles(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LadderScreen)
        grid = app.screen.grid
        assert grid.selected == "product-manager"
        await pilot.press("up")
        assert grid.selected == "senior-product-manager"
        await pilot.press("h", "y", "right")
        assert grid.selected == "group-product-manager"  # nearest level on the management ladder
        await pilot.press("up", "t", "y")
        plan = app.plan_session.plan
        assert (plan.current_role, plan.target_role) == ("senior-product-manager", "head-of-product")
        assert "From Head of Product" in str(app.screen.query_one("#ladder-moves").render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.role.id == "head-of-product"


async def test_corrupt_plan_file_is_reported_left_in_place_and_the_rest_loads(make_app):
    plans = locations.plans_dir()
    plans.mkdir(parents=True)
    (plans / "broken.toml").write_text('title = "half a plan\n')
    PlanStore(plans).save("good", Plan("Good"), None)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("broken.toml:1:21: TOML syntax error" in m and "left as it is" in m for m in messages), (
            messages
        )
        assert app.plan_session.names == ["good"]
        assert [u.name for u in app.plan_session.unreadable] == ["broken"]
    assert sorted(p.name for p in plans.iterdir()) == ["broken.toml", "good.toml"]
    assert (plans / "broken.toml").read_text() == 'title = "half a plan\n'


async def test_failing_disk_gives_a_clear_message_and_keeps_the_words(make_app, monkeypatch):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await new_plan(pilot, "Disk test")

        real_fsync = os.fsync

        def disk_full(*args):
            raise OSError(28, os.strerror(28))

        monkeypatch.setattr("os.fsync", disk_full)
        await type_text(pilot, "precious words")
        await pilot_until(
            pilot,
            lambda: any(
                "not saved (No space left on device); the previous version is intact" in n.message
                for n in app._notifications
            ),
            what="the message that the disk is full",
        )
        assert app.plan_session.dirty  # still held, to be saved when the disk allows
        monkeypatch.setattr("os.fsync", real_fsync)  # the disk has room again
        app.save_plans()
        assert not app.plan_session.dirty
    assert PlanStore(locations.plans_dir()).load("disk-test").plan.notes == "precious words"


async def test_looking_at_plans_creates_nothing_typing_does(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert app.plan_session.names == []
        assert "No plan yet" in str(app.screen.query_one("#plan-heading").render())
        app.screen.pane.query_one(NotesArea).focus()
        await type_text(pilot, "first words")
        heading = app.screen.query_one("#plan-heading")
        await pilot_until(pilot, lambda: "My plan" in str(heading.render()), what="the autosave")
        assert app.plan_session.names == ["my-plan"]
        assert app.plan_session.plan.notes == "first words"
