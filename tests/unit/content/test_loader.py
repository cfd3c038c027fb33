from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.locations import shipped_content_dir


def problem_lines(directory: Path) -> list[str]:
    result = load_catalog([directory])
    return [str(p) for p in result.problems]


def find(lines: list[str], fragment: str) -> str:
    matching = [line for line in lines if fragment in line]
    assert len(matching) == 1, f"expected one line with {fragment!r}, got {matching}"
    return matching[0]


def test_shipped_library_loads_clean():
    result = load_catalog([shipped_content_dir()])
    assert result.problems == ()
    assert "head-of-product" in result.catalog.roles
    assert result.catalog.sources["payscale-ai-pm"].date == "February 2023"


def test_minimal_pack_builds_the_model(data_dir):
    result = load_catalog([data_dir / "minimal"])
    assert result.ok
    alpha = result.catalog.role("alpha")
    assert alpha.aliases == ("AA",)
    assert alpha.experience.describe() == "1–2 years in product"
    assert alpha.responsibilities[0].source == "fixture"
    assert alpha.salaries[0].describe() == "$50,000 per year — median base (Fixture Press, January 2024)"
    assert alpha.next_steps[0].to == "beta"
    assert result.catalog.ladders[0].roles == ("alpha", "beta")


class TestBrokenPack:
    @pytest.fixture
    def lines(self, data_dir):
        return problem_lines(data_dir / "broken")

    def test_syntax_error_names_file_line_and_column(self, lines):
        assert find(lines, "syntax_error.toml").endswith(
            "syntax_error.toml:4:7: TOML syntax error: Expected '=' after a key in a key/value pair"
        )

    def test_typo_key_is_reported_with_a_suggestion(self, lines):
        assert find(lines, "typo_key.toml").endswith(
            "typo_key.toml:8:1: unknown key 'responsibilites' (did you mean 'responsibilities'?)"
        )

    def test_wrong_type(self, lines):
        assert find(lines, "wrong_type.toml").endswith(
            "wrong_type.toml:4:1: level must be an integer, not a string"
        )

    def test_duplicate_id(self, lines):
        line = find(lines, "duplicate role id")
        assert "duplicate_b.toml:1:1" in line and "duplicate_a.toml" in line

    def test_dangling_reference(self, lines):
        assert find(lines, "dangling.toml").endswith(
            "dangling.toml:7:1: reports_to refers to unknown role 'nobody-here'"
        )

    def test_promotion_cycle(self, lines):
        assert "promotions form a cycle: cycle-down → cycle-up → cycle-down" in find(
            lines, "promotions form a cycle"
        )

    def test_ladder_loop(self, lines):
        assert find(lines, "ladders.toml").endswith(
            "ladders.toml:5:1: ladder 'loop-ladder' loops: good-role appears more than once"
        )

    def test_exactly_one_line_per_problem(self, lines):
        assert len(lines) == 7

    def test_valid_files_still_load(self, data_dir):
        catalog = load_catalog([data_dir / "broken"]).catalog
        assert {"good-role", "dangling-role", "cycle-up", "cycle-down", "twin"} <= set(catalog.roles)
        assert catalog.role("twin").title == "Twin A"
        # The dangling reference is dropped, the good one kept.
        assert catalog.role("dangling-role").reports_to == ("good-role",)
        assert catalog.ladders[0].roles == ("good-role", "cycle-down")
        assert not {"syntax-role", "typo-role", "wrong-type-role"} & set(catalog.roles)


def write(directory: Path, name: str, content: bytes | str) -> Path:
    path = directory / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


ROLE = 'id = "r"\ntitle = "R"\ntrack = "adjacent"\nlevel = 1\nsummary = "s"\nsources = []\n'


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("bad.toml", b'id = "caf\xe9"\n', "bad.toml:1:10: is not valid UTF-8 text"),
        ("empty.toml", b"", "missing required key 'id'"),
        (
            "table.toml",
            'id = "x"\n[responsibilities]\nid = 1\n',
            "responsibilities must be an array, not a table",
        ),
        ("neg.toml", ROLE.replace("level = 1", "level = -1"), "neg.toml:4:1: level must be at least 1"),
        (
            "id.toml",
            ROLE.replace('id = "r"', 'id = "Bad Id"'),
            "id.toml:1:1: id 'Bad Id' must use lower-case letters",
        ),
        ("track.toml", ROLE.replace("adjacent", "sideways"), "track must be one of individual-contributor"),
    ],
)
def test_bad_files_each_give_one_clear_line(tmp_path, name, content, expected):
    write(tmp_path, name, content)
    lines = problem_lines(tmp_path)
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(str(tmp_path)) for line in lines)


def test_bom_and_crlf_are_accepted(tmp_path):
    write(tmp_path, "bom.toml", b"\xef\xbb\xbf" + ROLE.replace("\n", "\r\n").encode())
    result = load_catalog([tmp_path])
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'bom.toml'}:6:1: sources needs at least 1 item"
    ]


def test_directory_named_like_a_toml_file_is_reported(tmp_path):
    (tmp_path / "x.toml").mkdir()
    assert problem_lines(tmp_path) == [f"{tmp_path / 'x.toml'}: is not a regular file"]


def test_missing_folder_is_reported(tmp_path):
    assert problem_lines(tmp_path / "nope") == [
        f"{tmp_path / 'nope'}: content folder does not exist or is not a folder"
    ]


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (line,) = problem_lines(tmp_path)
    assert "huge.toml: is 52,428,800 bytes; files over" in line


def test_later_pack_overrides_shipped_role_and_can_cite_shipped_sources(data_dir):
    result = load_catalog([shipped_content_dir(), data_dir / "override"])
    assert result.ok, result.problems
    assert result.catalog.role("product-manager").title == "Product Manager (Acme ladder)"
    assert len(result.catalog.roles) == len(load_catalog([shipped_content_dir()]).catalog.roles)


def test_salary_needs_a_figure(tmp_path):
    write(tmp_path, "sources.toml", '[[sources]]\nid="s"\npublisher="p"\ntitle="t"\ndate="d"\n')
    write(
        tmp_path,
        "pay.toml",
        ROLE.replace("sources = []", 'sources = ["s"]')
        + (
            '[[salary]]\nof = "pay"\ncurrency = "USD"\nperiod = "year"\npublisher = "P"\ndate = "2020"\n'
            '[[salary]]\nof = "pay"\nlow = 5\ncurrency = "USD"\nperiod = "year"\npublisher = "P"\ndate = "2020"\n'
        ),
    )
    lines = problem_lines(tmp_path)
    assert any("pay.toml:7:1: salary needs an amount, or low and high" in line for line in lines), lines
    assert any("pay.toml:13:1: a salary range needs both low and high" in line for line in lines), lines


def test_symlink_loop_and_dangling_link_are_reported(tmp_path):
    (tmp_path / "a.toml").symlink_to("b.toml")
    (tmp_path / "b.toml").symlink_to("a.toml")
    (tmp_path / "gone.toml").symlink_to("missing.toml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to("..")  # a folder loop: never followed
    lines = problem_lines(tmp_path)
    assert sorted(lines) == sorted(
        f"{tmp_path / name}: is a broken or looping symbolic link"
        for name in ("a.toml", "b.toml", "gone.toml")
    )


def test_links_out_of_the_content_folder_are_not_read(tmp_path, data_dir):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "alpha.toml").symlink_to(data_dir / "minimal" / "alpha.toml")
    (pack / "inside.toml").symlink_to("real.toml")
    (pack / "real.toml").write_text(ROLE.replace("sources = []", 'sources = ["x"]'))
    lines = problem_lines(pack)
    assert f"{pack / 'alpha.toml'}: is a link to a file outside the content folder; not read" in lines
    assert not any(line.startswith(f"{pack / 'inside.toml'}: is a") for line in lines)


def test_unreadable_file_gives_one_line_and_the_rest_loads(tmp_path, data_dir, monkeypatch):
    import os
    import shutil
    from pathlib import Path

    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    real_open = os.open

    def deny(path, *args, **kwargs):
        if Path(path).name == "beta.toml":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    result = load_catalog([pack])
    assert (
        next(str(p) for p in result.problems if "beta" in str(p))
        == f"{pack / 'beta.toml'}: cannot be read: Permission denied"
    )
    assert "alpha" in result.catalog.roles


def test_empty_and_whitespace_files_are_reported(tmp_path):
    write(tmp_path, "empty.toml", b"")
    write(tmp_path, "blank.toml", b"\n  \n")
    lines = problem_lines(tmp_path)
    assert any(
        line.startswith(f"{tmp_path / 'empty.toml'}") and "missing required key 'id'" in line
        for line in lines
    )
    assert any(line.startswith(f"{tmp_path / 'blank.toml'}") for line in lines)
