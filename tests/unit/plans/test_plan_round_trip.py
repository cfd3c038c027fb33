"""Every field of a plan survives every way a plan is copied, kept or written out.

`full_plan` sets every field of every part of the plan model to a value that is not its
default, and a test holds it to that: a field added to the model later must be added here,
and then every round trip below checks it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from enum import Enum
from typing import Any

from explorer.core.plans.evidence import Assessment, Evidence, Readiness
from explorer.core.plans.mentor_view import MentorRating, MentorView
from explorer.core.plans.model import (
    Plan,
    PlanStep,
    StepStatus,
    plan_from_toml,
    plan_to_jsonable,
    plan_to_markdown,
    plan_to_toml,
)
from explorer.core.plans.session import PlanSession
from explorer.core.plans.store import PlanStore

REF = "product-manager#customer-feedback-loop"
OTHER_REF = "senior-product-manager#own-major-feature"


def full_plan() -> Plan:
    return Plan(
        title="PM to Senior PM",
        created=dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC),
        current_role="product-manager",
        target_role="senior-product-manager",
        notes="Ask Dana about the Q3 scope.\nSecond line, with [brackets] and ünïcode.",
        steps=(
            PlanStep(
                "Lead the pricing review",
                StepStatus.IN_PROGRESS,
                dt.date(2026, 6, 30),
                OTHER_REF,
                dt.date(2026, 5, 1),
            ),
        ),
        next_review=dt.date(2026, 4, 15),
        assessments=(
            Assessment(
                REF, Readiness.DOING, "Run the customer feedback loop", "customers", dt.date(2026, 3, 2)
            ),
        ),
        evidence=(
            Evidence(
                "ev-1",
                dt.date(2026, 2, 20),
                "Ran twelve customer interviews",
                "Churn was rising",
                "Two roadmap items changed",
                "https://wiki.example.com/interviews",
                (REF, OTHER_REF),
            ),
        ),
        mentor_views=(
            MentorView(
                "Dana [mentor]",
                dt.date(2026, 3, 5),
                (MentorRating(REF, Readiness.LEARNING, "not yet at senior scope"),),
                "pm-to-senior-pm · library 1",
            ),
        ),
    )


def _default_of(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    return dataclasses.MISSING  # a required field or a factory (a fresh time): any value will do


def _parts(value: Any, path: str = "plan") -> Iterator[tuple[str, Any]]:
    """(path, value) for every field of every dataclass inside `value`, depth first."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            yield f"{path}.{field.name}", item
            yield from _parts(item, f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            if dataclasses.is_dataclass(item):
                yield f"{path}[{index}]", item
            yield from _parts(item, f"{path}[{index}]")


def test_the_full_plan_sets_every_field_of_the_model():
    plan = full_plan()
    seen_types = set()
    for value in [plan, *(v for _, v in _parts(plan))]:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            seen_types.add(type(value))
            for field in dataclasses.fields(value):
                item = getattr(value, field.name)
                assert item != _default_of(field), (
                    f"{type(value).__name__}.{field.name} is left at its default"
                )
                assert item not in ("", (), None), f"{type(value).__name__}.{field.name} is empty"
    assert seen_types == {Plan, PlanStep, Assessment, Evidence, MentorView, MentorRating}


def test_toml_round_trip_keeps_every_field():
    plan = full_plan()
    assert plan_from_toml(plan_to_toml(plan)) == plan


def _session_with_full_plan(tmp_path) -> tuple[PlanSession, str]:
    store = PlanStore(tmp_path)
    session = PlanSession(store)
    session.open()
    name = session.create("seed")
    session.update(full_plan())
    assert session.save() == []
    return session, name


def test_store_round_trip_keeps_every_field(tmp_path):
    _, name = _session_with_full_plan(tmp_path)
    assert PlanStore(tmp_path).load(name).plan == full_plan()


def test_duplicate_keeps_every_field_but_the_title_and_dates(tmp_path):
    session, name = _session_with_full_plan(tmp_path)
    session.update(session.plan.touched(notes="an earlier draft"))
    session.save()
    session.update(full_plan())
    session.save()
    copy = session.duplicate(name, "Group PM track")
    assert session.save() == []
    copied = PlanStore(tmp_path).load(copy).plan
    assert copied.title == "Group PM track"
    assert (
        dataclasses.replace(
            copied, title=full_plan().title, created=full_plan().created, updated=full_plan().updated
        )
        == full_plan()
    )
    # The copy carries the source's earlier versions too.
    store = PlanStore(tmp_path)
    assert [v.id for v in store.history.versions(copy)] == [v.id for v in store.history.versions(name)]
    assert any(store.history.read(v).notes == "an earlier draft" for v in store.history.versions(copy))


def test_rename_keeps_every_field_but_the_title(tmp_path):
    session, name = _session_with_full_plan(tmp_path)
    session.rename(name, "New title")
    session.save()
    renamed = PlanStore(tmp_path).load(name).plan
    assert renamed.title == "New title"
    assert dataclasses.replace(renamed, title=full_plan().title, updated=full_plan().updated) == full_plan()


def test_restore_brings_back_every_field(tmp_path):
    session, name = _session_with_full_plan(tmp_path)
    session.update(
        dataclasses.replace(full_plan(), notes="", steps=(), assessments=(), evidence=(), mentor_views=())
    )
    session.save()
    version = session.store.history.versions(name)[0]
    session.restore(name, version)
    restored = PlanStore(tmp_path).load(name).plan
    assert dataclasses.replace(restored, updated=full_plan().updated) == full_plan()


def test_trash_and_back_keeps_every_field(tmp_path):
    session, name = _session_with_full_plan(tmp_path)
    deleted = session.delete(name)
    back = session.undelete(deleted)
    assert PlanStore(tmp_path).load(back).plan == full_plan()


def _leaf_texts(plan: Plan) -> list[tuple[str, str]]:
    """Each field value that is not a part of its own, as the text an export should carry."""
    texts = []
    for path, value in _parts(plan):
        if (
            dataclasses.is_dataclass(value)
            or isinstance(value, tuple)
            and value
            and dataclasses.is_dataclass(value[0])
        ):
            continue
        if isinstance(value, tuple):
            texts += [(path, str(item)) for item in value]
        elif isinstance(value, Enum):
            texts.append((path, str(value.value)))
        elif isinstance(value, dt.date):
            texts.append((path, value.isoformat()))
        else:
            texts.append((path, str(value)))
    return texts


def test_json_export_carries_every_field():
    exported = json.dumps(plan_to_jsonable(full_plan()), ensure_ascii=False)
    for path, text in _leaf_texts(full_plan()):
        assert json.dumps(text, ensure_ascii=False) in exported, f"{path} is missing from the JSON export"


def test_markdown_export_carries_every_field():
    markdown = plan_to_markdown(full_plan())
    shown_as = {
        StepStatus.IN_PROGRESS.value: "(in progress)",
        Readiness.DOING.value: Readiness.DOING.label,
    }
    for path, text in _leaf_texts(full_plan()):
        expected = shown_as.get(text, text)
        if path.endswith(".notes"):
            expected = text.splitlines()[0]
        assert expected in markdown, f"{path} ({expected!r}) is missing from the Markdown export"
