"""pinpoint, editorial and grows_from: how they load, and the one located line `validate` gives for each misuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.content.grounding import (
    MAX_UNGROUNDED_WARNINGS,
    facts,
    found_in,
    is_grounded,
    normal_words,
)
from explorer.core.content.loader import load_catalog
from explorer.core.content.spec import ROLE
from explorer.core.content.validate import check

SOURCES = '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'


def write_role(folder: Path, role_id: str, body: str) -> Path:
    path = folder / f"{role_id}.toml"
    path.write_text(
        f'id = "{role_id}"\ntitle = "{role_id.title()}"\ntrack = "management"\nlevel = 2\n'
        f'summary = "S."\nsources = ["s"]\n{body}',
        encoding="utf-8",
    )
    return path


def duty(duty_id: str, extra: str) -> str:
    return f'\n[[responsibilities]]\nid = "{duty_id}"\ntext = "Do {duty_id}."\narea = "strategy"\n{extra}'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    return tmp_path


def test_every_fact_takes_a_pinpoint_or_editorial_and_a_list_of_pinpoints(folder):
    write_role(
        folder,
        "pm",
        duty("own", 'source = "s"\npinpoint = "owns the product roadmap"\n')
        + duty("link", "editorial = true\n")
        + '\n[[next_steps]]\nto = "pm"\nkind = "lateral"\nadvice = "Move sideways to grow."\n'
        'source = "s"\npinpoint = ["moves to a peer", "lateral moves are common"]\n'
        '\n[[title_notes]]\ntext = "Titles vary."\neditorial = true\n'
        '\n[[salary]]\nof = "median base pay"\namount = 1\ncurrency = "USD"\nperiod = "year"\n'
        'publisher = "P"\ndate = "2024"\nsource = "s"\npinpoint = "a median of 1"\n'
        '\n[experience]\nnotes = "Not stated."\neditorial = true\n',
    )
    result = load_catalog([folder], advise=True)
    assert result.ok, [str(p) for p in result.problems]
    assert result.warnings == ()
    role = result.catalog.role("pm")
    assert role.responsibility("own").pinpoint == ("owns the product roadmap",)
    assert role.responsibility("link").editorial
    assert role.next_steps[0].pinpoint == ("moves to a peer", "lateral moves are common")
    assert role.title_notes[0].editorial and role.experience.editorial
    assert role.salaries[0].pinpoint == ("a median of 1",)
    assert [item.key_path for item in facts(role)] == [
        ("responsibilities", 0),
        ("responsibilities", 1),
        ("next_steps", 0),
        ("title_notes", 0),
        ("salary", 0),
        ("experience",),
    ]
    assert all(is_grounded(item.fact) for item in facts(role))


def test_a_pack_without_the_fields_still_loads_and_is_warned_once_per_fact(folder):
    write_role(folder, "pm", duty("a", 'source = "s"\n') + duty("b", ""))
    result = load_catalog([folder], advise=True)
    assert result.ok
    assert [(w.line, w.message) for w in result.warnings] == [
        (8, "warning: fact has neither a pinpoint (3 to 8 words of its article) nor editorial = true"),
        (14, "warning: fact has neither a pinpoint (3 to 8 words of its article) nor editorial = true"),
    ]
    assert load_catalog([folder]).warnings == ()  # only validate (advise) works them out


def test_a_file_full_of_facts_without_pinpoints_gets_a_few_lines_and_a_count(folder):
    write_role(folder, "pm", "".join(duty(f"d{n}", "") for n in range(MAX_UNGROUNDED_WARNINGS + 7)))
    warnings = load_catalog([folder], advise=True).warnings
    assert len(warnings) == MAX_UNGROUNDED_WARNINGS + 1
    assert "7 more facts in this file have neither" in warnings[-1].message


@pytest.mark.parametrize(
    ("extra", "where", "message"),
    [
        ('pinpoint = "two words"\n', 12, "pinpoint 'two words' has 2 words; a pinpoint is 3 to 8 words"),
        (
            'pinpoint = ["fine three words", "one two three four five six seven eight nine"]\n',
            12,
            "has 9 words; a pinpoint is 3 to 8 words",
        ),
        (
            'source = "s"\neditorial = true\n',
            12,
            "editorial = true is the library's own reading and cites no source; remove source or editorial",
        ),
        (
            'editorial = true\npinpoint = "three words here"\n',
            13,
            "editorial = true rests on no article's words; remove pinpoint or editorial",
        ),
        ('grows_from = "nobody#x"\n', 12, "grows_from refers to unknown responsibility 'nobody#x'"),
        ('grows_from = "pm#missing"\n', 12, "grows_from refers to unknown responsibility 'pm#missing'"),
    ],
)
def test_each_misuse_is_one_located_error_and_the_role_keeps_loading(folder, extra, where, message):
    path = write_role(folder, "pm", duty("a", extra))
    result = load_catalog([folder])
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    problem = result.problems[0]
    assert (problem.path, problem.line) == (path, where)
    assert message in problem.message
    duty_a = result.catalog.role("pm").responsibility("a")
    assert duty_a is not None
    assert duty_a.source is None or not duty_a.editorial  # an editorial fact never keeps a citation
    assert duty_a.grows_from == ""
    assert all(3 <= len(p.split()) <= 8 for p in duty_a.pinpoint)


def test_an_editorial_title_note_loses_its_citations(folder):
    write_role(folder, "pm", '\n[[title_notes]]\ntext = "Titles vary."\nsources = ["s"]\neditorial = true\n')
    result = load_catalog([folder])
    assert [p.line for p in result.problems] == [10]
    assert result.catalog.role("pm").title_notes[0].sources == ()


def test_grows_from_names_a_duty_in_another_file(folder):
    write_role(folder, "pm", duty("feedback", ""))
    write_role(folder, "senior", duty("feedback-at-scale", 'grows_from = "pm#feedback"\n'))
    result = load_catalog([folder])
    assert result.ok
    assert result.catalog.role("senior").responsibilities[0].grows_from == "pm#feedback"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (3, "must be a string or an array of strings, not an integer"),
        ([], "must not be an empty array"),
        (["ok words here", 4], "pinpoint[1] must be a string, not an integer"),
        ("", "must not be empty"),
    ],
)
def test_the_shape_of_a_pinpoint(value, message):
    data = {
        "id": "r",
        "title": "R",
        "track": "management",
        "summary": "S.",
        "sources": ["s"],
        "responsibilities": [{"id": "a", "text": "T", "area": "data", "pinpoint": value}],
    }
    problems = check(data, ROLE)
    assert len(problems) == 1 and message in problems[0].message, problems


def test_editorial_must_be_a_boolean():
    data = {"id": "r", "title": "R", "track": "management", "summary": "S.", "sources": ["s"]}
    problems = check({**data, "experience": {"editorial": "yes"}}, ROLE)
    assert [p.message for p in problems] == ["experience.editorial must be true or false, not a string"]


@pytest.mark.parametrize(
    ("pinpoint", "article", "found"),
    [
        ("the product’s roadmap", "Owns THE product's   roadmap daily.", True),
        ("a long-term vision", "sets a long–term vision", True),
        ('"north star" metric', "the “north star” metric", True),
        ("scope of work", "a telescope of work", False),
        ("roadmap and strategy", "roadmap, and strategy", False),
    ],
)
def test_a_pinpoint_is_found_whatever_the_quotes_dashes_case_and_spacing(pinpoint, article, found):
    assert found_in(pinpoint, normal_words(article)) is found


def test_the_markdown_copy_marks_our_reading_and_numbers_the_rest():
    from explorer.core.content.role_markdown import role_markdown

    grounded = Path(__file__).parents[2] / "data" / "grounded"
    catalog = load_catalog([grounded]).catalog
    text = role_markdown(catalog, catalog.role("grounded-pm"))
    assert "- Our reading: Run the team's daily stand-up.\n" in text
    assert "- Write the specifications the engineers build from. [1]\n" in text
    assert "## Experience asked\nOur reading: not stated\n" in text
    assert "- $120,000 per year — median base pay (Pay Survey Co, 2024) [2]\n" in text


def test_grows_from_into_a_role_another_pack_replaced_is_a_warning(tmp_path):
    base, team = tmp_path / "base", tmp_path / "team"
    for folder in (base, team):
        folder.mkdir()
        (folder / "sources.toml").write_text(SOURCES, encoding="utf-8")
    write_role(base, "pm", duty("feedback", ""))
    path = write_role(base, "spm", duty("feedback-area", 'grows_from = "pm#feedback"\n'))
    write_role(team, "pm", duty("something-else", ""))
    result = load_catalog([base, team])
    assert result.ok, [str(p) for p in result.problems]
    (moved,) = [w for w in result.warnings if w.message.startswith("warning: grows_from")]
    assert (moved.path, moved.line) == (path, 12)
    assert "the 'pm' of pack 'team' has no such responsibility; the link is not used" in moved.message
    assert result.catalog.role("spm").responsibilities[0].grows_from == ""
