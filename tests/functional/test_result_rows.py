"""Search result rows keep all their text: a row too long for the list wraps, none loses its end."""

import pytest
from tests.functional.rendered import as_words


async def drawn_and_expected(pilot) -> tuple[list[str], list[str]]:
    """The words the results list draws, all rows top to bottom, and the words of its rows' labels."""
    results = pilot.app.screen.results
    drawn = " ".join(results.render_line(y).text for y in range(results.virtual_size.height)).split()
    expected = " ".join(
        as_words(results.get_option_at_index(i).prompt) for i in range(results.option_count)
    ).split()
    return drawn, expected


@pytest.mark.parametrize("size, notes", [((60, 20), False), ((80, 24), True), ((100, 30), True)])
@pytest.mark.parametrize("query", ["", "roadmap"])
async def test_every_row_is_drawn_whole(make_app, size, notes, query):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press(*query)
        await pilot.pause()
        if notes:
            await pilot.press("ctrl+n")
            await pilot.pause()
        await pilot.pause()
        drawn, expected = await drawn_and_expected(pilot)
        assert drawn == expected


async def test_rows_measured_at_one_width_are_measured_again_at_another(make_app):
    # Row heights are remembered between keystrokes by text and width: after the terminal
    # narrows, or a letter more changes only the highlight, every row must still be whole.
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"roadma")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        drawn, expected = await drawn_and_expected(pilot)
        assert drawn == expected
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        drawn, expected = await drawn_and_expected(pilot)
        assert drawn == expected
