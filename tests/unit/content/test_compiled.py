"""The stored build of a content set: used while every content file is unchanged, ignored otherwise."""

import json
import os
import shutil

import pytest

from explorer.core.content.compiled import FORMAT, CompiledContent
from explorer.locations import shipped_content_dir

DATA = {"index": {"fields": [1, 2]}, "view": {"titles": {"alpha": ["Alpha", "Alpha"]}, "problems": 0}}


@pytest.fixture
def pack(data_dir, tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", folder)
    return folder


def test_an_unchanged_content_set_reads_back_what_was_stored(pack, tmp_path, data_dir):
    folders = [shipped_content_dir(), pack, data_dir / "override", data_dir / "broken"]
    CompiledContent(tmp_path / "cache", folders).write(DATA)
    assert CompiledContent(tmp_path / "cache", folders).read() == DATA


def test_only_the_header_and_the_stored_data_are_written(pack, tmp_path):
    store = CompiledContent(tmp_path / "cache", [pack])
    store.write(DATA)
    header, data = store.path.read_text().split("\n")
    assert json.loads(header) == {"format": FORMAT, "stamp": store.stamp} and json.loads(data) == DATA


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch"])
def test_any_change_to_a_file_means_a_rebuild(pack, tmp_path, change):
    CompiledContent(tmp_path / "cache", [pack]).write(DATA)
    alpha = pack / "alpha.toml"
    if change == "edit":
        alpha.write_text(alpha.read_text().replace("Alpha Analyst", "Alpha Analyst, revised"))
    elif change == "add":
        shutil.copy(alpha, pack / "copy.toml")
    elif change == "remove":
        alpha.unlink()
    else:
        stat = alpha.stat()
        os.utime(alpha, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert CompiledContent(tmp_path / "cache", [pack]).read() is None


def test_each_content_set_has_its_own_file(pack, tmp_path):
    CompiledContent(tmp_path / "cache", [pack]).write(DATA)
    assert CompiledContent(tmp_path / "cache", [shipped_content_dir(), pack]).read() is None
    assert CompiledContent(tmp_path / "cache", [pack]).read() == DATA


@pytest.mark.parametrize("junk", ["", "\n", "{not json", "[]", '{"format": "compiled-content/1"}', "[]\n{}"])
def test_a_corrupt_file_is_ignored(pack, tmp_path, junk):
    store = CompiledContent(tmp_path / "cache", [pack])
    store.write(DATA)
    store.path.write_text(junk)
    assert store.read() is None


@pytest.mark.parametrize(
    "damage",
    [
        "header only",
        "data not json",
        "data a list",
        "data cut short",
        "other stamp",
        "header a list",
        "older format",
        "a third line",
    ],
)
def test_a_damaged_or_outdated_file_is_ignored(pack, tmp_path, damage):
    store = CompiledContent(tmp_path / "cache", [pack])
    store.write(DATA)
    header, data = store.path.read_text().split("\n")
    lines = {
        "header only": [header],
        "data not json": [header, "{not"],
        "data a list": [header, "[1]"],
        "data cut short": [header, data[:-5]],
        "other stamp": [header.replace("alpha.toml", "beta.toml"), data],
        "header a list": ["[1]", data],
        "older format": [header.replace(FORMAT, "compiled-content/3"), data, "{}"],
        "a third line": [header, data, "{}"],
    }[damage]
    store.path.write_text("\n".join(lines))
    assert store.read() is None


def test_the_file_is_private_and_an_unwritable_cache_only_costs_speed(pack, tmp_path):
    CompiledContent(tmp_path / "cache", [pack]).write(DATA)
    assert CompiledContent(tmp_path / "cache", [pack]).path.stat().st_mode & 0o777 == 0o600
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    CompiledContent(blocked / "cache", [pack]).write(DATA)  # no exception
    assert CompiledContent(blocked / "cache", [pack]).read() is None


def test_data_without_a_json_form_is_not_stored(pack, tmp_path):
    store = CompiledContent(tmp_path / "cache", [pack])
    store.write({"odd": object()})
    assert not store.path.exists() and store.read() is None
