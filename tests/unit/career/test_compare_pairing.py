"""The pairing bar, checked against pairs of duties from the shipped library judged by hand."""

import pytest

from explorer.core.career.compare import PAIR_CUTOFF, compare_roles, pair_responsibilities
from explorer.core.content.library import load_library
from explorer.core.content.model import Area, Responsibility

# Judged the same duty in other words, and worded alike enough that they must pair.
SAME = [
    ("Track how products perform after launch", "Watch product analytics after launch"),
    ("Do the research on competitors needed", "Study the market, competitors and customer needs"),
    ("Manage and mentor a team of product managers", "Mentor and manage the product managers in the group"),
    # A PM duty and the Senior PM duty that grows from it.
    ("Get out with customers, gather their feedback", "Get out with customers and use their feedback"),
]
# Judged different duties that share a word or two; each once counted as "in both".
DIFFERENT = [
    ("Lead the engineering organisation and its managers", "Manage and mentor a team of product managers"),
    (
        "Lead and develop the product marketing managers",
        "Lead the product team, including several product managers",
    ),
    ("Own the product portfolio and every aspect", "Own the go-to-market plan for the product portfolio"),
    ("Keep user needs at the centre when deciding", "Do the research on competitors needed"),
    ("Lead the engineering organisation and its managers", "Lead the product analytics team"),
    ("Own the product portfolio and every aspect", "Keep the design function performing well"),
    ("Keep the product as efficient as it can be", "Secure funding for the product"),
    ("Run user-experience research so product decisions", "Stay involved in product specifics"),
    ("Influence senior executives and align product plans", "Keep marketing goals aligned with product"),
    ("Mentor the product managers and leaders below", "Lead the product analytics team"),
    ("Link business, engineering and design", "Own the vision, strategy and execution"),
]


# Duties judged above that the library has since dropped (the articles did not back them). They
# stay here word for word, so the pairing bar is still held against every judged pair.
JUDGED_EARLIER = [
    ("Do the research on competitors needed to win in crowded markets.", Area.CUSTOMERS),
    ("Keep marketing goals aligned with product and engineering, as the CPO requires.", Area.COMMUNICATION),
    (
        "Keep the design function performing well and aligned with the organisation's vision and strategy.",
        Area.STRATEGY,
    ),
    ("Keep user needs at the centre when deciding what the AI should and should not do.", Area.CUSTOMERS),
    ("Lead and develop the product marketing managers.", Area.PEOPLE),
    ("Lead the engineering organisation and its managers.", Area.PEOPLE),
    ("Lead the product analytics team and keep its work aligned with the product strategy.", Area.PEOPLE),
    ("Mentor and manage the product managers in the group.", Area.PEOPLE),
    ("Own the go-to-market plan for the product portfolio.", Area.STRATEGY),
    ("Run user-experience research so product decisions rest on evidence about users.", Area.CUSTOMERS),
    ("Stay involved in product specifics such as design specifications and user experience.", Area.CUSTOMERS),
    (
        "Study the market, competitors and customer needs, and share what is found with product teams.",
        Area.CUSTOMERS,
    ),
    ("Watch product analytics after launch to learn how users behave and what to improve next.", Area.DATA),
]


@pytest.fixture(scope="module")
def duties():
    catalog = load_library(include_user=False).catalog
    shipped = [duty for role in catalog.roles.values() for duty in role.responsibilities]
    earlier = [Responsibility(f"judged-{i}", text, area) for i, (text, area) in enumerate(JUDGED_EARLIER)]
    return earlier + shipped  # the judged wording first, where the library has since reworded a duty


def find(duties, prefix):
    found = [duty for duty in duties if duty.text.startswith(prefix)]
    assert found, prefix
    return found[0]


@pytest.mark.parametrize("left, right", SAME, ids=[a[:30] for a, _ in SAME])
def test_same_duties_pair(duties, left, right):
    rows = pair_responsibilities((find(duties, left),), (find(duties, right),))
    assert [row.kind for row in rows] == ["shared"] and rows[0].similarity >= PAIR_CUTOFF


@pytest.mark.parametrize("left, right", DIFFERENT, ids=[a[:30] for a, _ in DIFFERENT])
def test_different_duties_stay_apart(duties, left, right):
    rows = pair_responsibilities((find(duties, left),), (find(duties, right),))
    assert sorted(row.kind for row in rows) == ["left-only", "right-only"]


def test_weak_pairs_go_to_the_only_lists():
    catalog = load_library(include_user=False).catalog
    comparison = compare_roles(
        catalog, catalog.role("senior-product-manager"), catalog.role("director-of-product-management")
    )
    assert all(row.similarity >= PAIR_CUTOFF for row in comparison.rows_of("shared"))
    assert comparison.rows_of("left-only") and comparison.rows_of("right-only")
