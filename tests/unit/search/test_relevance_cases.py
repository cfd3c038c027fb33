"""The relevance set by class (relevance_cases.toml): every class at 95% hit@3 or better."""

import sys
from pathlib import Path

import pytest

from explorer.core.content.library import load_library
from explorer.core.search.index import SearchIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from search_relevance import TARGET, load_cases, per_class, score

CASES = load_cases()


@pytest.fixture(scope="module")
def outcomes():
    index = SearchIndex.from_catalog(load_library(include_user=False).catalog)
    return [score(index, case) for case in CASES]


def test_every_class_has_at_least_ten_cases():
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case.klass] = counts.get(case.klass, 0) + 1
    assert set(counts) == {"synonym", "question", "typo", "abbreviation", "phrase", "role_topic", "none"}
    assert min(counts.values()) >= 10


def test_every_class_reaches_the_target(outcomes):
    missed = [(o.case.klass, o.case.query, o.rank) for o in outcomes if not o.hit3]
    for klass, (hit3, _, _) in per_class(outcomes).items():
        assert hit3 >= TARGET, (klass, missed)
