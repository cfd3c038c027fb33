"""Packs: a team's own grades and labels, the shipped library as a pack, and warnings that don't block."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.content.resolve import AmbiguousRole, find_role
from explorer.locations import shipped_content_dir


@pytest.fixture(scope="module")
def result():
    return load_catalog([shipped_content_dir(), Path(__file__).parents[2] / "data" / "team"], advise=True)


def test_the_team_pack_validates_with_only_shared_title_and_grounding_warnings(result):
    assert result.ok, result.problems
    others = [w for w in result.warnings if "pinpoint" not in str(w)]
    assert len(others) == 5
    assert all("is also used by" in str(w) and "/team/" in str(w) for w in others)


def test_the_shipped_library_is_a_pack(result):
    assert list(result.catalog.packs) == ["library", "northwind"]
    assert result.catalog.packs["library"].name == "Shipped library"
    assert result.catalog.role("vp-of-product").pack == "library"


def test_roles_keep_their_grade_and_take_their_level_from_the_pack_mapping(result):
    catalog = result.catalog
    senior = catalog.role("nw-senior-pm")
    assert (senior.grade, senior.level, senior.rank) == ("8", 3, "grade 8 · level 3")
    vp = catalog.role("nw-vp-product")
    assert (vp.grade, vp.level) == ("12", 7)
    cpo = catalog.role("nw-cpo")
    assert (cpo.grade, cpo.level, cpo.rank) == ("", None, "ungraded")
    assert catalog.packs["northwind"].grade_rank("10") == 3


def test_a_pack_without_a_pack_file_keeps_working(data_dir):
    catalog = load_catalog([data_dir / "minimal"]).catalog
    alpha = catalog.role("alpha")
    assert (alpha.level, alpha.grade, alpha.pack, alpha.rank) == (1, "", "minimal", "level 1")
    assert catalog.packs["minimal"].name == "minimal"


def test_grades_written_as_text_or_numbers(tmp_path):
    (tmp_path / "pack.toml").write_text('id = "acme"\nname = "Acme"\n[[grades]]\nlabel = "L5"\nlevel = 3\n')
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'
    )
    for role_id, grade in (("a", '"L5"'), ("b", "62"), ("c", '"M2"')):
        (tmp_path / f"{role_id}.toml").write_text(
            f'id = "{role_id}"\ntitle = "Role {role_id}"\ntrack = "management"\ngrade = {grade}\nsummary = "S."\nsources = ["s"]\n'
        )
    result = load_catalog([tmp_path], advise=True)
    assert result.ok
    roles = result.catalog.roles
    assert [(roles[r].grade, roles[r].level) for r in "abc"] == [("L5", 3), ("62", None), ("M2", None)]
    assert sorted(w.message for w in result.warnings) == [
        "warning: grade '62' is not in the pack's grades (L5)",
        "warning: grade 'M2' is not in the pack's grades (L5)",
    ]


def test_equivalents_are_symmetric(result):
    catalog = result.catalog
    assert [r.id for r in catalog.equivalents(catalog.role("senior-product-manager"))] == ["nw-senior-pm"]
    assert [r.id for r in catalog.equivalents(catalog.role("nw-senior-pm"))] == ["senior-product-manager"]


def test_shared_titles_carry_the_pack_name(result):
    catalog = result.catalog
    assert catalog.display_title(catalog.role("nw-senior-pm")) == "Senior Product Manager · Northwind"
    assert (
        catalog.display_title(catalog.role("senior-product-manager"))
        == "Senior Product Manager · Shipped library"
    )
    assert catalog.display_title(catalog.role("nw-director")) == "Director of Product"


def test_an_ambiguous_name_lists_the_candidates(result):
    with pytest.raises(AmbiguousRole) as raised:
        find_role(result.catalog, "vp of product")
    assert [r.id for r in raised.value.candidates] == ["vp-of-product", "nw-vp-product"]
    assert "VP of Product (Northwind): nw-vp-product" in str(raised.value)


@pytest.mark.parametrize(
    "query, role_id",
    [
        ("nw-vp-product", "nw-vp-product"),
        ("northwind:VP of Product", "nw-vp-product"),
        ("library: vp of product", "vp-of-product"),
        ("Senior Principal Product Manager", "nw-senior-principal-pm"),
    ],
)
def test_ids_and_pack_prefixes_pick_one_role(result, query, role_id):
    assert find_role(result.catalog, query).id == role_id


def write_role(folder: Path, role_id: str, extra: str = "", level: int = 2) -> None:
    (folder / f"{role_id}.toml").write_text(
        f'id = "{role_id}"\ntitle = "{role_id.title()}"\ntrack = "management"\nlevel = {level}\nsummary = "S."\n'
        f'sources = ["s"]\n{extra}'
    )


def test_warnings_for_reporting_lines_and_repeated_duties(tmp_path):
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'
    )
    write_role(tmp_path, "boss", 'reports_to = ["worker"]\n', level=5)
    write_role(tmp_path, "worker", 'reports_to = ["boss"]\n', level=6)
    duty = '[[responsibilities]]\nid = "{}"\ntext = "Own  the roadmap."\narea = "strategy"\n'
    write_role(tmp_path, "repeat", duty.format("a") + duty.format("b").replace("Own  the", "own the"))
    result = load_catalog([tmp_path], advise=True)
    assert result.ok
    messages = sorted(w.message for w in result.warnings if "pinpoint" not in w.message)
    assert messages == [
        "warning: reports_to 'boss' at level 5, below this role's level 6",
        "warning: reports_to 'boss', but 'boss' is also listed as reporting to this role",
        "warning: reports_to 'worker', but 'worker' is also listed as reporting to this role",
        "warning: responsibility 'b' repeats 'a' word for word",
    ]


def test_the_shipped_library_has_no_warnings():
    # Every fact of the library has a pinpoint or is editorial, so none is warned about either.
    assert load_catalog([shipped_content_dir()], advise=True).warnings == ()
