"""Pilot tests: drive the app with keys, as a person would."""

import pytest
from tests.functional.waits import palette_settled
from textual.widgets import Static

from explorer.tui.screens.compare import CompareScreen
from explorer.tui.screens.detail import RoleDetailScreen
from explorer.tui.screens.help import HelpScreen
from explorer.tui.screens.picker import RolePicker
from explorer.tui.screens.search import SearchScreen

SIZE = (100, 30)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])
    await pilot.pause()


async def run_from_palette(pilot, text: str) -> None:
    """ctrl+p, type, wait for the palette's search, Enter."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, text)
    await palette_settled(pilot)
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("budget", "head-of-product"),
        ("board", "chief-product-officer"),
        ("scrum", "product-owner"),
        ("hop", "head-of-product"),
    ],
)
async def test_typing_filters_at_once_and_ranks_the_expected_role_first(make_app, query, expected):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.focused.id == "query"
        await type_text(pilot, query)
        assert app.screen.results.current_role == expected


async def test_empty_query_lists_every_role(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.results.option_count == len(app.catalog)


async def test_enter_opens_detail_and_escape_returns(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "budget")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen) and app.screen.role.id == "head-of-product"
        # Enter on the role's header (the first row) opens it at the top, nothing marked.
        assert app.screen.line is None and app.screen.query_one("#detail-body").scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query").value == "budget"


async def test_arrow_keys_and_j_k_move_through_results(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "product")
        results = app.screen.results
        assert results.highlighted == 0
        await pilot.press("down", "down")
        assert results.highlighted == 2
        await pilot.press("up")
        assert results.highlighted == 1
        await pilot.press("tab")
        await pilot.press("j", "j", "k")
        assert results.highlighted == 2


async def test_reporting_line_link_opens_that_role(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("l", "enter")
        await pilot.pause()
        assert app.screen.role.id == "director-of-product-management"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.role.id == "head-of-product"


async def test_compare_from_detail_with_picker_then_swap(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("senior-product-manager")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        await type_text(pilot, "director")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.left.id, app.screen.right.id) == (
            "senior-product-manager",
            "director-of-product-management",
        )
        await pilot.press("s")
        await pilot.pause()
        assert (app.screen.left.id, app.screen.right.id) == (
            "director-of-product-management",
            "senior-product-manager",
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen)


async def test_picker_escape_cancels(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen)


async def test_mark_two_results_and_compare(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+o")  # nothing marked yet: the key does nothing
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await type_text(pilot, "cpo")
        await pilot.press("ctrl+t")
        await pilot.press("ctrl+l")
        await type_text(pilot, "cto")
        await pilot.press("ctrl+t", "ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.left.id, app.screen.right.id) == (
            "chief-product-officer",
            "chief-technology-officer",
        )


async def test_command_palette_jumps_to_a_role(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await run_from_palette(pilot, "Open: Chief Product")
        assert isinstance(app.screen, RoleDetailScreen) and app.screen.role.id == "chief-product-officer"


async def test_command_palette_runs_an_action(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await run_from_palette(pilot, "Help")
        assert isinstance(app.screen, HelpScreen)


async def test_help_lists_bindings_and_closes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = "\n".join(f"{row.keys} {row.text}" for section in app.screen.sections for row in section.rows)
        assert "Mark the highlighted role" in lines and "Leave role-explorer" in lines and "F1" in lines
        assert "Compare the two marked roles" not in lines  # not live until two roles are marked
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_compare_any_two_roles_from_anywhere(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        await type_text(pilot, "product owner")
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "product manager")
        await pilot.press("enter")
        await pilot.pause()
        assert (app.screen.left.id, app.screen.right.id) == ("product-owner", "product-manager")


async def test_theme_choice_is_remembered(make_app, tmp_path):
    settings = tmp_path / "cfg" / "config.toml"
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert 'theme = "nord"' in settings.read_text()
    again = make_app(settings=settings)
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"


async def test_corrupt_settings_warn_and_fall_back(make_app, tmp_path):
    settings = tmp_path / "config.toml"
    settings.write_text("theme = [unclosed")
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("settings ignored" in n.message for n in app._notifications)


async def test_content_problems_are_announced_and_valid_roles_work(make_app, data_dir):
    app = make_app(data_dir / "broken")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("7 content problems" in n.message for n in app._notifications)
        await type_text(pilot, "good role")
        assert app.screen.results.current_role == "good-role"


HOSTILE_FRAGMENTS = ["[b]Hostile[/b] list[str] [@click=app.quit]", "[@click=app.quit]quit[/]", "␛[31mred"]


@pytest.mark.slow
async def test_hostile_strings_render_literally_on_every_screen(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "budget")
        grouped = "\n".join(str(opt.prompt) for opt in app.screen.results.options)
        assert "[b]Hostile[/b] list[str] [@click=app.quit]  Adjacent" in grouped  # the role's header
        await pilot.press("ctrl+r")  # flat: every found line
        results_text = "\n".join(str(opt.prompt) for opt in app.screen.results.options)
        assert "budget [@click=app.quit]quit[/]" in results_text
        assert "budget ␛[31mred␛[0m" in results_text
        await pilot.press("ctrl+r")
        app.open_role("hostile-role")
        await pilot.pause()
        detail = "\n".join(str(w.render()) for w in app.screen.query(Static))
        for fragment in HOSTILE_FRAGMENTS:
            assert fragment in detail
        assert "\x1b" not in detail
        await pilot.press("end", "pagedown", "l", "enter")
        await pilot.pause()
        assert app.screen.role.id == "plain-role"
        app.open_comparison("hostile-role", "plain-role")
        await pilot.pause()
        await pilot.press("s", "pagedown")
        app.push_screen(RolePicker("pick [/]"))
        await pilot.pause()
        await type_text(pilot, "hostile")
        await pilot.press("escape", "f1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await type_text(pilot, "Open: [b]")
        await palette_settled(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running  # [@click=app.quit] never ran


async def test_tiny_terminal_still_works(make_app):
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await type_text(pilot, "budget")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("c")
        await type_text(pilot, "cpo")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_command_palette_offers_the_current_screens_actions(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_comparison("product-manager", "product-owner")
        await pilot.pause()
        await run_from_palette(pilot, "Swap sides")
        assert (app.screen.left.id, app.screen.right.id) == ("product-owner", "product-manager")


async def test_content_pack_loads_in_the_background_and_search_covers_it(tmp_path, data_dir):
    from explorer.core.content.loader import load_catalog
    from explorer.locations import shipped_content_dir
    from explorer.tui.app import create_app

    app = create_app(
        load_catalog([shipped_content_dir()]),
        settings_path=tmp_path / "c.toml",
        pending_packs=[data_dir / "minimal"],
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "alpha" in app.catalog.roles
        await type_text(pilot, "alpha analyst")
        assert app.screen.results.current_role == "alpha"
        assert "Loading" not in str(app.screen.query_one("#search-status").render())


@pytest.mark.slow
async def test_a_third_mark_says_which_role_it_unmarked(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:

        async def mark(query: str) -> str:
            await pilot.press("ctrl+l")
            await type_text(pilot, query)
            await pilot.press("ctrl+t")
            await pilot.pause()
            return str(app.screen.query_one("#search-status").render())

        assert "Marked Chief Product Officer for comparison (mark one more)" in await mark("cpo")
        assert "Marked Chief Product Officer + Chief Technology Officer: ctrl+o compares them" in await mark(
            "cto"
        )
        third = await mark("head of product")
        assert third.startswith("Marked Head of Product, unmarked Chief Product Officer (two at most")
        assert third.count("Chief Product Officer") == 1  # the marks are not listed a second time
        assert app.screen.results.marked == ["chief-technology-officer", "head-of-product"]
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "Unmarked Head of Product; Chief Technology Officer is still marked" in str(
            app.screen.query_one("#search-status").render()
        )
