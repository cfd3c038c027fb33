"""Launch-to-first-interactive-screen time: role-explorer next to a bare Textual app.

Each run is a fresh Python process that imports everything, builds the app, runs it
headless until its first screen is mounted and ready for keys, then exits. The bare app
has just an Input and a Footer. Prints both medians and, last, `ratio=…`.

    python benchmarks/startup.py [--runs N] [--content DIR]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

BARE = """
from textual.app import App
from textual.widgets import Footer, Input

class Bare(App):
    def compose(self):
        yield Input(placeholder="search")
        yield Footer()

async def ready(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, auto_pilot=ready)
"""

OURS = """
import sys
from pathlib import Path
from explorer.core.content.library import load_library
from explorer.tui.app import create_app

async def ready(pilot):
    await pilot.pause()
    assert pilot.app.screen.query_one("#query").has_focus
    pilot.app.exit()

create_app(load_library([Path(p) for p in sys.argv[1:]])).run(headless=True, auto_pilot=ready)
"""


def time_run(code: str, args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--content", action="append", default=[], help="extra content pack(s) to load")
    args = parser.parse_args()
    time_run(BARE, [])  # warm the file cache so neither side pays for it
    time_run(OURS, args.content)
    bare, ours = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(time_run(BARE, []))
        ours.append(time_run(OURS, args.content))
    bare_ms, ours_ms = statistics.median(bare) * 1000, statistics.median(ours) * 1000
    print(f"bare textual app (Input + Footer): median {bare_ms:.0f} ms over {args.runs} runs (min {min(bare) * 1000:.0f})")
    print(f"role-explorer first screen:        median {ours_ms:.0f} ms over {args.runs} runs (min {min(ours) * 1000:.0f})")
    print(f"ratio={ours_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
