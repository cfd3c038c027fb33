"""Snapshots of the plans screens that keep words safe (issue 11).

The plans folder is at a fixed path so the folder line is the same on every run. Every SVG
under __snapshots__ was opened and checked by eye before it was accepted.
"""

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from explorer.core.plans.model import Plan, PlanStep, StepStatus, plan_to_toml
from explorer.core.plans.store import PlanStore

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}
UTC = dt.UTC
WHEN = dt.datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


@pytest.fixture
def plans_folder(monkeypatch, request):
    """A fixed data folder per test and size (pytest-xdist runs tests side by side)."""
    home = Path("/tmp/role-explorer-snapshots") / request.node.name.replace("[", "-").rstrip("]")
    shutil.rmtree(home, ignore_errors=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("TZ", "UTC")  # version times are shown in local time
    time.tzset()
    folder = home / "role-explorer" / "plans"
    folder.mkdir(parents=True)
    yield folder
    shutil.rmtree(home, ignore_errors=True)
    monkeypatch.undo()
    time.tzset()


def a_plan(notes: str) -> Plan:
    return Plan(
        "PM → Head of Product",
        created=WHEN,
        updated=WHEN,
        current_role="product-manager",
        target_role="head-of-product",
        notes=notes,
        steps=(PlanStep("Own a budget", StepStatus.IN_PROGRESS), PlanStep("Mentor two PMs")),
    )


async def quiet(pilot):
    pilot.app.clear_notifications()
    await pilot.pause()


def plans_then(*keys):
    """A run_before: F4, then each key, with the toasts cleared so they do not cover the screen."""

    async def run(pilot):
        for key in ("f4", *keys):
            await pilot.press(key)
            await quiet(pilot)

    return run


def test_plans_with_an_unreadable_plan(snap_compare, make_app, size, plans_folder):
    PlanStore(plans_folder).save("head-of-product", a_plan("Ask for the budget."), None)
    (plans_folder / "by-hand.toml").write_text('title = "Edited by hand"\nnotes = """never closed\n')

    assert snap_compare(make_app(), run_before=plans_then(), terminal_size=size)


def test_unreadable_plan_raw_text(snap_compare, make_app, size, plans_folder):
    (plans_folder / "by-hand.toml").write_text(
        'title = "Edited by hand [b]x[/b]"\nsteps = [\n  { text = "x", status = "maybe" },\n]\nnotes = """never closed\n'
    )

    assert snap_compare(make_app(), run_before=plans_then("enter"), terminal_size=size)


def test_earlier_versions(snap_compare, make_app, size, plans_folder):
    store = PlanStore(plans_folder)
    store.save("head-of-product", a_plan(""), None)
    for minutes, notes in ((20, "First thoughts."), (50, "First thoughts.\nAsk for the budget [b]soon[/b].")):
        store.history.keep(
            "head-of-product", plan_to_toml(a_plan(notes)), when=WHEN + dt.timedelta(minutes=minutes)
        )

    assert snap_compare(make_app(), run_before=plans_then("v"), terminal_size=size)


def test_conflict_dialog(snap_compare, make_app, size, plans_folder):
    store = PlanStore(plans_folder)
    store.save("head-of-product", a_plan("Mine."), None)

    async def conflict(pilot):
        app = pilot.app
        await pilot.press("f4")
        await quiet(pilot)
        stored = store.load("head-of-product")
        store.save("head-of-product", stored.plan.touched(notes="Theirs."), stored.fingerprint)
        app.plan_session.update(app.plan_session.plan.touched(notes="Mine, changed."))
        app.save_plans()
        await quiet(pilot)

    assert snap_compare(make_app(), run_before=conflict, terminal_size=size)
