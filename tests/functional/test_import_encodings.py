"""An import that is not UTF-8 is never turned into mojibake silently."""

from __future__ import annotations

from explorer.cli import main

ROWS = "title,responsibility\nChef de produit,Définir la stratégie produit\n"


def test_windows_1252_is_read_with_a_warning(tmp_path, capsys):
    sheet = tmp_path / "fr.csv"
    sheet.write_bytes(ROWS.encode("cp1252"))
    assert main(["import", str(sheet), "--out", str(tmp_path / "fr")]) == 0
    err = capsys.readouterr().err
    assert "not UTF-8 (first at line 2); read as Windows-1252" in err
    assert "Définir la stratégie" in "".join(p.read_text() for p in (tmp_path / "fr").rglob("*.toml"))


def test_neither_utf8_nor_windows_1252_is_refused_in_one_line(tmp_path, capsys):
    sheet = tmp_path / "jp.csv"
    sheet.write_bytes("title,responsibility\nプロダクトマネージャー,戦略\n".encode("shift_jis"))
    assert main(["import", str(sheet), "--out", str(tmp_path / "jp")]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "neither UTF-8 nor Windows-1252" in err
    assert not (tmp_path / "jp").exists()
