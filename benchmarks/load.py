"""Reading a pack of 1,000 role files into a catalog: cold (no parse cache) and warm.

Each measurement is a fresh process that imports everything first, so only the load is
timed, as the app does it (garbage collection paused, see core/common/collector.py). Also
times the TOML parser in use against the standard library's tomllib on the same files.
Ends with `cold_s=… warm_s=…` and their ratios to the targets (0.5 s and 0.15 s).

    python benchmarks/load.py [--roles N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from terminal import PER_ROLE, pack_for

ONE_LOAD = """
import sys, time
from contextlib import nullcontext
from pathlib import Path
from explorer.core.content.loader import load_catalog
try:
    from explorer.core.common.collector import building_long_lived
except ImportError:  # an older version, measured for comparison
    building_long_lived = nullcontext
pack, cache = Path(sys.argv[1]), Path(sys.argv[2]) if sys.argv[2] != "-" else None
start, cpu = time.perf_counter(), time.process_time()
with building_long_lived():
    result = load_catalog([pack], cache_file=cache)
print(time.perf_counter() - start, time.process_time() - cpu, len(result.catalog), len(result.problems))
"""

PARSERS = """
import sys, time, tomllib
from pathlib import Path
try:
    from explorer.core.content.files import _toml_parser
    toml_parser = _toml_parser()
except ImportError:  # an older version, measured for comparison
    toml_parser = tomllib
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.toml"))]
for name, parse in (("tomllib", tomllib.loads), (toml_parser.__name__ + " (in use)", toml_parser.loads)):
    start = time.perf_counter()
    for text in texts:
        parse(text)
    print(f"  {name:<22} {len(texts)} files in {(time.perf_counter() - start) * 1000:.0f} ms")
"""


def one_load(pack: Path, cache: Path | None) -> tuple[float, float]:
    """(wall, CPU) seconds of one load in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", ONE_LOAD, str(pack), str(cache) if cache else "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    wall, cpu = out.split()[:2]
    return float(wall), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pack = pack_for(args.roles * PER_ROLE)
    cache = Path(tempfile.mkdtemp(prefix="role-explorer-load-")) / "parsed.json"
    one_load(pack, cache)  # fills the parse cache and the file system's cache
    cold_runs, warm_runs = [], []
    for _ in range(args.runs):  # taking turns
        cold_runs.append(one_load(pack, None))
        warm_runs.append(one_load(pack, cache))
    cold, warm = [wall for wall, _ in cold_runs], [wall for wall, _ in warm_runs]
    print(f"{pack.name}: {args.roles} role files")
    for label, runs in (
        ("cold (every file parsed and checked):", cold_runs),
        ("warm (parse cache):                  ", warm_runs),
    ):
        walls, cpus = [w * 1000 for w, _ in runs], [c * 1000 for _, c in runs]
        # CPU time too: on a shared machine the wall time also counts the time spent waiting for a core.
        print(
            f"  {label} median {statistics.median(walls):.0f} ms, range {min(walls):.0f}–{max(walls):.0f}; CPU median {statistics.median(cpus):.0f} ms"
        )
    print(
        subprocess.run(
            [sys.executable, "-c", PARSERS, str(pack)], check=True, capture_output=True, text=True
        ).stdout,
        end="",
    )
    cold_s, warm_s = statistics.median(cold), statistics.median(warm)
    cold_cpu, warm_cpu = (
        statistics.median(c for _, c in cold_runs),
        statistics.median(c for _, c in warm_runs),
    )
    print(
        f"cold_s={cold_s:.3f} warm_s={warm_s:.3f} cold_cpu_s={cold_cpu:.3f} warm_cpu_s={warm_cpu:.3f} "
        f"cold_vs_target={cold_s / 0.5:.2f} warm_vs_target={warm_s / 0.15:.2f}"
    )


if __name__ == "__main__":
    main()
