"""A team's pack in the app: its own grades in F2, packs lined up as declared, and hostile packs that cannot crash it."""

from __future__ import annotations

import pytest
from tests.functional.hostile_packs import SOURCES, hostile_pack
from textual.widgets import Static

from explorer.tui.widgets.ladder_grid import LadderGrid


def grid_text(app) -> str:
    grid = app.screen.query_one(LadderGrid)
    return "\n".join(line.plain for line in grid.layout_for(grid.size.width or 100).lines)


async def open_ladder(app, pilot, role_id: str) -> LadderGrid:
    app.open_role(role_id)
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()
    return app.screen.query_one(LadderGrid)


async def test_f2_shows_the_team_pack_on_its_own_grades(make_app, data_dir):
    app = make_app(data_dir / "team")
    async with app.run_test(size=(120, 40)) as pilot:
        grid = await open_ladder(app, pilot, "nw-senior-pm")
        assert grid.view.key == "northwind" and grid.selected == "nw-senior-pm"
        labels = [line.plain[:5].strip() for line in grid.layout_for(grid.size.width).lines]
        assert [label for label in labels if label] == ["12", "11", "10", "9", "8", "7"]
        text = grid_text(app)
        assert text.index("Chief Product Officer") < text.index(
            "VP of Product"
        )  # ungraded CPO above grade 12
        assert "Northwind" in str(app.screen.query_one("#ladder-hint", Static).render())


async def test_p_lines_the_packs_up_as_declared(make_app, data_dir):
    app = make_app(data_dir / "team")
    async with app.run_test(size=(200, 50)) as pilot:
        grid = await open_ladder(app, pilot, "nw-senior-pm")
        await pilot.press("p")  # northwind → all packs
        await pilot.pause()
        assert grid.view.key == "all"
        spots = grid.layout_for(grid.size.width).spots
        assert spots["nw-senior-pm"].y == spots["senior-product-manager"].y
        assert spots["nw-vp-product"].y == spots["vp-of-product"].y
        assert "(8)" in grid_text(app) and "(12)" in grid_text(app)  # each team role keeps its own grade
        await pilot.press("p")  # all → the shipped library
        await pilot.pause()
        assert grid.view.key == "library"
        assert any(grid.selected in ladder.roles for ladder in grid.ladders)


async def test_a_role_on_two_ladders_keeps_the_arrows_on_the_ladder_you_came_from(make_app, tmp_path):
    (tmp_path / "sources.toml").write_text(SOURCES)
    (tmp_path / "ladders.toml").write_text(
        '[[ladders]]\nid = "dual"\nname = "Dual"\ntrack = "adjacent"\n'
        'roles = ["product-owner", "senior-product-manager", "director-of-ux"]\n'
    )
    app = make_app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        grid = await open_ladder(app, pilot, "senior-product-manager")
        grid.focus()
        while grid.view.key != "all":
            await pilot.press("p")
        dual = next(i for i, ladder in enumerate(grid.ladders) if ladder.id == "dual")
        grid.column_index = dual
        grid.selected = "product-owner"  # on the Dual ladder (and the shipped adjacent one)
        await pilot.pause()
        assert grid.column_index == dual
        await pilot.press("up")  # to the shared role, on the Dual ladder
        await pilot.pause()
        assert grid.selected == "senior-product-manager"
        assert grid.ladders[grid.column_index].id == "dual"
        await pilot.press("up")
        await pilot.pause()
        assert grid.selected == "director-of-ux"  # the Dual ladder's next rung, not the IC ladder's


@pytest.mark.parametrize("size", [(80, 24), (30, 10)], ids=["80x24", "30x10"])
@pytest.mark.slow
async def test_hostile_packs_never_crash_the_app(make_app, tmp_path, size):
    app = make_app(hostile_pack(tmp_path / "hostile"))
    async with app.run_test(size=size) as pilot:
        assert {"huge-a", "huge-b", "bidi-role"} <= set(app.catalog.roles)
        assert not {"wide", "inf-role", "product-manager\n"} & set(app.catalog.roles)
        await pilot.press(*"regaNam")
        await pilot.pause()
        app.open_role("bidi-role")
        await pilot.pause()
        shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert "\u202e" not in shown and "\\u202e" in shown
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("right", "right", "up", "down", "left", "p")
        await pilot.pause()
        app.open_comparison("huge-a", "huge-b")
        await pilot.pause()
        await pilot.press("pagedown", "escape")
        app.plan_session.create("Hostile")
        app.plan_session.update(app.plan_session.plan.touched(current_role="huge-a", target_role="bidi-role"))
        await pilot.press("f3")
        await pilot.pause()
        assert app.is_running
