"""The facet line under the search box, and the key that adds a facet as a filter."""

from pathlib import Path

from textual.widgets import Input

from explorer.core.search.answer import search
from explorer.core.search.facets import Facet, facets_of, with_filter
from explorer.tui.widgets.facets import FacetBar

SIZE = (100, 30)
HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


async def test_facets_count_the_results_and_a_key_adds_one_as_a_filter(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"roadmap")
        await pilot.pause()
        bar = app.screen.query_one(FacetBar)
        assert bar.display and bar.facets
        shown = str(bar.render())
        assert "Areas:" in shown and "Roles:" in shown and "Kinds:" in shown
        first = bar.facets[0]
        await pilot.press("ctrl+y")
        await pilot.pause()
        box = app.screen.query_one("#query", Input)
        assert box.value == f"roadmap {first.token}"
        hits = search(app.index, box.value, limit=50)
        assert hits and all(getattr(h.doc, first.key if first.key != "role" else "role_id") for h in hits)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not bar.display


def test_with_filter_adds_a_facet_once():
    facet = Facet("kind", "next step", 3)
    assert facet.token == "kind:next-step"
    assert with_filter("roadmap ", facet) == "roadmap kind:next-step"
    assert with_filter("roadmap kind:next-step", facet) == "roadmap kind:next-step"
    assert facets_of([]) == ()


async def test_hostile_titles_in_the_facet_line_stay_plain(make_app):
    """A role title with markup, escapes and bidi characters is shown as text, control characters visible."""
    app = make_app(HOSTILE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"hostile")
        await pilot.pause()
        bar = app.screen.query_one(FacetBar)
        assert any(f.value == "hostile-role" for f in bar.facets)
        shown = bar.render()
        assert "[b]Hostile[/b]" in str(shown) and "\x1b" not in str(shown)
