"""show, compare and gap on the command line: pinpoints, our reading, same work at a bigger scope, title notes."""

from __future__ import annotations

import json

import pytest

from explorer.cli import main


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.fixture
def pack(data_dir) -> str:
    return str(data_dir / "grounded")


def test_show_lists_under_each_source_the_words_each_fact_rests_on(capsys, pack):
    text = run(capsys, "--content", pack, "show", "grounded-pm")
    sources = text.split("\nSources\n")[1].splitlines()
    assert sources[0] == "  [1] Field Guide Weekly, May 2024: What product managers do all day"
    assert (
        "      at “writes the specs engineers use” — Write the specifications the engineers build" in sources
    )
    assert "      at “a median of $120,000” — Pay: $120,000, median base pay" in sources
    assert (
        sources[-1] == "  2 facts are marked “Our reading”: no article states them, so they carry no number."
    )


def test_editorial_facts_read_as_ours_and_never_carry_a_number(capsys, pack):
    text = run(capsys, "--content", pack, "show", "grounded-pm")
    assert "    - Our reading: Run the team's daily stand-up.\n" in text
    assert "  Our reading: not stated\n" in text
    assert "- Write the specifications the engineers build from. [1]" in text


def test_show_json_gives_each_source_its_places_and_lists_our_reading(capsys, pack):
    role = json.loads(run(capsys, "--content", pack, "show", "grounded-pm", "--json"))
    guide, survey = role["cited_sources"]
    assert guide["places"][0] == {
        "fact": "responsibilities[0]",
        "label": "Talk to customers and turn what they say into feature changes.",
        "pinpoint": "talks to customers every week",
    }
    assert survey["quoted_in"] == "field-guide" and survey["places"][0]["fact"] == "salary[0]"
    assert role["our_reading"] == [
        {"fact": "responsibilities[2]", "text": "Run the team's daily stand-up."},
        {"fact": "experience", "text": "Experience asked: not stated"},
    ]
    assert role["responsibilities"][2]["editorial"] is True
    assert role["responsibilities"][0]["pinpoint"] == ["talks to customers every week"]


def test_a_note_citing_two_sources_pairs_its_pinpoints_in_order(capsys, pack):
    role = json.loads(run(capsys, "--content", pack, "show", "grounded-senior-pm", "--json"))
    by_source = {s["id"]: [p["pinpoint"] for p in s["places"]] for s in role["cited_sources"]}
    assert by_source["pay-survey"] == ["no senior band"]
    assert "a separate senior level" in by_source["field-guide"]


def test_compare_pairs_grown_duties_and_shows_the_title_notes_of_both(capsys, pack):
    text = run(capsys, "--content", pack, "compare", "grounded-pm", "grounded-senior-pm")
    grows = text.split("Same work, bigger scope (the arrow points to the bigger)\n")[1].split("\n\n")[0]
    assert "Talk to customers and turn what they say   → Run customer discovery for a whole product" in grows
    notes = text.split("Title notes: known confusions and disagreements\n")[1]
    assert "  - Grounded PM: [b]Often[/b] confused with a project manager. (Field Guide Weekly)" in notes
    assert "Grounded Senior PM: Our reading: Small companies often have no senior level at all." in notes
    as_json = json.loads(
        run(capsys, "--content", pack, "compare", "grounded-pm", "grounded-senior-pm", "--json")
    )
    assert [n["role_id"] for n in as_json["title_notes"]] == [
        "grounded-pm",
        "grounded-senior-pm",
        "grounded-senior-pm",
    ]
    assert [r["grows"] for r in as_json["responsibilities"]].count("right") == 2


def test_gap_lists_grown_duties_as_same_work_and_keeps_them_out_of_leave_behind(capsys, pack):
    text = run(capsys, "--content", pack, "gap", "grounded-pm", "grounded-senior-pm")
    assert "\nSame work, bigger scope (2)\n" in text
    assert "\nLeave behind (1)\n  - Run the team's daily stand-up.\n" in text
    assert "Title notes: known confusions and disagreements" in text
    as_json = json.loads(run(capsys, "--content", pack, "gap", "grounded-pm", "grounded-senior-pm", "--json"))
    assert [i["section"] for i in as_json["items"]].count("Same work, bigger scope") == 2
    assert len(as_json["title_notes"]) == 3
