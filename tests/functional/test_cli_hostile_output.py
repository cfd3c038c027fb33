"""Every plan output escapes control and bidi characters: JSON and TOML as escapes, text shown visibly."""

from __future__ import annotations

import json
import tomllib

import pytest

from explorer.cli import main
from explorer.core.content.loader import load_catalog
from explorer.core.content.transfer.to_table import pack_csv
from explorer.core.plans.model import Plan, PlanStep, plan_to_markdown
from explorer.core.plans.store import PlanStore
from explorer.locations import shipped_content_dir

RAW = ("\x1b", "\x07", "\x9b", "\x85", "\u202e", "\u2066", "\u200b")
HOSTILE = "t \x1b]2;PWNED\x07 \x9b31m \x85 \u202eevil\u2066 zero\u200bwidth"


@pytest.fixture
def hostile_plan(isolated_user_dirs) -> Plan:
    plan = Plan(title="Hostile " + HOSTILE, notes="notes " + HOSTILE, steps=(PlanStep("step " + HOSTILE),))
    PlanStore(isolated_user_dirs / "data" / "role-explorer" / "plans").save("hostile", plan, None)
    return plan


def no_raw(text: str) -> None:
    assert not [char for char in RAW if char in text], repr(text[:200])


@pytest.mark.parametrize("fmt", ["markdown", "toml", "json", "brief", "ics"])
def test_plan_export_prints_no_raw_escape(capsys, hostile_plan, fmt):
    assert main(["plan", "export", "hostile", "--format", fmt]) == 0
    out = capsys.readouterr().out
    no_raw(out)
    if fmt == "json":
        assert json.loads(out)["notes"] == hostile_plan.notes  # the same data, escaped
    if fmt == "toml":
        assert tomllib.loads(out)["notes"] == hostile_plan.notes


@pytest.mark.parametrize("argv", [["plan", "list", "--json"], ["plan", "list"], ["plan", "show", "hostile"]])
def test_plan_list_and_show_print_no_raw_escape(capsys, hostile_plan, argv):
    assert main(argv) == 0
    out = capsys.readouterr().out
    no_raw(out)
    if "--json" in argv:
        assert json.loads(out)[0]["title"] == hostile_plan.title


def test_the_markdown_the_app_writes_shows_escapes_visibly(hostile_plan):
    text = plan_to_markdown(hostile_plan)
    no_raw(text)
    assert "␛]2;PWNED" in text


def test_exported_csv_cells_show_escapes_visibly():
    from dataclasses import replace

    catalog = load_catalog([shipped_content_dir()]).catalog
    role = catalog.roles["product-manager"]
    catalog = replace(catalog, roles={**catalog.roles, role.id: replace(role, summary=HOSTILE)})
    no_raw(pack_csv(catalog, "library"))


def test_a_multi_line_title_stays_on_its_row_in_plan_list(capsys, isolated_user_dirs):
    store = PlanStore(isolated_user_dirs / "data" / "role-explorer" / "plans")
    store.save("two-lines", Plan(title="First line\nsecond line\tand a tab"), None)
    store.save("plain", Plan(title="Plain"), None)
    assert main(["plan", "list"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    assert any(row.startswith("two-lines  First line␤second line and a tab  (") for row in rows)
