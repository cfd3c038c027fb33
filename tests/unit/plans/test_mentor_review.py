"""The mentor review file, its rating, and the merge of a mentor's view beside the person's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
import tomllib

import pytest

from explorer import locations
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Pack
from explorer.core.plans.brief import transition_brief
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.merge import AGREE, DISAGREE, UNRATED, MergeRefused, merge_review, view_lines
from explorer.core.plans.model import Plan, plan_from_toml, plan_to_toml
from explorer.core.plans.readiness import add_evidence, assess
from explorer.core.plans.review_file import (
    ReviewError,
    make_review,
    rate,
    read_review,
    review_to_toml,
    write_review,
)
from explorer.core.plans.session import PlanSession
from explorer.core.plans.store import PlanStore

TARGET = "senior-product-manager"
HOSTILE = '[b]not bold[/b] \x1b[31mred\x1b[0m \u202ertl "quoted"\nsecond line'


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([locations.shipped_content_dir()]).catalog


def _plan(catalog) -> Plan:
    role = catalog.roles[TARGET]
    first, second = role.responsibilities[0], role.responsibilities[1]
    plan = Plan("Move up", current_role="product-manager", target_role=TARGET, notes="Private: my salary")
    plan = assess(plan, f"{TARGET}#{first.id}", Readiness.EVIDENCED, first.text, first.area.value)
    entry = Evidence(
        "",
        dt.date(2026, 2, 1),
        "Led the pricing review " + HOSTILE,
        "Secret situation",
        "Margin up",
        "https://x.example/a",
        (f"{TARGET}#{second.id}",),
    )
    plan, _ = add_evidence(plan, entry)
    return plan


def test_the_review_holds_titles_and_dates_but_never_the_notes(catalog, tmp_path):
    plan = _plan(catalog)
    review = make_review("move-up", plan, catalog)
    text = review_to_toml(review)
    assert text.startswith("# A role-explorer review file for a mentor")
    assert "It leaves out: the plan's notes" in text
    assert "Private" not in text and "Secret situation" not in text and "Margin up" not in text
    assert "x.example" not in text
    data = tomllib.loads(text)
    assert data["pack"] == "library" and data["pack_version"] == "1" and data["plan"] == "move-up"
    assert data["target_role"] == TARGET and data["current_role"] == "product-manager"
    rows = data["responsibilities"]
    assert len(rows) == len(catalog.roles[TARGET].responsibilities)
    assert rows[0]["own_state"] == "evidenced"
    assert rows[1]["own_state"] == "evidenced" and rows[1]["evidence"][0]["date"] == dt.date(2026, 2, 1)
    assert rows[1]["evidence"][0]["title"].startswith("Led the pricing review")
    path = tmp_path / "review.toml"
    write_review(path, review, new=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_review(path) == review
    with pytest.raises(ReviewError, match="already exists"):
        write_review(path, review, new=True)


def test_with_evidence_the_words_go_too(catalog):
    text = review_to_toml(make_review("move-up", _plan(catalog), catalog, with_evidence=True))
    assert "Secret situation" in text and "Margin up" in text and "https://x.example/a" in text
    assert "Private" not in text


def test_rating_keeps_the_comment_and_names_the_mentor(catalog, tmp_path):
    review = make_review("move-up", _plan(catalog), catalog)
    first = review.lines[0].ref
    rated = rate(review, first.split("#")[1], Readiness.LEARNING, HOSTILE, mentor="Dana")
    rated = rate(rated, first, Readiness.LEARNING)  # no new comment: the old one stays
    assert rated.line(first).mentor_comment == HOSTILE.strip() and rated.mentor == "Dana"
    path = tmp_path / "r.toml"
    write_review(path, rated)
    assert read_review(path) == rated
    with pytest.raises(LookupError, match="no responsibility 'nope'"):
        rate(review, "nope", Readiness.LEARNING)


def test_a_broken_review_file_is_one_line_with_its_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('format = "role-explorer mentor review 1"\nplan = 3\n', encoding="utf-8")
    with pytest.raises(ReviewError) as error:
        read_review(path)
    assert str(error.value).startswith(f"{path}") and "\n" not in str(error.value)
    path.write_text("not [toml", encoding="utf-8")
    with pytest.raises(ReviewError, match=r"bad.toml:1"):
        read_review(path)


def test_merge_keeps_both_views_and_puts_disagreements_first(catalog):
    plan = _plan(catalog)
    review = make_review("move-up", plan, catalog)
    first, second = review.lines[0].ref, review.lines[1].ref
    review = rate(review, first, Readiness.LEARNING, "not yet at senior scope", mentor="Dana")
    review = rate(review, second, Readiness.EVIDENCED)
    merged, view = merge_review(review, "move-up", plan, catalog, where="r.toml", today=dt.date(2026, 3, 1))
    assert merged.assessments == plan.assessments  # the person's own view is untouched
    assert view.mentor == "Dana" and view.date == dt.date(2026, 3, 1) and len(view.ratings) == 2
    lines = view_lines(merged, catalog.roles[TARGET], view)
    assert [line.kind for line in lines[:2]] == [DISAGREE, AGREE] and lines[-1].kind == UNRATED
    assert lines[0].describe() == "you: evidenced, mentor: learning — 'not yet at senior scope'"
    assert plan_from_toml(plan_to_toml(merged)) == merged
    again, _ = merge_review(review, "move-up", merged, catalog, where="r.toml", mentor="dana")
    assert len(again.mentor_views) == 1  # the same mentor's newer view replaces the older
    brief = transition_brief(merged, catalog, [])
    assert "## Second opinion: Dana" in brief and "1 disagreement, 1 agreement" in brief


def test_merge_is_refused_for_another_plan_or_pack_version(catalog):
    plan = _plan(catalog)
    review = rate(make_review("move-up", plan, catalog), plan.assessments[0].responsibility, Readiness.DOING)
    other = dataclasses.replace(plan, created=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(MergeRefused, match="made for plan 'move-up'.*not for plan 'other'; not merged"):
        merge_review(review, "other", other, catalog, where="r.toml", mentor="Dana")
    newer = dataclasses.replace(
        catalog, packs={**catalog.packs, "library": Pack("library", "Shipped", version="2")}
    )
    with pytest.raises(MergeRefused, match="made with pack library 1, but library 2 is loaded"):
        merge_review(review, "move-up", plan, newer, where="r.toml", mentor="Dana")
    with pytest.raises(MergeRefused, match="does not name its mentor"):
        merge_review(review, "move-up", plan, catalog, where="r.toml")
    unrated = make_review("move-up", plan, catalog)
    with pytest.raises(MergeRefused, match="has not rated any line"):
        merge_review(unrated, "move-up", plan, catalog, where="r.toml", mentor="Dana")


def test_a_merge_is_undoable_in_the_session(catalog, tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.open()
    session.create("seed")
    plan = _plan(catalog)
    session.update(plan)
    review = rate(
        make_review("seed", session.plan, catalog), plan.assessments[0].responsibility, Readiness.DOING
    )
    merged, _ = merge_review(review, "seed", session.plan, catalog, where="r", mentor="Dana")
    session.update(merged, undo="Merged Dana's view")
    assert session.plan.mentor_views
    assert session.undo() == "Merged Dana's view" and session.plan.mentor_views == ()
