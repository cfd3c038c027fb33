"""Launch to first painted screen: the real `role-explorer` command next to a bare Textual app.

Each run starts a fresh process on a pseudo-terminal of 100×30, exactly as a person's
shell would, and stops the clock when the terminal receives the frame that shows the
search box's placeholder. Two bare apps are started the same way, all three taking turns:
an Input with the same placeholder and a Footer, and the bare app of felt_latency.py (an
Input, an OptionList of 50 two-line rows, a Footer). Prints the medians and, last,
`ratio_input_footer=… ratio_input_list_footer=…` (role-explorer's median over each).

    python benchmarks/startup.py [--runs N] [--content DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from terminal import Terminal, private_env, role_explorer_command

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
BARE_LIST = """
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option

class Bare(App):
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def compose(self):
        yield Input(placeholder="Search roles and what they do… (typos are fine)")
        yield OptionList(*[
            Option(Text.assemble((f"Product Manager {row}", "bold"), ("  responsibility", "dim italic"), "\\n", f"Own the roadmap for line {row}"))
            for row in range(50)
        ])
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
    apps = {
        "bare textual app (Input + Footer)": [sys.executable, "-c", BARE],
        "bare textual app (Input + 50-row OptionList + Footer)": [sys.executable, "-c", BARE_LIST],
        "role-explorer first frame": ours_argv,
    }
    env = private_env("startup")
    for argv in apps.values():  # warm the file cache and the parse cache, so no side pays for them
        first_frame(argv, env)
    times: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(args.runs):  # taking turns, so machine noise falls on all alike
        for name, argv in apps.items():
            times[name].append(first_frame(argv, env))
    medians = {name: statistics.median(found) * 1000 for name, found in times.items()}
    for name, found in times.items():
        print(
            f"{name + ':':<56} median {medians[name]:4.0f} ms over {args.runs} runs (min {min(found) * 1000:.0f})"
        )
    bare_input, bare_list, ours_ms = medians.values()
    print(f"ratio_input_footer={ours_ms / bare_input:.2f} ratio_input_list_footer={ours_ms / bare_list:.2f}")


if __name__ == "__main__":
    main()
