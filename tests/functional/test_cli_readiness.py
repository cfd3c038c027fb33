"""The readiness commands: gap, plan assess, plan evidence, plan readiness, brief and .ics export."""

import json
import shutil
from pathlib import Path

from explorer import locations
from explorer.cli import main
from explorer.core.plans.store import PlanStore
from ics_strict import events, parse

LEGACY = Path(__file__).parents[1] / "data" / "plans" / "written-before-readiness.toml"
HOSTILE = "[b]not bold[/b] \x1b[31mred | *x* <i>"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def old_plan() -> PlanStore:
    plans = locations.plans_dir()
    plans.mkdir(parents=True)
    shutil.copy(LEGACY, plans / "old.toml")
    return PlanStore(plans)


def test_gap_command_in_text_and_json(capsys):
    code, out, _ = run(capsys, "gap", "product manager", "head-of-product")
    assert code == 0 and out.startswith("Product Manager → Head of Product")
    assert "Route (3)" in out and "Take on (23)" in out
    code, out, _ = run(capsys, "gap", "product-manager", "head-of-product", "--json")
    data = json.loads(out)
    assert [m["to"] for m in data["route"]] == [
        "senior-product-manager",
        "group-product-manager",
        "head-of-product",
    ]
    assert {i["section"] for i in data["items"]} >= {"Route", "Take on", "Pay"}
    assert "head-of-product#kpis" in [i["responsibility"] for i in data["items"]]
    code, _, err = run(capsys, "gap", "product-manager", "nope")
    assert code == 2 and "unknown role 'nope'" in err


def test_assess_evidence_and_readiness_on_a_plan_written_before(capsys):
    store = old_plan()
    code, out, _ = run(capsys, "plan", "assess", "old", "kpis", "learning")
    assert code == 0 and out.strip() == "head-of-product#kpis: learning (was not assessed) in plan old"
    run(capsys, "plan", "assess", "old", "product-manager#" + "x", "doing-it")  # unknown: refused
    assert run(capsys, "plan", "assess", "old", "nope", "learning")[0] == 2
    run(capsys, "plan", "assess", "old", "cost-benefit", "doing-it")
    code, out, _ = run(
        capsys,
        "plan",
        "evidence",
        "add",
        "old",
        "--text",
        HOSTILE,
        "--situation",
        "Q3",
        "--result",
        "saved 10%",
        "--supports",
        "kpis",
        "budget-resources",
        "--date",
        "2026-01-05",
        "--link",
        "https://example.com/x",
    )
    assert code == 0 and out.startswith(
        "e1 added to plan old, supporting head-of-product#kpis, head-of-product#budget-resources"
    )
    code, out, _ = run(capsys, "plan", "evidence", "add", "old", "--text", "A talk I gave")
    assert code == 0 and "not linked yet" in out
    assert run(capsys, "plan", "evidence", "link", "old", "e2", "cost-benefit")[0] == 0
    code, _, err = run(
        capsys, "plan", "evidence", "add", "old", "--text", "x", "--link", "javascript:alert(1)"
    )
    assert code == 2 and "http:// or https://" in err
    code, out, _ = run(capsys, "plan", "readiness", "old")
    assert code == 0 and "3 of 23 responsibilities evidenced; 20 not assessed" in out
    assert "Business: 2 of 4 responsibilities evidenced" in out
    code, out, _ = run(capsys, "plan", "readiness", "old", "--json")
    data = json.loads(out)
    assert data["total"]["evidenced"] == 3 and data["areas"]["business"]["evidenced"] == 2
    code, out, _ = run(capsys, "plan", "evidence", "list", "old")
    assert "␛[31m" in out and "\x1b" not in out
    plan = store.load("old").plan
    assert [e.supports for e in plan.evidence] == [
        ("head-of-product#kpis", "head-of-product#budget-resources"),
        ("head-of-product#cost-benefit",),
    ]
    assert plan.evidence[0].action == HOSTILE  # kept exactly; only the printing is cleaned
    assert [s.text for s in plan.steps] == [
        "Own a budget",
        "Mentor two PMs",
        "Present the strategy to the board",
    ]


def test_brief_and_calendar_exports(capsys):
    old_plan()
    run(
        capsys,
        "plan",
        "evidence",
        "add",
        "old",
        "--text",
        HOSTILE,
        "--supports",
        "kpis",
        "--date",
        "2026-01-05",
    )
    code, out, _ = run(capsys, "plan", "export", "old", "--format", "brief")
    assert code == 0 and out.startswith(
        "# Transition brief: PM → Head of Product \\[b\\]in 18 months\\[/b\\]"
    )
    assert "| **All** | 1 | 0 | 0 | 0 | 22 | 23 |" in out
    assert "Action: \\[b\\]not bold\\[/b\\] ␛\\[31mred \\| \\*x\\* \\<i\\>" in out
    assert "\n1. Product Manager → Senior Product Manager" in out
    assert "- [x] Mentor two PMs" in out  # done steps show progress too
    code, out, _ = run(capsys, "plan", "export", "old", "--format", "ics")
    assert code == 0
    found = events(parse(out.replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode()))
    assert [e["summary"] for e in found] == [
        "Review plan: PM → Head of Product [b]in 18 months[/b]",
        "Due: Own a budget",
        "Due: Present the strategy to the board",
    ]


def test_readiness_without_a_target_says_so(capsys):
    store = PlanStore(locations.plans_dir())
    from explorer.core.plans.model import Plan

    store.save("empty", Plan("Empty"), None)
    code, _, err = run(capsys, "plan", "readiness", "empty")
    assert code == 2 and "no target role" in err
    code, out, _ = run(capsys, "plan", "readiness", "empty", "--role", "head of product")
    assert code == 0 and "0 of 23 responsibilities evidenced; 23 not assessed" in out
