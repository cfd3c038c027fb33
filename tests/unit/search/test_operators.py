"""Operators, a role named in the query, the limit-independent order and honest answers."""

import pytest

from explorer.core.content.library import load_library
from explorer.core.search.answer import answer, search
from explorer.core.search.index import SearchIndex
from explorer.core.search.operators import Filter, parse_operators


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_catalog(load_library(include_user=False).catalog)


def test_only_known_keys_are_operators():
    (spec,) = parse_operators('p&l ratio:3 role:gpm -senior "user needs" level:>=4')
    assert spec.text == "p&l ratio:3 user needs"
    assert spec.filters == (Filter("role", "gpm"), Filter("level", ">=4"))
    assert spec.excluded == ("senior",) and spec.phrases == ("user needs",)
    assert [s.text for s in parse_operators("backlog | roadmap")] == ["backlog", "roadmap"]
    assert [s.text for s in parse_operators("backlog|roadmap")] == ["backlog", "roadmap"]


def test_a_minus_word_excludes_its_lines(index):
    hits = search(index, "roadmap -roadmapping", limit=50)
    assert hits and all("roadmapping" not in h.doc.text.casefold() for h in hits)
    assert any("roadmapping" in h.doc.text.casefold() for h in search(index, "roadmap", limit=50))


def test_a_quoted_phrase_must_appear_as_written_without_typos(index):
    hits = search(index, '"user needs"', limit=50)
    assert hits and all("user needs" in h.doc.text.casefold() for h in hits)
    assert not [h for h in search(index, '"usr needs"', limit=50) if not h.partial]


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("role:gpm teams", lambda h: h.role_id == "group-product-manager"),
        ("role:group-product-manager", lambda h: h.role_id == "group-product-manager"),
        ("area:people lead", lambda h: h.doc.area == "people"),
        ("kind:skill strategy", lambda h: h.doc.kind.label == "skill"),
        ("kind:next-step", lambda h: h.doc.kind.label == "next step"),
        ("track:ic roadmap", lambda h: h.doc.track == "individual-contributor"),
        ("level:>=6 hiring", lambda h: h.doc.level >= 6),
        ("level:<3", lambda h: 0 < h.doc.level < 3),
        ("pack:library budget", lambda h: h.doc.pack == "library"),
    ],
)
def test_filters_keep_only_their_lines(index, query, check):
    hits = search(index, query, limit=50)
    assert hits and all(check(h) for h in hits)
    assert all("filter" in h.why for h in hits)


def test_either_side_of_a_bar(index):
    hits = search(index, "scrum | board", limit=50)
    texts = " ".join(h.doc.text.casefold() for h in hits)
    assert "scrum" in texts and "board" in texts


def test_an_unknown_filter_value_finds_nothing(index):
    assert search(index, "role:astronaut roadmap") == [] and search(index, "level:high") == []


@pytest.mark.parametrize("query", ["okr", "roadmap", "product strategy", "pm", "stakeholder management", "a"])
def test_the_order_never_depends_on_the_limit(index, query):
    longest = search(index, query, limit=100)
    for limit in (1, 3, 10, 50):
        assert search(index, query, limit=limit) == longest[:limit]


def test_the_score_is_the_sort_key(index):
    for query in ("roadmap", "how much does a cpo earn", "stakeholder management", "sr pm"):
        scores = [h.score for h in search(index, query, limit=50)]
        assert scores == sorted(scores, reverse=True)


def test_an_exact_title_or_alias_ranks_first(index):
    assert search(index, "product manager")[0].doc.text == "Product Manager"
    assert search(index, "pm")[0].role_id == "product-manager"
    assert search(index, "staff product manager")[0].doc.text == "Staff Product Manager"
    assert search(index, "lead pm")[0].role_id == "group-product-manager"


def test_a_named_role_puts_its_lines_on_the_topic_first(index):
    top = search(index, "principal pm strategy", limit=3)
    assert all(h.role_id == "principal-product-manager" and "role named" in h.why for h in top)
    assert search(index, "what does a head of product do")[0].role_id == "head-of-product"


def test_question_words_weigh_nothing(index):
    assert search(index, "how much does a cpo earn")[0].doc.kind.label == "pay"


def test_compounds_meet_whatever_joins_them(index):
    for joined, spaced in (("costbenefit", "cost-benefit"), ("lifecycle", "life cycle")):
        assert search(index, joined)[0].doc.text == search(index, spaced)[0].doc.text


def test_no_line_matching_every_word_is_said(index):
    found = answer(index, "roadmap zebra", 10)
    assert not found.complete and all(h.partial for h in found.hits)
    assert answer(index, "roadmap", 10).complete


def test_did_you_mean_comes_from_the_index_words(index):
    found = answer(index, "roadmap stratgeyy", 10)
    assert found.suggestion == "" or all(word in index.vocabulary for word in found.suggestion.split())
    assert answer(index, "xroadmap", 10).suggestion == "roadmap"
    assert answer(index, "parental zzzzqqq", 10).suggestion == ""


def test_highlights_skip_stop_words_and_fragments(index):
    for hit in search(index, "profit and loss", limit=20) + search(index, "ai", limit=20):
        marked = [hit.doc.text[a:b].casefold() for a, b in hit.spans]
        assert "and" not in marked
        assert all(not hit.doc.text[b : b + 1].isalnum() for a, b in hit.spans)


def test_why_names_how_a_line_matched(index):
    def why(query):
        return answer(index, query, 5).hits[0].why

    assert "typo" in why("stakehodler") and "own words" in why("roadmap")
    assert {"stem", "prefix"} & set(why("budgeted"))
    assert search(index, "roadmap")[0].why == ()  # a keystroke's search skips the explanation
