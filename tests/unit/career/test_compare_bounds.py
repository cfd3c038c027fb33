"""Comparing two huge roles stays bounded: few pairs are scored, and the result is still sensible."""

from __future__ import annotations

from explorer.core.career.compare import (
    CANDIDATES_PER_ITEM,
    FULL_PAIRING_LIMIT,
    candidate_pairs,
    content_terms,
    pair_responsibilities,
)
from explorer.core.content.model import Area, Responsibility

WORDS = [
    "roadmap",
    "budget",
    "hire",
    "mentor",
    "launch",
    "pricing",
    "discovery",
    "research",
    "metrics",
    "churn",
    "onboarding",
    "vision",
]


def duties(
    prefix: str, count: int, text=lambda i: f"{WORDS[i % 12]} {WORDS[(i * 7) % 12]} item{i}"
) -> tuple[Responsibility, ...]:
    return tuple(Responsibility(f"{prefix}{i}", text(i), list(Area)[i % 7]) for i in range(count))


def test_normal_roles_score_every_pair():
    left, right = (
        [content_terms(r.text) for r in duties("l", 12)],
        [content_terms(r.text) for r in duties("r", 9)],
    )
    assert len(list(candidate_pairs(left, right))) == 12 * 9


def test_huge_roles_score_a_bounded_number_of_pairs():
    left = [content_terms(r.text) for r in duties("l", 20_000)]
    right = [content_terms(r.text) for r in duties("r", 20_000)]
    assert len(left) * len(right) > FULL_PAIRING_LIMIT
    count = sum(1 for _ in candidate_pairs(left, right))
    assert count <= 20_000 * CANDIDATES_PER_ITEM


def test_huge_identical_roles_still_pair_one_to_one():
    same = lambda i: "Own the budget plan"
    rows = pair_responsibilities(duties("l", 3_000, same), duties("r", 3_000, same))
    assert sum(1 for row in rows if row.kind == "shared") == 3_000


def test_huge_roles_pair_each_duty_with_its_twin():
    left, right = duties("l", 2_000), duties("r", 2_000)
    rows = pair_responsibilities(left, right)
    shared = [row for row in rows if row.kind == "shared"]
    assert len(shared) == 2_000
    assert all(row.left.id[1:] == row.right.id[1:] for row in shared)
