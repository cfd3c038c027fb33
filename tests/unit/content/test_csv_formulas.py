"""CSV export never hands a spreadsheet a formula: cells starting = + - @ tab CR get a ', import removes it."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from explorer.core.content.loader import load_catalog
from explorer.core.content.transfer.from_table import read_table
from explorer.core.content.transfer.to_table import pack_csv
from explorer.locations import shipped_content_dir

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


def hostile_catalog():
    catalog = load_catalog([shipped_content_dir()]).catalog
    role = catalog.roles["product-manager"]
    changed = replace(
        role,
        title=HOSTILE[0],
        summary=HOSTILE[1],
        responsibilities=(replace(role.responsibilities[0], text=HOSTILE[2]), *role.responsibilities[1:]),
        skills=(HOSTILE[3], "Plain skill"),
    )
    return replace(catalog, roles={**catalog.roles, role.id: changed})


def test_no_exported_cell_starts_like_a_formula():
    text = pack_csv(hostile_catalog(), "library")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for value in HOSTILE[:4]:
        assert "'" + value in cells


def test_import_strips_the_prefix_again():
    draft = read_table(pack_csv(hostile_catalog(), "library"), "library.csv")
    (imported,) = [role for role in draft.roles.values() if role.title == HOSTILE[0]]
    assert imported.summary == HOSTILE[1]
    assert HOSTILE[2] in [duty.text for duty in imported.duties]
    assert HOSTILE[3] in imported.skills


def test_a_cell_that_only_starts_with_a_quote_is_kept():
    draft = read_table("title,summary\n'quoted title,'plain\n", "x.csv")
    (role,) = draft.roles.values()
    assert role.title == "'quoted title"
