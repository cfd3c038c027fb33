"""The command line's help is argparse's, at the width shutil would have given it."""

import argparse
import os
import shutil
import subprocess
import sys

import pytest

from explorer.cli import _parser
from explorer.cli.commands import COMMANDS
from explorer.cli.commands.options import Parser, terminal_columns


@pytest.mark.parametrize("columns", [None, "", "abc", "0", "-5", "37", "120"])
def test_the_width_is_the_one_shutil_gives(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_in_a_terminal_too():
    script = "import shutil; from explorer.cli.commands.options import terminal_columns; print(terminal_columns(), shutil.get_terminal_size().columns)"
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    found = subprocess.run([sys.executable, "-c", script], stdout=follower, env=env, timeout=60, check=False)
    os.close(follower)
    mine, shutils = os.read(leader, 100).split()
    os.close(leader)
    assert found.returncode == 0 and mine == shutils


@pytest.mark.parametrize("columns", ["40", "100"])
def test_every_help_text_is_what_argparse_alone_writes(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)

    def helps(parser):
        texts = [parser.format_help(), parser.format_usage()]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    texts += helps(sub)
        return texts

    ours = helps(_parser(["--help"]))
    monkeypatch.setattr(
        Parser,
        "__init__",
        lambda self, *a, formatter_class=None, **k: argparse.ArgumentParser.__init__(self, *a, **k),
    )
    theirs = helps(_parser(["--help"]))
    assert ours == theirs and len(ours) > 2 * len(COMMANDS)
