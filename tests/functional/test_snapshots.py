"""Snapshot tests: what a person sees on each screen, at a roomy and a small size.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import pytest

SIZES = {"100x30": (100, 30), "60x20": (60, 20)}


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_search_empty(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size)


def test_search_with_results(snap_compare, make_app, size):
    assert snap_compare(make_app(), press=list("roadmap"), terminal_size=size)


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
