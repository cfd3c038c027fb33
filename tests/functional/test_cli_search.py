"""`role-explorer search`: exit codes, operators on the command line, and honest JSON."""

import json

from explorer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_1_when_no_line_matches_every_meaningful_word(capsys):
    code, out, err = run(capsys, "search", "roadmap", "zebra")
    assert code == 1 and "-- partial matches" in out and "no line matches every word" in err
    code, out, err = run(capsys, "search", "visa", "sponsorship")
    assert code == 1 and out == ""
    assert run(capsys, "search", "how", "much", "does", "a", "cpo", "earn")[0] == 0


def test_json_carries_rank_sort_score_why_and_destination(capsys):
    code, out, _ = run(capsys, "search", "become", "cpo", "kind:next-step", "--json", "--limit", "5")
    records = json.loads(out)
    assert code == 0 and records
    assert [r["rank"] for r in records] == list(range(1, len(records) + 1))
    assert [r["score"] for r in records] == sorted((r["score"] for r in records), reverse=True)
    assert all(r["to"] and r["to_title"] and r["why"] for r in records)


def test_the_order_does_not_depend_on_the_limit(capsys):
    for query in ("okr", "roadmap", "product strategy"):
        short = json.loads(run(capsys, "search", query, "--json", "--limit", "3")[1])
        long = json.loads(run(capsys, "search", query, "--json", "--limit", "10")[1])
        assert short == long[:3]


def test_operators_on_the_command_line(capsys):
    code, out, _ = run(capsys, "search", "roadmap", "-roadmaps", "role:senior-pm", "--json")
    records = json.loads(out)
    assert code == 0 and records
    assert all(
        r["role"] == "senior-product-manager" and "roadmaps" not in r["text"].casefold() for r in records
    )
    code, _, err = run(capsys, "search", "xroadmap")
    assert code == 1 and "did you mean: roadmap" in err
