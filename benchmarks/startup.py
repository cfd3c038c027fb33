"""Launch to first painted screen: the real `role-explorer` command next to a bare Textual app.

Each run starts a fresh process on a pseudo-terminal of 100×30, exactly as a person's
shell would, and stops the clock when the terminal receives the frame that shows the
search box's placeholder. The bare app (an Input with the same placeholder and a Footer)
is started the same way, the two taking turns. Prints both medians and, last, `ratio=…`.

    python benchmarks/startup.py [--runs N] [--content DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from terminal import Terminal, private_env, role_explorer_command  # noqa: E402

MARKER = b"roles and what they do"
BARE = """
from textual.app import App
from textual.binding import Binding
from textual.widgets import Footer, Input

class Bare(App):
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def compose(self):
        yield Input(placeholder="Search roles and what they do… (typos are fine)")
        yield Footer()

Bare().run()
"""


def first_frame(argv: list[str], env: dict[str, str]) -> float:
    terminal = Terminal(argv, env)
    try:
        seconds = terminal.wait_for(MARKER, timeout=120)
    finally:
        terminal.close()
    if seconds is None:
        sys.exit(f"{' '.join(argv)} never painted its search box")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--content", action="append", default=[], help="extra content pack(s) to load")
    args = parser.parse_args()
    ours_argv = [*role_explorer_command(), *(f"--content={c}" for c in args.content)]
    bare_argv = [sys.executable, "-c", BARE]
    env = private_env("startup")
    first_frame(bare_argv, env)  # warm the file cache and the parse cache, so neither side pays for them
    first_frame(ours_argv, env)
    bare, ours = [], []
    for _ in range(args.runs):  # taking turns, so machine noise falls on both alike
        bare.append(first_frame(bare_argv, env))
        ours.append(first_frame(ours_argv, env))
    bare_ms, ours_ms = statistics.median(bare) * 1000, statistics.median(ours) * 1000
    print(f"bare textual app (Input + Footer): median {bare_ms:.0f} ms over {args.runs} runs (min {min(bare) * 1000:.0f})")
    print(f"role-explorer first frame:         median {ours_ms:.0f} ms over {args.runs} runs (min {min(ours) * 1000:.0f})")
    print(f"ratio={ours_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
