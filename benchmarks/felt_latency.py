"""Felt search latency: a key pressed in a real terminal → the painted frame with its results.

Runs role-explorer as people run it (the installed entry point's `launch`, the shipped
library plus a generated pack loaded in the background, Textual's real Linux driver on a
pseudo-terminal of 100×30), and, in the same run, a bare Textual app (an Input, an
OptionList of 50 two-line rows rebuilt on every key, a Footer). Keys are written to each
terminal one at a time, a typist's pace apart, the two apps taking turns query by query.

A keystroke's felt latency is the time from writing the key to the first frame the app
hands to the terminal after its results for that text (or a later one) are on screen.
After each query the box is emptied (ctrl+l, or backspace all the way), which times the
return to the empty box. Prints p50/p99 for both apps and ends with
`ratio_p99=… empty_box_p99_ms=…`.

    python benchmarks/felt_latency.py [--responsibilities N] [--interval SECONDS] [--quick]

FELT_SCRIPT=wrapper.py runs the two apps through a wrapper script instead (to profile them).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import statistics
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from terminal import Terminal, pack_for, private_env

EXISTING_QUERIES = [
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
# What people type: two words, the second one still being typed when the results matter.
EVERYDAY_QUERIES = [
    "team lead",
    "product strategy",
    "data analysis",
    "manage budget",
    "hire people",
    "stakeholder management",
    "user research",
    "pricing strategy",
    "people management",
    "roadmap planning",
]
CLEAR, BACKSPACE = b"\x0c", b"\x7f"
PLACEHOLDER = "Search roles and what they do"


# ---- the two apps, each run in its own process on a pseudo-terminal --------------------


def _report(events, line: str) -> None:
    events.write(line + "\n")
    events.flush()


def _instrument_driver(events) -> None:
    """Note the first frame written after a screen's `shown_results` changes."""
    from textual.drivers.linux_driver import LinuxDriver

    original = LinuxDriver.write
    last: list[object] = [None]

    def write(self, data: str) -> None:
        original(self, data)
        stack = self._app._screen_stack
        shown = getattr(stack[-1], "shown_results", None) if stack else None
        if shown is not None and shown is not last[0]:
            last[0] = shown
            _report(events, f"shown {time.monotonic()} {json.dumps(shown[1])}")

    LinuxDriver.write = write


def _run_ours(pack: Path, events) -> None:
    from explorer.tui.app import RoleExplorerApp
    from explorer.tui.launch import launch
    from explorer.tui.screens.search import SearchScreen

    original_mount = RoleExplorerApp.on_mount

    def on_mount(self) -> None:
        original_mount(self)
        ready: list[bool] = []

        def check() -> None:
            if not ready and not self.pending_packs and isinstance(self.screen, SearchScreen):
                ready.append(True)
                _report(events, f"ready {len(self.index)}")

        self.set_interval(0.05, check)

    RoleExplorerApp.on_mount = on_mount
    launch([pack])


def _run_bare(events) -> None:
    from rich.text import Text
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Footer, Input, OptionList
    from textual.widgets.option_list import Option

    class Bare(App[None]):
        BINDINGS = [Binding("ctrl+l", "clear", "Clear"), Binding("ctrl+q", "quit", "Quit", priority=True)]

        def compose(self):
            yield Input(placeholder=PLACEHOLDER)
            yield OptionList()
            yield Footer()

        def on_mount(self) -> None:
            self.fill("")
            self.call_after_refresh(_report, events, "ready 50")

        def on_input_changed(self, event: Input.Changed) -> None:
            self.fill(event.value)

        def action_clear(self) -> None:
            self.query_one(Input).value = ""

        def fill(self, query: str) -> None:
            options = [
                Option(
                    Text.assemble(
                        (f"Product Manager {row}", "bold"),
                        ("  responsibility", "dim italic"),
                        "\n",
                        f"Own the {query} roadmap for line {row}",
                    )
                )
                for row in range(50)
            ]
            results = self.query_one(OptionList)
            results.clear_options()
            results.add_options(options)
            results.highlighted = 0
            self.screen.shown_results = (object(), query)

    Bare().run()


def child(kind: str, pack: Path | None, events_fd: int) -> None:
    events = os.fdopen(events_fd, "w")
    try:
        _instrument_driver(events)
        _run_ours(pack, events) if kind == "ours" else _run_bare(events)
        _report(events, f"rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    except BaseException:
        _report(events, "error " + json.dumps(traceback.format_exc()))
        raise


# ---- the typist --------------------------------------------------------------------------


@dataclass
class Session:
    name: str
    terminal: Terminal
    keys: list[tuple[float, str, bool]] = field(
        default_factory=list
    )  # (sent at, text after, empties the box)
    shown: list[tuple[float, str]] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    notes: list[str] = field(default_factory=list)

    def listen(self, read_fd: int) -> None:
        for line in os.fdopen(read_fd):
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "shown":
                at, _, query = rest.partition(" ")
                self.shown.append((float(at), json.loads(query)))
            elif kind == "ready":
                self.ready.set()
            else:
                self.notes.append(f"{kind} {json.loads(rest) if kind == 'error' else rest}")

    def type_query(self, query: str, by_backspace: bool, interval: float, settle: float) -> None:
        for end in range(1, len(query) + 1):
            self.keys.append((self.terminal.send(query[end - 1].encode()), query[:end], False))
            time.sleep(interval)
        time.sleep(settle)
        if by_backspace:
            for end in range(len(query) - 1, -1, -1):
                self.keys.append((self.terminal.send(BACKSPACE), query[:end], end == 0))
                time.sleep(interval)
        else:
            self.keys.append((self.terminal.send(CLEAR), "", True))
        time.sleep(settle)

    def latencies(self, timeout: float = 10.0) -> tuple[list[float], list[float], int]:
        """(keystroke ms, empty-box ms, keys never answered) from the keys sent and frames shown."""
        typed, emptied, missed = [], [], 0
        for index, (sent, _, empties) in enumerate(self.keys):
            later_texts = {}
            for sent_later, text, _ in self.keys[index:]:
                later_texts.setdefault(text, sent_later)
            answer = next(
                (
                    at
                    for at, text in self.shown
                    if at > sent and text in later_texts and later_texts[text] < at and at - sent < timeout
                ),
                None,
            )
            if answer is None:
                missed += 1
            else:
                (emptied if empties else typed).append((answer - sent) * 1000)
        return typed, emptied, missed


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else float("nan")


def start(name: str, argv: list[str], env: dict[str, str]) -> Session:
    read_fd, write_fd = os.pipe()
    terminal = Terminal([*argv, "--events-fd", str(write_fd)], env, pass_fds=[write_fd])
    os.close(write_fd)
    session = Session(name, terminal)
    threading.Thread(target=session.listen, args=(read_fd,), daemon=True).start()
    return session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responsibilities", type=int, default=20_000)
    parser.add_argument(
        "--interval", type=float, default=0.15, help="seconds between keys (a fast typist: 0.15)"
    )
    parser.add_argument(
        "--settle", type=float, default=0.4, help="pause after a query and after emptying the box"
    )
    parser.add_argument("--quick", action="store_true", help="only the everyday queries")
    parser.add_argument("--child", choices=("ours", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--pack", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--events-fd", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.pack, args.events_fd)
        return

    pack = pack_for(args.responsibilities)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # so `finally` still closes both apps
    me = [sys.executable, os.environ.get("FELT_SCRIPT", str(Path(__file__).resolve()))]
    bare = start("bare", [*me, "--child", "bare"], private_env("felt-bare"))
    ours = start("ours", [*me, "--child", "ours", "--pack", str(pack)], private_env("felt"))
    sessions = (bare, ours)
    try:
        for session in sessions:
            deadline = time.monotonic() + 900
            while not session.ready.wait(0.2):
                if session.terminal.process.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"{session.name} app never became ready: {session.notes}")
        time.sleep(1.0)
        queries = EVERYDAY_QUERIES if args.quick else EXISTING_QUERIES + EVERYDAY_QUERIES
        for number, query in enumerate(queries):
            for session in sessions:  # taking turns, so machine noise falls on both alike
                session.type_query(
                    query, by_backspace=number % 2 == 1, interval=args.interval, settle=args.settle
                )
    finally:
        for session in sessions:
            session.terminal.close()
    time.sleep(0.5)

    print(
        f"{pack.name}: {len(ours.keys)} keys into each app, {args.interval * 1000:.0f} ms apart, terminal 100×30"
    )
    rows = {}
    for session in sessions:
        typed, emptied, missed = session.latencies()
        rows[session.name] = (typed, emptied)
        rss = next((int(n.split()[1]) / 1024 for n in session.notes if n.startswith("rss")), float("nan"))
        print(
            f"{session.name:>5}: keystroke p50 {percentile(typed, 0.5):6.1f} ms  p99 {percentile(typed, 0.99):6.1f} ms  "
            f"max {max(typed, default=float('nan')):6.1f} ms · empty box p50 {percentile(emptied, 0.5):6.1f} ms  "
            f"p99 {percentile(emptied, 0.99):6.1f} ms · unanswered {missed} · peak RSS {rss:.0f} MB"
        )
        for note in session.notes:
            if not note.startswith("rss"):
                print(f"       {note}")
    ours_rss = next((int(n.split()[1]) / 1024 for n in ours.notes if n.startswith("rss")), float("nan"))
    bare_p99, ours_p99 = percentile(rows["bare"][0], 0.99), percentile(rows["ours"][0], 0.99)
    empty_p99 = percentile(rows["ours"][1], 0.99)
    print(
        f"ratio_p99={ours_p99 / bare_p99:.2f} empty_box_p99_ms={empty_p99:.0f} "
        f"empty_box_vs_keystroke_p99={empty_p99 / ours_p99:.2f} felt_p50_ms={statistics.median(rows['ours'][0]):.0f} "
        f"bare_p50_ms={statistics.median(rows['bare'][0]):.0f} rss_mb={ours_rss:.0f}"
    )


if __name__ == "__main__":
    main()
