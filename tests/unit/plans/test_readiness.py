"""Self-assessment, evidence and readiness counts: headless, per role id, nothing dropped."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.plans.evidence import Evidence, Readiness, next_evidence_id
from explorer.core.plans.model import Plan, plan_from_toml, plan_to_toml
from explorer.core.plans.readiness import (
    add_evidence,
    assess,
    find_responsibility,
    link_evidence,
    role_readiness,
    unlinked_evidence,
)
from explorer.core.plans.store import PlanError, PlanStore
from explorer.locations import shipped_content_dir

LEGACY = Path(__file__).parents[2] / "data" / "plans" / "written-before-readiness.toml"
HOSTILE = "[b]not bold[/b] \x1b[2J | *star* <b> \\ back, semi; مدير \u202e"
TARGET = "head-of-product"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([shipped_content_dir()]).catalog


def plan() -> Plan:
    return Plan("Test", current_role="product-manager", target_role=TARGET)


def ref(rid: str, role: str = TARGET) -> str:
    return f"{role}#{rid}"


def test_a_plan_written_before_readiness_loads_unchanged(tmp_path):
    shutil.copy(LEGACY, tmp_path / "old.toml")
    before = (tmp_path / "old.toml").read_bytes()
    loaded = PlanStore(tmp_path).load("old").plan
    assert loaded.assessments == () and loaded.evidence == ()
    assert [s.text for s in loaded.steps] == [
        "Own a budget",
        "Mentor two PMs",
        "Present the strategy to the board",
    ]
    assert loaded.steps[0].review_date is None and loaded.next_review == dt.date(2026, 2, 1)
    assert plan_to_toml(loaded).encode() == before  # saving it again writes the very same bytes
    assert (tmp_path / "old.toml").read_bytes() == before


def test_counts_are_honest_per_area_and_in_total(catalog):
    role = catalog.roles[TARGET]
    p = plan()
    p = assess(p, ref("kpis"), Readiness.LEARNING, "k", "data")
    p = assess(p, ref("monitor-performance"), Readiness.NOT_YET, "m", "data")
    p = assess(p, ref("cost-benefit"), Readiness.DOING, "c", "business")
    p = assess(p, ref("program-backlog"), Readiness.EVIDENCED, "p", "delivery")  # claimed, no entry yet
    p, entry = add_evidence(
        p, Evidence("", dt.date(2026, 1, 5), "Ran the budget", supports=(ref("budget-resources"),))
    )
    readiness = role_readiness(p, role)
    total = readiness.counts()
    assert (total.total, total.evidenced, total.doing, total.learning, total.not_yet) == (23, 2, 1, 1, 1)
    assert total.summary() == (
        "2 of 23 responsibilities evidenced; 1 doing it; 1 learning; 1 not yet; 18 not assessed "
        "(1 evidenced without an entry yet)"
    )
    assert (
        readiness.counts("data").summary()
        == "0 of 4 responsibilities evidenced; 1 learning; 1 not yet; 2 not assessed"
    )
    assert (
        readiness.counts("business").summary()
        == "1 of 4 responsibilities evidenced; 1 doing it; 2 not assessed"
    )
    assert sum(readiness.counts(a).total for a in readiness.areas()) == 23
    assert readiness.row(ref("budget-resources")).evidence == (entry,)


def test_evidence_outranks_the_assessment_and_one_entry_supports_several(catalog):
    p = assess(plan(), ref("kpis"), Readiness.LEARNING, "k", "data")
    p, _entry = add_evidence(
        p, Evidence("", dt.date(2026, 1, 5), "did", supports=(ref("kpis"), ref("cost-benefit")))
    )
    readiness = role_readiness(p, catalog.roles[TARGET])
    assert readiness.row(ref("kpis")).state is Readiness.EVIDENCED
    assert readiness.row(ref("kpis")).assessed is Readiness.LEARNING  # what the person said is kept
    assert readiness.counts().evidenced == 2


def test_evidence_logged_without_a_responsibility_is_linked_later(catalog):
    p, entry = add_evidence(plan(), Evidence("", dt.date(2026, 1, 5), "A talk I gave"))
    assert unlinked_evidence(p) == [entry]
    p = link_evidence(p, entry.id, ref("kpis"))
    assert unlinked_evidence(p) == [] and role_readiness(p, catalog.roles[TARGET]).counts().evidenced == 1
    p = link_evidence(p, entry.id, ref("kpis"), on=False)
    assert unlinked_evidence(p)[0].id == entry.id
    with pytest.raises(LookupError):
        link_evidence(p, "e99", ref("kpis"))


def test_ids_are_never_reused():
    p, first = add_evidence(plan(), Evidence("", dt.date(2026, 1, 1), "one"))
    p, second = add_evidence(p, Evidence("", dt.date(2026, 1, 2), "two"))
    assert (first.id, second.id) == ("e1", "e2")
    kept = p.touched(evidence=(second,))
    assert next_evidence_id(kept.evidence) == "e3"


def test_a_change_of_target_shows_the_new_targets_own(catalog):
    p = assess(plan(), ref("kpis"), Readiness.DOING, "k", "data")
    p = p.touched(target_role="vp-of-product")
    vp = role_readiness(p, catalog.roles["vp-of-product"])
    assert vp.counts().doing == 0 and vp.counts().not_assessed == vp.counts().total
    back = role_readiness(p.touched(target_role=TARGET), catalog.roles[TARGET])
    assert back.counts().doing == 1


def test_a_responsibility_gone_from_the_content_is_kept_and_shown(catalog):
    p = assess(plan(), ref("retired-duty"), Readiness.DOING, "An old duty", "strategy")
    p, _ = add_evidence(p, Evidence("", dt.date(2026, 1, 1), "x", supports=(ref("another-gone"),)))
    readiness = role_readiness(p, catalog.roles[TARGET])
    gone = readiness.gone
    assert [(g.ref, g.text, g.state) for g in gone] == [
        (ref("retired-duty"), "An old duty", Readiness.DOING),
        (ref("another-gone"), "another-gone", Readiness.EVIDENCED),
    ]
    assert readiness.counts().total == 23  # outside the totals, never dropped
    assert plan_from_toml(plan_to_toml(p)) == p


def test_reassessing_keeps_one_record_in_place():
    p = assess(plan(), ref("kpis"), Readiness.LEARNING, "k", "data")
    p = assess(p, ref("cost-benefit"), Readiness.LEARNING, "c", "business")
    p = assess(p, ref("kpis"), Readiness.DOING, "k", "data")
    assert [(a.responsibility, a.state) for a in p.assessments] == [
        (ref("kpis"), Readiness.DOING),
        (ref("cost-benefit"), Readiness.LEARNING),
    ]


def test_finding_a_responsibility(catalog):
    p = plan()
    assert find_responsibility(p, catalog, "kpis")[0] == ref("kpis")
    assert find_responsibility(
        p, catalog, "product-manager#" + catalog.roles["product-manager"].responsibilities[0].id
    )[1]
    with pytest.raises(LookupError, match="no responsibility 'nope'"):
        find_responsibility(p, catalog, "nope")
    kept = assess(p, ref("retired"), Readiness.DOING, "old", "")
    assert find_responsibility(kept, catalog, "retired") == (ref("retired"), None)


def test_hostile_words_survive_the_file_exactly(tmp_path):
    p = assess(plan(), ref("kpis"), Readiness.LEARNING, HOSTILE, "data")
    p, _ = add_evidence(
        p,
        Evidence(
            "", dt.date(2026, 1, 5), HOSTILE, HOSTILE, HOSTILE, "https://x.example/[b]?a=1;b", (ref("kpis"),)
        ),
    )
    store = PlanStore(tmp_path)
    store.save("h", p, None)
    assert store.load("h").plan == p


@pytest.mark.parametrize(
    "bad, where",
    [
        (
            '[[evidence]]\nid = "e1"\ndate = 2026-01-01\naction = "x"\nlink = "javascript:alert(1)"\n',
            "evidence[0].link",
        ),
        ('[[evidence]]\nid = "e1"\ndate = "soon"\naction = "x"\n', "evidence[0].date"),
        (
            '[[evidence]]\nid = "e1"\ndate = 2026-01-01\naction = "x"\n[[evidence]]\nid = "e1"\ndate = 2026-01-01\naction = "y"\n',
            "evidence[1].id",
        ),
        (
            '[[assessments]]\nresponsibility = "no-hash"\nstate = "learning"\ntext = "x"\n',
            "assessments[0].responsibility",
        ),
        ('[[assessments]]\nresponsibility = "a#b"\nstate = "expert"\ntext = "x"\n', "assessments[0].state"),
        ('[[steps]]\ntext = "x"\nstatus = "done"\nreview_date = "monday"\n', "steps[0].review_date"),
    ],
)
def test_bad_readiness_data_names_the_line_and_is_left_untouched(tmp_path, bad, where):
    head = 'title = "x"\ncreated = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n'
    (tmp_path / "bad.toml").write_text(head + bad)
    with pytest.raises(PlanError) as error:
        PlanStore(tmp_path).load("bad")
    message = str(error.value)
    assert where in message and f"{tmp_path / 'bad.toml'}:" in message and "\n" not in message
    assert (tmp_path / "bad.toml").read_text() == head + bad  # reading never moves a plan (issue 11)
