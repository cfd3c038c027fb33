"""Exports from the TUI in a terminal: written to disk (0600), a dialog that stays says where and how to open it."""

import stat

from explorer import locations
from explorer.tui.dialogs.confirm import ConfirmScreen
from explorer.tui.dialogs.exported import ExportedScreen
from explorer.tui.screens.readiness import ReadinessScreen
from ics_strict import parse

SIZE = (100, 30)
HOP = "head-of-product"


def messages(app) -> list[str]:
    return [notification.message for notification in app._notifications]


async def open_readiness(pilot, app, title="My plan"):
    app.plan_session.create(title, current_role="product-manager", target_role=HOP)
    await pilot.press("f5")
    await pilot.pause()
    assert isinstance(app.screen, ReadinessScreen)


def shown_path(app) -> str:
    assert isinstance(app.screen, ExportedScreen)
    return app.screen.path


async def test_the_brief_and_calendar_are_written_to_the_exports_folder_and_a_dialog_says_where(make_app):
    app = make_app()
    exports = locations.data_dir() / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await open_readiness(pilot, app)
        await pilot.press("b")
        await pilot.pause()
        brief = exports / "my-plan-brief.md"
        assert brief.read_text(encoding="utf-8").startswith("# Transition brief: My plan\n")
        assert stat.S_IMODE(brief.stat().st_mode) == 0o600
        assert shown_path(app) == str(brief)
        assert app.screen.how_to_open == "open it in any text editor or Markdown viewer"
        await pilot.press("enter", "i")
        await pilot.pause()
        calendar = exports / "my-plan-dates.ics"
        parse(calendar.read_bytes())
        assert stat.S_IMODE(calendar.stat().st_mode) == 0o600
        assert shown_path(app) == str(calendar)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        assert sorted(path.name for path in exports.iterdir()) == ["my-plan-brief.md", "my-plan-dates.ics"]


async def test_exporting_again_asks_before_replacing_the_earlier_export(make_app):
    app = make_app()
    brief = locations.data_dir() / "exports" / "my-plan-brief.md"
    async with app.run_test(size=SIZE) as pilot:
        await open_readiness(pilot, app)
        await pilot.press("b", "enter")
        await pilot.pause()
        assert "— not yet" not in brief.read_text(encoding="utf-8")
        await pilot.press("space", "b")  # assessed after the first brief
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert "— not yet" not in brief.read_text(encoding="utf-8")
        await pilot.press("b", "y")
        await pilot.pause()
        assert shown_path(app) == str(brief)
    assert "— not yet" in brief.read_text(encoding="utf-8")
    assert [path.name for path in brief.parent.iterdir()] == ["my-plan-brief.md"]  # no temp file left behind


async def test_an_unwritable_exports_folder_is_one_clear_line_and_the_app_keeps_working(make_app):
    app = make_app()
    blocker = locations.data_dir() / "exports"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await open_readiness(pilot, app)
        await pilot.press("b")
        await pilot.pause()
        error = list(app._notifications)[-1]
        assert error.severity == "error"
        assert error.message.startswith(f"{blocker / 'my-plan-brief.md'}: not written (")
        assert "\n" not in error.message and "Traceback" not in error.message
        await pilot.press("space")  # still working: assess the highlighted responsibility
        await pilot.pause()
        assert app.plan_session.plan.assessments
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


async def test_copying_a_plan_in_a_terminal_says_the_terminal_must_allow_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Copy me")
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard.startswith("# Copy me\n")
        lines = app.clipboard.count("\n") + 1
        assert messages(app)[-1] == (
            f"Copied the plan ({lines} lines) to the clipboard, if your terminal allows it "
            "(export to a file with e if it does not)."
        )
