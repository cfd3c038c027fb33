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


# Below 90 columns the notes pane takes the whole width, so the list is narrowed by it from 90.
@pytest.mark.parametrize(
    "size, notes", [((60, 20), False), ((80, 24), False), ((100, 30), True), ((120, 40), True)]
)
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


async def test_the_row_height_cache_still_fits_textual(make_app):
    """MeasuredOnce relies on Textual's private OptionList._get_visual(option), which fills
    Option._visual, and on the list measuring rows through Visual.get_height(rules, width).
    When Textual changes any of these, this fails: remove the cache or follow the change."""
    import inspect

    from textual.visual import Visual
    from textual.widgets import OptionList
    from textual.widgets.option_list import Option

    from explorer.tui.widgets.results import MeasuredOnce

    assert list(inspect.signature(OptionList._get_visual).parameters) == ["self", "option"]
    assert Option("x")._visual is None
    assert list(inspect.signature(Visual.get_height).parameters) == ["self", "rules", "width"]
    MeasuredOnce.heights.clear()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"roadmap")
        await pilot.pause()
        results = pilot.app.screen.results
        options = [results.get_option_at_index(i) for i in range(results.option_count)]
        assert options and all(isinstance(option._visual, MeasuredOnce) for option in options)
        assert MeasuredOnce.heights  # the list measured its rows through the cache
