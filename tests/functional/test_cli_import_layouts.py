"""`import` of level matrices and YAML frameworks: the result is a pack like any other."""

from __future__ import annotations

import csv
import re
import textwrap
from pathlib import Path

import pytest

from explorer.cli import main

DATA = Path(__file__).parents[1] / "data" / "import"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_five_level_matrix_imports_validates_and_searches(capsys, tmp_path):
    pack = tmp_path / "matrix"
    code, out, err = run(capsys, "import", DATA / "level_matrix.csv", "--out", pack)
    assert code == 0, out + err
    assert "wrote 5 roles and 1 ladder" in err and "0 lines not placed; 0 problems, 0 warnings" in err
    code, out, err = run(capsys, "validate", pack)
    assert code == 0, out + err
    code, out, _ = run(capsys, "--content", pack, "search", "release note")
    assert code == 0 and "PM1" in out and "Writes the release note" in out
    code, out, _ = run(capsys, "--content", pack, "show", "PM2")
    assert "Watch-outs" in out and "Optimises the area at the expense of its neighbours" in out
    code, out, _ = run(capsys, "--content", pack, "compare", "matrix-senior-pm", "senior-product-manager")
    assert code == 0, out
    exported = tmp_path / "matrix.csv"
    assert run(capsys, "--content", pack, "export-pack", "--pack", "matrix", "--out", exported)[0] == 0
    code, out, err = run(capsys, "import", exported, "--out", tmp_path / "again")
    assert code == 0 and "wrote 5 roles" in err, out + err


def test_a_monzo_layout_framework_imports_with_examples(capsys, tmp_path):
    pack = tmp_path / "yaml"
    code, out, err = run(
        capsys, "import", DATA / "progression.yml", "--out", pack, "--levels", "APM, PM, Senior PM, Lead PM"
    )
    assert code == 0, out + err
    assert "wrote 4 roles and 1 ladder" in err
    code, out, _ = run(capsys, "--content", pack, "show", "yaml-pm")
    assert "Changed the feature's scope after the third interview." in out
    code, out, _ = run(capsys, "--content", pack, "search", "weekly digest of call notes")
    assert "[example]" in out and "APM" in out
    code, _, err = run(capsys, "import", DATA / "progression.yml", "--out", tmp_path / "x", "--levels", "A,B")
    assert code == 2 and "--levels names 2 levels; the framework has 4" in err
    assert not (tmp_path / "x").exists()


def test_an_unplaceable_file_writes_nothing_and_names_the_layouts(capsys, tmp_path):
    code, _, err = run(capsys, "import", DATA / "unplaceable.csv", "--out", tmp_path / "none")
    assert code != 0 and not (tmp_path / "none").exists()
    for layout in ("Long table", "Level matrix", "Sideways matrix", "Markdown framework", "YAML framework"):
        assert layout in err
    assert "Category,Competency,Description,Junior PM,PM,Senior PM" in err


def test_a_framework_with_nothing_placed_lists_every_line(capsys, tmp_path):
    empty = tmp_path / "empty.yml"
    empty.write_text("levels: 2\ntopics:\n  - title: Delivery\n    content:\n      - level: 7\n")
    code, out, err = run(capsys, "import", empty, "--out", tmp_path / "none")
    assert code == 1 and not (tmp_path / "none").exists()
    assert "empty.yml:5: not placed (level must be a whole number from 1 to 2)" in out
    assert "nothing placed, so nothing was written" in err


def test_the_readme_samples_of_each_layout_import(capsys, tmp_path):
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("### Your team's ladder", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```(csv|yaml)\n(.*?)```", section, re.DOTALL)
    assert [kind for kind, _ in blocks] == ["csv", "csv", "csv", "yaml"]
    for number, (kind, body) in enumerate(blocks):
        sample = tmp_path / f"sample{number}.{'yml' if kind == 'yaml' else 'csv'}"
        sample.write_text(textwrap.dedent(body))
        code, out, err = run(capsys, "import", sample, "--out", tmp_path / f"pack{number}")
        assert code == 0 and "not placed" not in out, out + err


def test_an_xlsx_matrix_imports_like_its_csv(capsys, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    with (DATA / "level_matrix.csv").open(newline="") as handle:
        for row in csv.reader(handle):
            book.active.append(row)
    book.save(tmp_path / "matrix.xlsx")
    code, out, err = run(capsys, "import", tmp_path / "matrix.xlsx", "--out", tmp_path / "x")
    assert code == 0 and "wrote 5 roles and 1 ladder" in err, out + err
    (tmp_path / "fake.xlsx").write_text("not a zip")
    code, _, err = run(capsys, "import", tmp_path / "fake.xlsx", "--out", tmp_path / "y")
    assert code == 2 and "not an .xlsx workbook" in err and not (tmp_path / "y").exists()


def test_options_for_another_layout_are_refused(capsys, tmp_path):
    code, _, err = run(
        capsys, "import", DATA / "level_matrix.csv", "--out", tmp_path / "x", "--levels", "A,B"
    )
    assert code == 2 and "--levels names a YAML framework's levels" in err
    code, _, err = run(
        capsys, "import", DATA / "progression.yml", "--out", tmp_path / "x", "--levels-from-column", "3"
    )
    assert code == 2 and "--levels-from-column is for a level matrix" in err
    assert not (tmp_path / "x").exists()


def test_validate_names_a_bad_new_field_by_line(capsys, tmp_path):
    pack = tmp_path / "bad"
    pack.mkdir()
    for path in (DATA / "fields_pack").iterdir():
        (pack / path.name).write_text(path.read_text())
    role = pack / "fields-product-lead.toml"
    role.write_text(role.read_text().replace('importance = "supporting"', 'importance = "vital"'))
    code, out, err = run(capsys, "validate", pack)
    assert code == 1
    assert (
        "fields-product-lead.toml:37:1: responsibilities[2].importance must be one of core, supporting"
        in (out + err)
    )


def test_import_says_how_it_read_the_file(capsys, tmp_path):
    for name, layout in (
        ("level_matrix.csv", "read as a level matrix;"),
        ("fifteen_five.csv", "read as a long table"),
        ("progression_front_matter.md", "read as a YAML framework;"),
        ("dbx_framework.md", "read as a Markdown framework;"),
    ):
        code, out, err = run(capsys, "import", DATA / name, "--out", tmp_path / name.replace(".", "-"))
        assert code == 0 and layout in err, out + err
