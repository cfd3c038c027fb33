"""Snapshots of what a pack's examples, core items and watch-outs look like in the app.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import pytest

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}
ROLE = "fields-product-lead"


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_role_page_with_examples_and_watch_outs(snap_compare, make_app, data_dir, size):
    async def open_role(pilot):
        pilot.app.open_role(ROLE)
        await pilot.pause()

    app = make_app(data_dir / "import" / "fields_pack")
    assert snap_compare(app, run_before=open_role, terminal_size=size)


def test_evidence_form_offers_the_examples(snap_compare, make_app, data_dir, size):
    async def log_evidence(pilot):
        pilot.app.plan_session.create("Lead", current_role="product-manager", target_role=ROLE)
        pilot.app.save_plans()
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()

    app = make_app(data_dir / "import" / "fields_pack")
    assert snap_compare(app, run_before=log_evidence, terminal_size=size)
