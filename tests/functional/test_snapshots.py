"""Snapshot tests: what a person sees on each screen, at a roomy and a small size.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import pytest

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_search_empty(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size)


def test_search_with_results(snap_compare, make_app, size):
    assert snap_compare(make_app(), press=list("roadmap"), terminal_size=size)


def test_search_partial_matches_below_a_divider(snap_compare, make_app, size):
    assert snap_compare(make_app(), press=[*"stakeholder", "space", *"management"], terminal_size=size)


def test_search_flat(snap_compare, make_app, size):
    assert snap_compare(make_app(), press=[*"roadmap", "ctrl+r", "down"], terminal_size=size)


def test_role_detail_opened_at_a_found_line(snap_compare, make_app, size):
    assert snap_compare(
        make_app(), press=[*"program", "space", *"backlog", "down", "enter"], terminal_size=size
    )


def test_role_detail(snap_compare, make_app, size):
    async def open_head_of_product(pilot):
        pilot.app.open_role("head-of-product")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_head_of_product, terminal_size=size)


def test_comparison(snap_compare, make_app, size):
    async def open_comparison(pilot):
        pilot.app.open_comparison("senior-product-manager", "director-of-product-management")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_comparison, terminal_size=size)


def test_help(snap_compare, make_app, size):
    assert snap_compare(make_app(), press=["f1"], terminal_size=size)


def _plan_between(app, current: str, target: str, notes: str = "") -> None:
    session = app.plan_session
    session.open()
    plan = session.ensure_active()
    session.update(plan.touched(current_role=current, target_role=target, notes=notes))
    session.save()


def test_ladder(snap_compare, make_app, size):
    async def open_ladder(pilot):
        _plan_between(pilot.app, "product-manager", "head-of-product")
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("up")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_ladder, terminal_size=size)


def test_gap(snap_compare, make_app, size):
    async def open_gap(pilot):
        _plan_between(pilot.app, "senior-product-manager", "head-of-product")
        await pilot.press("f3")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_gap, terminal_size=size)


def test_notes_beside_a_role(snap_compare, make_app, size):
    async def open_notes(pilot):
        _plan_between(
            pilot.app,
            "product-manager",
            "head-of-product",
            "Ask for the budget owner role.\n- [b]not markup[/b]",
        )
        pilot.app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_notes, terminal_size=size)


def _on_linked_role(*keys: str):
    async def run_before(pilot):
        pilot.app.open_role("platform-product-manager")
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_role_detail_with_linked_sources(snap_compare, make_app, data_dir, size):
    """Scrolled to the end: the Sources list with each address under its source."""
    assert snap_compare(make_app(data_dir / "linked"), run_before=_on_linked_role("end"), terminal_size=size)


def test_source_pages_dialog(snap_compare, make_app, data_dir, size, monkeypatch):
    monkeypatch.setattr("explorer.tui.dialogs.source_links.can_open_links", lambda app: True)
    assert snap_compare(make_app(data_dir / "linked"), run_before=_on_linked_role("o"), terminal_size=size)


def test_plans_screen(snap_compare, make_app, size):
    async def open_plans(pilot):
        import dataclasses
        import datetime as dt

        session = pilot.app.plan_session
        session.open()
        plan = session.ensure_active().touched(
            current_role="product-manager",
            target_role="head-of-product",
            notes="Talk to two heads of product.",
        )
        session.update(dataclasses.replace(plan, updated=dt.datetime(2026, 1, 5, 9, 30)))
        session.save()
        await pilot.press("f4")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_plans, terminal_size=size)
