"""Every fact of the shipped library points at the words of its article that say it, or is editorial."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from explorer.core.content.grounding import citations, facts, found_in, normal_words
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Catalog
from explorer.locations import shipped_content_dir

# The articles live beside the repository, never in it; EXPLORER_SEEDS points elsewhere (a worktree).
SEEDS = Path(os.environ.get("EXPLORER_SEEDS") or Path(__file__).resolve().parents[4] / "shared" / "seeds")

# Which copy in ../shared/seeds each article source stands for. Kept here, not in content/, because
# readers never see the copies (see test_no_internal_labels_reach_a_reader). A publisher quoted by an
# article names that article with `quoted_in` in sources.toml.
ARTICLE_SEEDS = {
    "article-hop-duties": "000_4d8c2318d4f8f12d.txt",
    "product-factory": "001_9259cbe622b2500c.txt",
    "article-hop-career": "002_2e9ac7b3778cf8f8.txt",
    "article-director-path": "003_819542ed7ec94192.txt",
    "article-cpo-ladder": "004_d0c8aeb0ef584c14.txt",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([shipped_content_dir()]).catalog


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(
            f"source articles not found at {SEEDS}: they sit beside the repository only in the "
            "maintainers' workspace (../shared/seeds), so the pinpoint check runs there and in CI"
        )
    return {
        source: normal_words((SEEDS / name).read_text(encoding="utf-8"))
        for source, name in ARTICLE_SEEDS.items()
    }


def article_of(catalog: Catalog, source_id: str) -> str | None:
    """The article whose words back a source: itself, or the article that quotes its publisher."""
    source = catalog.source(source_id)
    if source is None:
        return None
    return source.id if source.id in ARTICLE_SEEDS else (source.quoted_in or None)


def test_every_pinpoint_stands_in_an_article_the_fact_cites(catalog, articles):
    wrong = []
    checked = 0
    for role in catalog.sorted_roles():
        for item in facts(role):
            cited = [article_of(catalog, source) for source in citations(item.fact)]
            texts = [articles[a] for a in cited if a in articles]
            # One pinpoint per cited source, in the sources' order: each in its own source's article.
            paired = len(cited) > 1 and len(item.fact.pinpoint) == len(cited)
            for index, pinpoint in enumerate(item.fact.pinpoint):
                checked += 1
                where_to_look = [articles.get(cited[index] or "", "")] if paired else texts
                if not any(found_in(pinpoint, text) for text in where_to_look):
                    where = ".".join(map(str, item.key_path))
                    wrong.append(
                        f"{role.id} {where}: {pinpoint!r} not in {', '.join(filter(None, cited)) or 'any cited article'}"
                    )
    assert wrong == [], f"{len(wrong)} of {checked} pinpoints not found:\n" + "\n".join(wrong)
