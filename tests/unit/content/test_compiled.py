"""The compiled catalog: used while every content file is unchanged, ignored otherwise."""

import json
import os
import shutil

import pytest

from explorer.core.content.compiled import CompiledContent
from explorer.core.content.loader import load_catalog
from explorer.locations import shipped_content_dir


@pytest.fixture
def pack(data_dir, tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", folder)
    return folder


def build_and_store(cache, folders):
    result = load_catalog(folders)
    CompiledContent(cache, folders).write(result, {"extra": [1, 2]})
    return result


def test_an_unchanged_content_set_reads_back_equal(pack, tmp_path, data_dir):
    folders = [shipped_content_dir(), pack, data_dir / "override", data_dir / "broken", data_dir / "team"]
    result = build_and_store(tmp_path / "cache", folders)
    stored, attached = CompiledContent(tmp_path / "cache", folders).read()
    assert attached == {"extra": [1, 2]}
    assert dict(stored.catalog.roles) == result.catalog.roles
    assert stored.catalog.ladders == result.catalog.ladders and stored.catalog.sources == result.catalog.sources
    assert stored.catalog.packs == result.catalog.packs and list(stored.catalog.packs) == ["library", "pack", "override", "broken", "northwind"]
    assert stored.problems == result.problems and stored.problems
    assert stored.warnings == result.warnings and stored.warnings
    assert stored.catalog.packs == result.catalog.packs and stored.catalog.packs
    fresh, _ = CompiledContent(tmp_path / "cache", folders).read()
    for role_id in fresh.catalog.roles:
        assert fresh.catalog.display_title(fresh.catalog.roles[role_id]) == result.catalog.display_title(result.catalog.roles[role_id])
        break
    assert len(fresh.catalog.roles._decoded) == 1  # the shared-title check did not decode every role
    assert stored.catalog.sorted_roles() == result.catalog.sorted_roles()


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch"])
def test_any_change_to_a_file_means_a_rebuild(pack, tmp_path, change):
    build_and_store(tmp_path / "cache", [pack])
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
    build_and_store(tmp_path / "cache", [pack])
    assert CompiledContent(tmp_path / "cache", [shipped_content_dir(), pack]).read() is None
    assert CompiledContent(tmp_path / "cache", [pack]).read() is not None


@pytest.mark.parametrize("junk", ["", "{not json", "[]", '{"format": "compiled-content/1"}'])
def test_a_corrupt_file_is_ignored(pack, tmp_path, junk):
    store = CompiledContent(tmp_path / "cache", [pack])
    build_and_store(tmp_path / "cache", [pack])
    store.path.write_text(junk)
    assert store.read() is None


@pytest.mark.parametrize("damage", ["one line", "two lines", "attached not json", "attached a list", "other stamp", "header a list"])
def test_a_damaged_line_is_ignored(pack, tmp_path, damage):
    build_and_store(tmp_path / "cache", [pack])
    store = CompiledContent(tmp_path / "cache", [pack])
    header, attached, content = store.path.read_text().split("\n")
    lines = {
        "one line": [header], "two lines": [header, attached], "attached not json": [header, "{not", content],
        "attached a list": [header, "[1]", content], "other stamp": [header.replace("alpha.toml", "beta.toml"), attached, content],
        "header a list": ["[1]", attached, content],
    }[damage]
    store.path.write_text("\n".join(lines))
    assert store.read_attached() is None and store.read() is None


def test_the_attached_data_is_read_without_the_catalog(pack, tmp_path):
    build_and_store(tmp_path / "cache", [pack])
    store = CompiledContent(tmp_path / "cache", [pack])
    header, attached, _ = store.path.read_text().split("\n")
    store.path.write_text("\n".join([header, attached, "{not json"]))
    assert store.read_attached() == {"extra": [1, 2]}
    assert store.read() is None


def test_a_tampered_role_is_refused(pack, tmp_path):
    build_and_store(tmp_path / "cache", [pack])
    store = CompiledContent(tmp_path / "cache", [pack])
    header, attached, content = map(json.loads, store.path.read_text().split("\n"))
    content["ladders"] = [["x", "y", "not-a-track", [], ""]]
    store.path.write_text("\n".join(map(json.dumps, (header, attached, content))))
    assert store.read() is None


def test_the_file_is_private_and_an_unwritable_cache_only_costs_speed(pack, tmp_path):
    build_and_store(tmp_path / "cache", [pack])
    assert CompiledContent(tmp_path / "cache", [pack]).path.stat().st_mode & 0o777 == 0o600
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    build_and_store(blocked / "cache", [pack])  # no exception
