"""The ladder after live resizes: the headings and the moves panel follow the new size."""

from explorer.tui.screens.ladder import LadderScreen
from explorer.tui.widgets.ladder_grid import LadderHeader


async def header_lines(app) -> list[str]:
    header = app.screen.query_one(LadderHeader)
    return [line.plain for line in header._header(header.size.width)], header.region.height


async def test_headings_keep_their_second_line_after_narrow_then_wide(make_app):
    app = make_app()
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, LadderScreen)
        fresh, fresh_height = await header_lines(app)
        assert fresh_height == len(fresh) >= 2, fresh
        for size in [(60, 20), (160, 50)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
        again, again_height = await header_lines(app)
        assert (again, again_height) == (fresh, fresh_height)


async def test_beside_the_grid_the_moves_panel_has_the_whole_height(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        for size in [(120, 40), (160, 50), (60, 20), (120, 40)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            split, box = app.screen.query_one("#ladder-split"), app.screen.query_one("#ladder-moves-box")
            if split.has_class("-beside"):
                assert box.region.height == split.region.height, size
            else:  # stacked below the grid: what does not fit scrolls, and the scrollbar shows it
                assert box.max_scroll_y == 0 or box.show_vertical_scrollbar, size
        assert split.has_class("-beside")
