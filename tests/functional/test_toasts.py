"""Toasts: cut at a word with "…", a few at a time, never over the focused input."""

from pathlib import Path

import pytest
from textual.geometry import Region, Size
from textual.widgets._toast import Toast

from explorer.tui.toasts import choose_corner, fit_toast, line_count, lines_each, to_drop, toast_text_width

HOSTILE = (Path(__file__).parents[1] / "data" / "hostile").glob("*")


def test_a_short_message_is_left_alone():
    assert fit_toast("Copied Head of Product.", 26) == "Copied Head of Product."


def test_a_long_message_is_cut_at_a_word_and_ends_with_an_ellipsis():
    message = (
        "Not saved: /home/someone/.local/share/role-explorer/plans: cannot create the plans folder: "
        "a file is in the way. Kept here; saved as soon as that works."
    )
    fitted = fit_toast(message, 26, max_lines=3)
    assert fitted.endswith("…") and len(fitted) < len(message)
    assert message.startswith(fitted.removesuffix("…"))
    assert message[len(fitted) - 1] in " ,.;:"  # cut at the end of a whole word
    assert fit_toast(fitted, 26, max_lines=3) == fitted  # what is left fits in three lines
    assert fit_toast(message, 26, max_lines=9) == message


def test_every_hostile_string_fits():
    for path in HOSTILE:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            fitted = fit_toast(text, 20, max_lines=4)
            assert fitted == text or (fitted.endswith("…") and text.startswith(fitted[:-1]))
            assert fit_toast(fitted, 20, max_lines=4) == fitted


def test_one_toast_may_take_more_lines_than_three_sharing_the_screen():
    assert lines_each(20, 1) == 6 and lines_each(20, 3) == 3
    for height in range(5, 60):
        for count in (1, 2, 3):
            assert count * (lines_each(height, count) + 3) <= height - 2 or lines_each(height, count) == 1


def test_the_oldest_toasts_make_room_for_the_newest():
    import time

    from textual.notifications import Notification

    old, middle, new = (Notification("word " * 40, raised_at=time.time() + n) for n in range(3))
    assert to_drop([old, middle, new], screen_height=24, width=36) == [old]  # 9 + 9 rows fit in 22, not 27
    assert to_drop([old, middle, new], screen_height=50, width=36) == []
    assert to_drop([new], screen_height=5, width=36) == []  # the newest is always shown


@pytest.mark.parametrize(
    "focused, corner",
    [
        (None, "bottom-right"),
        (Region(0, 0, 80, 3), "bottom-right"),  # the search box at the top
        (Region(45, 10, 35, 12), "bottom-left"),  # notes in the right pane
        (Region(0, 18, 80, 5), "top-right"),  # a full-width box at the bottom
    ],
)
def test_the_toasts_go_to_a_corner_the_focused_input_is_not_in(focused, corner):
    assert choose_corner(focused, Size(80, 24), height=6) == corner


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_toasts_never_cover_the_notes_being_typed(make_app, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        notes = app.focused
        assert notes.id == "plan-notes"
        for n in range(5):
            app.notify(f"Message {n}: " + "a fairly long toast text that wraps " * 8, markup=False)
        await pilot.pause(0.3)
        shown = list(app.screen.query(Toast))
        assert 0 < len(shown) <= 3
        for toast in shown:
            assert not toast.region.overlaps(notes.region)
            assert str(toast.render()).endswith("…")
            assert toast.region.bottom <= size[1] - 1  # whole: the rack is cut at the screen's edge
        # Beside the screen the notes leave a corner free; at full width (below 90 columns) the
        # toasts wait, hidden, until the focus leaves the notes.
        assert any(toast.region.area for toast in shown) == (size[0] >= 90)
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert all(toast.region.area for toast in app.screen.query(Toast))


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (40, 12)])
async def test_toasts_shown_together_fit_on_the_screen(make_app, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        for n in range(4):
            app.notify(
                f"Saved as evidence e{n}, supporting: " + "give strategic oversight and leadership " * 5,
                markup=False,
            )
        await pilot.pause(0.3)
        shown = list(app.screen.query(Toast))
        assert shown
        for toast in shown:
            # Whole on the screen; above the footer except on the smallest screens.
            assert toast.region.y >= 0 and toast.region.bottom <= size[1] - (1 if size[1] >= 20 else 0)
            text = str(toast.render())
            assert text.endswith("…") and not text.endswith(" …")
            # The width and lines counted are the ones Textual shows.
            assert toast.content_region.width == toast_text_width(size[0])
            assert line_count(text, toast.content_region.width) == toast.content_region.height


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_toasts_never_cover_the_evidence_form(make_app, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        session = app.plan_session
        session.update(
            session.ensure_active().touched(current_role="product-manager", target_role="head-of-product")
        )
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("space", "space", "space")  # a toast per press, as in the review
        await pilot.pause()
        assert list(app.screen.query(Toast))
        await pilot.press("e")
        await pilot.pause(0.3)
        form = app.screen.query_one("#evidence-form")
        for toast in app.screen.query(Toast):
            assert not (toast.display and toast.visible and toast.region.overlaps(form.region)), toast.region
        await pilot.press("escape")  # nothing typed: closes
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "ReadinessScreen"
        assert not app.screen.has_class("-toasts-hidden")
