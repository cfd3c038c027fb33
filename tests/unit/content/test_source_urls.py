"""Sources may carry a web address; only http and https are accepted, anything else is a located problem."""

from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog

ROLE = """\
id = "solo"
title = "Solo Role"
track = "individual-contributor"
level = 1
summary = "A role for the URL tests."
sources = ["handbook"]
"""


def pack_with_url(tmp_path: Path, url: str) -> Path:
    (tmp_path / "solo.toml").write_text(ROLE, encoding="utf-8")
    sources = (
        f'[[sources]]\nid = "handbook"\npublisher = "Team"\ntitle = "Role page"\ndate = "2025"\nurl = {url}\n'
    )
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "url",
    [
        "https://handbook.example.com/roles/solo",
        "http://intranet:8080/wiki?page=Solo#pay",
        "https://example.com",
    ],
)
def test_http_and_https_addresses_are_kept(tmp_path, url):
    result = load_catalog([pack_with_url(tmp_path, f'"{url}"')])
    assert result.problems == ()
    assert result.catalog.sources["handbook"].url == url


@pytest.mark.parametrize(
    "toml_value",
    [
        '"javascript:alert(1)"',
        '"file:///etc/passwd"',
        '"ftp://files.example.com/role.pdf"',
        '"mailto:team@example.com"',
        '"handbook.example.com/roles/solo"',
        '"https://exa mple.com/"',
        '"https://example.com/\\u001b]8;;evil\\u0007"',
        '"https://example.com/\\n"',
        '"https:///no-host"',
    ],
)
def test_anything_else_is_a_validation_error_naming_file_and_line(tmp_path, toml_value):
    result = load_catalog([pack_with_url(tmp_path, toml_value)])
    lines = [str(p) for p in result.problems if p.path.name == "sources.toml"]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{tmp_path / 'sources.toml'}:6:1: sources[0].url ")
    assert lines[0].endswith("must be a web address starting with http:// or https://")
    assert "\x1b" not in lines[0] and "\n" not in lines[0]
    # Like any invalid sources file, it is skipped whole; the role still loads, without the source.
    assert "handbook" not in result.catalog.sources and "solo" in result.catalog.roles


def test_a_long_bad_address_is_shortened_in_the_message(tmp_path):
    result = load_catalog([pack_with_url(tmp_path, '"gopher://' + "x" * 500 + '"')])
    assert len(str(result.problems[0])) < len(str(tmp_path)) + 200


def test_an_address_of_more_than_2000_characters_is_refused(tmp_path):
    result = load_catalog([pack_with_url(tmp_path, '"https://example.com/' + "x" * 2000 + '"')])
    assert "longer than 2000 characters" in str(result.problems[0])


def test_the_url_is_optional(data_dir):
    result = load_catalog([data_dir / "minimal"])
    assert result.ok and result.catalog.sources["fixture"].url == ""
