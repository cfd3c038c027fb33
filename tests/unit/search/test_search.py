import pytest

from explorer.core.content.library import load_library
from explorer.core.search.index import HitKind, SearchDoc, SearchIndex


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_catalog(load_library(include_user=False).catalog)


@pytest.mark.parametrize(
    "query, expected_role",
    [
        ("budget", "head-of-product"),
        ("board", "chief-product-officer"),
        ("scrum", "product-owner"),
        ("hop", "head-of-product"),
        ("cpo", "chief-product-officer"),
        ("junior", "associate-product-manager"),
        ("go-to-market", "director-of-product-marketing"),
        ("release planning", "product-owner"),
    ],
)
def test_expected_role_comes_first(index, query, expected_role):
    assert index.search(query)[0].role_id == expected_role


def test_typo_finds_the_word_in_the_top_hit(index):
    assert "stakeholders" in index.search("stakeholdr")[0].doc.text
    assert "roadmap" in index.search("roadmpa")[0].doc.text


def test_typos_prefixes_and_stems_find_words(index):
    assert "plan" in index.matching_words("planning")
    assert "releases" in index.matching_words("release")
    assert "roadmap" in index.matching_words("roadmpa")
    assert "roadmap" in index.matching_words("road")
    assert "judge" not in index.matching_words("budget")


def test_ties_rank_title_before_alias_before_responsibility_before_summary():
    docs = [
        SearchDoc(HitKind.SUMMARY, "s", "widget"),
        SearchDoc(HitKind.RESPONSIBILITY, "r", "widget"),
        SearchDoc(HitKind.ALIAS, "a", "widget"),
        SearchDoc(HitKind.TITLE, "t", "widget"),
    ]
    assert [hit.role_id for hit in SearchIndex(docs).search("widget")] == ["t", "a", "r", "s"]


def test_highlight_spans_cover_the_matched_characters(index):
    hit = index.search("budg")[0]
    start, end = hit.spans[0]
    assert hit.doc.text[start:end] == "budg"
    typo = next(h for h in index.search("roadmpa") if h.doc.kind is HitKind.RESPONSIBILITY)
    assert any(typo.doc.text[s:e].lower() == "roadmap" for s, e in typo.spans)


def test_empty_and_unmatched_queries(index):
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("zzzzqqqq") == []


def test_synonyms(index):
    assert index.search("kpi")[0].role_id in {"head-of-product", "head-of-product-analytics", "ai-product-manager"}
    assert index.search("okr")


def test_fast_and_regex_highlighting_agree():
    from explorer.core.common.words import words
    from explorer.core.search.index import highlight_spans

    text = "Own the roadmap; road-map reviews, ROADMAPS and a roadmap."
    tokens = ["road"]
    matched = {"roadmap": 95.0, "road": 100.0, "roadmaps": 94.0}
    present = [w for w in dict.fromkeys(words(text)) if w in matched]
    assert highlight_spans(text, tokens, matched, present) == highlight_spans(text, tokens, matched)
    assert highlight_spans("Straße roadmap", ["roadmap"], {"roadmap": 100.0}, ["roadmap"]) == ((7, 14),)
