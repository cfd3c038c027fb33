import pytest

from explorer.core.content.library import load_library
from explorer.core.search.answer import answer, search
from explorer.core.search.documents import HitKind, SearchDoc
from explorer.core.search.index import SearchIndex
from explorer.core.search.vocabulary import EXACT_SCORE, PREFIX_SCORE, STEM_SCORE, SYNONYM_SCORE


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.from_catalog(load_library(include_user=False).catalog)


def texts(hits) -> list[str]:
    return [h.doc.text for h in hits]


def test_typo_finds_the_word_in_the_top_hit(index):
    assert "stakeholder" in search(index, "stakeholdr")[0].doc.text
    assert "roadmap" in search(index, "roadmpa")[0].doc.text


def test_exact_beats_stem_beats_prefix_beats_fuzzy_beats_synonym(index):
    plan = index.matching_words("plan")
    assert plan["plan"] == EXACT_SCORE
    assert plan["plans"] == plan["planning"] == STEM_SCORE
    assert index.matching_words("road")["roadmap"] == PREFIX_SCORE
    fuzzy = index.matching_words("roadmpa")["roadmap"]
    assert SYNONYM_SCORE < fuzzy < PREFIX_SCORE < STEM_SCORE < EXACT_SCORE
    assert index.matching_words("kpi")["~kpi"] == SYNONYM_SCORE
    assert "judge" not in index.matching_words("budget")


def test_ties_rank_title_alias_responsibility_skill_advice_summary():
    docs = [
        SearchDoc(HitKind.SUMMARY, "s", "widget"),
        SearchDoc(HitKind.ADVICE, "n", "widget", context="Other"),
        SearchDoc(HitKind.SKILL, "k", "widget"),
        SearchDoc(HitKind.RESPONSIBILITY, "r", "widget"),
        SearchDoc(HitKind.ALIAS, "a", "widget"),
        SearchDoc(HitKind.TITLE, "t", "widget"),
    ]
    assert [hit.role_id for hit in search(SearchIndex(docs), "widget")] == ["t", "a", "r", "k", "n", "s"]


def test_phrase_beats_exactness_beats_kind():
    docs = [
        SearchDoc(HitKind.TITLE, "scattered", "Data work and analysis"),
        SearchDoc(HitKind.SUMMARY, "phrase", "Some data analysis here"),
        SearchDoc(HitKind.TITLE, "stemmed", "Analyses of data"),
    ]
    assert [hit.role_id for hit in search(SearchIndex(docs), "data analysis")] == [
        "phrase",
        "scattered",
        "stemmed",
    ]


def test_rare_words_weigh_more_than_common_ones():
    common = [SearchDoc(HitKind.RESPONSIBILITY, f"filler{i}", "team work") for i in range(20)]
    docs = common + [
        SearchDoc(HitKind.RESPONSIBILITY, "rare-exact", "teams and the zeppelin"),
        SearchDoc(HitKind.RESPONSIBILITY, "common-exact", "team with zeppelins"),
    ]
    # "zeppelin" is rare: matching it exactly counts for more than matching "team" exactly.
    hits = search(SearchIndex(docs), "team zeppelin")
    assert [h.role_id for h in hits if not h.partial] == ["rare-exact", "common-exact"]


def test_highlight_spans_cover_the_matched_characters(index):
    hit = search(index, "budg")[0]
    start, end = hit.spans[0]
    assert hit.doc.text[start:end].casefold().startswith("budget")  # whole words, never a fragment
    typo = next(h for h in search(index, "roadmpa") if h.doc.kind is HitKind.RESPONSIBILITY)
    assert any(typo.doc.text[s:e].lower() == "roadmap" for s, e in typo.spans)
    assert search(SearchIndex([SearchDoc(HitKind.TITLE, "x", "Straße roadmap")]), "roadmap")[0].spans == (
        (7, 14),
    )


def test_empty_and_unmatched_queries(index):
    assert search(index, "") == []
    assert search(index, "   ") == []
    assert search(index, "zzzzqqqq") == []
    assert search(index, "budget", limit=0) == []


# The failures listed in issue 13, one test each.
def test_hiring_agile_prioritization_and_pricing_find_lines(index):
    assert search(index, "hiring")[0].doc.kind is HitKind.SKILL
    agile = search(index, "agile")
    assert {HitKind.SKILL, HitKind.ADVICE} <= {h.doc.kind for h in agile}
    assert "Prioritisation" in texts(search(index, "prioritization"))
    assert any("revenue" in t for t in texts(search(index, "pricing")))


def test_hire_no_longer_means_choose_and_recruit_finds_hiring(index):
    assert not any("choose" in t.casefold() for t in texts(search(index, "hire")))
    assert "Hiring designers" in texts(search(index, "hire"))[:3]
    assert "Hiring designers" in texts(search(index, "recruit"))


def test_a_synonym_serves_every_form_of_its_word():
    docs = [SearchDoc(HitKind.SKILL, "a", "Mentoring leaders"), SearchDoc(HitKind.SKILL, "b", "Budgeting")]
    index = SearchIndex(docs, synonyms=[("mentor", "coach")])
    assert "coaching" not in index.vocabulary and "coach" not in index.vocabulary
    assert texts(search(index, "coaching")) == ["Mentoring leaders"]
    assert texts(search(index, "coaches")) == ["Mentoring leaders"]


def test_every_word_must_match(index):
    hits = search(index, "manage budget, allocate resources and hire people")
    assert hits and all(h.partial for h in hits)  # no line says all six things
    assert hits[0].doc.responsibility_id == "budget-resources"  # the line that says the most of them
    full = [h for h in search(index, "manage budget") if not h.partial]
    assert full and all(
        "manag" in h.doc.text.casefold() and ("budget" in h.doc.text.casefold() or "synonym" in h.why)
        for h in answer(index, "manage budget", 10).hits
        if not h.partial
    )
    assert "budget" in full[0].doc.text.casefold()  # a synonym ranks below the word itself


def test_partial_matches_only_when_full_matches_are_few(index):
    assert not any(h.partial for h in search(index, "product strategy"))
    hits = search(index, "stakeholder management")
    first_partial = next(i for i, h in enumerate(hits) if h.partial)
    assert 0 < first_partial and not any(h.partial for h in hits[:first_partial])
    assert all(h.partial for h in hits[first_partial:])


def test_people_management_puts_a_phrase_first_not_manages_no_people(index):
    hits = search(index, "people management")
    assert hits[0].phrase and "people management" in hits[0].doc.text.casefold()
    # A line with both words apart ("... product management ... ask people ...") ranks below the phrase.
    position = next(i for i, h in enumerate(hits) if "ask people who do the job" in h.doc.text)
    assert not hits[position].phrase and position > 0


def test_stakeholder_management_ranks_the_duty_above_management_titles(index):
    hits = search(index, "stakeholder management")
    assert hits[0].doc.text == "Stakeholder management"
    titles = [i for i, h in enumerate(hits) if h.doc.kind in (HitKind.TITLE, HitKind.ALIAS)]
    stakeholder_lines = [i for i, h in enumerate(hits) if "stakeholder" in h.doc.text.casefold()]
    assert max(stakeholder_lines) < min(titles)


def test_competitive_analysis_is_not_cost_benefit(index):
    hits = search(index, "competitive analysis")
    assert hits[0].doc.text == "Competitive analysis"
    assert not any("Cost-benefit" in h.doc.text for h in hits if not h.partial)


def test_stop_words_are_ignored_unless_alone(index):
    assert texts(search(index, "the roadmap")) == texts(search(index, "roadmap"))
    assert texts(search(index, "a budget for the")) == texts(search(index, "budget"))
    assert search(index, "the") and all(
        "the" in h.doc.text.casefold().split() or h.spans for h in search(index, "the")
    )


def test_one_letter_words_only_complete_the_last_word(index):
    assert all(h.relevance < EXACT_SCORE for h in search(index, "a"))  # "a" completes words, never itself
    assert "s" not in index.vocabulary  # the "s" of "product's" is no word
    assert texts(search(index, "s product")) == texts(search(index, "product"))
    for hit in search(index, "product s"):
        highlighted = [hit.doc.text[a:b].casefold() for a, b in hit.spans]
        assert any(h.startswith("s") for h in highlighted) and all(len(h) > 1 for h in highlighted)


def test_salary_and_pay_find_every_role_that_publishes_pay(index):
    catalog = load_library(include_user=False).catalog
    paying = {r.id for r in catalog.roles.values() if r.salaries}
    assert len(paying) >= 4
    for query in ("salary", "pay"):
        pay_hits = [h for h in search(index, query) if h.doc.kind is HitKind.PAY]
        assert {h.role_id for h in pay_hits} == paying
        assert search(index, query)[0].doc.kind is HitKind.PAY


def test_every_kind_is_searched_and_labelled(index):
    kinds = {
        h.doc.kind
        for q in ("hiring", "agile", "salary", "mba", "years", "vp or head", "budget")
        for h in search(index, q)
    }
    assert kinds >= {
        HitKind.SKILL,
        HitKind.ADVICE,
        HitKind.PAY,
        HitKind.EDUCATION,
        HitKind.EXPERIENCE,
        HitKind.TITLE_NOTE,
    }
    assert {k.label for k in HitKind} >= {
        "title",
        "alias",
        "responsibility",
        "skill",
        "pay",
        "next step",
        "summary",
    }
    advice = next(h for h in search(index, "agile") if h.doc.kind is HitKind.ADVICE)
    assert advice.doc.context  # the role the next step leads to


def test_us_and_uk_spellings_find_the_same_lines(index):
    for us, uk in (
        ("prioritization", "prioritisation"),
        ("organization", "organisation"),
        ("analyze", "analyse"),
    ):
        assert texts(search(index, us)) == texts(search(index, uk))
        assert search(index, us)[0].relevance == EXACT_SCORE


def test_a_synonym_scores_below_a_direct_match(index):
    hits = search(index, "kpi")
    direct = next(i for i, h in enumerate(hits) if "KPI" in h.doc.text)
    synonym = next(i for i, h in enumerate(hits) if "key performance indicators" in h.doc.text)
    assert direct < synonym and hits[synonym].relevance == SYNONYM_SCORE


def test_fast_and_regex_highlighting_agree():
    from explorer.core.common.words import words
    from explorer.core.search.highlight import highlight_spans

    text = "Own the roadmap; road-map reviews, ROADMAPS and a roadmap_x roadmap."
    typed = {"road"}
    matched = {"roadmap", "road", "roadmaps"}
    present = matched.intersection(words(text))
    assert highlight_spans(text, typed, matched, present) == highlight_spans(text, typed, matched)
    assert highlight_spans("Straße roadmap", {"roadmap"}, {"roadmap"}, {"roadmap"}) == ((7, 14),)
