import pytest

from explorer.core.career.gap import SECTIONS, role_gap
from explorer.core.content.library import load_library


@pytest.fixture(scope="module")
def catalog():
    return load_library(include_user=False).catalog


def test_gap_from_pm_to_head_of_product(catalog):
    gap = role_gap(catalog, catalog.role("product-manager"), catalog.role("head-of-product"))
    route = gap.section("Route")
    assert route[0].text.startswith("1. Product Manager → Senior Product Manager, promotion")
    assert route[-1].text.split(",")[0].endswith("Head of Product")
    take_on = gap.section("Take on")
    assert any(item.responsibility == "head-of-product#budget-resources" for item in take_on)
    assert all(item.step_text for item in gap.items)
    assert {item.section for item in gap.items} <= set(SECTIONS)
    experience = gap.section("Experience")[0]
    assert "7+ years in product" in experience.step_text and "3+ years leading" in experience.step_text
    pay = gap.section("Pay")
    assert any("$125,142" in item.text and "Payscale" in item.text for item in pay)


def test_gap_without_a_route_says_so(catalog):
    gap = role_gap(catalog, catalog.role("chief-product-officer"), catalog.role("associate-product-manager"))
    assert gap.path is None
    assert gap.section("Route")[0].text.startswith("No recorded route")
