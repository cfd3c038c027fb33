"""The empty search box lists roles a page at a time, and every role stays reachable."""

import shutil

import pytest

from explorer.tui.widgets.results import ROLES_PER_PAGE

SIZE = (100, 30)
ROLES = 250


@pytest.fixture
def big_pack(data_dir, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(data_dir / "minimal" / "sources.toml", pack)
    for number in range(ROLES):
        (pack / f"r{number:03d}.toml").write_text(
            f'id = "r{number:03d}"\ntitle = "Role [{number:03d}] of the pack"\ntrack = "management"\n'
            f'level = {1 + number % 8}\nsummary = "A generated role."\nsources = ["fixture"]\n',
            encoding="utf-8",
        )
    return pack


def listed(app):
    results = app.screen.results
    return [results.role_at(i) for i in range(results.option_count)]


async def test_the_empty_box_lays_out_one_page_and_more_as_the_highlight_nears_the_end(make_app, big_pack):
    app = make_app(big_pack)
    everyone = [role.id for role in app.catalog.sorted_roles()]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert listed(app) == everyone[:ROLES_PER_PAGE]
        app.screen.results.highlighted = ROLES_PER_PAGE - 1
        await pilot.pause()
        assert listed(app) == everyone[: 2 * ROLES_PER_PAGE]
        assert app.screen.results.current_role == everyone[ROLES_PER_PAGE - 1]  # the highlight stays put


async def test_scrolling_to_the_bottom_lists_the_next_page(make_app, big_pack):
    app = make_app(big_pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        results = app.screen.results
        results.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert results.option_count == 2 * ROLES_PER_PAGE


async def test_end_reaches_the_very_last_role(make_app, big_pack):
    app = make_app(big_pack)
    everyone = [role.id for role in app.catalog.sorted_roles()]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.results.focus()
        await pilot.press("end")
        await pilot.pause()
        assert listed(app) == everyone
        assert app.screen.results.current_role == everyone[-1]


async def test_clearing_the_box_returns_to_the_first_page(make_app, big_pack):
    app = make_app(big_pack)
    everyone = [role.id for role in app.catalog.sorted_roles()]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r", "o", "l", "e")
        await pilot.pause()
        assert app.screen.shown_results[1] == "role" and app.screen.results.row_at(1).hit is not None
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert listed(app) == everyone[:ROLES_PER_PAGE]
        await pilot.press("backspace")  # nothing to delete: still the first page, not a second copy
        await pilot.pause()
        assert listed(app) == everyone[:ROLES_PER_PAGE]


async def test_a_mark_survives_more_roles_being_listed(make_app, big_pack):
    app = make_app(big_pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        marked = app.screen.results.marked[:]
        app.screen.results.highlighted = ROLES_PER_PAGE - 1
        await pilot.pause()
        assert app.screen.results.marked == marked and str(
            app.screen.results.get_option_at_index(0).prompt
        ).startswith("●")
