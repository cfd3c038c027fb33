"""Closest roles: a plan whose evidence covers most of one role ranks that role first."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from explorer import locations
from explorer.core.career.closest import DOING, EVIDENCED, closest_roles
from explorer.core.content.loader import load_catalog
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import add_evidence, assess, covered_states


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([locations.shipped_content_dir()]).catalog


def _covering(role, share: float) -> Plan:
    """A plan with the first `share` of the role's duties evidenced (half by entry, half marked doing)."""
    plan = Plan("Test")
    wanted = role.responsibilities[: max(1, round(len(role.responsibilities) * share))]
    for index, duty in enumerate(wanted):
        ref = f"{role.id}#{duty.id}"
        if index % 2:
            plan = assess(plan, ref, Readiness.DOING, duty.text)
        else:
            plan, _ = add_evidence(plan, Evidence("", dt.date(2026, 1, 1), "Did it", supports=(ref,)))
    return plan


def test_each_role_covered_most_ranks_first(catalog):
    """Per class of role (track), how often the covered role ranks first: every time."""
    firsts: dict[str, list[bool]] = {}
    for role in catalog.sorted_roles():
        ranked = closest_roles(catalog, covered_states(_covering(role, 0.75)))
        firsts.setdefault(role.track.value, []).append(ranked[0].role.id == role.id)
    assert all(all(hits) for hits in firsts.values()), firsts
    assert {"adjacent", "management", "individual-contributor", "executive"} <= set(firsts)


def test_counts_moves_and_bridge_roles(catalog):
    po = catalog.roles["product-owner"]
    ranked = closest_roles(catalog, covered_states(_covering(po, 0.5)))
    top = ranked[0]
    assert top.role.id == "product-owner"
    assert len(top.covered) == round(len(po.responsibilities) * 0.5)
    assert top.count(EVIDENCED) + top.count(DOING) == len(top.covered)
    assert len(top.moves) == 3 and all(m.ref.startswith("product-owner#") for m in top.moves)
    assert {m.responsibility.id for m in top.moves}.isdisjoint(c.responsibility.id for c in top.covered)
    assert len(ranked) == len([r for r in catalog.roles.values() if r.responsibilities])
    assert not ranked[-1].moves  # only the top roles carry moves


def test_core_duties_count_twice_and_come_first_as_moves(catalog):
    role = catalog.roles["head-of-product"]
    duties = list(role.responsibilities)
    duties[-1] = dataclasses.replace(duties[-1], importance="core")
    marked = dataclasses.replace(role, responsibilities=tuple(duties))
    catalog = dataclasses.replace(catalog, roles={**catalog.roles, role.id: marked})
    plan = _covering(marked, 0.5)
    top = next(c for c in closest_roles(catalog, covered_states(plan), with_moves=30) if c.role.id == role.id)
    assert top.moves[0].responsibility.id == duties[-1].id
    assert top.share == pytest.approx(len(top.covered) / (len(duties) + 1))


def test_a_paired_duty_counts_for_its_pair(catalog):
    """Evidence on one role covers the duty another role words alike (compare's pairing)."""
    from explorer.core.career.compare import pair_responsibilities

    pairs = [
        (left, right, row)
        for left in catalog.sorted_roles()
        for right in catalog.sorted_roles()
        if left.id < right.id
        for row in pair_responsibilities(left.responsibilities, right.responsibilities)
        if row.left and row.right
    ]
    assert pairs, "the shipped library has duties worded alike across roles"
    left, right, row = pairs[0]
    plan = assess(Plan("T"), f"{left.id}#{row.left.id}", Readiness.EVIDENCED, row.left.text)
    assert covered_states(plan) == {f"{left.id}#{row.left.id}": EVIDENCED}
    other = next(c for c in closest_roles(catalog, covered_states(plan)) if c.role.id == right.id)
    assert [c.through for c in other.covered] == [f"{left.id}#{row.left.id}"]


def test_an_empty_plan_ranks_nothing_covered(catalog):
    assert all(not c.covered for c in closest_roles(catalog, covered_states(Plan("Empty"))))


def test_few_duties_do_not_win_on_one_borrowed_match(catalog):
    """A role beside the ladder (one or two duties) covered only through a pair ranks below the role
    the plan covers itself, though its plain share is 100%: pairs count half, plus a prior of a
    typical role's weight (the median). Checked at every share of the covered role, 25% to 100%."""
    from explorer.core.career.closest import PAIRED_WEIGHT

    checked = 0
    for role, share in [(role, share) for role in catalog.sorted_roles() for share in (0.25, 0.5, 0.75, 1)]:
        ranked = closest_roles(catalog, covered_states(_covering(role, share)))
        assert ranked[0].role.id == role.id, (role.id, share)
        for other in ranked[1:]:
            if other.total <= 2 and other.covered and all(c.through for c in other.covered):
                checked += 1
                got = sum(PAIRED_WEIGHT * (2 if c.responsibility.is_core else 1) for c in other.covered)
                assert other.score == pytest.approx(got / (other.weight + other.prior))
                assert other.score < ranked[0].score
    assert checked, "the shipped library has few-duty roles covered through a pair"
