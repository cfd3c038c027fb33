"""Whole-process `role-explorer search` next to `fzf --filter` over the same lines.

Three content sets: the shipped library (against `python -c pass` as well), and generated
packs of 20k and 100k responsibilities. Warm runs keep role-explorer's cache folder; cold
runs empty it before every run. fzf reads the very lines the search index holds. Timed with
hyperfine when it is installed (its own interleaved runs otherwise). Prints a table and
ends with the ratios.

    python benchmarks/cli.py [--runs N] [--query TEXT] [--skip-100k]
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from terminal import pack_for, private_env, role_explorer_command


def lines_file(label: str, packs: list[Path]) -> Path:
    """The searchable lines of a content set, one per line (written afresh: what is indexed changes)."""
    from explorer.core.content.library import load_library
    from explorer.core.search.index import SearchIndex

    path = Path(tempfile.gettempdir()) / f"role-explorer-bench-lines-{label}.txt"
    index = SearchIndex.from_catalog(load_library(packs, include_user=False, use_cache=False).catalog)
    path.write_text("".join(doc.text.replace("\n", " ") + "\n" for doc in index.docs), encoding="utf-8")
    return path


def time_commands(
    commands: list[str], runs: int, env: dict[str, str], prepare: str | None = None
) -> list[tuple[float, float, float]]:
    """(median, min, max) seconds per shell command."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            argv = [hyperfine, "--style", "none", "--runs", str(runs), "--export-json", export.name]
            argv += ["--prepare", prepare] if prepare else ["--warmup", "2"]
            subprocess.run([*argv, *commands], env=env, check=True, capture_output=True)
            results = json.loads(Path(export.name).read_text())["results"]
        return [(r["median"], r["min"], r["max"]) for r in results]
    timings: list[list[float]] = [[] for _ in commands]
    for round_number in range(runs + (0 if prepare else 2)):  # interleaved; two warm-up rounds
        for position, command in enumerate(commands):
            if prepare:
                subprocess.run(prepare, shell=True, env=env, check=True)
            start = time.perf_counter()
            subprocess.run(command, shell=True, env=env, capture_output=True, check=False)
            if prepare or round_number >= 2:
                timings[position].append(time.perf_counter() - start)
    return [(statistics.median(t), min(t), max(t)) for t in timings]


def show(label: str, timing: tuple[float, float, float]) -> None:
    median, low, high = (value * 1000 for value in timing)
    print(f"  {label:<44} median {median:8.1f} ms   range {low:7.1f}–{high:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--query", default="pricing model")
    parser.add_argument("--skip-100k", action="store_true", help="only the shipped library and 20k")
    args = parser.parse_args()
    fzf = shutil.which("fzf")
    if not fzf:
        print("fzf is not installed (apt-get install fzf): timing role-explorer without a reference")
    env = private_env("cli")
    cache = Path(env["XDG_CACHE_HOME"]) / "role-explorer"
    program = " ".join(shlex.quote(part) for part in role_explorer_command())
    query = shlex.quote(args.query)
    ratios: dict[str, float] = {}

    print(f"query {args.query!r}; warm = cache kept, cold = {cache} emptied before each run")
    print("shipped library, warm:")
    commands = [f"{shlex.quote(sys.executable)} -c pass", f"{program} search {query}"]
    if fzf:
        commands.append(f"{fzf} --filter {query} < {lines_file('shipped', [])}")
    timings = time_commands(commands, args.runs * 2, env)
    for label, timing in zip(("python -c pass", "role-explorer search", "fzf --filter"), timings):
        show(label, timing)
    ratios["shipped_vs_python"] = timings[1][0] / timings[0][0]

    sizes = [20_000] if args.skip_100k else [20_000, 100_000]
    for size in sizes:
        pack = pack_for(size)
        name = f"{size // 1000}k"
        search = f"{program} --content {shlex.quote(str(pack))} search {query}"
        reference = f"{fzf} --filter {query} < {lines_file(name, [pack])}" if fzf else None
        runs = max(3, args.runs // (size // 20_000))
        print(f"{name} responsibilities ({pack.name}):")
        warm = time_commands([search] + ([reference] if reference else []), runs, env)
        show("role-explorer search, warm", warm[0])
        cold = time_commands([search], max(2, runs // 2), env, prepare=f"rm -rf {shlex.quote(str(cache))}")
        show("role-explorer search, cold", cold[0])
        if reference:
            show("fzf --filter", warm[1])
            ratios[f"warm_{name}_vs_fzf"] = warm[0][0] / warm[1][0]
            ratios[f"cold_{name}_vs_fzf"] = cold[0][0] / warm[1][0]
        time_commands([search], 1, env)  # leave the cache warm for the next run
    print(" ".join(f"{key}={value:.2f}" for key, value in ratios.items()))


if __name__ == "__main__":
    main()
