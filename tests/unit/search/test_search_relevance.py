"""Relevance on the shipped library, and exactness of the fast search at scale."""

import sys
from pathlib import Path

import pytest

from explorer.core.content.library import load_library
from explorer.core.content.loader import load_catalog
from explorer.core.search.answer import search
from explorer.core.search.index import SearchIndex
from explorer.core.search.query import parse_query
from explorer.core.search.vocabulary import PARTIAL_RESULTS, STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from generate_pack import generate

# What people type (one to four words; US and UK spellings, jargon, typos) → a role that must
# come first, or (when several roles say it equally) one of a set.
RELEVANCE = {
    # titles, aliases and plain duties
    "budget": {"head-of-product"},
    "board": {"chief-product-officer"},
    "scrum": {"product-owner"},
    # The articles give the program backlog to the Head of Product; no backlog duty for the PO.
    "backlog": {"head-of-product"},
    "cpo": {"chief-product-officer"},
    "cto": {"chief-technology-officer"},
    "hop": {"head-of-product"},
    "junior": {"associate-product-manager"},
    "apm": {"associate-product-manager"},
    "staff product manager": {"principal-product-manager"},
    "product lead": {"group-product-manager"},
    "vice president": {"vp-of-product"},
    "go-to-market": {"director-of-product-marketing"},
    "go to market": {"director-of-product-marketing"},
    "release planning": {"product-owner"},
    "secure funding": {"product-owner"},
    "return on investment": {"product-owner"},
    "cost-benefit": {"head-of-product"},
    "cost benefit": {"head-of-product"},
    "present strategy to the board": {"chief-product-officer"},
    "mentor product managers": {"chief-product-officer", "director-of-product-management"},
    "ux research": {"director-of-ux"},
    "designers": {"director-of-ux"},
    "analytics": {"head-of-product-analytics", "senior-product-manager", "chief-product-officer"},
    "positioning": {"product-marketing-manager"},
    "messaging": {"product-marketing-manager"},
    "machine learning": {"ai-product-manager"},
    "ai": {"ai-product-manager"},
    "product line": {"product-line-manager"},
    "engineering organisation": {"chief-product-officer", "chief-technology-officer"},
    "technology strategy": {"chief-technology-officer"},
    "architecture": {"chief-technology-officer"},
    "metrics": {"head-of-product", "head-of-product-analytics"},
    "portfolio": {"chief-product-officer"},
    "several teams": {"group-product-manager"},
    "product vision": {"principal-product-manager", "head-of-product"},
    "market research": {"senior-product-manager", "product-manager", "product-marketing-manager"},
    "customer feedback": {"head-of-product"},
    "storytelling": {"product-manager"},
    "mentoring": {"director-of-product-management", "chief-product-officer"},
    "design systems": {"director-of-ux"},
    "hiring designers": {"director-of-ux"},
    "scrum product owner": {"product-owner"},
    "entry level": {"associate-product-manager"},
    "graduate": {"associate-product-manager"},
    "years of experience": {"head-of-product", "chief-product-officer"},
    "budgeting": {"head-of-product"},
    # typos
    "stakeholdr": {"senior-product-manager", "principal-product-manager"},
    "roadmpa": {
        "product-marketing-manager",
        "director-of-product-management",
        "group-product-manager",
        "senior-product-manager",
    },
    "scurm": {"product-owner"},
    "analitics": {"head-of-product-analytics"},
    "positoning": {"product-marketing-manager", "director-of-product-marketing"},
    # US and UK spellings
    "prioritization": {"product-manager", "senior-product-manager"},
    "prioritisation": {"product-manager", "senior-product-manager"},
    # No article gives organisation design to any role; the nearest lines win.
    "organization design": {"chief-product-officer", "vp-of-product"},
    "engineering organization": {"chief-product-officer", "chief-technology-officer"},
    "analyze data": {"head-of-product", "senior-product-manager", "group-product-manager"},
    # jargon
    "kpi": {"head-of-product", "head-of-product-analytics", "ai-product-manager"},
    "kpis": {"head-of-product"},
    "key performance indicators": {"head-of-product"},
    "okr": {
        "principal-product-manager",
        "product-manager",
        "chief-product-officer",
        "director-of-product-marketing",
        "director-of-ux",
        "product-line-manager",
    },
    "gtm": {"director-of-product-marketing"},
    "p and l": {"head-of-product", "product-line-manager"},
    "profit and loss": {"head-of-product", "product-line-manager"},
    "roi": {"product-owner"},
    "prd": {"head-of-product", "product-manager", "senior-product-manager"},
    "ux": {"director-of-ux"},
    "user experience": {"director-of-ux"},
    "hiring": {"group-product-manager", "vp-of-product", "director-of-ux"},
    "hire": {"group-product-manager", "vp-of-product", "director-of-ux"},
    "recruit": {"group-product-manager", "vp-of-product", "director-of-ux"},
    "recruiting": {"group-product-manager", "vp-of-product", "director-of-ux"},
    "people management": {"head-of-product"},
    "manage people": {"group-product-manager"},
    "stakeholder management": {"senior-product-manager"},
    "competitive analysis": {"product-marketing-manager"},
    "agile": {"director-of-product-management", "head-of-product"},
    "salary": {"associate-product-manager", "head-of-product", "chief-product-officer", "ai-product-manager"},
    "pay": {"associate-product-manager", "head-of-product", "chief-product-officer", "ai-product-manager"},
    "pricing": {"ai-product-manager", "director-of-product-marketing", "product-manager"},
    "mba": {"head-of-product", "chief-product-officer", "vp-of-product", "director-of-product-management"},
}


@pytest.fixture(scope="module")
def shipped() -> SearchIndex:
    return SearchIndex.from_catalog(load_library(include_user=False, use_cache=False).catalog)


def test_relevance_set_has_at_least_70_everyday_queries():
    assert len(RELEVANCE) >= 70
    assert all(1 <= len(query.split()) <= 5 for query in RELEVANCE)


@pytest.mark.parametrize("query", sorted(RELEVANCE))
def test_expected_role_first(shipped, query):
    hits = search(shipped, query)
    assert hits, f"no results for {query!r}"
    assert hits[0].role_id in RELEVANCE[query], [(h.role_id, h.doc.text[:40]) for h in hits[:3]]


def _in_order(sequence: tuple[str, ...], direct: list[dict[str, float]], skip: frozenset[str]) -> bool:
    content = [w for w in sequence if w not in skip]
    width = len(direct)
    return any(
        all(content[start + k] in direct[k] for k in range(width))
        for start in range(len(content) - width + 1)
    )


def brute_force(index: SearchIndex, query: str, limit: int) -> list[tuple[int, float, int]]:
    """The full matches the fast scan (`SearchIndex.ranked`) must reproduce, by scoring every
    line: phrase first, then the IDF-weighted score, then the line number, the best reading
    per line. (Tiers, ties and partial matches are ordered above it, in `answer`.)
    """
    parsed = parse_query(query)
    if not parsed.readings:
        return []
    skip = frozenset() if parsed.only_stop_words else STOP_WORDS
    best: dict[int, tuple[int, float, int]] = {}
    for terms in parsed.readings:
        per_term = [index.term_matches(t) for t in terms]
        if not all(per_term):
            continue
        weights = index.weights(per_term)
        direct = [m for t, m in zip(terms, per_term) if not t.concept]
        for doc_id, sequence in enumerate(index._sequences):
            scores = [max((m.get(w, 0.0) for w in sequence), default=0.0) for m in per_term]
            if all(scores):
                phrase = len(direct) >= 2 and _in_order(sequence[: index._text_lengths[doc_id]], direct, skip)
                relevance = sum(w * s for w, s in zip(weights, scores)) / sum(weights)
                key = (int(phrase), round(relevance, 6), -doc_id)
                best[doc_id] = max(best.get(doc_id, key), key)
    return sorted(best.values(), reverse=True)[:limit]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> SearchIndex:
    pack = tmp_path_factory.mktemp("pack")
    generate(pack, roles=150, per_role=20, seed=3)
    index = SearchIndex.from_catalog(load_catalog([pack]).catalog)
    index.partial_scan_limit = index.phrase_scan_limit = len(index)  # exact: no bounds on the extra scans
    return index


QUERIES_AT_SCALE = [
    "p",
    "pr",
    "p&l",
    "churn a",
    "churn analysis",
    "pricing m",
    "securty revi",
    "the",
    "onboarding flow for enterprise",
    "budget",
    "roadmpa",
    "hire the",
    "zzz",
    "kpi",
    "board deck with finance",
    "team l",
    "product s",
    "data a",
    "the roadmap",
    "a",
    "and the",
    "profit and loss",
    "okr tree",
    "the platform team",
    "for the product line",
]


@pytest.mark.parametrize("seed_budget", [0, 40, 3_000])
@pytest.mark.parametrize("query", QUERIES_AT_SCALE)
def test_fast_search_matches_brute_force_at_scale(generated, query, seed_budget):
    generated.clear_cache()
    generated.seed_budget = seed_budget
    assert fast_keys(generated, query, 50) == brute_force(generated, query, 50)


def fast_keys(index: SearchIndex, query: str, limit: int) -> list[tuple[int, float, int]]:
    parsed = parse_query(query)
    skip = frozenset() if parsed.only_stop_words else STOP_WORDS
    return index.ranked(parsed.readings, limit, skip) if parsed.readings else []


def test_partial_fallback_is_bounded_but_full_matches_stay_exact(generated):
    query = "onboarding flow zzzz"
    generated.partial_scan_limit = 100
    try:
        hits = search(generated, query, limit=50)
        assert len(hits) == PARTIAL_RESULTS and all(h.partial for h in hits)
        assert {generated.docs.index(h.doc) for h in hits} <= set(range(len(generated)))
    finally:
        generated.partial_scan_limit = len(generated)
    assert [h.partial for h in search(generated, "onboarding flow", limit=50)] == [False] * 50


def test_phrase_scan_is_bounded_and_full_matches_stay_complete(generated):
    generated.phrase_scan_limit = 10
    try:
        keys = fast_keys(generated, "the platform team", 20)
        expected = brute_force(generated, "the platform team", 20)
        assert len(keys) == 20
        # Every phrase match returned is a true one; the bound can only miss some.
        true_phrases = {d for p, _, d in brute_force(generated, "the platform team", len(generated)) if p}
        assert {d for p, _, d in keys if p} <= true_phrases
        assert expected[0][0] and keys[0][0]
    finally:
        generated.phrase_scan_limit = len(generated)
