"""Ladders as teams publish them: level matrices (both ways round) and YAML frameworks."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Area
from explorer.core.content.transfer.from_framework import FrameworkError, looks_like_framework, read_framework
from explorer.core.content.transfer.from_matrix import level_start, reads_as_level
from explorer.core.content.transfer.from_table import TableError, table_rows
from explorer.core.content.transfer.layouts import placed_nothing, read_sheet
from explorer.core.content.transfer.to_table import pack_csv
from explorer.core.content.transfer.writer import PackInfo, render_pack, write_pack

DATA = Path(__file__).parents[2] / "data" / "import"


def sheet(name: str, **options):
    text = (DATA / name).read_text()
    return read_sheet(table_rows(text, name), {}, **options)


def write(tmp_path: Path, draft, pack_id: str = "team"):
    out = tmp_path / pack_id
    write_pack(render_pack(draft, PackInfo(pack_id, pack_id.title(), "source", "Team")), out)
    return out, load_catalog([out], advise=True)


# Level titles by class: seniority words, job codes, numbered levels, job names; and field names.
@pytest.mark.parametrize(
    "header",
    ["Junior PM", "PM1", "Level 3", "Senior", "Staff", "L4", "IC5", "Principal Product Manager", "Grade 7",
     "E-5", "Associate", "Head of Product", "Band 2", "APM", "Lead"],
)  # fmt: skip
def test_level_titles_are_recognised(header):
    assert reads_as_level(header)


@pytest.mark.parametrize(
    "header",
    ["Category", "Parameter", "Description", "Competency", "Level", "Notes", "Key behavior", "Job title",
     "Amount", "2026-01-04", ""],
)  # fmt: skip
def test_field_names_are_not_level_titles(header):
    assert not reads_as_level(header)


def test_the_level_columns_are_the_trailing_run():
    assert level_start(["Category", "Competency", "Description", "PM1", "PM2", "PM3", ""]) == 3
    assert level_start(["Competency", "Senior"]) is None  # one level column is not a matrix
    assert level_start(["title", "area", "responsibility"]) is None


def test_a_matrix_with_five_levels_becomes_one_ladder_with_watch_outs(tmp_path):
    draft = sheet("level_matrix.csv")
    assert draft.unplaced == []
    _out, result = write(tmp_path, draft)
    assert result.ok, result.problems
    catalog = result.catalog
    (ladder,) = catalog.ladders
    assert [catalog.role(r).title for r in ladder.roles] == [
        "Associate PM", "PM1", "PM2", "Senior PM", "Principal PM"
    ]  # fmt: skip
    pm1 = catalog.role("team-pm1")
    assert pm1.watch_outs == ("Says yes to every request",)
    framing = pm1.responsibilities[0]
    assert (framing.competency, framing.area, framing.explanation) == (
        "Problem framing",
        Area.STRATEGY,
        "Choosing which problems deserve the team's time",
    )
    # The category is written once above its rows; a bulleted cell is one responsibility per bullet.
    assert pm1.responsibilities[1].area is Area.STRATEGY
    assert [r.text for r in pm1.responsibilities if r.competency == "Shipping"] == [
        "Ships features end to end",
        "Writes the release note",
    ]
    assert all(not any("misalign" in r.competency.casefold() for r in role.responsibilities)
               for role in catalog.roles.values())  # fmt: skip


def test_an_unknown_category_is_kept_beside_the_competency():
    rows = [["Category", "Competency", "L1", "L2"], ["Wizardry", "Polish", "Tidies", "Insists"]]
    duty = read_sheet(rows, {}).roles[("", "l1")].duties[0]
    assert (duty.area, duty.competency) == (Area.DELIVERY, "Wizardry · Polish")


def test_levels_from_a_column_when_the_headers_do_not_say():
    rows = [
        ["Skill", "Meaning", "Rookie", "Regular", "Veteran"],
        ["Shipping", "Getting it out", "a", "b", "c"],
    ]
    with pytest.raises(TableError):
        read_sheet(rows, {})
    draft = read_sheet(rows, {}, levels_from=3)
    assert [role.title for role in draft.roles.values()] == ["Rookie", "Regular", "Veteran"]
    assert draft.roles[("", "rookie")].duties[0].explanation == "Getting it out"
    with pytest.raises(TableError, match="from 2 to 5"):
        read_sheet(rows, {}, levels_from=1)


def test_a_sideways_matrix_is_turned_back():
    rows = [
        ["Level", "Shipping", "Discovery", "Watch-outs"],
        ["Junior PM", "Ships with help", "Joins interviews", "Waits to be told"],
        ["PM", "Ships alone", "Runs interviews", ""],
        ["Notes row", "", "", ""],
    ]
    draft = read_sheet(rows, {})
    junior, pm = draft.roles.values()
    assert [(d.competency, d.text) for d in junior.duties] == [
        ("Shipping", "Ships with help"),
        ("Discovery", "Joins interviews"),
    ]
    assert junior.watch_outs == ["Waits to be told"] and pm.watch_outs == []
    assert [(u.line, u.reason) for u in draft.unplaced] == [(4, "first cell does not read as a level")]


def test_a_long_table_is_still_a_long_table():
    draft = sheet("fifteen_five.csv")
    assert len(draft.roles) == 5


def test_an_unplaceable_sheet_is_refused():
    with pytest.raises(TableError, match="no column for the role's title"):
        sheet("unplaceable.csv")


def test_a_monzo_layout_framework_becomes_four_roles_with_examples(tmp_path):
    text = (DATA / "progression.yml").read_text()
    draft = read_framework(text, ["APM", "PM", "Senior PM", "Lead PM"])
    assert draft.unplaced == [] and draft.description == "How product managers grow here."
    _out, result = write(tmp_path, draft)
    assert result.ok, result.problems
    catalog = result.catalog
    (ladder,) = catalog.ladders
    assert ladder.name == "Product"
    assert [catalog.role(r).title for r in ladder.roles] == ["APM", "PM", "Senior PM", "Lead PM"]
    pm = catalog.role("team-pm")
    interviews = pm.responsibilities[0]
    assert interviews.text == "Plans and runs interviews for one feature."  # criterion and example merged
    assert len(interviews.examples) == 2 and interviews.area is Area.CUSTOMERS
    assert interviews.competency == "Customer discovery"
    senior = catalog.role("team-senior-pm")
    assert [r.examples for r in senior.responsibilities if r.area is Area.DELIVERY] == [
        ("Ran the joint launch checklist for the billing and onboarding teams.",)
    ]


def test_front_matter_reads_like_a_bare_file():
    text = (DATA / "progression_front_matter.md").read_text()
    assert looks_like_framework(text)
    draft = read_framework(text)
    assert [role.title for role in draft.roles.values()] == ["Level 1", "Level 2", "Level 3", "Level 4"]
    bare = read_framework((DATA / "progression.yml").read_text())
    assert [len(r.duties) for r in draft.roles.values()] == [len(r.duties) for r in bare.roles.values()]


def test_framework_lines_it_cannot_place_are_reported_with_their_line():
    text = "levels: 2\ntopics:\n  - title: Delivery\n    content:\n      - level: 9\n        criteria: [x]\n"
    draft = read_framework(text)
    assert [(u.line, u.text, u.reason) for u in draft.unplaced] == [
        (5, "Delivery: level 9", "level must be a whole number from 1 to 2")
    ]
    assert placed_nothing(draft)


@pytest.mark.parametrize(
    "text, message",
    [
        ("a: &x [1]\nb: *x\ntopics: []\n", "aliases"),
        ("topics: " + "[" * 60 + "]" * 60 + "\n", "nested more than"),
        ("topics: [\n", "YAML syntax error"),
        ("just: text\n", "no `topics:` list"),
        ("levels: 3\ntopics: []\n", "--levels names 2 levels"),
        ("levels: 500\ntopics: []\n", "from 1 to 30"),
        ("!!python/object:os.system {}\n", "YAML syntax error"),
        ("topics: [" + "{a: 1}," * 40_000 + "]\n", "more than one per 8 is refused"),
    ],
)
def test_hostile_or_wrong_yaml_is_one_clear_error(text, message):
    names = ["A", "B"] if "--levels" in message else None
    with pytest.raises(FrameworkError, match=message):
        read_framework(text, names)


def test_the_new_fields_round_trip_through_export_pack(tmp_path):
    draft = read_framework((DATA / "progression.yml").read_text())
    draft.roles[("Product", "level 1")].duties[0].importance = "core"
    _out, result = write(tmp_path, draft, "first")
    text = pack_csv(result.catalog, "first")
    _again, copy = write(tmp_path, read_sheet(table_rows(text, "x.csv"), {}), "first-copy")
    assert copy.ok, copy.problems
    before = {r.title: r for r in result.catalog.roles.values()}
    after = {r.title: r for r in copy.catalog.roles.values()}
    for title, role in before.items():
        assert [(d.text, d.examples, d.importance, d.explanation) for d in role.responsibilities] == [
            (d.text, d.examples, d.importance, d.explanation) for d in after[title].responsibilities
        ]
        assert role.watch_outs == after[title].watch_outs
    matrix = write(tmp_path, sheet("level_matrix.csv"), "matrix")[1].catalog
    again = read_sheet(table_rows(pack_csv(matrix, "matrix"), "x.csv"), {})
    assert {r.title: r.watch_outs for r in again.roles.values()} == {
        r.title: list(r.watch_outs) for r in matrix.roles.values()
    }


def test_a_matrix_below_a_title_row_reports_the_title():
    rows = [
        ["Our product ladder, 2026 edition", "", "", ""],
        [],
        ["Competency", "Meaning", "PM1", "PM2"],
        ["Shipping", "Getting it out", "Ships with help", "—"],
    ]
    draft = read_sheet(rows, {})
    assert [role.title for role in draft.roles.values()] == ["PM1", "PM2"]
    assert [len(role.duties) for role in draft.roles.values()] == [1, 0]  # a dash says nothing
    assert [(u.line, u.reason) for u in draft.unplaced] == [(1, "above the header row")]


def test_a_long_table_whose_cells_read_as_levels_stays_a_long_table():
    rows = [["title", "grade", "responsibility"], ["Senior PM", "L5", "Ships"], ["Lead PM", "L6", "Leads"]]
    draft = read_sheet(rows, {})
    assert [(role.title, role.grade) for role in draft.roles.values()] == [
        ("Senior PM", "L5"),
        ("Lead PM", "L6"),
    ]


def test_a_matrix_importance_column_marks_each_level_s_item():
    rows = [
        ["Competency", "Importance", "PM1", "PM2"],
        ["Shipping", "Core", "Ships with help", "Ships alone"],
        ["Writing", "Supplemental", "Writes notes", "Writes briefs"],  # O*NET's word
        ["Pricing", "Vital", "Learns pricing", ""],
    ]
    draft = read_sheet(rows, {})
    pm1 = draft.roles[("", "pm1")]
    assert [d.importance for d in pm1.duties] == ["core", "supporting", ""]
    assert [(u.line, u.text) for u in draft.unplaced] == [(4, "Vital")]


def test_framework_text_is_read_as_words_and_levels_may_be_quoted():
    text = (
        'levels: "2"\ntopics:\n  - title: Craft\n    content:\n      - level: "2"\n'
        "        criteria: ['Writes [clear specs](https://example.com) with **care**']\n"
        "  - title: Empty\n"
    )
    draft = read_framework(text)
    (duty,) = draft.roles[("", "level 2")].duties
    assert duty.text == "Writes clear specs with care"
    assert [(u.line, u.reason) for u in draft.unplaced] == [(7, "a topic with no `content` list")]


def test_an_unknown_sheet_names_a_few_of_its_columns():
    with pytest.raises(TableError) as raised:
        read_sheet([[f"Col{n}" for n in range(500)], ["x"] * 500], {})
    assert "Col0, Col1" in str(raised.value) and "(488 more)" in str(raised.value)
    assert len(str(raised.value)) < 400


def test_a_semicolon_separated_sheet_is_read():
    rows = table_rows(
        "Category;Competency;Junior;Senior\nDelivery;Shipping;Ships with help;Ships alone\n", "x.csv"
    )
    assert rows[0] == ["Category", "Competency", "Junior", "Senior"]
    assert len(read_sheet(rows, {}).roles) == 2


def test_a_matrix_of_thousands_of_levels_is_refused():
    headers = ["Competency"] + [f"Senior {n}" for n in range(1, 5001)]
    with pytest.raises(TableError, match="5,000 level columns"):
        read_sheet([headers, ["Shipping"] + ["x"] * 5000], {})
    sideways = [["Level", "Shipping"]] + [[f"Senior {n}", "x"] for n in range(1, 5001)]
    with pytest.raises(TableError, match="5,000 level columns"):
        read_sheet(sideways, {})
