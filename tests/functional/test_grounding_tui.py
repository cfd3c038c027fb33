"""The TUI shows where facts rest (Sources view), our own reading apart, grown duties and title notes."""

from __future__ import annotations

from pathlib import Path

from rendered import as_text, as_words
from textual.widgets import Static

from explorer.tui.screens.compare import glance_and_shared, title_notes
from explorer.tui.screens.gap import GapScreen

SIZE = (100, 30)
HOSTILE = "[b]x[/b] [@click=app.quit]q[/] \u001b[31mred\u001b[0m \u202eevil"
# As written in a TOML basic string: the control and bidi characters as escapes.
IN_TOML = HOSTILE.replace("\u001b", "\\u001b").replace("\u202e", "\\u202e")


def flat(screen) -> str:
    return " ".join(" ".join(str(widget.render()) for widget in screen.query(Static)).split())


async def test_sources_view_lists_the_words_each_fact_rests_on(make_app, data_dir):
    app = make_app(data_dir / "grounded")
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("grounded-pm")
        await pilot.pause()
        text = flat(app.screen)
        sources = text.split("Sources", 1)[1]
        assert "[1] Field Guide Weekly, May 2024: What product managers do all day" in sources
        assert "at “talks to customers every week” — Talk to customers and turn what they say" in sources
        assert "at “a median of $120,000” — Pay: $120,000, median base pay" in sources
        assert "2 facts are marked “Our reading”: no article states them, so they carry no number." in sources


async def test_editorial_facts_are_our_reading_without_a_number(make_app, data_dir):
    app = make_app(data_dir / "grounded")
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("grounded-pm")
        await pilot.pause()
        text = flat(app.screen)
        assert "• Our reading: Run the team's daily stand-up. •" in text or (
            "Our reading: Run the team's daily stand-up. Experience" in text
        )
        assert "Run the team's daily stand-up. [" not in text
        assert "Our reading: not stated" in text
        app.open_role("grounded-senior-pm")
        await pilot.pause()
        links = app.screen.query_one("#detail-links")
        advice = as_words(links.get_option_at_index(0).prompt)
        assert advice.endswith("Our reading: Step back to a single team to go deeper into one product.")


async def test_compare_shows_grown_duties_and_both_roles_title_notes(make_app, data_dir):
    app = make_app(data_dir / "grounded")
    async with app.run_test(size=SIZE) as pilot:
        app.open_comparison("grounded-pm", "grounded-senior-pm")
        await pilot.pause()
        comparison = app.screen.comparison
        table = as_words(glance_and_shared(comparison))
        assert "Same work, bigger scope (2)" in table and "A → B grows" in table
        notes = as_words(title_notes(comparison))
        assert "Title notes (3)" in notes
        assert "A Grounded PM: [b]Often[/b] confused with a project manager. (Field Guide Weekly)" in notes
        await pilot.press("s")  # swapped: the bigger role is on the left, the arrow turns
        await pilot.pause()
        assert "A ← B grows" in as_words(glance_and_shared(app.screen.comparison))
        assert "Only in A: Grounded Senior PM (1)" in flat(app.screen)


async def test_gap_lists_same_work_and_title_notes_that_cannot_be_added(make_app, data_dir):
    app = make_app(data_dir / "grounded")
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(GapScreen("grounded-pm", "grounded-senior-pm"))
        await pilot.pause()
        listing = app.screen.query_one("#gap-items")
        rows = [as_words(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert "Same work, bigger scope (2)" in rows and "Leave behind (1)" in rows
        notes_at = rows.index("Title notes (3)")
        assert all(listing.get_option_at_index(i).disabled for i in range(notes_at, len(rows)))
        steps_before = len(app.plan_session.plan.steps) if app.plan_session.plan else 0
        await pilot.press("end", "a")
        await pilot.pause()
        steps_after = len(app.plan_session.plan.steps) if app.plan_session.plan else 0
        assert steps_after == steps_before + 1  # the last addable item, not a title note


def hostile_pack(folder: Path) -> Path:
    folder.mkdir()
    (folder / "sources.toml").write_text(
        f'[[sources]]\nid = "s"\npublisher = "{IN_TOML}"\ntitle = "T"\ndate = "2024"\n', encoding="utf-8"
    )
    for role_id, level, extra in (
        ("low", 2, ""),
        ("high", 3, 'grows_from = "low#d"\n'),
    ):
        (folder / f"{role_id}.toml").write_text(
            f'id = "{role_id}"\ntitle = "{role_id}"\ntrack = "management"\nlevel = {level}\nsummary = "S."\n'
            f'sources = ["s"]\n\n[[responsibilities]]\nid = "d"\ntext = "{IN_TOML} duty"\narea = "data"\n'
            f'source = "s"\npinpoint = "{IN_TOML}"\n{extra}'
            f'\n[[title_notes]]\ntext = "{IN_TOML} note"\nsources = ["s"]\npinpoint = "a b {IN_TOML}"\n',
            encoding="utf-8",
        )
    return folder


async def test_hostile_pinpoints_and_notes_are_shown_as_plain_text(make_app, tmp_path):
    app = make_app(hostile_pack(tmp_path / "hostile"))
    assert app.catalog.role("high").responsibilities[0].grows_from == "low#d"
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("high")
        await pilot.pause()
        text = flat(app.screen)
        assert "[b]x[/b] [@click=app.quit]q[/]" in text and "\u001b" not in text and "\u202e" not in text
        app.open_comparison("low", "high")
        await pilot.pause()
        for renderable in (glance_and_shared(app.screen.comparison), title_notes(app.screen.comparison)):
            shown = as_text(renderable)
            assert "[b]x[/b]" in shown and "\u001b" not in shown and "\u202e" not in shown
        app.push_screen(GapScreen("low", "high"))
        await pilot.pause()
        assert app.is_running
