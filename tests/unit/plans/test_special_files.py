"""A plan path that became a link, a device or a FIFO: refused in one line at once, never read whole."""

from __future__ import annotations

import os
import threading

import pytest

from explorer.core.plans.model import Plan
from explorer.core.plans.store import PlanError, PlanStore, PlanUnreadable


@pytest.fixture
def store(tmp_path) -> PlanStore:
    store = PlanStore(tmp_path / "plans")
    store.save("mine", Plan(title="Mine", notes="months of words"), None)
    return store


def finishes(action, seconds: float = 5) -> object:
    """Run `action` in a thread; fail (instead of hanging the suite) if it does not end in time."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except (OSError, PlanError) as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds}s"
    return outcome[0]


def swap(store: PlanStore, make) -> None:
    path = store.path_of("mine")
    path.unlink()
    make(path)


@pytest.mark.parametrize(
    "make",
    [
        lambda path: path.symlink_to("/dev/zero"),
        lambda path: os.mkfifo(path),
        lambda path: path.symlink_to(path.parent.parent / "outside.toml"),
    ],
    ids=["link-to-dev-zero", "fifo", "link-out-of-the-folder"],
)
def test_a_save_over_a_special_file_is_refused_at_once(store, tmp_path, make):
    (tmp_path / "outside.toml").write_text('title = "outside"\n')
    loaded = store.load("mine")
    swap(store, make)
    error = finishes(lambda: store.save("mine", loaded.plan.touched(notes="new words"), loaded.fingerprint))
    assert isinstance(error, PlanError) and "not saved" in str(error)
    assert len(str(error).splitlines()) == 1
    assert (tmp_path / "outside.toml").read_text() == 'title = "outside"\n'
    for action in (lambda: store.load("mine"), lambda: store.raw_text("mine")):
        assert isinstance(finishes(action), (PlanUnreadable, PlanError))


def test_a_link_inside_history_is_not_followed_out_of_the_folder(store, tmp_path):
    secret = tmp_path / "secret.toml"
    secret.write_text('title = "not a version"\n')
    folder = store.history.folder("mine")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "20260101T000000.000000Z.toml").symlink_to(secret)
    for version in store.history.versions("mine"):
        assert not version.path.is_symlink()


def test_a_temp_file_left_by_a_killed_save_goes_into_the_history(store):
    left = store.directory / ".mine.toml.k1ll3d.tmp"
    left.write_text('title = "Mine"\nnotes = "words typed before the kill"\n')
    fresh = store.directory / ".mine.toml.n0w.tmp"  # another window's save, in progress
    fresh.write_text("partial")
    old = os.stat(left).st_mtime - 3600
    os.utime(left, (old, old))
    loaded = store.load("mine")
    store.save("mine", loaded.plan.touched(notes="newer"), loaded.fingerprint)
    assert not left.exists() and fresh.exists()
    texts = [store.history.text(version) for version in store.history.versions("mine")]
    assert any("words typed before the kill" in text for text in texts)
