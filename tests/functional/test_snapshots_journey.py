"""Snapshots of issue 26's journey fixes: where an export went, and the question before replacing one.

Every SVG under __snapshots__ was opened and checked by eye before it was accepted.
"""

import pytest

from explorer.tui.dialogs.confirm import ConfirmScreen
from explorer.tui.dialogs.exported import ExportedScreen

SIZES = {"100x30": (100, 30), "80x24": (80, 24), "60x20": (60, 20)}
PATH = "/home/pat/.local/share/role-explorer/exports/move-up-to-senior-pm-brief.md"


@pytest.fixture(params=list(SIZES), ids=list(SIZES))
def size(request):
    return SIZES[request.param]


def test_export_written_dialog(snap_compare, make_app, size):
    async def exported(pilot):
        pilot.app.push_screen(
            ExportedScreen("the transition brief", PATH, "open it in any text editor or Markdown viewer")
        )
        await pilot.pause()

    assert snap_compare(make_app(), run_before=exported, terminal_size=size)


def test_replace_export_question(snap_compare, make_app, size):
    async def asked(pilot):
        pilot.app.push_screen(
            ConfirmScreen(
                "Replace move-up-to-senior-pm-brief.md?",
                yes="Replace",
                no="Keep it",
                detail=f"{PATH} already exists. Replacing it writes the transition brief over it.",
                focus_no=True,
            )
        )
        await pilot.pause()

    assert snap_compare(make_app(), run_before=asked, terminal_size=size)


def test_gap_exploring_two_roles_beside_a_plan(snap_compare, make_app, size):
    async def explore(pilot):
        pilot.app.plan_session.create(
            "My plan", current_role="product-manager", target_role="senior-product-manager"
        )
        pilot.app.open_comparison("product-manager", "director-of-product-management")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=explore, terminal_size=size)
