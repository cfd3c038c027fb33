"""A trash entry whose name holds an impossible date is listed as such, never raised."""

from __future__ import annotations

from explorer.cli import main
from explorer.core.plans.model import Plan
from explorer.core.plans.store import PlanStore


def trash_with_a_bad_date(plans) -> PlanStore:
    store = PlanStore(plans)
    store.save("good", Plan(title="Good"), None)
    store.delete("good")
    store.trash.root.joinpath("odd.deleted-20260230-120000.toml").write_text(
        'title = "Odd"\ncreated = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n'
    )
    return store


def test_the_entry_is_listed_with_its_date_unreadable(tmp_path):
    store = trash_with_a_bad_date(tmp_path)
    entries = store.trash.entries()
    assert [e.name for e in entries] == ["good", "odd"]
    assert entries[1].when() == "date unreadable"
    assert store.undelete(store.trash.find("odd")) == "odd"


def test_plan_list_and_undelete_keep_working(isolated_user_dirs, capsys):
    trash_with_a_bad_date(isolated_user_dirs / "data" / "role-explorer" / "plans")
    assert main(["plan", "list"]) == 0
    assert main(["plan", "undelete"]) == 0
    out = capsys.readouterr().out
    assert "odd.deleted-20260230-120000  Odd  (deleted date unreadable)" in out
    assert main(["plan", "undelete", "odd"]) == 0


async def test_the_plans_screen_lists_it(isolated_user_dirs, make_app):
    trash_with_a_bad_date(isolated_user_dirs / "data" / "role-explorer" / "plans")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert app.is_running
