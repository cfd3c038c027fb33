"""Compare and gap between two roles with N responsibilities each (the issue's hostile case: 20,000).

Prints wall time and peak RSS for compare_roles and role_gap, then the ratio of the worse
time to the 2 s budget and of the peak RSS to the 200 MB budget.

    python benchmarks/compare_huge.py [--responsibilities 20000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from explorer.core.career.compare import compare_roles
from explorer.core.career.gap import role_gap
from explorer.core.content.model import Area, Catalog, Responsibility, Role, Track

WORDS = [
    "roadmap",
    "budget",
    "hire",
    "mentor",
    "launch",
    "pricing",
    "discovery",
    "research",
    "metrics",
    "churn",
    "onboarding",
    "strategy",
    "vision",
    "quality",
    "security",
    "forecast",
    "backlog",
    "release",
    "partner",
    "customer",
    "interview",
    "experiment",
    "dashboard",
]


def role(role_id: str, count: int, rng: random.Random) -> Role:
    duties = tuple(
        Responsibility(f"r{i}", " ".join(rng.sample(WORDS, 5)) + f" for area {i % 400}", list(Area)[i % 7])
        for i in range(count)
    )
    return Role(role_id, role_id.title(), Track.IC, 3, "Huge role.", responsibilities=duties, sources=("x",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responsibilities", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(12)
    left, right = role("left", args.responsibilities, rng), role("right", args.responsibilities, rng)
    catalog = Catalog({"left": left, "right": right})
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    comparison = compare_roles(catalog, left, right)
    compare_s = time.perf_counter() - start
    start = time.perf_counter()
    gap = role_gap(catalog, left, right)
    gap_s = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shared = len(comparison.rows_of("shared"))
    print(
        f"{args.responsibilities:,} × {args.responsibilities:,}: compare {compare_s:.2f} s, gap {gap_s:.2f} s, "
        f"peak RSS {peak:.0f} MB (data {base:.0f} MB), {shared:,} pairs, {len(gap.items):,} gap items"
    )
    print(f"ratio_time_vs_2s={max(compare_s, gap_s) / 2:.2f} ratio_rss_vs_200mb={peak / 200:.2f}")


if __name__ == "__main__":
    main()
