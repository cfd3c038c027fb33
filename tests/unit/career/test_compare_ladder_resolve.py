import itertools

import pytest

from explorer.core.career.compare import compare_roles, pair_responsibilities
from explorer.core.career.ladder import (
    ladders_containing,
    ladders_for,
    next_moves,
    previous_moves,
    shortest_path,
)
from explorer.core.content.library import load_library
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import Area, Responsibility
from explorer.core.content.resolve import UnknownRole, find_role


@pytest.fixture(scope="module")
def catalog():
    return load_library(include_user=False).catalog


def r(rid: str, text: str) -> Responsibility:
    return Responsibility(rid, text, Area.STRATEGY)


def test_pairs_similar_responsibilities_and_keeps_the_rest():
    rows = pair_responsibilities(
        (r("a", "Own the product roadmap for the year"), r("b", "Write weekly churn reports")),
        (r("x", "Own the product roadmap for the quarter"), r("y", "Hire and coach designers")),
    )
    kinds = [(row.kind, row.left and row.left.id, row.right and row.right.id) for row in rows]
    assert kinds == [("shared", "a", "x"), ("left-only", "b", None), ("right-only", None, "y")]


def test_each_responsibility_is_paired_at_most_once():
    rows = pair_responsibilities(
        (r("a", "manage budget"), r("b", "manage budget now")), (r("x", "manage budget"),)
    )
    assert [row.kind for row in rows] == ["shared", "left-only"]
    assert rows[0].left.id == "a"


def test_compare_senior_pm_with_director_shows_differences(catalog):
    comparison = compare_roles(
        catalog, catalog.role("senior-product-manager"), catalog.role("director-of-product-management")
    )
    facts = {f.label: f for f in comparison.facts}
    assert facts["Track"].differs and facts["Level"].left == "level 3" and facts["Level"].right == "level 6"
    assert comparison.rows_of("left-only") and comparison.rows_of("right-only")
    swapped = comparison.swapped(catalog)
    assert swapped.left.id == "director-of-product-management"
    assert len(swapped.rows_of("shared")) == len(comparison.rows_of("shared"))


def test_find_role_by_id_title_alias_any_case(catalog):
    assert find_role(catalog, "head-of-product").id == "head-of-product"
    assert find_role(catalog, "HEAD OF PRODUCT").id == "head-of-product"
    assert find_role(catalog, "hop").id == "head-of-product"
    assert find_role(catalog, "  chief   product officer ").id == "chief-product-officer"


def test_unknown_role_suggests_the_closest(catalog):
    with pytest.raises(UnknownRole) as error:
        find_role(catalog, "head of prodct")
    assert error.value.suggestion.id == "head-of-product"
    assert "did you mean 'Head of Product' (head-of-product)?" in str(error.value)
    with pytest.raises(UnknownRole) as error:
        find_role(catalog, "xqzv")
    assert error.value.suggestion is None


def test_shortest_path_follows_next_steps(catalog):
    path = shortest_path(catalog, catalog.role("product-manager"), catalog.role("chief-product-officer"))
    assert [m.target.id for m in path][-1] == "chief-product-officer"
    assert path[0].origin.id == "product-manager"
    assert all(a.target.id == b.origin.id for a, b in itertools.pairwise(path))
    assert (
        shortest_path(catalog, catalog.role("chief-product-officer"), catalog.role("product-manager")) is None
    )
    assert shortest_path(catalog, catalog.role("product-manager"), catalog.role("product-manager")) == []


def test_ladders_cover_every_role_and_moves_go_both_ways(catalog):
    covered = {role_id for ladder in ladders_for(catalog) for role_id in ladder.roles}
    assert covered == set(catalog.roles)
    assert [l.id for l in ladders_containing(catalog, "principal-product-manager")] == [
        "individual-contributor"
    ]
    targets = {m.target.id for m in next_moves(catalog, catalog.role("senior-product-manager"))}
    assert targets == {"principal-product-manager", "group-product-manager"}
    origins = {m.origin.id for m in previous_moves(catalog, catalog.role("senior-product-manager"))}
    assert "product-manager" in origins


def test_roles_outside_any_ladder_get_a_track_ladder(data_dir):
    catalog = load_catalog([data_dir / "broken"]).catalog
    names = [l.name for l in ladders_for(catalog)]
    assert "Adjacent (other roles)" in names
