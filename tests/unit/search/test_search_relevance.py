"""Relevance on the shipped library, and exactness of the fast search at scale."""

import sys
from pathlib import Path

import pytest

from explorer.core.common.words import words
from explorer.core.content.library import load_library
from explorer.core.content.loader import load_catalog
from explorer.core.search.index import SearchIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from generate_pack import generate  # noqa: E402

# query → a role that must be first, or (when several roles say it equally) one of a set.
RELEVANCE = {
    "budget": {"head-of-product"},
    "board": {"chief-product-officer"},
    "scrum": {"product-owner"},
    "backlog": {"product-owner"},
    "kpi": {"head-of-product", "head-of-product-analytics", "ai-product-manager"},
    "okr": {"principal-product-manager", "product-manager", "chief-product-officer", "director-of-product-marketing", "director-of-ux"},
    "key performance indicators": {"head-of-product"},
    "cpo": {"chief-product-officer"},
    "cto": {"chief-technology-officer"},
    "hop": {"head-of-product"},
    "junior": {"associate-product-manager"},
    "apm": {"associate-product-manager"},
    "staff product manager": {"principal-product-manager"},
    "product lead": {"group-product-manager"},
    "vice president": {"vp-of-product"},
    "go-to-market": {"director-of-product-marketing"},
    "release planning": {"product-owner"},
    "secure funding": {"product-owner"},
    "return on investment": {"product-owner"},
    "cost-benefit": {"head-of-product"},
    "present strategy to the board": {"chief-product-officer"},
    "mentor product managers": {"chief-product-officer", "director-of-product-management"},
    "ux research": {"director-of-ux"},
    "designers": {"director-of-ux"},
    "analytics": {"head-of-product-analytics", "senior-product-manager", "chief-product-officer"},
    "stakeholdr": {"senior-product-manager", "principal-product-manager"},
    "roadmpa": {"product-marketing-manager", "director-of-product-management", "group-product-manager"},
    "positioning": {"product-marketing-manager"},
    "machine learning": {"ai-product-manager"},
    "product line": {"product-line-manager"},
    "engineering organisation": {"chief-technology-officer"},
}


@pytest.fixture(scope="module")
def shipped() -> SearchIndex:
    return SearchIndex.from_catalog(load_library(include_user=False, use_cache=False).catalog)


def test_relevance_set_has_at_least_25_queries():
    assert len(RELEVANCE) >= 25


@pytest.mark.parametrize("query", sorted(RELEVANCE))
def test_expected_role_first(shipped, query):
    hits = shipped.search(query)
    assert hits, f"no results for {query!r}"
    assert hits[0].role_id in RELEVANCE[query], [(h.role_id, h.doc.text[:40]) for h in hits[:3]]


def brute_force(index: SearchIndex, query: str, limit: int) -> list[tuple[float, int]]:
    """The ranking the fast path must reproduce, by scoring every line: lines with more query
    words matched first, then higher mean score, then rank order (the doc number)."""
    tokens = list(dict.fromkeys(words(query)))
    per_token = [index.matching_words(t) for t in tokens]
    scored = []
    for doc_id, doc_words in enumerate(index._doc_words):
        word_scores = [max((m.get(w, 0.0) for w in doc_words), default=0.0) for m in per_token]
        hits = sum(1 for s in word_scores if s)
        if hits:
            scored.append((-hits, -round(sum(word_scores) / len(tokens), 1), doc_id))
    scored.sort()
    return [(-score, doc_id) for _, score, doc_id in scored[:limit]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> SearchIndex:
    pack = tmp_path_factory.mktemp("pack")
    generate(pack, roles=150, per_role=20, seed=3)
    index = SearchIndex.from_catalog(load_catalog([pack]).catalog)
    index.partial_scan_limit = len(index)  # exact: no bound on the partial-match fallback
    return index


@pytest.mark.parametrize(
    "query",
    ["p", "pr", "churn a", "churn analysis", "pricing m", "securty revi", "the", "onboarding flow for enterprise",
     "budget", "roadmpa", "hire the", "zzz", "kpi", "board deck with finance"],
)
def test_fast_search_matches_brute_force_at_scale(generated, query):
    generated.clear_cache()
    fast = [(hit.score, generated.docs.index(hit.doc)) for hit in generated.search(query, limit=50)]
    expected = brute_force(generated, query, 50)
    assert [s for s, _ in fast] == [s for s, _ in expected]
    assert fast == expected


def test_partial_fallback_is_bounded_but_full_matches_stay_exact(generated):
    generated.partial_scan_limit = 100
    try:
        hits = generated.search("onboarding flow for enterprise", limit=50)
        full = [h for h in hits if h.score == 100.0]
        expected_full = [e for e in brute_force(generated, "onboarding flow for enterprise", 50) if e[0] == 100.0]
        assert [generated.docs.index(h.doc) for h in full] == [d for _, d in expected_full]
    finally:
        generated.partial_scan_limit = len(generated)
