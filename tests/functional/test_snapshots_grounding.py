"""Snapshots of where facts rest: pinpoints in the Sources view, grown duties and title notes in compare and gap.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import pytest

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_sources_with_pinpoints_and_our_reading(snap_compare, make_app, data_dir, size):
    async def open_sources(pilot):
        pilot.app.open_role("grounded-pm")
        await pilot.pause()
        pilot.app.screen.query_one("#detail-body").scroll_end(animate=False)
        await pilot.pause()

    assert snap_compare(make_app(data_dir / "grounded"), run_before=open_sources, terminal_size=size)


def test_comparison_pairs_grown_duties(snap_compare, make_app, data_dir, size):
    async def open_comparison(pilot):
        pilot.app.open_comparison("grounded-pm", "grounded-senior-pm")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()

    assert snap_compare(make_app(data_dir / "grounded"), run_before=open_comparison, terminal_size=size)


def test_gap_same_work_bigger_scope_and_title_notes(snap_compare, make_app, data_dir, size):
    async def open_gap(pilot):
        pilot.app.open_comparison("grounded-pm", "grounded-senior-pm")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()

    assert snap_compare(make_app(data_dir / "grounded"), run_before=open_gap, terminal_size=size)
