"""Worst-case cost of loading one hostile content file, per MB of input.

Each case is a file of about 1 MB shaped to be as expensive as the loader allows: just
under each budget of explorer/core/content/hostile.py, or a shape that is refused. Every
case is loaded with the real loader in a fresh process, which reports wall time and the
growth of its peak RSS. The last line gives the worst figures per MB.

    python benchmarks/hostile_load.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

MEASURE = """
import json, resource, sys, time
from pathlib import Path
from explorer.core.content.loader import load_catalog
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = load_catalog([Path(sys.argv[1])])
seconds = time.perf_counter() - start
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
first = str(result.problems[0]).split(": ", 1)[-1][:70] if result.problems else "loaded"
print(json.dumps({"seconds": seconds, "mb": grown / 1024, "first": first}))
"""


def cases(size: int) -> dict[str, str]:
    def repeat(unit: str) -> str:
        return unit * (size // len(unit))

    def padded(make, width: int) -> str:
        return "".join(make(i).ljust(width - 1) + "\n" for i in range(size // width))

    return {
        "dotted key, 20k parts (issue case)": ".".join("a" for _ in range(20_000)) + " = 1\n",
        "dotted key, 40k parts (issue case)": ".".join("a" for _ in range(40_000)) + " = 1\n",
        "keys, one per 16 chars": padded(lambda i: f"k{i} = 1", 16),
        "keys, one per 8 chars (refused)": padded(lambda i: f"k{i}=1", 8),
        "table headers, one per 25 chars": padded(lambda i: f"[t{i}]", 25),
        "table headers, 2 parts each": padded(lambda i: f"[t{i}.u]", 12),
        "array of tables, one per 25 chars": padded(lambda _: "[[responsibilities]]", 25),
        "inline tables in an array": "x = [" + repeat("{},") + "]\n",
        "integers, one per 9 chars": "x = [" + repeat("1,       ") + "]\n",
        "integers, one per 2 chars (refused)": "x = [" + repeat("1,") + "]\n",
        "strings, one per 9 chars": "x = [" + repeat('"abcde", ') + "]\n",
        "nested arrays": "x = " + "[" * (size // 2) + "]" * (size // 2) + "\n",
        "one long string": 'x = "' + "a" * (size - 8) + '"\n',
        "multiline prose": 'summary = """\n'
        + repeat("Lead the team. Own the roadmap, the budget and the plan.\n")
        + '"""\n',
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each file in MB (default 1)")
    args = parser.parse_args()
    size = int(args.mb * 1024 * 1024)
    worst_seconds = worst_mb = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, text in cases(size).items():
            pack = Path(folder) / name.replace(" ", "_").replace(",", "")
            pack.mkdir()
            (pack / "role.toml").write_text(text)
            megabytes = len(text.encode()) / 1024 / 1024
            out = subprocess.run(
                [sys.executable, "-c", MEASURE, str(pack)],
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            if out.returncode:
                print(f"{name:40} FAILED: {out.stderr.strip().splitlines()[-1]}")
                continue
            figures = json.loads(out.stdout)
            per_mb_s, per_mb_mem = figures["seconds"] / megabytes, figures["mb"] / megabytes
            worst_seconds, worst_mb = max(worst_seconds, per_mb_s), max(worst_mb, per_mb_mem)
            print(
                f"{name:40} {megabytes:5.2f} MB  {figures['seconds']:6.2f} s  +{figures['mb']:6.1f} MB RSS  "
                f"({per_mb_s:.2f} s/MB, {per_mb_mem:.0f} MB/MB)  {figures['first']}"
            )
    print(
        f"worst_seconds_per_mb={worst_seconds:.2f} worst_rss_mb_per_mb={worst_mb:.0f} "
        f"ratio_vs_budget_time={worst_seconds / 1.0:.2f} ratio_vs_budget_memory={worst_mb / 100:.2f}"
    )


if __name__ == "__main__":
    main()
