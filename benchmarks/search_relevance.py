"""Relevance of search on the shipped library, per query class: hit@3 and MRR (over the top 10).

Reads the cases in tests/unit/search/relevance_cases.toml (written by reading the content,
one class per kind of query people type) and scores `SearchIndex.search(query, limit=10)`:
a case is a hit when one of the first three lines meets one of its `expect` entries. A `none`
case is a hit when no line matches all the meaningful words (every line shown is partial).

Prints one line per class, then `ratio_min_class_hit3_to_target=…` (the target: 0.95).

    python benchmarks/search_relevance.py [--content DIR ...] [--show]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.core.search.answer import search

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "unit" / "search" / "relevance_cases.toml"
TARGET = 0.95
DEPTH = 10


@dataclass(frozen=True)
class Case:
    klass: str
    query: str
    expect: tuple[Mapping[str, str], ...]


@dataclass(frozen=True)
class Outcome:
    case: Case
    rank: int  # 1-based rank of the first good line; 0 when none in the top DEPTH

    @property
    def hit3(self) -> bool:
        return 1 <= self.rank <= 3


def load_cases(path: Path = CASES) -> list[Case]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [Case(c["class"], c["query"], tuple(c.get("expect", ()))) for c in data["case"]]


def good(hit: Any, entry: Mapping[str, str]) -> bool:
    doc = hit.doc
    checks = {
        "role": lambda value: doc.role_id == value,
        "id": lambda value: doc.responsibility_id == value,
        "kind": lambda value: doc.kind.label == value,
        "contains": lambda value: value.casefold() in doc.text.casefold(),
    }
    return all(checks[key](value) for key, value in entry.items())


def score(index: Any, case: Case) -> Outcome:
    hits = search(index, case.query, limit=DEPTH)
    if case.klass == "none":
        return Outcome(case, 0 if any(not h.partial for h in hits) else 1)
    for rank, hit in enumerate(hits, 1):
        if any(good(hit, entry) for entry in case.expect):
            return Outcome(case, rank)
    return Outcome(case, 0)


def per_class(outcomes: Sequence[Outcome]) -> dict[str, tuple[float, float, int]]:
    """class → (hit@3, MRR, cases)."""
    table: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        table.setdefault(outcome.case.klass, []).append(outcome)
    return {
        klass: (
            sum(o.hit3 for o in found) / len(found),
            sum(1 / o.rank for o in found if o.rank) / len(found),
            len(found),
        )
        for klass, found in table.items()
    }


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from explorer.core.content.library import load_library
    from explorer.core.search.index import SearchIndex

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, nargs="*", default=[])
    parser.add_argument("--show", action="store_true", help="print each missed case and its top 3")
    args = parser.parse_args()
    index = SearchIndex.from_catalog(load_library(args.content).catalog)
    outcomes = [score(index, case) for case in load_cases()]
    if args.show:
        for outcome in outcomes:
            if not outcome.hit3:
                top = search(index, outcome.case.query, limit=3)
                shown = "; ".join(f"{h.role_id}/{h.doc.kind.label}: {h.doc.text[:50]}" for h in top)
                print(f"MISS [{outcome.case.klass}] {outcome.case.query!r} rank={outcome.rank} → {shown}")
    table = per_class(outcomes)
    for klass, (hit3, mrr, count) in table.items():
        print(f"{klass:<13} cases={count:<3} hit@3={hit3:6.1%}  MRR={mrr:.2f}")
    hit_all = sum(o.hit3 for o in outcomes) / len(outcomes)
    print(f"{'all':<13} cases={len(outcomes):<3} hit@3={hit_all:6.1%}")
    print(f"ratio_min_class_hit3_to_target={min(h for h, _, _ in table.values()) / TARGET:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
