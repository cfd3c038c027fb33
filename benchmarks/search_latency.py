"""Per-keystroke core search latency: the shipped library plus a generated pack, as the app loads them.

Generates (or reuses) a pack with N responsibilities, loads it together with the shipped
library (as `role-explorer --content PACK` does), builds the index, then types each query
one character at a time and times every keystroke's search, over several passes (each
query starts cold: the per-word cache is cleared). The everyday queries are short
two-word phrases with the second word half typed, the case that short words, stop words
and single letters used to make slow. Garbage collection is off while the index is built
and frozen after it, as the app does, so the figures are the search's own.

Prints a table per query and then `p50_ms=… p99_ms=… everyday_p99_ms=… build_ms=… rss_mb=…`
(with the everyday p99 also in CPU time, which a busy shared machine disturbs less),
and ends with `ratio_everyday_p99_to_target=…` (the target: 10 ms up to 100k responsibilities,
40 ms above). When fzf is installed, it also times `fzf --filter` over the same lines.

    python benchmarks/search_latency.py [--responsibilities N] [--passes P] [--shipped]
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from explorer.core.content.library import load_library
from explorer.core.search.answer import search
from explorer.core.search.index import SearchIndex
from generate_pack import generate

QUERIES = [
    "roadmap",
    "roadmpa",
    "stakeholdr",
    "budget",
    "pricing model",
    "churn analysis",
    "hire",
    "okr",
    "kpi",
    "board deck",
    "securty review",
    "the",
    "onboarding flow for enterprise",
    "p",
    "mentor",
]
# What people type: two everyday words, timed on every key, so "team l", "product s" and
# "data a" (the second word half typed) are all measured.
EVERYDAY = [
    "team lead",
    "product strategy",
    "data analysis",
    "people management",
    "stakeholder management",
    "manage budget and hire people",
    "competitive analysis",
    "salary",
    "hiring",
    "a b test",
    "the roadmap",
    "user research",
    "go to market",
]
PER_ROLE = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_query(index: SearchIndex, query: str, limit: int) -> tuple[list[float], list[float], int]:
    """Wall and CPU milliseconds of each keystroke's search, and the last search's result count."""
    index.clear_cache()
    wall, cpu = [], []
    hits = []
    for end in range(1, len(query) + 1):
        start, start_cpu = time.perf_counter(), time.thread_time()
        hits = search(index, query[:end], limit=limit)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return wall, cpu, len(hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responsibilities", type=int, default=100_000)
    parser.add_argument("--passes", type=int, default=3, help="times each query is typed (default 3)")
    parser.add_argument("--shipped", action="store_true", help="the shipped library alone, no generated pack")
    parser.add_argument(
        "--limit", type=int, default=50, help="results per search, as the app asks (default 50)"
    )
    args = parser.parse_args()

    packs: list[Path] = []
    if args.shipped:
        label = "shipped library"
    else:
        roles = max(1, args.responsibilities // PER_ROLE)
        pack = Path(tempfile.gettempdir()) / f"role-explorer-bench-{roles}x{PER_ROLE}"
        if not (pack / f"gen-{roles - 1:05d}.toml").exists():
            generate(pack, roles, PER_ROLE, seed=7)
        packs = [pack]
        label = f"shipped library + {roles} roles × {PER_ROLE} responsibilities"
    result = load_library(packs, include_user=False)
    gc.disable()
    start = time.perf_counter()
    index = SearchIndex.from_catalog(result.catalog)
    build_ms = (time.perf_counter() - start) * 1000
    gc.enable()
    gc.collect()
    gc.freeze()
    print(
        f"{label}: {len(index):,} searchable lines, {len(index.vocabulary):,} words; index built in {build_ms:.0f} ms"
    )
    print(f"{'query':<34} {'keys':>4} {'p50 ms':>8} {'max ms':>8} {'results':>8}")
    timings: list[float] = []
    everyday: list[float] = []
    everyday_cpu: list[float] = []
    for query in QUERIES + EVERYDAY:
        per_key: list[float] = []
        found = 0
        for _ in range(max(1, args.passes)):
            keys, cpu, found = time_query(index, query, args.limit)
            per_key += keys
            if query in EVERYDAY:
                everyday_cpu += cpu
        timings += per_key
        if query in EVERYDAY:
            everyday += per_key
        print(
            f"{query:<34} {len(query):>4} {statistics.median(per_key):>8.2f} {max(per_key):>8.2f} {found:>8}"
        )

    fzf = shutil.which("fzf")
    if fzf:
        lines = "\n".join(doc.text for doc in index.docs)
        fzf_times = []
        for query in QUERIES + EVERYDAY:
            start = time.perf_counter()
            subprocess.run([fzf, "--filter", query], input=lines, text=True, capture_output=True, check=False)
            fzf_times.append((time.perf_counter() - start) * 1000)
        print(f"fzf --filter (whole query, process included): median {statistics.median(fzf_times):.1f} ms")
    else:
        print("fzf not installed; no reference timing (apt-get install fzf)")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    everyday_p99 = percentile(everyday, 0.99)
    target = 10.0 if args.shipped or args.responsibilities <= 100_000 else 40.0
    print(
        f"p50_ms={percentile(timings, 0.5):.2f} p99_ms={percentile(timings, 0.99):.2f} "
        f"everyday_p99_ms={everyday_p99:.2f} everyday_cpu_p99_ms={percentile(everyday_cpu, 0.99):.2f} "
        f"build_ms={build_ms:.0f} rss_mb={rss_mb:.0f}"
    )
    print(f"ratio_everyday_p99_to_target={everyday_p99 / target:.2f} (target {target:g} ms)")


if __name__ == "__main__":
    main()
