"""Role names typed with the abbreviations of their words: "sr pm", "grp pm", "dir of product"."""

import pytest

from explorer.core.content.library import load_library
from explorer.core.content.resolve import find_role, rank_roles
from explorer.core.content.role_names import normal_words


@pytest.fixture(scope="module")
def catalog():
    return load_library(include_user=False).catalog


def test_abbreviations_are_spelled_out():
    assert normal_words("Sr. PM") == ("senior", "product", "manager")
    assert normal_words("VP of Product") == ("vice", "president", "of", "product")
    assert normal_words("PMM") == ("pmm",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("group pm", "group-product-manager"),
        ("grp pm", "group-product-manager"),
        ("sr pm", "senior-product-manager"),
        ("staff pm", "principal-product-manager"),  # the alias an article gives that level
        ("lead pm", "group-product-manager"),
        ("dir of product", "director-of-product-management"),
        ("product mgr", "product-manager"),
    ],
)
def test_an_abbreviated_name_finds_its_role(catalog, typed, expected):
    assert find_role(catalog, typed).id == expected


def test_lead_pm_does_not_suggest_the_ai_pm(catalog):
    ranked = [role.id for role in rank_roles(catalog, "lead pm")]
    assert ranked[0] == "group-product-manager" and "ai-product-manager" not in ranked[:2]
