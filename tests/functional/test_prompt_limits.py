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
