"""Job postings read against the ladder, on postings written for these tests (tests/data/postings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer import locations
from explorer.core.career.posting import (
    MAX_SENTENCES,
    PostingReader,
    plan_fit,
    split_sentences,
)
from explorer.core.content.loader import load_catalog
from explorer.core.search.readings import close_readings

POSTINGS = Path(__file__).parents[2] / "data" / "postings"
HOSTILE = Path(__file__).parents[2] / "data" / "hostile"
# Per class of posting: the role it must read most like.
EXPECTED = {
    "head-of-product.txt": "head-of-product",
    "head-of-product-clinics.txt": "head-of-product",  # worded freely, not line by line: 3 of 10 match
    "apm.txt": "associate-product-manager",
    "senior-pm.txt": "senior-product-manager",
    "product-marketing.txt": "product-marketing-manager",
    "product-owner.txt": "product-owner",
    "gpm.txt": "group-product-manager",
    "director.txt": "director-of-product-management",
    "vp.txt": "vp-of-product",
    "principal.txt": "principal-product-manager",
}


@pytest.fixture(scope="module")
def reader():
    catalog = load_catalog([locations.shipped_content_dir()]).catalog
    return PostingReader(catalog, close_readings(catalog))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_posting_reads_most_like_its_role(reader, name):
    reading = reader.read((POSTINGS / name).read_text(encoding="utf-8"))
    assert reading.roles[0].role.id == EXPECTED[name]
    assert reading.roles[0].evidence and all(m.shared for m in reading.roles[0].evidence)


@pytest.mark.parametrize("name", ["head-of-product.txt", "head-of-product-clinics.txt"])
def test_the_head_of_product_ad_reads_like_management_at_that_level(reader, name):
    reading = reader.read((POSTINGS / name).read_text(encoding="utf-8"))
    top = reading.roles[0].role
    head = reader.catalog.roles["head-of-product"]
    assert top.track.value == "management" and top.level == head.level
    runner_up = reading.roles[1].score if len(reading.roles) > 1 else 0.0
    assert reading.roles[0].score > 2 * runner_up
    stresses = reading.stresses(reader.catalog)
    assert stresses["people"] >= 1 and sum(stresses.values()) == len(reading.sentences) - len(
        reading.unmatched
    )


def test_one_shared_word_is_not_a_match(reader):
    """ "Manager" alone (a job title) does not match the skill "Managing product managers"."""
    found = reader.matches(0, "Associate Product Manager, payments squad (invented)")
    assert not [m for m in found if m.doc.text == "Managing product managers"]


def test_nothing_recognisable_matches_nothing(reader):
    reading = reader.read((POSTINGS / "nothing.txt").read_text(encoding="utf-8"))
    assert not reading.matches and not reading.roles and reading.unmatched


def test_plan_fit_splits_have_and_new(reader):
    reading = reader.read((POSTINGS / "senior-pm.txt").read_text(encoding="utf-8"))
    refs = [m.ref for m in reading.matches if m.ref]
    fit = plan_fit(reading, {refs[0]: "evidenced"})
    assert fit.have and fit.have[0][1] == refs[0]
    assert fit.new and not set(fit.new) & {s for s, _ in fit.have}


def test_sentences_bullets_and_bounds():
    sentences, cut = split_sentences(
        "About us\n- Own the roadmap for payments and billing. Lead three squads!\n• Hire and coach PMs"
    )
    assert (
        sentences == ["Own the roadmap for payments and billing.", "Lead three squads!", "Hire and coach PMs"]
        and not cut
    )
    sentences, cut = split_sentences("Plan the quarterly roadmap. " * (MAX_SENTENCES + 5))
    assert len(sentences) == MAX_SENTENCES and cut


def test_hostile_text_is_read_without_harm(reader):
    for path in HOSTILE.glob("*.toml"):
        reading = reader.read(path.read_text(encoding="utf-8"))
        assert len(reading.sentences) <= MAX_SENTENCES


def test_search_readings_add_spellings(reader):
    assert "prioritis" in reader.sentence_terms(
        "Prioritize the work of several squads"
    )  # as UK lines spell it
