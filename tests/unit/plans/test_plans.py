import datetime as dt
import os
import stat
import tempfile

import pytest

from explorer.core.plans.model import (
    Plan,
    PlanStep,
    StepStatus,
    plan_from_toml,
    plan_name,
    plan_to_markdown,
    plan_to_toml,
)
from explorer.core.plans.store import PlanConflict, PlanError, PlanStore

HOSTILE_NOTES = (
    'Line one\n[b]bold?[/b] list[str] [@click=app.quit]\n"""triple""" \\ back\x1b[31m\n\n🚀 مدير\n'
)


def sample(**changes) -> Plan:
    base = Plan(
        "PM → Head of Product in 18 months",
        created=dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 1, 3, 9, 0, tzinfo=dt.UTC),
        current_role="product-manager",
        target_role="head-of-product",
        notes=HOSTILE_NOTES,
        steps=(
            PlanStep(
                "Own a budget",
                StepStatus.IN_PROGRESS,
                dt.date(2026, 6, 1),
                "head-of-product#budget-resources",
            ),
            PlanStep("Mentor two PMs"),
        ),
        next_review=dt.date(2026, 2, 1),
    )
    return Plan(**{**base.__dict__, **changes})


def test_round_trip_keeps_every_character():
    plan = sample()
    text = plan_to_toml(plan)
    assert plan_from_toml(text) == plan
    assert 'notes = """' in text  # readable multi-line string


@pytest.mark.parametrize(
    "title, name",
    [
        ("PM → Head", "pm-head"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("CON", "plan-con"),
        ("nul.txt", "plan-nul-txt"),
        ("🚀", "plan"),
        ("x" * 300, "x" * 64),
    ],
)
def test_plan_names_are_safe(title, name):
    assert plan_name(title) == name


def test_status_cycles():
    assert [StepStatus.NOT_STARTED.next(), StepStatus.IN_PROGRESS.next(), StepStatus.DONE.next()] == list(
        StepStatus
    )[1:] + [StepStatus.NOT_STARTED]


def test_markdown_export_is_a_checklist():
    text = plan_to_markdown(
        sample(steps=(PlanStep("A", StepStatus.DONE), PlanStep("B"))), lambda r: r.upper()
    )
    assert "**PRODUCT-MANAGER → HEAD-OF-PRODUCT**" in text
    assert "- [x] A\n- [ ] B" in text and "## Steps (1/2 done)" in text


def test_save_load_and_permissions(tmp_path):
    store = PlanStore(tmp_path / "plans")
    saved = store.save("mine", sample(), None)
    assert stat.S_IMODE(os.stat(saved.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(store.directory).st_mode) == 0o700
    loaded = store.load("mine")
    assert loaded.plan == sample() and loaded.fingerprint == saved.fingerprint
    assert [p.name for p in store.load_all()[0]] == ["mine"]
    assert not list(store.directory.glob(".*"))  # no temp files left behind


def test_outside_change_is_never_clobbered(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", sample(), None)
    store.save("mine", sample(notes="changed by another window"), first.fingerprint)
    with pytest.raises(PlanConflict) as conflict:
        store.save("mine", sample(notes="stale copy"), first.fingerprint)
    assert conflict.value.on_disk.plan.notes == "changed by another window"
    assert store.load("mine").plan.notes == "changed by another window"
    with pytest.raises(PlanConflict):
        store.save("mine", sample(), None)  # a new plan may not replace an existing file


def test_corrupt_file_is_reported_with_its_position_and_left_untouched(tmp_path):
    store = PlanStore(tmp_path)
    (tmp_path / "broken.toml").write_text('title = "x"\nnotes = """unterminated\n')
    (tmp_path / "shape.toml").write_text(
        'title = "x"\ncreated = 2026-01-01T00:00:00Z\nupdated = "yesterday"\n'
    )
    store.save("fine", sample(), None)
    before = sorted(p.name for p in tmp_path.iterdir())
    plans, unreadable = store.load_all()
    assert [p.name for p in plans] == ["fine"]
    assert sorted(u.name for u in unreadable) == ["broken", "shape"]
    broken = next(str(u) for u in unreadable if u.name == "broken")
    assert broken.startswith(f"{tmp_path / 'broken.toml'}:2:") and "TOML syntax error" in broken
    shape = next(u for u in unreadable if u.name == "shape")
    assert (
        str(shape.problem)
        == f"{tmp_path / 'shape.toml'}:3:1: not a valid plan: updated must be a date and time (e.g. 2026-01-31T09:00:00), not a string"
    )
    assert (shape.problem.line, shape.problem.column) == (3, 1)
    assert "\n" not in broken + str(shape)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # reading renames nothing
    assert store.raw_text("broken") == 'title = "x"\nnotes = """unterminated\n'


def test_set_aside_names_are_unique_within_one_second(tmp_path):
    store = PlanStore(tmp_path)
    contents = []
    for attempt in range(3):
        text = f'title = "broken {attempt}\n'
        (tmp_path / "broken.toml").write_text(text)
        contents.append(text)
        store.set_aside("broken")
    aside = store.set_aside_files()
    assert len(aside) == 3 and not (tmp_path / "broken.toml").exists()
    assert sorted(p.read_text() for p in aside) == sorted(contents)  # none overwritten


def test_a_corrupt_file_is_never_overwritten(tmp_path):
    store = PlanStore(tmp_path)
    (tmp_path / "mine.toml").write_text("title = \n")
    with pytest.raises(PlanConflict):
        store.save("mine", sample(), None, force=True)
    assert (tmp_path / "mine.toml").read_text() == "title = \n"


def test_unwritable_folder_keeps_the_old_file_and_says_so(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", sample(), None)
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(PlanError, match="not saved .*the previous version is intact"):
            store.save("mine", sample(notes="new"), first.fingerprint)
    finally:
        os.chmod(tmp_path, 0o700)
    assert store.load("mine").plan.notes == HOSTILE_NOTES


def test_failed_verification_keeps_the_old_file(tmp_path, monkeypatch):
    store = PlanStore(tmp_path)
    first = store.save("mine", sample(), None)
    monkeypatch.setattr("explorer.core.plans.store.plan_to_toml", lambda plan: 'title = "garbage"\n')
    with pytest.raises(PlanError, match="not saved: missing required key"):
        store.save("mine", sample(notes="new"), first.fingerprint)
    assert store.load("mine").plan == sample()


def test_invalid_names_are_refused(tmp_path):
    with pytest.raises(PlanError):
        PlanStore(tmp_path).path_of("../x")


def test_unused_name(tmp_path):
    store = PlanStore(tmp_path)
    store.save("a-plan", sample(), None)
    assert store.unused_name("A plan") == "a-plan-2"


@pytest.mark.parametrize("failing, err", [("os.fsync", 28), ("tempfile.mkstemp", 30)])  # ENOSPC, EROFS
def test_disk_full_or_read_only_keeps_the_old_file(tmp_path, monkeypatch, failing, err):
    store = PlanStore(tmp_path)
    first = store.save("mine", sample(), None)

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    module, name = failing.split(".")
    real = getattr({"os": os, "tempfile": tempfile}[module], name)
    monkeypatch.setattr(failing, fail)
    with pytest.raises(
        PlanError, match=f"not saved \\({os.strerror(err)}\\); the previous version is intact"
    ):
        store.save("mine", sample(notes="new"), first.fingerprint)
    monkeypatch.setattr(failing, real)
    assert store.load("mine").plan == sample()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["mine.toml"]
    assert not list(tmp_path.rglob("*.tmp"))  # no temp files left behind
