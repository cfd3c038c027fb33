"""A load with a worker parsing ahead gives exactly what a load alone gives: data, problems, order."""

import os
import shutil
import threading

import pytest

from explorer.core.content import loader, parse_ahead
from explorer.core.content.loader import load_catalog
from explorer.core.content.parse_ahead import ParseAhead
from explorer.locations import shipped_content_dir


@pytest.fixture
def folders(data_dir, tmp_path):
    """Every kind of file: good, broken in each way, overriding, hostile, a link, a folder named .toml."""
    linked = tmp_path / "linked"
    shutil.copytree(data_dir / "minimal", linked)
    (linked / "outside.toml").symlink_to(data_dir / "broken" / "good.toml")
    (linked / "folder.toml").mkdir()
    (linked / "binary.toml").write_bytes(b"\xff\xfe\x00junk")
    return [
        shipped_content_dir(),
        data_dir / "broken",
        data_dir / "override",
        data_dir / "team",
        data_dir / "hostile",
        linked,
    ]


@pytest.fixture
def worker_answers(monkeypatch):
    """Let the worker start for any number of files, and count the files it answered."""
    monkeypatch.setattr(parse_ahead, "MIN_FILES", 2)
    monkeypatch.setattr(parse_ahead, "can_fork", lambda: True)
    answered = []
    take = ParseAhead.take

    def counting(self, path, key):
        found = take(self, path, key)
        if found is not None:
            answered.append(path)
        return found

    monkeypatch.setattr(ParseAhead, "take", counting)
    return answered


def alone(folders, **options):
    original = ParseAhead.start
    ParseAhead.start = classmethod(lambda cls, jobs: None)
    try:
        return load_catalog(folders, **options)
    finally:
        ParseAhead.start = original


def assert_same(found, expected):
    assert found.catalog.roles == expected.catalog.roles
    assert found.catalog.ladders == expected.catalog.ladders
    assert found.catalog.sources == expected.catalog.sources and found.catalog.packs == expected.catalog.packs
    assert [str(p) for p in found.problems] == [str(p) for p in expected.problems]
    assert [str(p) for p in found.warnings] == [str(p) for p in expected.warnings]


@pytest.mark.parametrize("options", [{}, {"advise": True}, {"cache_dir": "parsed"}])
def test_a_load_with_a_worker_equals_a_load_alone(folders, worker_answers, tmp_path, options):
    if "cache_dir" in options:
        options = {"cache_dir": tmp_path / options["cache_dir"]}
    expected = alone(folders, **options)
    assert (
        expected.problems and expected.warnings
    )  # the broken pack says what is wrong, in file:line:col lines
    shutil.rmtree(tmp_path / "parsed", ignore_errors=True)
    found = load_catalog(folders, **options)
    assert len(worker_answers) > 10  # the worker did parse files
    assert_same(found, expected)
    if "cache_dir" in options:  # what the worker parsed is kept for next time, as if parsed here
        worker_answers.clear()
        assert_same(load_catalog(folders, **options), expected)
        assert worker_answers == []


def test_a_file_changed_since_the_worker_read_it_is_parsed_again(folders, worker_answers, monkeypatch):
    expected = alone(folders)
    read = []
    monkeypatch.setattr(
        parse_ahead, "key_of", lambda stat: (stat.st_size + 1, stat.st_mtime_ns)
    )  # as if each file grew
    monkeypatch.setattr(
        loader, "read_toml", lambda path, *a: read.append(path) or parse_ahead.read_toml(path, *a)
    )
    found = load_catalog(folders)
    assert worker_answers == [] and len(read) > 20
    assert_same(found, expected)


def test_a_worker_that_fails_leaves_the_load_to_the_loader(folders, worker_answers, monkeypatch):
    expected = alone(folders)
    monkeypatch.setattr(parse_ahead, "_answer", lambda jobs: 1 / 0)
    found = load_catalog(folders)
    assert worker_answers == []
    assert_same(found, expected)


def test_a_load_that_fails_stops_its_worker(folders, worker_answers, monkeypatch):
    started = []
    original = ParseAhead.__init__

    def remember(self, jobs):
        original(self, jobs)
        started.append(self._pid)

    def failing(*args):
        raise RuntimeError("a bug while loading")

    monkeypatch.setattr(ParseAhead, "__init__", remember)
    monkeypatch.setattr(loader, "_merge_layers", failing)
    with pytest.raises(RuntimeError):
        load_catalog(folders)
    with pytest.raises(ChildProcessError):  # already waited for: no process left behind
        os.waitpid(started[0], os.WNOHANG)


def test_small_sets_and_threaded_programs_load_alone(folders, data_dir):
    assert (
        ParseAhead.start([(data_dir / "minimal" / "alpha.toml", None)] * (parse_ahead.MIN_FILES - 1)) is None
    )
    waiting = threading.Event()
    other = threading.Thread(target=waiting.wait)
    other.start()
    try:
        assert not parse_ahead.can_fork()  # another thread could hold a lock the worker would wait on
    finally:
        waiting.set()
        other.join()
