"""Examples, importance and watch-outs where a person uses them: readiness, gap, brief, role page."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from explorer.core.career.gap import role_gap
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Catalog
from explorer.core.content.role_markdown import role_markdown
from explorer.core.plans.brief import transition_brief
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import add_evidence, assess, role_readiness
from explorer.locations import shipped_content_dir

HOSTILE = "[b]not bold[/b] \x1b[2J *star* \u202e"
TARGET = "head-of-product"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The shipped library, its head of product given core items, examples and watch-outs."""
    shipped = load_catalog([shipped_content_dir()]).catalog
    head = shipped.roles[TARGET]
    duties = list(head.responsibilities)
    duties[-1] = replace(duties[-1], importance="core", examples=("Wrote the strategy memo.", HOSTILE))
    duties[-2] = replace(duties[-2], importance="core")
    duties[0] = replace(duties[0], importance="supporting")
    head = replace(head, responsibilities=tuple(duties), watch_outs=("Hoards decisions.", HOSTILE))
    return replace(shipped, roles={**shipped.roles, TARGET: head})


def test_readiness_counts_core_before_the_total(catalog):
    head = catalog.roles[TARGET]
    core = [r for r in head.responsibilities if r.is_core]
    plan = Plan("Test", current_role="product-manager", target_role=TARGET)
    plan = assess(plan, f"{TARGET}#{core[0].id}", Readiness.EVIDENCED, core[0].text, core[0].area.value)
    readiness = role_readiness(plan, head)
    total = len(head.responsibilities)
    assert readiness.counts().summary().startswith(f"1 of 2 core evidenced; 1 of {total} responsibilities")
    assert readiness.row(f"{TARGET}#{core[1].id}").examples == ("Wrote the strategy memo.", HOSTILE)
    shipped = load_catalog([shipped_content_dir()]).catalog
    plain = role_readiness(plan, shipped.roles[TARGET]).counts().summary()
    assert "core" not in plain  # a pack that marks nothing reads as before


def test_the_gap_lists_core_items_first(catalog):
    gap = role_gap(catalog, catalog.roles["product-manager"], catalog.roles[TARGET])
    take_on = gap.section("Take on")
    flags = [item.core for item in take_on]
    assert flags == sorted(flags, reverse=True) and flags.count(True) == 2


def test_the_brief_names_core_items_and_the_watch_outs(catalog):
    plan = Plan("Test", current_role="product-manager", target_role=TARGET)
    plan, _ = add_evidence(plan, Evidence("e1", dt.date(2026, 1, 2), "Led the offsite"))
    brief = transition_brief(plan, catalog, [], today=dt.date(2026, 1, 3))
    assert "## Watch-outs for Head of Product" in brief and "- Hoards decisions." in brief
    assert "\\[b\\]not bold\\[/b\\]" in brief and "\x1b" not in brief and "\u202e" not in brief
    assert brief.count("(core)") == 2


def test_the_role_markdown_has_examples_and_watch_outs(catalog):
    text = role_markdown(catalog, catalog.roles[TARGET])
    assert "  - e.g. Wrote the strategy memo." in text and "## Watch-outs" in text
    assert "\x1b" not in text
