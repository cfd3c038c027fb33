"""The ladder screen: order within a column, scrolling, the moves panel, narrow terminals, mouse."""

import pytest
from tests.functional.lanes import one_in_the_quick_lane
from textual.geometry import Region

from explorer.tui.screens.detail import RoleDetailScreen
from explorer.tui.screens.ladder import LadderScreen
from explorer.tui.widgets.ladder_layout import wrap_words

SIZES = [(120, 40), (100, 30), (80, 24), (60, 20)]


async def open_ladder(app, pilot):
    await pilot.press("f2")
    await pilot.pause()
    assert isinstance(app.screen, LadderScreen)
    return app.screen.grid


def selected_on_screen(app) -> bool:
    """The selected role's cells lie inside the visible part of the grid's scroll area."""
    grid = app.screen.grid
    spot = grid.layout_for(grid.size.width).spots[grid.selected]
    # The grid's region is already moved by the scroll: it starts above the view when scrolled.
    on_screen = Region(grid.region.x + spot.x, grid.region.y + spot.y, spot.width, spot.height)
    return grid.parent.region.contains_region(on_screen)


@pytest.mark.parametrize("size", one_in_the_quick_lane(SIZES, keep=3), ids=[f"{w}x{h}" for w, h in SIZES])
async def test_up_and_down_visit_roles_sharing_a_level_in_drawing_order(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        grid = await open_ladder(app, pilot)
        grid.selected = "product-owner"
        await pilot.pause()
        # Beside the product ladder: PLM and AI PM share level 3, PO and PMM share level 2.
        visited = []
        for key in ["up", "up", "up", "down", "down", "down", "down", "k", "j"]:
            await pilot.press(key)
            await pilot.pause()
            visited.append(grid.selected)
            assert selected_on_screen(app), (key, grid.selected)
        assert visited == [
            "ai-product-manager",
            "product-line-manager",
            "product-line-manager",
            "ai-product-manager",
            "product-owner",
            "product-marketing-manager",
            "product-marketing-manager",
            "product-owner",
            "product-marketing-manager",
        ]
        spots = grid.layout_for(grid.size.width).spots
        order = ["product-line-manager", "ai-product-manager", "product-owner", "product-marketing-manager"]
        tops = [spots[role].y for role in order]
        assert tops == sorted(tops)  # drawn top to bottom in the order Up/Down visit them


async def test_long_ladder_scrolls_to_the_selection_both_ways(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        grid = await open_ladder(app, pilot)
        await pilot.press("right")  # the management ladder
        for key in ["home", "end", "home"]:
            await pilot.press(key)
            await pilot.pause()
            assert selected_on_screen(app), key
        assert grid.selected == "chief-product-officer"


@pytest.mark.parametrize("size", one_in_the_quick_lane(SIZES, keep=3), ids=[f"{w}x{h}" for w, h in SIZES])
async def test_moves_panel_is_on_screen_at_every_size(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_ladder(app, pilot)
        box = app.screen.query_one("#ladder-moves-box")
        grid_area = app.screen.query_one("#ladder-scroll").region
        assert box.region.height >= 4 and app.screen.region.contains_region(box.region)
        if size[0] >= 120:
            assert box.region.x >= grid_area.right  # beside the grid
        else:
            assert box.region.y >= grid_area.bottom  # below it
        assert "From Product Manager" in str(app.screen.query_one("#ladder-moves").render())
        box.focus()
        await pilot.press("end")  # reachable: the panel takes focus and scrolls
        assert app.focused is box


async def test_narrow_terminal_shows_one_ladder_and_left_right_switch(make_app):
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        grid = await open_ladder(app, pilot)
        layout = grid.layout_for(grid.size.width)
        assert len(layout.shown) == 1 and "Individual contributor" in layout.header[0].plain
        assert "Principal Product Manager" in "\n".join(line.plain for line in layout.lines)  # not cut short
        await pilot.press("right")
        layout = grid.layout_for(grid.size.width)
        assert "Management" in layout.header[0].plain and grid.selected == "group-product-manager"
        await pilot.press("left", "left")
        assert grid.layout_for(grid.size.width).shown == (0,)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert len(grid.layout_for(grid.size.width).shown) == len(grid.ladders)


async def test_click_selects_and_double_click_opens(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        grid = await open_ladder(app, pilot)
        spot = grid.layout_for(grid.size.width).spots["senior-product-manager"]
        await pilot.click("#ladder-grid", offset=(spot.x + 1, spot.y))
        await pilot.pause()
        assert grid.selected == "senior-product-manager" and isinstance(app.screen, LadderScreen)
        await pilot.double_click("#ladder-grid", offset=(spot.x + 1, spot.y))
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen) and app.screen.role.id == "senior-product-manager"


def test_titles_wrap_at_words_with_a_hanging_indent():
    assert wrap_words("Director of Product Management", 12) == ["Director of", "  Product", "  Management"]
    assert wrap_words("Supercalifragilistic", 8) == ["Supercal", "  ifragi", "  listic"]
    assert all(len(line) <= 5 for line in wrap_words("a " * 20, 5))
