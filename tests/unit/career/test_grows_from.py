"""A duty that grows from a lower role's duty pairs with it in compare and is "same work" in gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.career.compare import MAX_GROWTH_CHAIN, compare_roles, title_notes
from explorer.core.career.gap import BIGGER_SCOPE, SMALLER_SCOPE, role_gap
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Catalog

SOURCES = '[[sources]]\nid = "s"\npublisher = "Pub A"\ntitle = "T"\ndate = "2024"\n'


def role(folder: Path, role_id: str, level: int, duties: list[tuple[str, str, str]], extra: str = "") -> None:
    body = "".join(
        f'\n[[responsibilities]]\nid = "{d}"\ntext = "{text}"\narea = "customers"\n'
        + (f'grows_from = "{grows}"\n' if grows else "")
        for d, text, grows in duties
    )
    (folder / f"{role_id}.toml").write_text(
        f'id = "{role_id}"\ntitle = "{role_id.upper()}"\ntrack = "individual-contributor"\nlevel = {level}\n'
        f'summary = "S."\nsources = ["s"]\n{extra}{body}',
        encoding="utf-8",
    )


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    role(
        tmp_path,
        "pm",
        2,
        [
            ("feedback", "Gather customer feedback and shape features with it.", ""),
            ("specs", "Write the specifications engineers build from.", ""),
            ("pricing", "Set prices for the new plan.", ""),
        ],
        '\n[[next_steps]]\nto = "spm"\nkind = "promotion"\nadvice = "Take bigger features on as you grow."\n'
        '\n[[title_notes]]\ntext = "Often confused with the Product Owner."\nsources = ["s"]\n',
    )
    role(
        tmp_path,
        "spm",
        3,
        [
            ("feedback-area", "Run discovery for a whole area.", "pm#feedback"),
            ("specs-area", "Set the direction several squads build toward.", "pm#specs"),
            ("mentor", "Coach newer colleagues.", ""),
        ],
        '\n[[title_notes]]\ntext = "Small companies skip this level."\neditorial = true\n',
    )
    role(tmp_path, "principal", 4, [("strategy", "Own the strategy of a product line.", "spm#feedback-area")])
    result = load_catalog([tmp_path])
    assert result.ok, [str(p) for p in result.problems]
    return result.catalog


def test_compare_pairs_duties_linked_by_grows_from_whatever_their_words(catalog):
    comparison = compare_roles(catalog, catalog.role("pm"), catalog.role("spm"))
    grows = comparison.rows_of("grows")
    assert [(r.left.id, r.right.id, r.grows) for r in grows] == [
        ("feedback", "feedback-area", "right"),
        ("specs", "specs-area", "right"),
    ]
    assert [r.left.id for r in comparison.rows_of("left-only")] == ["pricing"]
    assert [r.right.id for r in comparison.rows_of("right-only")] == ["mentor"]
    swapped = comparison.swapped(catalog)
    assert [(r.left.id, r.right.id, r.grows) for r in swapped.rows_of("grows")] == [
        ("feedback-area", "feedback", "left"),
        ("specs-area", "specs", "left"),
    ]


def test_a_chain_of_grows_from_links_pairs_across_two_levels(catalog):
    comparison = compare_roles(catalog, catalog.role("pm"), catalog.role("principal"))
    assert [(r.left.id, r.right.id) for r in comparison.rows_of("grows")] == [("feedback", "strategy")]


def test_gap_lists_grown_duties_as_same_work_not_leave_behind(catalog):
    gap = role_gap(catalog, catalog.role("pm"), catalog.role("spm"))
    assert [i.text for i in gap.section(BIGGER_SCOPE)] == [
        "Gather customer feedback and shape features with it. → Run discovery for a whole area.",
        "Write the specifications engineers build from. → Set the direction several squads build toward.",
    ]
    assert gap.section(BIGGER_SCOPE)[0].responsibility == "spm#feedback-area"
    assert [i.text for i in gap.section("Leave behind")] == ["Set prices for the new plan."]
    down = role_gap(catalog, catalog.role("spm"), catalog.role("pm"))
    assert len(down.section(SMALLER_SCOPE)) == 2 and down.section(BIGGER_SCOPE) == []
    assert down.section(SMALLER_SCOPE)[0].step_text.startswith("Narrow to: ")


def test_compare_and_gap_carry_the_title_notes_of_both_roles(catalog):
    comparison = compare_roles(catalog, catalog.role("pm"), catalog.role("spm"))
    assert [n.describe() for n in comparison.title_notes] == [
        "PM: Often confused with the Product Owner. (Pub A)",
        "SPM: Our reading: Small companies skip this level.",
    ]
    gap = role_gap(catalog, catalog.role("pm"), catalog.role("spm"))
    assert gap.title_notes == comparison.title_notes
    assert title_notes(catalog, catalog.role("pm"), catalog.role("pm")) == comparison.title_notes[:1]


def test_a_loop_of_grows_from_links_ends(tmp_path):
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    role(tmp_path, "a", 2, [("x", "Do x.", "b#y")])
    role(tmp_path, "b", 3, [("y", "Do y.", "a#x")])
    catalog = load_catalog([tmp_path]).catalog
    comparison = compare_roles(catalog, catalog.role("a"), catalog.role("b"))
    assert len(comparison.rows_of("grows")) == 1
    assert MAX_GROWTH_CHAIN >= 10
