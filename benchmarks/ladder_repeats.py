"""The ladder checks on a 50,000-entry ladder: time and lines printed by `validate`.

Usage: python benchmarks/ladder_repeats.py [ENTRIES]   (every id appears twice; none is a known role)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_pack(folder: Path, entries: int) -> None:
    ids = ", ".join(f'"r{i % (entries // 2)}"' for i in range(entries))
    (folder / "ladders.toml").write_text(
        f'[[ladders]]\nid = "huge"\nname = "Huge"\ntrack = "management"\nroles = [{ids}]\n', encoding="utf-8"
    )


def main() -> None:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as folder:
        write_pack(Path(folder), entries)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "explorer", "validate", folder],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
    lines = len(done.stdout.splitlines()) + len(done.stderr.splitlines())
    print(f"{entries:,} entries: {seconds:.1f} s, {lines:,} lines printed, exit {done.returncode}")
    print("last lines:", *done.stdout.splitlines()[-3:], done.stderr.strip(), sep="\n  ")


if __name__ == "__main__":
    main()
