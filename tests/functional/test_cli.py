import json
import subprocess
import sys

import pytest

from explorer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("role-explorer ")


@pytest.mark.parametrize("command", ["search", "show", "compare", "ladder", "validate", "schema", "serve"])
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert "usage: role-explorer" in capsys.readouterr().out


def test_validate_shipped_library_is_clean(capsys):
    code, out, err = run(capsys, "validate")
    assert code == 0 and out == ""
    assert err.startswith("ok: ")


def test_validate_broken_pack_prints_one_line_per_problem(capsys, data_dir):
    code, out, err = run(capsys, "validate", str(data_dir / "broken"))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 7
    assert all(line.startswith(str(data_dir / "broken")) for line in lines)
    assert "Traceback" not in out + err
    assert "7 problems" in err


def test_validate_json(capsys, data_dir):
    code, out, _ = run(capsys, "validate", "--json", str(data_dir / "broken"))
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and len(report["problems"]) == 7


def test_search_text_and_json(capsys):
    code, out, _ = run(capsys, "search", "budget", "--limit", "2")
    assert code == 0 and out.splitlines()[0].endswith("Head of Product  [responsibility]")
    code, out, _ = run(capsys, "search", "roadmpa", "--json")
    hits = json.loads(out)
    assert hits[0]["text"][hits[0]["spans"][0][0] : hits[0]["spans"][0][1]].lower() == "roadmap"


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_search_limit_must_be_at_least_one(capsys, limit):
    with pytest.raises(SystemExit) as stop:  # argparse's usage error
        main(["search", "budget", "--limit", limit])
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert "argument --limit: must be" in err and "1 or more" in err


def test_search_exits_1_when_nothing_matches(capsys):
    code, out, err = run(capsys, "search", "zzzqqqxx")
    assert code == 1 and out == "" and "no matches for 'zzzqqqxx'" in err
    code, out, _ = run(capsys, "search", "zzzqqqxx", "--json")
    assert code == 1 and json.loads(out) == []


def test_search_json_keeps_its_shape_with_new_kinds_and_partial_flag(capsys):
    code, out, _ = run(capsys, "search", "salary", "--json", "--limit", "50")
    hits = json.loads(out)
    assert code == 0 and hits[0]["kind"] == "pay"
    assert set(hits[0]) >= {"role", "title", "kind", "text", "responsibility", "score", "spans", "partial"}
    assert set(hits[0]) - {
        "role",
        "title",
        "kind",
        "text",
        "responsibility",
        "score",
        "spans",
        "partial",
    } == {
        "rank",
        "relevance",
        "why",
        "to",
        "to_title",
    }
    code, out, _ = run(capsys, "search", "stakeholder", "management", "--json", "--limit", "50")
    hits = json.loads(out)
    assert hits[0]["partial"] is False and hits[-1]["partial"] is True
    kinds = {
        h["kind"]
        for q in ("hiring", "agile", "mba")
        for h in json.loads(run(capsys, "search", q, "--json")[1])
    }
    assert {"skill", "next step", "education"} <= kinds


def test_search_text_marks_partial_matches(capsys):
    code, out, _ = run(capsys, "search", "stakeholder", "management", "--limit", "3")
    lines = out.splitlines()
    assert code == 0 and lines[0].endswith("Senior Product Manager  [skill]")
    assert "-- partial matches: not every word found --" in lines


def test_show_by_alias_and_json(capsys):
    code, out, _ = run(capsys, "show", "CPO")
    assert code == 0
    assert out.startswith("Chief Product Officer\n")
    assert "$215,647 per year — typical earnings, given as nearly this much (Indeed, date not" in out
    code, out, _ = run(capsys, "show", "ai-product-manager", "--json")
    role = json.loads(out)
    assert role["salaries"][0]["date"] == "February 2023"


def test_unknown_role_exits_2_with_suggestion(capsys):
    code, out, err = run(capsys, "show", "head of prodct")
    assert code == 2 and out == ""
    assert (
        err.strip()
        == "role-explorer: unknown role 'head of prodct'; did you mean 'Head of Product' (head-of-product)?"
    )
    code, _, err = run(capsys, "compare", "pm", "nonsense-role-xyz")
    assert code == 2 and "unknown role 'nonsense-role-xyz'" in err


def test_compare_shows_both_roles_and_differences(capsys):
    code, out, _ = run(capsys, "compare", "senior pm", "director of product")
    assert code == 0
    assert out.splitlines()[0].startswith("Senior Product Manager")
    assert "Director of Product Management" in out.splitlines()[0]
    assert "Level (differs)" in out and "Only Senior Product Manager" in out
    code, out, _ = run(capsys, "compare", "pm", "po", "--json")
    assert json.loads(out)["left"]["id"] == "product-manager"


def test_ladder_all_and_one(capsys):
    code, out, _ = run(capsys, "ladder")
    assert code == 0 and "Individual contributor" in out and "Management" in out
    code, out, _ = run(capsys, "ladder", "senior-product-manager")
    assert "▶ L3  Senior Product Manager" in out
    assert "→ Principal Product Manager (promotion)" in out


def test_content_pack_overrides_and_bad_pack_warns(capsys, data_dir):
    code, out, _ = run(capsys, "show", "product-manager", "--content", str(data_dir / "override"))
    assert out.startswith("Product Manager (Acme ladder)")
    code, out, err = run(capsys, "show", "good-role", "--content", str(data_dir / "broken"))
    assert code == 0 and out.startswith("Good Role")
    assert "7 content problems skipped" in err


def test_user_content_folder_is_loaded(capsys, data_dir, isolated_user_dirs):
    user_content = isolated_user_dirs / "data" / "role-explorer" / "content"
    user_content.mkdir(parents=True)
    (user_content / "pm.toml").write_text((data_dir / "override" / "product-manager.toml").read_text())
    _, out, _ = run(capsys, "show", "product-manager")
    assert out.startswith("Product Manager (Acme ladder)")


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "validate"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stderr.startswith("ok: ")


def test_plan_commands(capsys, isolated_user_dirs):
    import datetime as dt

    from explorer import locations
    from explorer.core.plans.model import Plan, PlanStep, StepStatus
    from explorer.core.plans.store import PlanStore

    code, out, _ = run(capsys, "plan", "list")
    assert code == 0 and out.startswith("No plans yet")
    plan = Plan(
        "PM to Head",
        current_role="product-manager",
        target_role="head-of-product",
        notes="Talk to my manager.",
        steps=(PlanStep("Own a budget", StepStatus.DONE), PlanStep("Hire a PM")),
        next_review=dt.date(2026, 12, 1),
    )
    PlanStore(locations.plans_dir()).save("pm-to-head", plan, None)
    code, out, _ = run(capsys, "plan", "list")
    assert "pm-to-head  PM to Head  (Product Manager → Head of Product; 1/2 steps done;" in out
    code, out, _ = run(capsys, "plan", "show", "PM TO HEAD")
    assert "- [x] Own a budget\n- [ ] Hire a PM" in out and "Talk to my manager." in out
    code, out, _ = run(capsys, "plan", "export", "pm-to-head", "--format", "json")
    assert json.loads(out)["steps"][0]["status"] == "done"
    code, out, _ = run(capsys, "plan", "export", "pm-to-head", "--format", "toml")
    assert out.startswith('title = "PM to Head"')
    code, out, err = run(capsys, "plan", "show", "nope")
    assert code == 2 and "no plan called 'nope'" in err and "pm-to-head" in err


@pytest.mark.parametrize("order", ["before", "after", "both"])
def test_content_option_works_before_or_after_the_command(capsys, data_dir, order):
    broken, minimal = str(data_dir / "broken"), str(data_dir / "minimal")
    argv = {
        "before": ["--content", broken, "validate"],
        "after": ["validate", "--content", broken],
        "both": ["--content", minimal, "validate", "--content", broken],
    }[order]
    code, out, err = run(capsys, *argv)
    assert code == 1, "the pack given with --content must be checked"
    assert "syntax_error.toml" in out
    if order == "both":
        last = err.splitlines()[-1]
        assert "from 3 folders" in last, "both packs count, not just the last one"
        assert "source id 'fixture' is already defined in" in out  # both packs define it


def test_show_finds_a_pack_role_with_the_option_before_the_command(capsys, data_dir):
    code, out, _ = run(capsys, "--content", str(data_dir / "minimal"), "show", "alpha")
    assert code == 0 and out.strip()


def test_an_ambiguous_title_lists_the_candidates_and_exits_2(capsys, data_dir):
    code, out, err = run(capsys, "--content", str(data_dir / "team"), "show", "VP of Product")
    assert code == 2 and out == ""
    assert "'VP of Product' could mean 2 roles" in err
    assert (
        "VP of Product (Shipped library): vp-of-product" in err
        and "VP of Product (Northwind): nw-vp-product" in err
    )


def test_team_pack_validates_with_warnings_and_shows_its_grades(capsys, data_dir):
    code, out, err = run(capsys, "validate", "--content", str(data_dir / "team"))
    assert code == 0 and "5 warnings" in err
    assert out.count("warning: title ") == 5
    code, out, _ = run(capsys, "--content", str(data_dir / "team"), "ladder", "nw-senior-pm")
    assert " ▶ 8   Senior Product Manager · Northwind" in out


def test_gap_says_it_crossed_packs(capsys, data_dir):
    code, out, _ = run(
        capsys, "--content", str(data_dir / "team"), "gap", "product-manager", "nw-principal-pm"
    )
    assert code == 0
    assert out.startswith("Product Manager → Principal Product Manager · Northwind")
    assert "The route crosses packs" in out and "≈" in out
    code, out, _ = run(
        capsys, "--content", str(data_dir / "team"), "gap", "product-manager", "nw-principal-pm", "--json"
    )
    assert json.loads(out)["crosses_packs"] is True


def test_hostile_numbers_never_reach_json(capsys, tmp_path):
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'
    )
    (tmp_path / "inf.toml").write_text(
        'id = "inf-role"\ntitle = "Inf"\ntrack = "management"\nlevel = 2\nsummary = "S."\nsources = ["s"]\n'
        '[[salary]]\nof = "base"\namount = inf\ncurrency = "USD"\nperiod = "year"\npublisher = "P"\ndate = "2024"\n'
    )
    code, _, err = run(capsys, "--content", str(tmp_path), "show", "inf-role", "--json")
    assert code == 2 and "unknown role 'inf-role'" in err
    code, out, _ = run(capsys, "--content", str(tmp_path), "validate")
    assert code == 1 and "salary[0].amount must be a finite number, not inf" in out
