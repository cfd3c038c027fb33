"""Packs in and out of spreadsheets and Markdown: round trips, real-world shapes, nothing dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Area, Track
from explorer.core.content.transfer.draft import grade_order, guess_area, guess_track
from explorer.core.content.transfer.example import example_pack
from explorer.core.content.transfer.from_markdown import read_markdown, split_title
from explorer.core.content.transfer.from_table import TableError, read_table
from explorer.core.content.transfer.to_table import pack_csv
from explorer.core.content.transfer.writer import PackExists, PackInfo, render_pack, toml_string, write_pack
from explorer.locations import shipped_content_dir

DATA = Path(__file__).parents[2] / "data" / "import"


def import_into(tmp_path: Path, draft, pack_id: str = "team") -> tuple:
    out = tmp_path / pack_id
    write_pack(render_pack(draft, PackInfo(pack_id, pack_id.title(), "source.csv", "Team")), out)
    return out, load_catalog([shipped_content_dir(), out], advise=True)


def test_the_shipped_library_round_trips_through_csv(tmp_path):
    shipped = load_catalog([shipped_content_dir()]).catalog
    text = pack_csv(shipped, "library")
    out, result = import_into(tmp_path, read_table(text, "library.csv"), "library-copy")
    assert result.ok, result.problems
    copy = load_catalog([out]).catalog
    assert set(copy.roles) == set(shipped.roles)
    for role_id, original in shipped.roles.items():
        again = copy.roles[role_id]
        assert (again.title, again.track, again.grade, again.level, again.summary) == (
            original.title,
            original.track,
            original.grade,
            original.level,
            original.summary,
        )
        assert [(r.text, r.area) for r in again.responsibilities] == [
            (r.text, r.area) for r in original.responsibilities
        ]
        assert again.skills == original.skills
    assert pack_csv(copy, "library-copy") == text


def test_the_team_pack_round_trips_with_its_grades(tmp_path, data_dir):
    team = load_catalog([shipped_content_dir(), data_dir / "team"]).catalog
    out, result = import_into(tmp_path, read_table(pack_csv(team, "northwind"), "team.csv"), "northwind-copy")
    assert result.ok
    copy = load_catalog([out]).catalog
    assert {r.id: (r.grade, r.level) for r in copy.roles.values()} == {
        r.id: (r.grade, r.level) for r in team.roles.values() if r.pack == "northwind"
    }
    assert [g.label for g in copy.packs["northwind-copy"].grades] == ["7", "8", "9", "10", "11", "12"]
    assert [g.level for g in copy.packs["northwind-copy"].grades] == [2, 3, 4, 5, 6, 7]


def test_a_fifteen_five_style_spreadsheet_becomes_a_valid_pack(tmp_path):
    draft = read_table((DATA / "fifteen_five.csv").read_text(), "fifteen_five.csv")
    _out, result = import_into(tmp_path, draft)
    assert result.ok, result.problems
    catalog = result.catalog
    pm = catalog.role("team-product-manager")
    assert pm.skills == ("Prioritisation", "Discovery", "Stakeholder updates")
    assert [(r.area, r.competency) for r in pm.responsibilities] == [
        (Area.DELIVERY, "Execution"),
        (Area.CUSTOMERS, "Customer Focus"),
        (Area.COMMUNICATION, ""),
    ]  # same word as the area
    ladders = {ladder.name: ladder for ladder in catalog.ladders if ladder.pack == "team"}
    assert list(ladders) == ["Individual Contributor", "People Manager"]
    assert ladders["People Manager"].track is Track.MANAGEMENT
    assert ladders["Individual Contributor"].roles == (
        "team-associate-product-manager",
        "team-product-manager",
        "team-senior-product-manager",
    )
    assert [(u.line, u.reason) for u in draft.unplaced] == [(12, "no title in this row")]


def test_columns_can_be_mapped_by_name():
    text = "Role name,What you do\nPM,Own the roadmap.\n"
    with pytest.raises(TableError, match="no column for the role's title"):
        read_table(text, "x.csv")
    draft = read_table(text, "x.csv", {"title": "role name", "responsibility": "What you do"})
    assert [d.text for role in draft.roles.values() for d in role.duties] == ["Own the roadmap."]


def test_unknown_columns_are_reported_once_each():
    draft = read_table("title\tnotes\tresponsibility\nPM\tsee wiki\tShip.\nPM\t\tLearn.\n", "x.tsv")
    assert [(u.line, u.text, u.reason) for u in draft.unplaced] == [
        (1, "notes: see wiki", "column not recognised; 1 value in rows 2")
    ]


def test_a_dbx_style_markdown_framework_becomes_a_valid_pack(tmp_path):
    draft = read_markdown((DATA / "dbx_framework.md").read_text())
    _out, result = import_into(tmp_path, draft)
    assert result.ok, result.problems
    catalog = result.catalog
    associate = catalog.role("team-associate-product-manager")
    assert (
        associate.grade == "PM1"
        and associate.summary == "Learns the craft on a well-scoped area with close guidance."
    )
    assert [(r.competency, r.text) for r in associate.responsibilities][:2] == [
        ("Results", "Delivers well-scoped features on time."),
        ("Results", "Measures the outcome of what shipped."),
    ]
    manager = catalog.role("team-product-manager-manager")
    assert [r.competency for r in manager.responsibilities] == ["Talent", "Direction", "Culture"]
    assert manager.track is Track.MANAGEMENT
    assert catalog.packs["team"].description.startswith("This framework describes")
    assert [u.text for u in draft.unplaced] == ["| Level | Scope |", "|-------|-------|", "| M1    | Team  |"]


def test_markdown_without_roles_reports_every_line():
    draft = read_markdown("Just a paragraph.\n\nAnother one.\n")
    assert not draft.roles and [u.line for u in draft.unplaced] == [1, 3]


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("L5 — Senior PM", ("Senior PM", "L5")),
        ("Senior PM (L5)", ("Senior PM", "L5")),
        ("Senior PM [grade 62]", ("Senior PM", "62")),
        ("PM3", ("PM3", "PM3")),
        ("Head of Product", ("Head of Product", "")),
    ],
)
def test_grades_in_headings(heading, expected):
    assert split_title(heading) == expected


def test_guesses():
    assert grade_order(["L6", "L4", "L5"]) == ["L4", "L5", "L6"]
    assert grade_order(["Senior", "Junior"]) == ["Senior", "Junior"]
    assert guess_area("Business Acumen") is Area.BUSINESS and guess_area("Zzz") is Area.DELIVERY
    assert guess_track("People Manager") is Track.MANAGEMENT and guess_track("IC") is Track.IC


def test_hostile_strings_are_written_as_valid_toml(tmp_path):
    nasty = 'a "quote" \\ back\x7f\x1b[31m \u202e [b]x[/b] \n line'
    draft = read_table(
        f'title,responsibility\n"{nasty.replace(chr(34), chr(34) * 2)}","{nasty.replace(chr(34), chr(34) * 2)}"\n',
        "x.csv",
    )
    _out, result = import_into(tmp_path, draft)
    assert result.ok, result.problems
    (role,) = [r for r in result.catalog.roles.values() if r.pack == "team"]
    assert role.responsibilities[0].text == " ".join(nasty.split())
    assert toml_string("\x7f") == '"\\u007f"'


def test_an_existing_folder_is_never_written_into(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(PackExists):
        write_pack({"pack.toml": "x"}, tmp_path / "mine")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["notes.txt"]


def test_the_example_pack_validates_cleanly(tmp_path):
    write_pack(example_pack("acme", "Acme"), tmp_path / "acme")
    result = load_catalog([shipped_content_dir(), tmp_path / "acme"], advise=True)
    assert result.ok
    # titles the shipped library uses too, and the example facts, which rest on no pinpoint
    assert all("is also used by" in w.message or "pinpoint" in w.message for w in result.warnings)
    assert result.catalog.role("acme-senior-product-manager").level == 3
