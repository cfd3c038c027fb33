"""A prompt says how near the plan file's limit the text is, and keeps text over it instead of crashing."""

from __future__ import annotations

import time

from textual import events
from textual.widgets import Static

from explorer.tui.screens.prompt import TEXT_LIMIT, TextPrompt


def error_line(app) -> str:
    return str(app.screen.query_one("#prompt-error", Static).render())


async def test_a_title_over_the_limit_is_held_with_one_line_and_the_app_runs_on(make_app):
    app = make_app()
    answers: list[str | None] = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(TextPrompt("Name the plan"), answers.append)
        await pilot.pause()
        box = app.screen.query_one("#prompt-input")
        box.post_message(events.Paste("t" * (TEXT_LIMIT - 100)))
        await pilot.pause()
        assert f"{TEXT_LIMIT - 100:,} of at most {TEXT_LIMIT:,} characters" in error_line(app)
        box.post_message(events.Paste("t" * 101))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert answers == [] and len(box.value) == TEXT_LIMIT + 1  # kept, to shorten
        assert "at most 20,000 fit" in error_line(app)
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert answers == ["t" * TEXT_LIMIT]


async def test_a_20000_character_paste_into_a_prompt_is_quick(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(TextPrompt("New step"))
        await pilot.pause()
        box = app.screen.query_one("#prompt-input")
        started = time.perf_counter()
        box.post_message(events.Paste("word " * 4_000))
        await pilot.pause()
        assert len(box.value) == 20_000
        assert time.perf_counter() - started < 2


async def test_a_paste_that_arrives_as_20000_keystrokes_is_linear_and_in_order(make_app):
    """A terminal without bracketed paste sends each character as a key (was 43 s here, loaded)."""
    app = make_app()
    answers: list[str | None] = []
    text = ("word " * 4_000)[:19_997] + "END"
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(TextPrompt("New step"), answers.append)
        await pilot.pause()
        started = time.perf_counter()
        for char in "typo":
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("ctrl+u", None))  # clears what came before it, not after
        for char in text:
            app.post_message(events.Key("space" if char == " " else char, char))
        app.post_message(events.Key("enter", "\r"))
        while not answers and time.perf_counter() - started < 60:
            await pilot.pause(0.05)
        assert answers == [text]
        assert time.perf_counter() - started < 15


async def test_the_notes_pane_says_how_near_the_notes_limit_it_is(make_app):
    from explorer.tui.widgets.plan_pane import NOTES_LIMIT

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        session = app.plan_session
        session.create("Long notes")
        session.update(session.plan.touched(notes="n" * (NOTES_LIMIT - 10)))
        await pilot.press("ctrl+n")
        await pilot.pause()
        app.save_plans()
        await pilot.pause()
        status = str(app.screen.query_one("#plan-status", Static).render())
        assert f"Notes: {NOTES_LIMIT - 10:,} of at most {NOTES_LIMIT:,} characters" in status
