"""Only the invoked command's parser is built; help and errors are as if every one were."""

import argparse
import pkgutil
import subprocess
import sys

import pytest

from explorer.cli import _parser, commands_needed, main
from explorer.cli import commands as command_package
from explorer.cli.commands import COMMANDS, command_module


def _commands_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_every_command_module_is_listed():
    modules = {info.name for info in pkgutil.iter_modules(command_package.__path__)}
    helpers = {
        "options",
        "plan_edit",
        "plan_mentor",
        "plan_names",
        "plan_readiness",
    }  # parts of other commands
    assert modules - helpers == {command_module(name).__name__.rpartition(".")[2] for name in COMMANDS}
    with pytest.raises(KeyError):
        command_module("nope")


def test_help_lists_every_command_with_its_line(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    listed = [
        line.split()[0]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("    ") and not line.startswith("     ")
    ]
    assert listed == list(COMMANDS)
    help_lines = {a.dest: a.help for a in _parser(["--help"])._subparsers._group_actions[0]._choices_actions}
    assert set(help_lines) == set(COMMANDS) and all(help_lines.values())


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_built_alone_parses_as_in_the_full_tree(name):
    alone = _commands_of(_parser([name]))
    assert list(alone) == [name]
    assert alone[name].format_help() == _commands_of(_parser(["--help"]))[name].format_help()


@pytest.mark.parametrize(
    ("argv", "needed"),
    [
        (["search", "pricing"], ["search"]),
        (["--content", "search", "show", "pm"], ["show"]),  # a folder named like a command
        (["--content=pack", "ladder"], ["ladder"]),
        ([], []),
        (["--content", "pack"], []),
        (["--help"], list(COMMANDS)),
        (["--version"], list(COMMANDS)),
        (["serach", "x"], list(COMMANDS)),
        (["--cont", "pack", "search"], list(COMMANDS)),  # argparse's abbreviation: not second-guessed
        (["--content"], list(COMMANDS)),
    ],
)
def test_commands_needed(argv, needed):
    assert commands_needed(argv) == needed


def test_unknown_command_still_lists_the_choices(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["serach", "roadmap"])
    assert stop.value.code == 2
    assert "invalid choice: 'serach'" in capsys.readouterr().err


def test_options_before_the_command_still_parse(capsys, data_dir):
    code = main(["--content", str(data_dir / "team"), "search", "budget", "--limit", "1"])
    assert code == 0 and capsys.readouterr().out


def test_a_command_imports_no_other_command():
    script = (
        "import sys; from explorer.cli import main; main(['search', 'budget', '--limit', '1']);"
        "print(sorted(m for m in sys.modules if m.startswith('explorer.cli.commands.')), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.strip().splitlines()[-1]
        == "['explorer.cli.commands.options', 'explorer.cli.commands.search']"
    )
