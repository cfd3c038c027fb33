"""`role-explorer posting`: text, JSON, standard input, a plan, and an ad with nothing in it."""

from __future__ import annotations

import io
import json
from pathlib import Path

from explorer.cli import main

POSTINGS = Path(__file__).parents[1] / "data" / "postings"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_posting_json_gives_roles_and_matches(capsys):
    code, out, _ = run(capsys, "posting", str(POSTINGS / "head-of-product.txt"), "--json")
    data = json.loads(out)
    assert code == 0 and data["roles"][0]["id"] == "head-of-product"
    assert data["roles"][0]["track"] == "management" and data["roles"][0]["score"] > 0
    match = data["matches"][0]
    assert {"sentence", "line", "role", "why", "kind", "responsibility"} <= set(match)
    assert match["why"].startswith("shared words: ")
    assert data["unmatched"] and data["stresses"]


def test_posting_text_with_a_plan_and_from_stdin(capsys, monkeypatch):
    run(capsys, "plan", "new", "Checkout", "--to", "senior-product-manager")
    run(capsys, "plan", "assess", "checkout", "own-major-feature", "doing-it")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((POSTINGS / "senior-pm.txt").read_bytes())))
    code, out, _ = run(capsys, "posting", "-", "--plan", "checkout")
    assert code == 0
    assert "Reads most like:\n 1. Senior Product Manager (Individual contributor, level 3)" in out
    assert (
        "Against your plan: evidence for 1 of" in out and "(senior-product-manager#own-major-feature)" in out
    )
    assert "  new:  " in out and "What it stresses: " in out


def test_nothing_recognisable_says_so_and_exits_1(capsys, tmp_path):
    code, out, err = run(capsys, "posting", str(POSTINGS / "nothing.txt"))
    assert code == 1 and out == "" and "nothing in it reads like a responsibility" in err
    code, _, err = run(capsys, "posting", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: cannot be read" in err and len(err.splitlines()) == 1
    binary = tmp_path / "ad.bin"
    binary.write_bytes(b"\xff\xfe\x00Lead\x1b[31m the product managers and own the roadmap\n")
    code, out, _ = run(capsys, "posting", str(binary))
    assert code == 0 and "\x1b" not in out
