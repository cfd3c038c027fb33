"""Every screen at every size, with hostile content and notes: nothing crashes, nothing leaks."""

import pytest
from textual.widgets import Static

from explorer.tui.widgets.notes_area import NotesArea

SIZES = [(20, 8), (30, 10), (60, 20), (100, 30), (300, 100)]
HOSTILE_NOTES = (
    "[b]not bold[/b] [@click=app.quit]x[/] \x1b[2J\x1b]0;title\x07 zero\u200bwidth مدير " + "w" * 400
)


async def visit_every_screen(app, pilot):
    """Search, detail (links, notes), compare, ladder, gap, plans, help, picker and palette."""
    await pilot.press(*"budget")
    await pilot.pause()
    app.open_role("hostile-role")
    await pilot.pause()
    await pilot.press("pagedown", "end", "h", "y", "ctrl+n")
    await pilot.pause()
    await pilot.press("escape")
    app.open_role("plain-role")
    await pilot.pause()
    await pilot.press("t", "y", "c")
    await pilot.pause()
    await pilot.press(*"hostile", "enter")
    await pilot.pause()
    await pilot.press("s", "ctrl+n", "pagedown")
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()
    await pilot.press("up", "left", "right", "down", "ctrl+n")
    await pilot.pause()
    await pilot.press("f3")
    await pilot.pause()
    await pilot.press("a", "down", "a", "ctrl+n")
    await pilot.pause()
    await pilot.press("f4")
    await pilot.pause()
    await pilot.press("f1")
    await pilot.pause()
    await pilot.press("escape", "ctrl+g")
    await pilot.pause()
    await pilot.press("escape", "ctrl+p")
    await pilot.pause()
    await pilot.press(*"Open", "escape")
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.slow
async def test_every_screen_at_every_size(make_app, data_dir, size):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=size) as pilot:
        await visit_every_screen(app, pilot)
        assert app.is_running


@pytest.mark.slow
async def test_live_resize_in_the_middle_of_use(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"budget")
        app.open_comparison("hostile-role", "plain-role")
        await pilot.pause()
        for size in [(20, 8), (300, 100), (25, 9), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("s", "pagedown")
        await pilot.press("f2")
        await pilot.resize_terminal(20, 8)
        await pilot.pause()
        await pilot.press("up", "enter")
        await pilot.pause()
        assert app.is_running


@pytest.mark.slow
async def test_hostile_notes_and_content_never_reach_the_terminal_raw(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=(100, 30)) as pilot:
        session = app.plan_session
        session.create("[b]plan[/b] \x1b[31m")
        session.update(
            session.plan.touched(notes=HOSTILE_NOTES, current_role="hostile-role", target_role="plain-role")
        )
        app.save_plans()
        for action in ("f2", "f3", "f4"):
            await pilot.press(action)
            await pilot.pause()
            shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
            assert "\x1b" not in shown and "\x07" not in shown
        notes = app.screen.pane.query_one(NotesArea)
        assert notes.text == HOSTILE_NOTES  # kept exactly as written
        heading = str(app.screen.query_one("#plan-heading").render())
        assert "[b]plan[/b] ␛[31m" in heading
        assert app.is_running


async def test_the_notes_editor_shows_escapes_visibly_and_keeps_them_as_typed(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=(100, 30)) as pilot:
        session = app.plan_session
        session.create("Hostile notes")
        session.update(session.plan.touched(notes=HOSTILE_NOTES + "\n\x9b2J \u202eevil\u2066"))
        await pilot.press("ctrl+n")
        await pilot.pause()
        notes = app.screen.query_one(NotesArea)
        shown = "".join(segment.text for y in range(notes.size.height) for segment in notes.render_line(y))
        for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\u200b"):
            assert raw not in shown
        lines = [notes.get_line(row).plain for row in range(notes.document.line_count)]
        assert "␛]0;title␇" in lines[0] and lines[1].startswith("�2J �evil�")
        notes.focus()
        await pilot.press("end", *"typed")
        assert notes.text.endswith("\u2066typed")  # stored as typed
