import datetime as dt
import os
import shutil
import stat
from pathlib import Path

import pytest

from explorer.core.plans.history import ALWAYS_KEPT, MAX_VERSIONS, HistoryError, PlanHistory
from explorer.core.plans.model import Plan, plan_from_toml
from explorer.core.plans.session import PlanSession
from explorer.core.plans.store import PlanStore

V1_PLAN = Path(__file__).parents[2] / "data" / "plans" / "written-by-v1.toml"
UTC = dt.UTC


def test_every_save_keeps_the_previous_version_0600(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", Plan("Mine", notes="one"), None)
    assert store.history.versions("mine") == []
    second = store.save("mine", Plan("Mine", notes="two"), first.fingerprint)
    store.save("mine", Plan("Mine", notes="three"), second.fingerprint)
    versions = store.history.versions("mine")
    assert [store.history.read(v).notes for v in versions] == ["two", "one"]  # newest first
    for version in versions:
        assert stat.S_IMODE(os.stat(version.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.history.root).st_mode) == 0o700
    assert versions[0].path.parent == tmp_path / ".history" / "mine"


def test_select_all_delete_autosaved_then_restore_brings_the_words_back(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.create("Diary")
    session.update(session.plan.touched(notes="months of careful words"))
    session.save()
    session.update(session.plan.touched(notes=""))  # select all + delete, then the autosave
    session.save()
    assert PlanStore(tmp_path).load("diary").plan.notes == ""
    newest = session.store.history.versions("diary")[0]
    session.restore("diary", newest)
    assert session.plan.notes == "months of careful words"
    assert PlanStore(tmp_path).load("diary").plan.notes == "months of careful words"
    # The restore is undoable: the empty version went into history first.
    assert session.store.history.read(session.store.history.versions("diary")[0]).notes == ""


def test_thinning_keeps_recent_all_then_one_a_minute_then_one_a_day(tmp_path):
    history = PlanHistory(tmp_path)
    now = dt.datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    stamps = [now - dt.timedelta(seconds=s) for s in range(0, 600, 30)]  # last 10 minutes: 20
    stamps += [now - dt.timedelta(minutes=20, seconds=s) for s in (5, 15, 25)]  # one minute, 3 saves
    stamps += [now - dt.timedelta(days=3, hours=h) for h in (1, 2, 3)]  # one day, 3 saves
    stamps += [now - dt.timedelta(days=40)]  # too old
    for stamp in sorted(stamps):  # written in time order, as a clock does
        history.keep("p", f'title = "{stamp}"\n', when=stamp)
    history.thin("p", now)
    kept = {v.saved for v in history.versions("p")}
    assert len(kept) == 20 + 1 + 1
    assert now - dt.timedelta(minutes=20, seconds=5) in kept  # the newest of that minute
    assert now - dt.timedelta(days=3, hours=1) in kept  # the newest of that day
    assert now - dt.timedelta(days=40) not in kept


def test_history_is_bounded(tmp_path):
    history = PlanHistory(tmp_path)
    now = dt.datetime.now(UTC)
    for i in reversed(range(MAX_VERSIONS + 15)):
        history.keep("p", 'title = "x"\n', when=now - dt.timedelta(seconds=i))
    assert len(history.versions("p")) == MAX_VERSIONS


def test_versions_found_by_number_or_id(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", Plan("Mine", notes="one"), None)
    store.save("mine", Plan("Mine", notes="two"), first.fingerprint)
    version = store.history.versions("mine")[0]
    assert store.history.find("mine", "1") == version == store.history.find("mine", version.id)
    with pytest.raises(HistoryError, match="no earlier version '7'"):
        store.history.find("mine", "7")


def test_restore_over_a_corrupt_file_sets_it_aside_first(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", Plan("Mine", notes="good words"), None)
    store.save("mine", Plan("Mine", notes="later"), first.fingerprint)
    (tmp_path / "mine.toml").write_text('title = "hand edit gone wrong\n')
    restored = store.restore("mine", store.history.find("mine", "1"), None)
    assert restored.plan.notes == "good words"
    [aside] = store.set_aside_files()
    assert aside.read_text() == 'title = "hand edit gone wrong\n'


def test_delete_goes_to_the_trash_and_comes_back(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.create("Keep me")
    session.update(session.plan.touched(notes="words"))
    deleted = session.delete("keep-me")  # saves the pending words first
    assert session.names == [] and not (tmp_path / "keep-me.toml").exists()
    assert [e.entry for e in session.store.trash.entries()] == [deleted.entry]
    assert deleted.title() == "Keep me"
    session.create("Keep me")  # the name is taken again meanwhile
    name = session.undelete(session.store.trash.find("keep-me"))
    assert name == "keep-me-2" and session.plan.notes == "words"
    assert session.store.trash.entries() == []


def test_two_deletes_in_one_second_both_stay_in_the_trash(tmp_path):
    store = PlanStore(tmp_path)
    for notes in ("first", "second"):
        store.save("p", Plan("P", notes=notes), None)
        store.delete("p")
    entries = store.trash.entries()
    assert len(entries) == 2
    assert sorted(plan_from_toml(e.path.read_text()).notes for e in entries) == ["first", "second"]


def test_a_plan_written_by_the_first_version_loads_unchanged(tmp_path):
    shutil.copy(V1_PLAN, tmp_path / "written-by-v1.toml")
    stored = PlanStore(tmp_path).load("written-by-v1")
    plan = stored.plan
    assert plan.title == "PM → Head of Product [b]in 18 months[/b]"
    assert plan.notes.startswith("Ask my manager about [b]budget[/b] ownership.\n")
    assert [s.status.value for s in plan.steps] == ["in-progress", "done", "not-started"]
    assert plan.steps[0].target_date == dt.date(2026, 6, 1)
    assert plan.steps[0].responsibility == "head-of-product#budget-resources"
    assert plan.next_review == dt.date(2026, 4, 1)
    from explorer.core.plans.model import plan_to_toml

    assert plan_to_toml(plan) == V1_PLAN.read_text()  # written back byte for byte


def test_unknown_version_is_one_line(tmp_path):
    with pytest.raises(HistoryError, match="nothing: no earlier version '1' \\(0 kept in "):
        PlanStore(tmp_path).history.find("nothing", "1")


def test_a_clock_set_40_days_ahead_keeps_the_newest_versions(tmp_path):
    history = PlanHistory(tmp_path)
    now = dt.datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    for minute in range(30):
        history.keep("p", f'title = "{minute}"\n', when=now + dt.timedelta(minutes=minute))
    history.keep("p", 'title = "after the jump"\n', when=now + dt.timedelta(days=40))
    kept = history.versions("p")
    assert len(kept) == ALWAYS_KEPT
    assert history.text(kept[1]) == 'title = "29"\n'


def test_latest_is_the_version_written_last_whatever_its_stamp(tmp_path):
    history = PlanHistory(tmp_path)
    now = dt.datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    history.keep(
        "p", 'title = "written while the clock was a year ahead"\n', when=now + dt.timedelta(days=365)
    )
    history.keep("p", 'title = "written last"\n', when=now)
    assert history.text(history.find("p", "1")) == 'title = "written last"\n'
