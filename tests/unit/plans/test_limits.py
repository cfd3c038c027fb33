"""What the store writes, it can read back: limits checked before writing, in one line, words kept."""

from __future__ import annotations

import datetime as dt

import pytest

from explorer.core.plans.evidence import Evidence
from explorer.core.plans.model import Plan, PlanStep
from explorer.core.plans.store import MAX_PLAN_BYTES, PlanError, PlanStore


@pytest.mark.parametrize(
    "plan, says",
    [
        (Plan(title="t" * 20_001), "title is longer than 20000 characters"),
        (Plan(title="ok", steps=(PlanStep("s" * 20_001),)), "longer than 20000 characters"),
        (Plan(title="bad \udcff bytes"), "not UTF-8"),
        (Plan(title="ok", notes="n" * 2_000_001), "notes is longer than 2000000 characters"),
    ],
    ids=["title", "step", "surrogate", "notes"],
)
def test_a_plan_the_store_could_not_read_back_is_refused_before_writing(tmp_path, plan, says):
    store = PlanStore(tmp_path)
    with pytest.raises(PlanError, match=says) as refused:
        store.save("mine", plan, None)
    assert len(str(refused.value).splitlines()) == 1 and "not saved" in str(refused.value)
    assert list(tmp_path.glob("*.toml")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_heavy_evidence_stops_before_the_file_becomes_unreadable(tmp_path):
    store = PlanStore(tmp_path)
    words = "w" * 19_000

    def entry(number: int) -> Evidence:
        return Evidence(
            id=f"e{number}", date=dt.date(2026, 1, 1), action=words, situation=words, result=words
        )

    saved = store.save("heavy", Plan(title="Heavy", evidence=tuple(map(entry, range(1, 89)))), None)
    refused = None
    for number in range(89, 100):
        try:
            saved = store.save(
                "heavy", saved.plan.touched(evidence=(*saved.plan.evidence, entry(number))), saved.fingerprint
            )
        except PlanError as error:
            refused = str(error)
            break
    assert refused is not None and "could not be opened again" in refused
    assert store.path_of("heavy").stat().st_size <= MAX_PLAN_BYTES
    assert store.load("heavy").plan == saved.plan  # still readable, with everything accepted so far


def test_a_file_where_the_history_folder_should_be_is_named(tmp_path):
    store = PlanStore(tmp_path)
    first = store.save("mine", Plan(title="Mine"), None)
    (tmp_path / ".history").write_text("in the way")
    with pytest.raises(PlanError) as refused:
        store.save("mine", first.plan.touched(notes="more"), first.fingerprint)
    assert str(refused.value).startswith(str(tmp_path / ".history"))
    assert "cannot keep the previous version" in str(refused.value)


@pytest.mark.parametrize("title", ["t" * 20_001, "bad \udcff bytes"], ids=["long", "surrogate"])
def test_a_refused_plan_stays_in_memory_and_reaches_the_fallback_file(tmp_path, title):
    from explorer.core.plans.session import PlanSession

    session = PlanSession(PlanStore(tmp_path / "plans"))
    session.create("Mine")
    session.update(session.plan.touched(title=title, notes="months of words"))
    (problem,) = session.save()
    assert "not saved" in problem and len(problem.splitlines()) == 1
    assert session.plan.notes == "months of words"
    (message,) = session.write_fallback([tmp_path])
    (written,) = tmp_path.glob("role-explorer-unsaved-*.toml")
    assert "months of words" in written.read_text(encoding="utf-8") and str(written) in message
