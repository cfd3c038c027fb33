"""The command palette with nothing typed: the app's actions first, once each, then the roles, then Textual's."""

from tests.functional.waits import palette_settled
from textual.command import CommandList

from explorer.tui.screens.detail import RoleDetailScreen

SIZE = (100, 30)
APP_ACTIONS = ["Ladder", "Gap", "Plans", "Ready?", "Notes", "Compare…", "Undo", "Help"]
SYSTEM = {"Theme", "Screenshot"}


async def palette_rows(pilot) -> list[str]:
    """Open the palette with an empty query; the title (first line) of every row, top to bottom."""
    await pilot.press("ctrl+p")
    await palette_settled(pilot)
    rows = pilot.app.screen.query_one(CommandList)
    titles = [str(rows.get_option_at_index(i).prompt).split("\n", 1)[0] for i in range(rows.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return titles


def check_order(rows: list[str], first: list[str]) -> None:
    assert rows[: len(first)] == first
    assert len(rows) == len(set(rows)), [row for row in rows if rows.count(row) > 1]
    first_role = next(i for i, row in enumerate(rows) if row.startswith("Open: "))
    last_role = max(i for i, row in enumerate(rows) if row.startswith("Open: "))
    assert not any(row.startswith("Open: ") for row in rows[:first_role])
    assert set(rows[last_role + 1 :]) >= SYSTEM and not SYSTEM & set(rows[:first_role])
    assert "Quit" in rows[:first_role] and rows.count("Quit") == 1
    assert not [
        row
        for row in rows
        if "cursor" in row.lower() or row in ("Select all", "Paste text from the clipboard", "Focus Next")
    ]


async def test_on_the_search_screen_with_the_box_focused(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.focused.id == "query"
        rows = await palette_rows(pilot)
        # Search is left out here: the box it would focus already has the focus.
        check_order(rows, [*APP_ACTIONS, "Next"])
        assert {"Mark", "Clear", "Grouped/flat"} <= set(rows[: rows.index("Quit")])
        assert app.screen.focused.id == "query"


async def test_on_a_role_screen(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        rows = await palette_rows(pilot)
        check_order(rows, ["Search", *APP_ACTIONS, "Compare with…", "Links", "I am here", "Target"])
        assert "Back" in rows[: rows.index("Open: Product Manager (also PM)")]
        assert isinstance(app.screen, RoleDetailScreen)


async def test_typed_query_still_finds_textuals_commands(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await palette_settled(pilot)
        rows = app.screen.query_one(CommandList)
        assert str(rows.get_option_at_index(0).prompt).startswith("Theme")


def test_every_closeness_of_a_role_name_has_a_palette_score():
    from explorer.core.content.role_names import Closeness
    from explorer.tui.palette import _CLOSENESS_SCORE

    assert set(_CLOSENESS_SCORE) == {closeness.name for closeness in Closeness}
    ordered = [_CLOSENESS_SCORE[closeness.name] for closeness in sorted(Closeness)]
    assert ordered == sorted(ordered, reverse=True)  # a closer name never scores lower
