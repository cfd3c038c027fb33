"""Hostile or mistaken packs: each is refused or warned about in one line, quickly, and the rest still loads."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

import pytest

from explorer.core.common.textsafe import clean
from explorer.core.content.hostile import Refusal, screen_structure, wide_encoding
from explorer.core.content.loader import load_catalog
from explorer.locations import shipped_content_dir

ROLE = """id = "{id}"
title = "{title}"
track = "individual-contributor"
level = 2
summary = "A role."
sources = ["fixture"]
"""
SOURCES = '[[sources]]\nid = "fixture"\npublisher = "Fixture Press"\ntitle = "Test"\ndate = "2024"\n'


def pack(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / "sources.toml").write_text(SOURCES)
    for name, content in files.items():
        target = folder / name
        target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content)
    return folder


def lines(result) -> list[str]:
    return [str(p) for p in result.problems]


@pytest.mark.parametrize("parts", [20_000, 40_000])
def test_a_dotted_key_with_thousands_of_parts_is_refused_at_once(tmp_path, parts):
    folder = pack(
        tmp_path,
        {
            "evil.toml": ".".join("a" for _ in range(parts)) + " = 1\n",
            "good.toml": ROLE.format(id="good", title="Good"),
        },
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = load_catalog([folder])
    assert time.perf_counter() - start < 1.0
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KB
    assert lines(result) == [
        f"{folder / 'evil.toml'}:1:1: refused: a dotted key or table name has more than 8 parts"
    ]
    assert "good" in result.catalog.roles


def test_a_short_dotted_key_is_still_read():
    screen_structure("a.b.c.d = 1\n[x.y.z]\nsummary = 'Lead. The. Team. Now. Yes. No. Maybe. So.'\n")


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("".join(f"k{i}=1\n" for i in range(100_000)), "'=' signs (keys)"),
        ("x = [" + "1," * 200_000 + "]\n", "commas (array items)"),
        ("".join(f"[t{i}.u]\n" for i in range(100_000)), "tables and dotted keys"),
        ("x = [" + "{}," * 100_000 + "]\n", "tables and dotted keys"),
    ],
)
def test_dense_structure_is_refused_before_parsing(text, fragment):
    with pytest.raises(Refusal, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        screen_structure(text)


def test_the_shipped_library_passes_the_screen():
    for path in shipped_content_dir().rglob("*.toml"):
        screen_structure(path.read_text(encoding="utf-8"))


def test_thousands_of_wrong_keys_give_a_short_report(tmp_path):
    folder = pack(tmp_path, {"many.toml": "".join(f"key{i} = 1\n" for i in range(5000))})
    problems = lines(load_catalog([folder]))
    assert 20 <= len(problems) <= 30
    assert problems[-1].endswith("more problems not listed; the first 25 are above")


def test_deep_nesting_is_one_line(tmp_path):
    folder = pack(tmp_path, {"deep.toml": "x = " + "[" * 5000 + "]" * 5000 + "\n"})
    assert lines(load_catalog([folder])) == [
        f"{folder / 'deep.toml'}: TOML syntax error: nesting is too deep"
    ]


@pytest.mark.parametrize(
    "encoding, bom, name",
    [
        ("utf-16-le", b"", "UTF-16 (little-endian)"),
        ("utf-16-be", b"", "UTF-16 (big-endian)"),
        ("utf-16-le", b"\xff\xfe", "UTF-16 (little-endian)"),
        ("utf-32-le", b"", "UTF-32 (little-endian)"),
        ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    ],
)
def test_utf16_and_utf32_files_are_named(tmp_path, encoding, bom, name):
    folder = pack(tmp_path, {"wide.toml": bom + ROLE.format(id="wide", title="Wide").encode(encoding)})
    assert lines(load_catalog([folder])) == [
        f"{folder / 'wide.toml'}: is {name} text; save it as UTF-8 (TOML files must be UTF-8)"
    ]


def test_utf8_with_a_nul_is_not_mistaken_for_utf16():
    assert wide_encoding(b"id = 'x'\x00 title = 'y'") is None
    assert wide_encoding(ROLE.format(id="x", title="Ünïcødé").encode("utf-8-sig")) is None


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "+inf"])
def test_non_finite_numbers_are_rejected(tmp_path, value):
    role = ROLE.format(id="paid", title="Paid") + (
        f'\n[[salary]]\nof = "base"\namount = {value}\ncurrency = "USD"\nperiod = "year"\npublisher = "P"\ndate = "2024"\n'
    )
    problems = lines(load_catalog([pack(tmp_path, {"paid.toml": role})]))
    assert (
        len(problems) == 1
        and f"salary[0].amount must be a finite number, not {value.lstrip('+')}" in problems[0]
    )


def test_an_id_with_a_trailing_newline_is_rejected(tmp_path):
    role = ROLE.format(id="product-manager\\n", title="Fake PM")
    problems = lines(load_catalog([pack(tmp_path, {"fake.toml": role})]))
    assert (
        len(problems) == 1
        and "id 'product-manager\\n' must use lower-case letters, digits and dashes" in problems[0]
    )


def test_a_ladder_of_unknown_roles_is_dropped_with_a_warning(tmp_path):
    ladders = (
        '[[ladders]]\nid = "ghosts"\nname = "Ghosts"\ntrack = "management"\nroles = ["nobody", "no-one"]\n'
    )
    result = load_catalog([pack(tmp_path, {"ladders.toml": ladders})])
    assert [ladder.id for ladder in result.catalog.ladders] == []
    assert len(result.problems) == 2
    assert [str(w) for w in result.warnings] == [
        f"{tmp_path / 'pack' / 'ladders.toml'}:1:1: warning: ladder 'ghosts' has no known roles left and is not shown"
    ]


def test_a_ladder_that_replaces_a_shipped_one_warns(tmp_path):
    ladders = (
        '[[ladders]]\nid = "management"\nname = "Ours"\ntrack = "management"\nroles = ["vp-of-product"]\n'
    )
    result = load_catalog([shipped_content_dir(), pack(tmp_path, {"ladders.toml": ladders})])
    assert result.ok
    (warning,) = [str(w) for w in result.warnings]
    assert (
        "ladders.toml:2:1: warning: ladder id 'management' replaces the ladder 'Management' from" in warning
    )
    assert [ladder.name for ladder in result.catalog.ladders if ladder.id == "management"] == ["Ours"]


def test_a_role_that_replaces_a_shipped_one_warns_and_wins(data_dir):
    result = load_catalog([shipped_content_dir(), data_dir / "override"])
    (warning,) = [str(w) for w in result.warnings]
    assert "product-manager.toml:2:1: warning: role id 'product-manager' replaces the one in" in warning
    assert "this file wins" in warning
    assert result.catalog.role("product-manager").origin == data_dir / "override" / "product-manager.toml"


def test_bidi_and_invisible_format_characters_are_shown():
    reversed_title = "\u202eregaNam tcudorP"
    assert clean(reversed_title) == "\\u202eregaNam tcudorP"
    assert (
        clean("a\u200bb\u2066c\u2069\ufeffd\u00ade\u2028f")
        == "a\\u200bb\\u2066c\\u2069\\ufeffd\\xade\\u2028f"
    )
    assert clean("\x1b[2J") == "␛[2J"
    assert clean("👩\u200d💻 می\u200cخواهم") == "👩\u200d💻 می\u200cخواهم"  # joiners shape emoji and scripts


def test_strict_json_refuses_non_finite_numbers(capsys):
    from explorer.cli.output import say_json

    with pytest.raises(ValueError):
        say_json({"amount": float("inf")})
    say_json({"amount": 1.5})
    assert json.loads(capsys.readouterr().out, parse_constant=lambda name: pytest.fail(name)) == {
        "amount": 1.5
    }


def test_a_number_with_thousands_of_digits_is_one_line(tmp_path):
    folder = pack(tmp_path, {"long.toml": "level = " + "9" * 5000 + "\n"})
    assert lines(load_catalog([folder])) == [
        f"{folder / 'long.toml'}: TOML syntax error: a number is too long to read"
    ]
