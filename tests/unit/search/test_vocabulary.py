import pytest

from explorer.core.search.answer import search
from explorer.core.search.documents import HitKind, SearchDoc
from explorer.core.search.index import SearchIndex
from explorer.core.search.jargon import JARGON_TABLE
from explorer.core.search.query import parse_query
from explorer.core.search.spelling import spelling_variants


@pytest.mark.parametrize(
    "word, other",
    [
        ("prioritization", "prioritisation"),
        ("organise", "organize"),
        ("organising", "organizing"),
        ("analyse", "analyze"),
        ("analysed", "analyzed"),
        ("behaviour", "behavior"),
        ("colours", "colors"),
        ("favourite", "favorite"),
        ("modelling", "modeling"),
        ("travelled", "traveled"),
        ("centre", "center"),
        ("catalogue", "catalog"),
        ("licence", "license"),
        ("programme", "program"),
        ("judgement", "judgment"),
        ("organis", "organiz"),  # while typed
    ],
)
def test_spelling_variants_go_both_ways(word, other):
    assert other in spelling_variants(word)
    assert word in spelling_variants(other)


def test_words_without_variants():
    assert spelling_variants("budget") == ()
    assert "for" not in spelling_variants("four")


def line(text: str) -> SearchDoc:
    return SearchDoc(HitKind.RESPONSIBILITY, text, text)


# The jargon table: each query finds a line that says it in other words, below one that says it directly.
JARGON_CASES = [
    ("hire", "Recruitment of engineers"),
    ("hiring", "Recruit a designer"),
    ("recruit", "Hiring plan"),
    ("p&l", "Own the profit and loss"),
    ("profit and loss", "Run the P&L"),
    ("okr", "Objectives and key results for the year"),
    ("kpi", "Key performance indicators"),
    ("kpis", "Key performance indicator"),
    ("gtm", "The go-to-market plan"),
    ("go to market", "GTM plan"),
    ("prd", "Write the requirements"),
    ("requirements", "Write the PRD"),
    ("a/b test", "Run an experiment"),
    ("experiment", "Set up an A/B test"),
    ("pm", "Work as a product manager"),
    ("product manager", "Every PM"),
    ("ux", "User experience reviews"),
    ("user experience", "UX reviews"),
    ("people management", "Manage people well"),
    ("manage people", "Good people management"),
    ("salary", "Compensation bands"),
]


@pytest.mark.parametrize("query, other_words", JARGON_CASES)
def test_jargon_finds_other_words(query, other_words):
    index = SearchIndex([line(other_words), line("Nothing to see here")])
    hits = search(index, query)
    assert [h.doc.text for h in hits if not h.partial] == [other_words]


def test_jargon_ranks_a_direct_match_first():
    index = SearchIndex([line("Key performance indicators"), line("KPI tree")])
    assert [h.doc.text for h in search(index, "kpi")] == ["KPI tree", "Key performance indicators"]


def test_hire_is_not_choose():
    index = SearchIndex([line("Choose between options"), line("Hire a team")])
    assert [h.doc.text for h in search(index, "hire")] == ["Hire a team"]


def test_jargon_table_finds_terms_in_order():
    found = JARGON_TABLE.find(["run", "the", "p", "and", "l", "with", "kpi"])
    assert [(m.start, m.end, m.concept) for m in found] == [(2, 5, "~pl"), (6, 7, "~kpi")]


def test_query_parsing():
    assert [t.word for t in parse_query("the roadmap for a team").terms] == ["roadmap", "team"]
    assert [t.word for t in parse_query("the and").terms] == ["the", "and"]
    assert [(t.word, t.prefix_only) for t in parse_query("x product s").terms] == [
        ("product", False),
        ("s", True),
    ]
    p_and_l = parse_query("p&l")
    assert p_and_l.terms == () and [t.word for t in p_and_l.readings[0]] == ["~pl"]
