"""The role picker and the CLI answer a mistyped name with the same roles, in the same order."""

import re
import shutil

import pytest
from tests.functional.waits import palette_settled
from tests.unit.content.role_misspellings import HOSTILE, MISSPELLINGS
from textual.command import CommandList
from textual.widgets import Input

from explorer.cli import main
from explorer.core.content.resolve import rank_roles
from explorer.tui.screens.compare import CompareScreen
from explorer.tui.screens.picker import ROWS, RolePicker
from explorer.tui.widgets.lists import SafeOptionList

SUGGESTED = re.compile(r"did you mean '[^']*' \(([a-z0-9-]+)\)")


def rows(app) -> list[str]:
    options = app.screen.query_one("#picker-options", SafeOptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def show_in_picker(app, pilot, typed: str) -> tuple[str, ...]:
    app.screen.query_one("#picker-query", Input).value = typed
    await pilot.pause()
    return app.screen.role_ids


async def test_the_cli_suggests_the_pickers_first_row_for_every_misspelling(make_app, capsys):
    errors = {}
    for typed in MISSPELLINGS:
        assert main(["show", typed]) == 2
        errors[typed] = capsys.readouterr().err
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        for typed, expected in MISSPELLINGS.items():
            listed = await show_in_picker(app, pilot, typed)
            suggested = SUGGESTED.findall(errors[typed])
            assert errors[typed].startswith(f"role-explorer: unknown role {typed!r}; did you mean ")
            assert listed[0] == suggested[0] == expected, (typed, errors[typed])
            assert list(listed[: len(suggested)]) == suggested  # the same order, row by row


async def test_picker_at_80x24_typing_dirctor_offers_the_pm_director_first(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.press(*"dirctor")
        await pilot.pause()
        assert app.screen.role_ids[:3] == (
            "director-of-product-management",
            "director-of-product-marketing",
            "director-of-ux",
        )
        assert rows(app)[0].startswith("Director of Product Management  Management · level 6")
        assert app.screen.query_one("#picker-options", SafeOptionList).highlighted == 0
        await pilot.press("enter")  # the first role; the second picker leaves it out
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        await pilot.press(*"dirctor", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.left.id, app.screen.right.id) == (
            "director-of-product-management",
            "director-of-product-marketing",
        )


async def test_hostile_names_and_queries_through_the_picker(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        for typed in HOSTILE:
            await show_in_picker(app, pilot, typed)
            assert all("\x1b" not in row and "\u202e" not in row for row in rows(app))
        assert (await show_in_picker(app, pilot, "hostile"))[0] == "hostile-role"
        assert rows(app)[0].startswith(
            "[b]Hostile[/b] list[str] [@click=app.quit]"
        )  # literally, not as markup
        assert (await show_in_picker(app, pilot, "مدير المنتج"))[0] == "hostile-role"
        await pilot.press(*"[/]", "enter")
        await pilot.pause()
        assert app.is_running


@pytest.mark.slow
async def test_a_long_list_shows_the_closest_rows_and_says_how_many_more(make_app, data_dir, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(data_dir / "minimal" / "sources.toml", pack)
    for number in range(ROWS + 30):
        (pack / f"r{number:03d}.toml").write_text(
            f'id = "r{number:03d}"\ntitle = "Director of Area {number:03d}"\ntrack = "management"\n'
            f'level = 6\nsummary = "A generated role."\nsources = ["fixture"]\n',
            encoding="utf-8",
        )
    app = make_app(pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await pilot.pause()
        listed = await show_in_picker(app, pilot, "dirctor")
        assert len(listed) == ROWS and listed[:2] == (
            "r000",
            "r001",
        )  # level 6 management, by title, like the ladder
        assert (
            rows(app)[-1] == f"… {ROWS + 30 + 4 - ROWS} more roles: type more of the name"
        )  # + 3 shipped directors and an alias
        for _ in range(ROWS + 5):
            await pilot.press("down")
        assert app.screen.query_one("#picker-options", SafeOptionList).highlighted == ROWS - 1
        assert (await show_in_picker(app, pilot, "dirctor of area 129"))[0] == "r129"


@pytest.mark.slow
async def test_the_palette_lists_roles_in_the_pickers_order(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for typed in ("dirctor", "seniro pm", "open: vp prodcut"):
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*[("space" if ch == " " else ch) for ch in typed])
            await palette_settled(pilot)
            palette = app.screen.query_one(CommandList)
            shown = [
                str(palette.get_option_at_index(i).prompt).split("\n")[0] for i in range(palette.option_count)
            ]
            opened = [line for line in shown if line.startswith("Open: ")]
            picked = rank_roles(app.catalog, typed.removeprefix("open: "))
            assert opened == [f"Open: {role_entry(role)}" for role in picked][: len(opened)]
            assert opened and shown[0] == opened[0]  # no action is closer than the role
            await pilot.press("escape")
            await pilot.pause()


def role_entry(role) -> str:
    return role.title + (f" (also {', '.join(role.aliases)})" if role.aliases else "")
