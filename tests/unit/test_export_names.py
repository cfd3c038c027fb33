"""The export helper's headless parts: which files may be written, their type, and how to open them."""

import pytest

from explorer.tui.export import export_problem, how_to_open, mime_type


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("plan.md", "text/markdown"),
        ("PLAN.MD", "text/markdown"),
        ("my-plan-dates.ics", "text/calendar"),
        ("plan.json", "application/json"),
        ("plan.toml", "application/toml"),
        ("notes.txt", "text/plain"),
        ("README", "text/plain"),
    ],
)
def test_the_download_type_follows_the_file_name(name, expected):
    assert mime_type(name) == expected


def test_each_kind_of_file_says_how_to_open_it():
    assert how_to_open("brief.md") == "open it in any text editor or Markdown viewer"
    assert how_to_open("dates.ics").startswith("import it into your calendar app")
    assert how_to_open("plan.toml") == "open it in any text editor"


def test_a_chosen_path_is_refused_when_empty_a_folder_or_in_no_folder(tmp_path):
    taken = tmp_path / "taken.md"
    taken.write_text("mine", encoding="utf-8")
    assert export_problem("  ") == "Type a file name, or press Escape."
    assert export_problem(str(taken)) is None  # the export asks before replacing it
    assert export_problem(str(tmp_path)) == f"{tmp_path} is a folder; add a file name."
    assert export_problem(str(tmp_path / "missing" / "x.md")) == f"{tmp_path / 'missing'} is not a folder."
    assert export_problem(str(tmp_path / "new.md")) is None
    assert taken.read_text(encoding="utf-8") == "mine"
