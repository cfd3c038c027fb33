"""Keys typed while the app starts land in the search box, all of them, in order."""

import time

from tests.functional.pty_app import RunningApp

from explorer.core.content.library import load_library
from explorer.core.search.answer import search
from explorer.core.search.index import SearchIndex
from explorer.tui.screens.search import RESULT_LIMIT, describe_results

SIZE = (100, 30)


def query_value(app) -> str:
    return app.screen.query_one("#query").value


async def test_keys_typed_before_the_search_box_is_ready_are_replayed_in_order(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app._ready_for_keys = False  # as during the start: the first screen has not focused its box
        await pilot.press("r", "o", "a", "d")
        await pilot.pause()
        assert query_value(app) == ""  # held, not dropped
        app.call_later(app.keys_ready)
        await pilot.press("m", "a", "p")  # typed after: queued behind the replay
        await pilot.pause()
        assert query_value(app) == "roadmap"


async def test_typing_while_packs_load_in_the_background_keeps_every_key(tmp_path, data_dir):
    from explorer.core.content.loader import load_catalog
    from explorer.locations import shipped_content_dir
    from explorer.tui.app import create_app

    packs = [data_dir / name for name in ("minimal", "team", "linked", "override")]
    app = create_app(
        load_catalog([shipped_content_dir()]), settings_path=tmp_path / "c.toml", pending_packs=packs
    )
    async with app.run_test(size=SIZE) as pilot:
        for chunk in ("abc", "def", "ghi"):
            await pilot.press(*chunk)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.pending_packs  # the load finished while and after the keys came
        await pilot.press("j")
        await pilot.pause()
        assert query_value(app) == "abcdefghij"


def test_a_word_typed_the_moment_the_app_starts_is_searched(tmp_path):
    """In a real terminal, keys written right after the launch (before Python has even started)."""
    library = load_library()
    expected = describe_results(
        search(SearchIndex.from_catalog(library.catalog), "roadmap", limit=RESULT_LIMIT)
    )
    app = RunningApp(tmp_path)
    try:
        app.type("road", pause=0)
        time.sleep(0.3)
        app.type("ma", pause=0)
        time.sleep(0.3)
        app.type("p", pause=0)
        app.wait_for(expected.replace(" ", ""))
    finally:
        app.kill()
