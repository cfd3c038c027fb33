"""The mentor round trip on the command line: copy, review in another profile, merge, both views shown."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from explorer.cli import main

HOSTILE = "[b]not bold[/b] \x1b[31mred | *x* <i>"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def use_profile(monkeypatch, home: Path) -> None:
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(home / name.lower()))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def person(capsys):
    run(capsys, "plan", "new", "Move up", "--from", "product-manager", "--to", "senior-product-manager")
    run(capsys, "plan", "assess", "move-up", "own-major-feature", "evidenced")
    run(
        capsys,
        "plan",
        "evidence",
        "add",
        "move-up",
        "--text",
        HOSTILE,
        "--situation",
        "secret situation",
        "--supports",
        "prove-value",
    )
    code, out, _ = run(capsys, "plan", "show", "move-up", "--json")
    assert code == 0
    return json.loads(out)


def test_round_trip_through_a_mentor_in_another_profile(capsys, monkeypatch, tmp_path, person):
    review = tmp_path / "review.toml"
    code, out, _ = run(capsys, "plan", "mentor-copy", "move-up", "--out", str(review))
    assert code == 0 and "11 responsibilities of Senior Product Manager (library 1)" in out
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    assert "secret situation" not in review.read_text(encoding="utf-8")
    code, _, err = run(capsys, "plan", "mentor-copy", "move-up", "--out", str(review))
    assert code == 1 and "already exists; not overwritten" in err

    own = {name: os.environ[name] for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME")}
    mentor_home = tmp_path / "mentor"
    use_profile(monkeypatch, mentor_home)
    code, out, _ = run(
        capsys,
        "plan",
        "review",
        str(review),
        "own-major-feature",
        "learning",
        "--comment",
        "not yet at senior scope",
        "--mentor",
        "Dana",
    )
    assert code == 0 and "mentor learning (theirs: evidenced)" in out
    assert run(capsys, "plan", "review", str(review), "prove-value", "evidenced")[0] == 0
    code, _, err = run(capsys, "plan", "review", str(review), "nope", "learning")
    assert code == 2 and "no responsibility 'nope'" in err
    assert not mentor_home.exists() or not list(mentor_home.rglob("*.toml"))  # no plan in the mentor's data
    assert run(capsys, "plan", "list")[1].startswith("No plans yet")

    for name, value in own.items():  # back to the person's profile
        monkeypatch.setenv(name, value)
    code, out, _ = run(capsys, "plan", "merge", "move-up", str(review))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Where you disagree with Dana (1):"
    assert "you: evidenced, mentor: learning — 'not yet at senior scope'" in lines[2]
    assert lines.index("Where you agree with Dana (1):") < next(
        i for i, l in enumerate(lines) if l.startswith("Not rated")
    )
    code, out, _ = run(capsys, "plan", "show", "move-up", "--json")
    shown = json.loads(out)
    assert shown["assessments"] == person["assessments"]  # the person's own view, untouched
    assert shown["mentor_views"][0]["mentor"] == "Dana"
    code, out, _ = run(capsys, "plan", "readiness", "move-up")
    assert "Second opinion: Dana" in out and "you: evidenced, mentor: learning" in out
    data = json.loads(run(capsys, "plan", "readiness", "move-up", "--json")[1])
    assert data["mentor_views"][0]["lines"][0]["kind"] == "disagree"
    assert "## Second opinion: Dana" in run(capsys, "plan", "export", "move-up", "--format", "brief")[1]
    # In history: the version before the merge can be restored.
    assert run(capsys, "plan", "restore", "move-up", "1")[0] == 0
    assert json.loads(run(capsys, "plan", "show", "move-up", "--json")[1])["mentor_views"] == []


def test_merge_json_and_refusals(capsys, tmp_path, person):
    review = tmp_path / "review.toml"
    run(capsys, "plan", "mentor-copy", "move-up", "--out", str(review), "--with-evidence")
    assert "secret situation" in review.read_text(encoding="utf-8")
    run(capsys, "plan", "review", str(review), "prove-value", "learning")
    code, _, err = run(capsys, "plan", "merge", "move-up", str(review))
    assert code == 1 and err.strip().endswith("give one with --mentor NAME")
    code, out, _ = run(capsys, "plan", "merge", "move-up", str(review), "--mentor", "Sam", "--json")
    data = json.loads(out)
    assert code == 0 and data["mentor"] == "Sam" and data["lines"][0]["kind"] == "disagree"
    run(capsys, "plan", "new", "Other", "--to", "head-of-product")
    code, _, err = run(capsys, "plan", "merge", "other", str(review), "--mentor", "Sam")
    assert code == 1 and "not for plan 'other'; not merged" in err and len(err.splitlines()) == 1
    broken = tmp_path / "broken.toml"
    broken.write_text("a = [", encoding="utf-8")
    code, _, err = run(capsys, "plan", "merge", "move-up", str(broken), "--mentor", "Sam")
    assert code == 1 and str(broken) in err and "Traceback" not in err


TEAM = Path(__file__).parents[1] / "data" / "team"


def test_a_team_pack_copy_names_its_pack_and_version(capsys, tmp_path):
    content = ("--content", str(TEAM))
    run(capsys, "plan", *content, "new", "Northwind", "--to", "nw-group-manager")
    run(capsys, "plan", *content, "assess", "northwind", "manage-pms", "doing-it")
    review = tmp_path / "nw.toml"
    code, out, _ = run(capsys, "plan", *content, "mentor-copy", "northwind", "--out", str(review))
    assert code == 0 and "(northwind 2026.1)" in out
    text = review.read_text(encoding="utf-8")
    assert 'pack = "northwind"' in text and 'pack_version = "2026.1"' in text
    run(capsys, "plan", "review", str(review), "manage-pms", "learning", "--mentor", "Ana")
    code, _, err = run(capsys, "plan", "merge", "northwind", str(review))  # the pack is not loaded
    assert code == 1 and "made with pack northwind 2026.1, which is not loaded" in err
    code, out, _ = run(capsys, "plan", *content, "merge", "northwind", str(review))
    assert code == 0 and "you: doing it, mentor: learning" in out
    code, out, _ = run(capsys, "closest", *content, "--plan", "northwind", "--json")
    assert code == 0 and json.loads(out)["roles"][0]["id"] == "nw-group-manager"


def test_review_command_says_what_is_wrong_with_a_file_in_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "review", str(tmp_path / "missing.toml"))
    assert code == 1 and err.strip().endswith("missing.toml: no such file") and len(err.splitlines()) == 1
    plan_file = tmp_path / "plan.toml"
    plan_file.write_text('title = "not a review"\n', encoding="utf-8")
    code, _, err = run(capsys, "review", str(plan_file))
    assert code == 1 and "not a review file" in err and "Traceback" not in err
