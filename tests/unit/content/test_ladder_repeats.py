"""A huge ladder costs linear time, and validate prints at most 20 problems of a kind per file."""

from __future__ import annotations

import time

from explorer.cli import main
from explorer.core.content.loader import load_catalog
from explorer.core.content.report import capped_lines

ENTRIES = 50_000


def huge_ladder(folder, entries: int = ENTRIES) -> None:
    ids = ", ".join(f'"r{i % (entries // 2)}"' for i in range(entries))
    (folder / "ladders.toml").write_text(
        f'[[ladders]]\nid = "huge"\nname = "Huge"\ntrack = "management"\nroles = [{ids}]\n', encoding="utf-8"
    )


def test_repeats_are_found_in_linear_time_and_named_briefly(tmp_path):
    huge_ladder(tmp_path)
    started = time.perf_counter()
    result = load_catalog([tmp_path])
    assert time.perf_counter() - started < 10  # was 25 s alone, 49 s loaded, with a quadratic count
    (loops,) = [str(p) for p in result.problems if "loops" in str(p)]
    assert "r0, r1, r10, r100" in loops and "… and 24,980 more appears more than once" in loops


def test_validate_prints_20_of_a_kind_then_counts_the_rest(tmp_path, capsys):
    huge_ladder(tmp_path)
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    unknown = [line for line in out if "unknown role" in line]
    assert len(unknown) == 20
    assert f"{tmp_path / 'ladders.toml'}: … and 24,980 more like this" in out
    assert len(out) < 30


def test_kinds_are_counted_per_file(tmp_path):
    from explorer.core.content.model import Problem

    problems = [
        Problem(tmp_path / name, f"unknown role 'r{i}'", i + 1, 1) for name in "ab" for i in range(21)
    ]
    lines = capped_lines(problems)
    assert len(lines) == 2 * 21
    assert lines[20] == f"{tmp_path / 'a'}: … and 1 more like this"
