"""How much of the shipped library rests on its articles: 85% of facts pinpointed, the rest editorial."""

from __future__ import annotations

import pytest
from tests.unit.content.test_pinpoints import ARTICLE_SEEDS, article_of

from explorer.core.content.grounding import citations, facts
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Catalog
from explorer.locations import shipped_content_dir

SHARE_PINPOINTED = 0.85


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([shipped_content_dir()]).catalog


def test_every_cited_source_is_an_article_or_quoted_in_one(catalog):
    cited = {
        source for role in catalog.roles.values() for item in facts(role) for source in citations(item.fact)
    }
    assert {s for s in cited if article_of(catalog, s) not in ARTICLE_SEEDS} == set()


def test_most_facts_carry_a_pinpoint_and_the_rest_are_editorial(catalog):
    every = [(role.id, item) for role in catalog.sorted_roles() for item in facts(role)]
    pinpointed = [pair for pair in every if pair[1].fact.pinpoint]
    neither = [
        f"{role_id} {'.'.join(map(str, item.key_path))}"
        for role_id, item in every
        if not item.fact.pinpoint and not item.fact.editorial
    ]
    share = len(pinpointed) / len(every)
    assert neither == [], f"{len(neither)} of {len(every)} facts have neither pinpoint nor editorial"
    assert share >= SHARE_PINPOINTED, (
        f"{len(pinpointed)} of {len(every)} facts ({share:.0%}) carry a pinpoint"
    )
