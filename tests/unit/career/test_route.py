"""The route between two roles follows the ladder: promotions before sideways moves."""

import itertools

import pytest

from explorer.cli import main
from explorer.core.career.gap import role_gap
from explorer.core.career.ladder import ladder_route, next_moves, shortest_path
from explorer.core.content.library import load_library
from explorer.core.content.model import MoveKind


@pytest.fixture(scope="module")
def catalog():
    return load_library(include_user=False).catalog


def _promotions_reach(catalog, start, goal) -> bool:
    seen, todo = {start.id}, [start]
    while todo:
        for move in next_moves(catalog, todo.pop()):
            if move.step.kind is MoveKind.PROMOTION and move.target.id not in seen:
                seen.add(move.target.id)
                todo.append(move.target)
    return goal.id in seen


def test_a_pm_aiming_at_director_climbs_the_management_ladder(catalog):
    route = ladder_route(
        catalog, catalog.role("product-manager"), catalog.role("director-of-product-management")
    )
    assert [m.step.kind for m in route] == [MoveKind.PROMOTION] * len(route)
    assert [m.target.id for m in route][:2] == ["senior-product-manager", "group-product-manager"]
    assert route[-1].target.id == "director-of-product-management"


def test_every_pair_of_roles(catalog):
    """A route exists exactly when the shortest one does; it is sideways only where no climb
    of promotions gets there; it never has more sideways moves than the shortest route."""
    roles = catalog.sorted_roles()
    for start, goal in itertools.permutations(roles, 2):
        route, shortest = ladder_route(catalog, start, goal), shortest_path(catalog, start, goal)
        assert (route is None) == (shortest is None), (start.id, goal.id)
        if route is None:
            continue
        assert route[0].origin.id == start.id and route[-1].target.id == goal.id
        assert all(a.target.id == b.origin.id for a, b in itertools.pairwise(route))
        laterals = sum(m.step.kind is MoveKind.LATERAL for m in route)
        assert laterals <= sum(m.step.kind is MoveKind.LATERAL for m in shortest)
        if _promotions_reach(catalog, start, goal):
            assert laterals == 0, (start.id, goal.id)


def test_the_gap_counts_no_route_as_none(catalog, capsys):
    gap = role_gap(catalog, catalog.role("chief-product-officer"), catalog.role("associate-product-manager"))
    assert gap.count("Route") == 0 and len(gap.section("Route")) == 1
    assert main(["gap", "cpo", "apm"]) == 0
    assert "Route (0)" in capsys.readouterr().out


def test_fewest_moves_is_there_when_asked_for(capsys):
    assert main(["gap", "pm", "director of product management", "--fewest-moves"]) == 0
    fewest = capsys.readouterr().out
    assert main(["gap", "pm", "director of product management"]) == 0
    ladder = capsys.readouterr().out
    assert "lateral" in fewest and "lateral" not in ladder.split("Take on")[0]
