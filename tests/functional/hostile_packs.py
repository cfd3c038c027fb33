"""A content pack with one file for each hostile case of issue 12, for the CLI and TUI tests."""

from __future__ import annotations

from pathlib import Path

SOURCES = '[[sources]]\nid = "s"\npublisher = "P"\ntitle = "T"\ndate = "2024"\n'


def hostile_pack(folder: Path) -> Path:
    folder.mkdir()
    (folder / "sources.toml").write_text(SOURCES)
    role = (
        'id = "{id}"\ntitle = "{title}"\ntrack = "management"\nlevel = 3\nsummary = "S."\nsources = ["s"]\n'
    )
    (folder / "dotted.toml").write_text(".".join("a" for _ in range(40_000)) + " = 1\n")
    (folder / "wide.toml").write_bytes(role.format(id="wide", title="Wide").encode("utf-16-le"))
    (folder / "inf.toml").write_text(
        role.format(id="inf-role", title="Inf")
        + (
            '[[salary]]\nof = "base"\namount = inf\ncurrency = "USD"\nperiod = "year"\npublisher = "P"\ndate = "2024"\n'
        )
    )
    (folder / "newline.toml").write_text(role.format(id="product-manager\\n", title="Fake PM"))
    (folder / "bidi.toml").write_text(role.format(id="bidi-role", title="\u202eregaNam tcudorP"))
    (folder / "digits.toml").write_text("level = " + "9" * 5000 + "\n")
    duties = "".join(
        f'[[responsibilities]]\nid = "d{i}"\ntext = "Own budget item {i} for the roadmap."\narea = "business"\n'
        for i in range(2_000)
    )
    (folder / "huge-a.toml").write_text(role.format(id="huge-a", title="Huge A") + duties)
    (folder / "huge-b.toml").write_text(role.format(id="huge-b", title="Huge B") + duties)
    (folder / "ladders.toml").write_text(
        '[[ladders]]\nid = "ghosts"\nname = "Ghosts"\ntrack = "management"\nroles = ["nobody"]\n\n'
        '[[ladders]]\nid = "management"\nname = "Replaced"\ntrack = "management"\nroles = ["bidi-role", "huge-a", "huge-b"]\n'
    )
    return folder
