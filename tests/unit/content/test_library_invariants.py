"""Invariants of the shipped role library, so a later edit cannot quietly break it."""

import dataclasses
import os
import re
from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Track
from explorer.locations import shipped_content_dir

# The articles live beside the repository; EXPLORER_SEEDS points elsewhere (from a worktree).
SEEDS = Path(os.environ.get("EXPLORER_SEEDS") or Path(__file__).resolve().parents[4] / "shared" / "seeds")

IC_AND_MANAGEMENT = {
    "associate-product-manager",
    "product-manager",
    "senior-product-manager",
    "principal-product-manager",
    "group-product-manager",
    "director-of-product-management",
    "head-of-product",
    "vp-of-product",
    "chief-product-officer",
}
ADJACENT = {
    "product-owner",
    "product-line-manager",
    "ai-product-manager",
    "product-marketing-manager",
    "director-of-ux",
    "head-of-product-analytics",
    "director-of-product-marketing",
    "chief-technology-officer",
}


@pytest.fixture(scope="module")
def result():
    return load_catalog([shipped_content_dir()])


@pytest.fixture(scope="module")
def catalog(result):
    return result.catalog


def test_library_is_clean(result):
    assert [str(p) for p in result.problems] == []


def test_every_listed_role_exists(catalog):
    assert IC_AND_MANAGEMENT | ADJACENT <= set(catalog.roles)


# The roles beside the ladder that the articles only name: their pages must say so plainly.
NAMED_ONLY = {
    "chief-technology-officer",
    "director-of-ux",
    "director-of-product-marketing",
    "head-of-product-analytics",
    "product-line-manager",
    "product-marketing-manager",
    "ai-product-manager",
}


@pytest.mark.parametrize("role_id", sorted(IC_AND_MANAGEMENT | ADJACENT))
def test_every_duty_is_cited_or_marked_as_our_reading(catalog, role_id):
    role = catalog.role(role_id)
    # The articles say little about some roles; a short list beats an invented one.
    minimum = 3 if role_id in IC_AND_MANAGEMENT else 1
    assert len(role.responsibilities) >= minimum
    assert role.sources, "every role names its sources"
    assert role.summary and role.skills
    assert all(bool(r.source) != r.editorial for r in role.responsibilities), "cited, or our reading"


@pytest.mark.parametrize("role_id", sorted(NAMED_ONLY))
def test_roles_the_articles_only_name_say_so(catalog, role_id):
    role = catalog.role(role_id)
    assert "say nothing more" in role.summary or "say almost nothing" in role.summary, role.summary
    assert len([r for r in role.responsibilities if r.source]) <= 1


def test_every_salary_carries_publisher_and_date(catalog):
    figures = [(role.id, s) for role in catalog.roles.values() for s in role.salaries]
    assert len(figures) >= 5
    for role_id, figure in figures:
        assert figure.publisher.strip() and figure.date.strip(), role_id
        assert figure.source in catalog.sources, role_id


def _strings(value):
    """Every string a reader can be shown from a model object (ids and file paths are not prose)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if field.name not in ("id", "origin"):
                yield from _strings(getattr(value, field.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def test_no_internal_labels_reach_a_reader(catalog):
    """Readers have articles, not our 'seed 000' copies: no shown string may mention seeds."""
    shown = [text for item in (*catalog.roles.values(), *catalog.sources.values()) for text in _strings(item)]
    assert len(shown) > 500
    assert [text for text in shown if "seed" in text.lower()] == []
    assert [text for text in shown if "compiled career copy" in text.lower()] == []


def test_quoted_figures_name_the_article_that_quotes_them(catalog):
    articles = {
        s.id: s
        for s in catalog.sources.values()
        if s.publisher in ("Unattributed web article", "Product Factory (Aidin Ziapour)")
    }
    assert len(articles) == 5
    for source in catalog.sources.values():
        if source.id not in articles:
            assert ", as quoted in " in source.title, source.id
            quoted_in = source.title.split(", as quoted in ", 1)[1]
            assert any(a.title.split(",")[0].lower() in quoted_in.lower() for a in articles.values()), (
                source.id
            )


def test_pay_labels_do_not_repeat_the_period(catalog):
    for role in catalog.roles.values():
        for figure in role.salaries:
            line = figure.describe()
            assert f"per {figure.period}" not in figure.of, (role.id, figure.of)
            assert not re.search(r"\b(annual|yearly|monthly|hourly)\b", figure.of), (role.id, figure.of)
            assert line.count(f"per {figure.period}") == 1, line


def test_no_shipped_source_has_an_address_the_articles_do_not_give(catalog):
    """The articles carry no address of their own, so none is made up."""
    assert [s.id for s in catalog.sources.values() if s.url] == []


def test_figures_from_the_articles_are_carried_over_exactly(catalog):
    def amounts(role_id):
        return {(s.amount, s.low, s.high, s.publisher, s.date) for s in catalog.role(role_id).salaries}

    assert (37000, None, None, "Unattributed web article", "date not stated") in amounts(
        "associate-product-manager"
    )
    assert (125142, None, None, "Payscale", "date not stated") in amounts("head-of-product")
    assert (215647, None, None, "Indeed", "date not stated") in amounts("chief-product-officer")
    # The bonus range comes before the sentence that cites Indeed, so it is the article's own figure.
    assert (None, 1000, 143000, "Unattributed web article", "date not stated") in amounts(
        "chief-product-officer"
    )
    assert (150746, 123000, 177000, "Payscale", "February 2023") in amounts("ai-product-manager")
    cpo = catalog.role("chief-product-officer").experience
    assert (cpo.in_product.low, cpo.leading.low, cpo.leading.high) == (10, 3, 5)
    hop = catalog.role("head-of-product").experience
    assert (hop.in_product.low, hop.leading.low) == (7, 3)
    senior = catalog.role("senior-product-manager").experience
    # "at least four to five years": a floor, not a range with a ceiling.
    assert (senior.in_product.low, senior.in_product.high) == (4, None)


def test_no_experience_floor_that_no_article_gives(catalog):
    stated = {"senior-product-manager", "head-of-product", "chief-product-officer"}
    for role in catalog.roles.values():
        span = role.experience
        has_years = any(
            v is not None
            for v in (span.in_product.low, span.in_product.high, span.leading.low, span.leading.high)
        )
        assert has_years == (role.id in stated), role.id


def test_every_reference_resolves(catalog):
    for role in catalog.roles.values():
        for other in (*role.reports_to, *role.manages, *(s.to for s in role.next_steps)):
            assert other in catalog.roles, (role.id, other)
        cited = [r.source for r in role.responsibilities] + [s.source for s in role.salaries]
        cited += list(role.sources) + list(role.experience.sources)
        cited += [s for note in role.title_notes for s in note.sources]
        for source_id in filter(None, cited):
            assert source_id in catalog.sources, (role.id, source_id)
    for ladder in catalog.ladders:
        assert all(role_id in catalog.roles for role_id in ladder.roles)


def test_ladders_line_up_by_level(catalog):
    by_id = {ladder.id: ladder for ladder in catalog.ladders}
    for ladder_id in ("individual-contributor", "management"):
        levels = [catalog.role(r).level for r in by_id[ladder_id].roles]
        assert levels == sorted(levels) and len(set(levels)) == len(levels)
    assert catalog.role("principal-product-manager").level == catalog.role("group-product-manager").level
    assert {catalog.role(r).track for r in by_id["individual-contributor"].roles} == {Track.IC}


def test_contradictions_are_recorded_not_hidden(catalog):
    notes = " ".join(n.text for n in catalog.role("vp-of-product").title_notes)
    assert "slightly below" in notes and "same job" in notes
    head_notes = " ".join(n.text for n in catalog.role("head-of-product").title_notes)
    assert "Director" in head_notes and "small companies" in head_notes
    assert any("VP of Product" in n.text for n in catalog.role("chief-product-officer").title_notes)
    director = " ".join(n.text for n in catalog.role("director-of-product-management").title_notes)
    assert "two levels below the CPO" in director and "CEO or CFO" in director
    assert "hands-on" in head_notes
    assert "start-up" in " ".join(n.text for n in catalog.role("chief-product-officer").title_notes)


def test_every_promotion_has_advice(catalog):
    for role in catalog.roles.values():
        for step in role.next_steps:
            assert len(step.advice.split()) >= 6, (role.id, step.to)


def _runs(text: str, size: int = 10) -> set[tuple[str, ...]]:
    tokens = re.findall(r"[a-z0-9$,.]+", text.lower().replace("’", "'"))
    tokens = [t.strip(".,") for t in tokens if t.strip(".,")]
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _prose(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.name == "sources.toml":
        # A citation quotes the article's own title on purpose; that is not copied prose.
        text = re.sub(r'(?m)^title = ".*"$', "", text)
    return text


def test_no_ten_word_run_is_copied_from_the_articles():
    if not SEEDS.is_dir():
        pytest.skip(
            f"source articles not found at {SEEDS}: they sit beside the repository only in the "
            "maintainers' workspace (../shared/seeds), so the copy check runs there and in CI"
        )
    seed_runs = set().union(*(_runs(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")))
    copied = [
        f"{path.name}: {' '.join(run)}"
        for path in sorted(shipped_content_dir().rglob("*.toml"))
        for run in sorted(_runs(_prose(path)) & seed_runs)
    ]
    assert not copied, "copied from the articles:\n" + "\n".join(copied)
