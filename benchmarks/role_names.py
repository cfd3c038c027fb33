"""Per-keystroke latency of ranking roles by a typed name (the role picker and the CLI's "did you mean").

Times the shipped library, then the shipped library plus N generated roles (built in
memory with the titles and aliases benchmarks/generate_pack.py writes), typing each query
one character at a time as the picker sees it. Prints p50/p99/max per catalog and ends
with `ratio_large_p99_to_shipped_p99=…`.

    python benchmarks/role_names.py [--roles N] [--passes P]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explorer.core.content.library import load_library
from explorer.core.content.model import Catalog, Role, Track
from explorer.core.content.resolve import rank_roles
from generate_pack import SPECIALTIES, TITLES

QUERIES = [
    "dirctor",
    "seniro pm",
    "prodct manger",
    "vp prodcut",
    "chief product",
    "head of prodct",
    "prodmgr",
]


def generated(count: int) -> dict[str, Role]:
    roles = {}
    for index in range(count):
        level = index % len(TITLES)
        specialty = SPECIALTIES[(index // len(TITLES)) % len(SPECIALTIES)]
        title = f"{TITLES[level]}, {specialty} {index // (len(TITLES) * len(SPECIALTIES)) + 1}"
        roles[f"gen-{index:05d}"] = Role(
            id=f"gen-{index:05d}",
            title=title,
            track=Track.IC if level < 4 else Track.MANAGEMENT,
            level=level + 1,
            summary="",
            aliases=(f"{specialty} PM {index}",),
        )
    return roles


def keystrokes(catalog: Catalog, passes: int) -> tuple[list[float], float]:
    started = time.perf_counter()
    rank_roles(catalog, "x")  # builds the name index once, as the first key press in the picker does
    build_ms = (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(passes):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                rank_roles(catalog, query[:end])
                timings.append((time.perf_counter() - started) * 1000)
    return timings, build_ms


def report(label: str, timings: list[float], build_ms: float) -> float:
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"{label}: keystrokes={len(timings)} p50_ms={statistics.median(ordered):.2f} p99_ms={p99:.2f} "
        f"max_ms={ordered[-1]:.2f} index_build_ms={build_ms:.1f}"
    )
    return p99


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=5000)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    shipped = load_library(include_user=False).catalog
    small = report(f"shipped ({len(shipped)} roles)", *keystrokes(shipped, args.passes))
    large_catalog = Catalog(
        roles={**shipped.roles, **generated(args.roles)}, ladders=shipped.ladders, packs=shipped.packs
    )
    large = report(f"shipped + {args.roles} generated", *keystrokes(large_catalog, args.passes))
    print(f"ratio_large_p99_to_shipped_p99={large / small:.1f}")


if __name__ == "__main__":
    main()
