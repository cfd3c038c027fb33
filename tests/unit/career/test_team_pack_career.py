"""A team's pack beside the shipped library: routes through equivalences, ladders by their own grades."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.career.compare import compare_roles
from explorer.core.career.gap import role_gap
from explorer.core.career.ladder import ladders_for
from explorer.core.career.rungs import ALL, ladder_views, rungs
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import MoveKind
from explorer.locations import shipped_content_dir

TEAM = Path(__file__).parents[2] / "data" / "team"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([shipped_content_dir(), TEAM]).catalog


def test_the_gap_from_a_shipped_role_routes_through_an_equivalence(catalog):
    gap = role_gap(catalog, catalog.role("product-manager"), catalog.role("nw-principal-pm"))
    assert gap.crosses_packs
    kinds = [move.step.kind for move in gap.path]
    assert MoveKind.EQUIVALENT in kinds and kinds[-1] is MoveKind.PROMOTION
    route = [item.text for item in gap.section("Route")]
    assert any("≈" in text and "across packs" in text and "Northwind declares" in text for text in route)
    assert gap.titles == ("Product Manager", "Principal Product Manager · Northwind")


def test_without_the_equivalence_there_is_no_route(catalog):
    gap = role_gap(catalog, catalog.role("nw-principal-pm"), catalog.role("associate-product-manager"))
    assert gap.path is None and not gap.crosses_packs


def test_compare_says_when_two_roles_are_declared_the_same_job(catalog):
    comparison = compare_roles(catalog, catalog.role("senior-product-manager"), catalog.role("nw-senior-pm"))
    assert comparison.titles == (
        "Senior Product Manager · Shipped library",
        "Senior Product Manager · Northwind",
    )
    assert comparison.notes == (
        "Declared the same job: Senior Product Manager · Shipped library ≈ Senior Product Manager · Northwind.",
    )
    other = compare_roles(catalog, catalog.role("product-manager"), catalog.role("nw-senior-pm"))
    assert other.notes == (
        "Product Manager is declared the same job as Intermediate Product Manager in Northwind.",
        "Senior Product Manager · Northwind is declared the same job as Senior Product Manager · Shipped library in Shipped library.",
    )


def test_each_pack_is_a_view_and_all_lines_up_only_mapped_packs(catalog):
    views = {view.key: view for view in ladder_views(catalog)}
    assert list(views) == ["library", "northwind", ALL]
    assert views["northwind"].by_grade and not views["library"].by_grade
    assert [ladder.id for ladder in views["northwind"].ladders] == ["northwind-ic", "northwind-management"]
    assert {ladder.pack for ladder in views[ALL].ladders} == {"library", "northwind"}
    assert views[ALL].left_out == ()


def test_a_pack_alone_uses_its_own_grades_and_the_ungraded_cpo_sits_on_top(catalog):
    view = next(v for v in ladder_views(catalog) if v.key == "northwind")
    placed = rungs(catalog, view)
    labels = [placed.label(row) for row in placed.rows()]
    assert labels == ["", "12", "11", "10", "9", "8", "7"]
    assert placed.position["nw-cpo"] > placed.position["nw-vp-product"]
    assert placed.position["nw-principal-pm"] == placed.position["nw-group-manager"]


def test_all_packs_line_up_on_the_shared_levels_as_declared(catalog):
    view = next(v for v in ladder_views(catalog) if v.key == ALL)
    placed = rungs(catalog, view)
    assert placed.position["nw-senior-pm"] == placed.position["senior-product-manager"] == 3.0
    assert placed.position["nw-vp-product"] == placed.position["vp-of-product"] == 7.0
    assert placed.label(3.0) == "3"


def test_a_pack_without_a_mapping_is_left_out_of_all(tmp_path):
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'
    )
    (tmp_path / "pack.toml").write_text('id = "solo"\nname = "Solo"\n')
    (tmp_path / "x.toml").write_text(
        'id = "x"\ntitle = "X"\ntrack = "management"\ngrade = "M2"\nsummary = "S."\nsources = ["s"]\n'
    )
    catalog = load_catalog([shipped_content_dir(), tmp_path]).catalog
    views = {view.key: view for view in ladder_views(catalog)}
    assert views[ALL].left_out == ("Solo",)
    assert all(ladder.pack == "library" for ladder in views[ALL].ladders)
    assert [ladder.name for ladder in views["solo"].ladders] == ["Management (other roles) · Solo"]
    assert rungs(catalog, views["solo"]).label(0.0) == "M2"


def test_loose_roles_get_a_ladder_in_their_own_pack(catalog):
    assert all(ladder.pack for ladder in ladders_for(catalog))
