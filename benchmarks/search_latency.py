"""Per-keystroke search latency on a generated pack, as the app runs it.

Generates (or reuses) a pack with N responsibilities, loads it, builds the index, then
types each query one character at a time and times every keystroke's search. Prints a
table per query and ends with `p50_ms=… p99_ms=… build_ms=… rss_mb=…`. When fzf is
installed, it also times `fzf --filter` over the same lines for reference.

    python benchmarks/search_latency.py [--responsibilities N] [--shipped]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_pack import generate  # noqa: E402

from explorer.core.content.library import load_library  # noqa: E402
from explorer.core.content.loader import load_catalog  # noqa: E402
from explorer.core.search.index import SearchIndex  # noqa: E402

QUERIES = [
    "roadmap", "roadmpa", "stakeholdr", "budget", "pricing model", "churn analysis", "hire", "okr",
    "kpi", "board deck", "securty review", "the", "onboarding flow for enterprise", "p", "mentor",
]
PER_ROLE = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responsibilities", type=int, default=20_000)
    parser.add_argument("--shipped", action="store_true", help="measure the shipped library instead of a generated pack")
    parser.add_argument("--limit", type=int, default=50, help="results per search, as the app asks (default 50)")
    args = parser.parse_args()

    if args.shipped:
        result = load_library(include_user=False, use_cache=False)
        label = "shipped library"
    else:
        roles = max(1, args.responsibilities // PER_ROLE)
        pack = Path(tempfile.gettempdir()) / f"role-explorer-bench-{roles}x{PER_ROLE}"
        if not (pack / f"gen-{roles - 1:05d}.toml").exists():
            generate(pack, roles, PER_ROLE, seed=7)
        result = load_catalog([pack])
        label = f"{roles} roles × {PER_ROLE} responsibilities"
    start = time.perf_counter()
    index = SearchIndex.from_catalog(result.catalog)
    build_ms = (time.perf_counter() - start) * 1000
    print(f"{label}: {len(index):,} searchable lines, {len(index.vocabulary):,} words; index built in {build_ms:.0f} ms")
    print(f"{'query':<34} {'keys':>4} {'p50 ms':>8} {'max ms':>8} {'results':>8}")
    timings: list[float] = []
    for query in QUERIES:
        index.clear_cache()
        per_key = []
        hits = []
        for end in range(1, len(query) + 1):
            t = time.perf_counter()
            hits = index.search(query[:end], limit=args.limit)
            per_key.append((time.perf_counter() - t) * 1000)
        timings += per_key
        print(f"{query:<34} {len(per_key):>4} {statistics.median(per_key):>8.2f} {max(per_key):>8.2f} {len(hits):>8}")

    fzf = shutil.which("fzf")
    if fzf:
        lines = "\n".join(doc.text for doc in index.docs)
        fzf_times = []
        for query in QUERIES:
            t = time.perf_counter()
            subprocess.run([fzf, "--filter", query], input=lines, text=True, capture_output=True)
            fzf_times.append((time.perf_counter() - t) * 1000)
        print(f"fzf --filter (whole query, process included): median {statistics.median(fzf_times):.1f} ms")
    else:
        print("fzf not installed; no reference timing (apt-get install fzf)")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"p50_ms={percentile(timings, 0.5):.2f} p99_ms={percentile(timings, 0.99):.2f} build_ms={build_ms:.0f} rss_mb={rss_mb:.0f}")


if __name__ == "__main__":
    main()
