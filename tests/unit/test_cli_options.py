"""The command line's help is argparse's own, wrapped at the terminal's width."""

import argparse

import pytest

from explorer.cli import _parser
from explorer.cli.commands import COMMANDS


def _helps(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.format_help(), parser.format_usage()]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                texts += _helps(sub)
    return texts


@pytest.mark.parametrize("columns", [40, 100])
def test_help_prose_is_wrapped_at_the_terminal_width(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    helps = _helps(_parser(["--help"]))
    assert len(helps) > 2 * len(COMMANDS)
    description = helps[0].split("\n\n")[1]
    assert description.startswith("Explore product-management careers.")
    assert all(len(line) <= columns - 2 for line in description.splitlines())


def test_a_narrower_terminal_gives_longer_help(monkeypatch):
    lengths = []
    for columns in ("40", "100"):
        monkeypatch.setenv("COLUMNS", columns)
        lengths.append(len(_parser(["--help"]).format_help().splitlines()))
    assert lengths[0] > lengths[1]
