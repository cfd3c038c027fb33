"""`role-explorer closest`: text and JSON, with and without --plan."""

from __future__ import annotations

import json

from explorer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_closest_ranks_the_role_a_plan_covers(capsys):
    code, _, err = run(capsys, "closest")
    assert code == 2 and "no plans yet" in err
    run(capsys, "plan", "new", "Bridge", "--to", "product-owner")
    for duty in ("scrum-backlog", "release-planning", "roi-objectives", "decision-point"):
        run(capsys, "plan", "assess", "bridge", f"product-owner#{duty}", "evidenced")
    code, out, _ = run(capsys, "closest", "--json")
    assert code == 0
    data = json.loads(out)
    top = data["roles"][0]
    assert (
        top["id"] == "product-owner" and top["evidenced"] >= 1 and len(top["moves"]) == 2
    )  # six duties, four covered
    code, out, _ = run(capsys, "closest", "--plan", "Bridge")
    assert code == 0 and out.splitlines()[2].startswith(" 1. Product Owner")
    assert "next: " in out
    assert run(capsys, "closest", "--plan", "nope")[0] == 2
