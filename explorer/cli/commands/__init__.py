"""One module per subcommand. Each registers its parser and a `run(args) -> int` handler.

A command module imports only argparse at the top and the core inside its handler, so a
command pays only for the code it uses. Only the invoked command's module is imported and
its parser built (see `explorer.cli.commands_needed`); `--help` builds them all.
"""

from __future__ import annotations

from importlib import import_module

# Command name → its module. The order is the order of `role-explorer --help`.
COMMANDS = {
    "search": "search",
    "show": "show",
    "compare": "compare",
    "ladder": "ladder",
    "gap": "gap",
    "validate": "validate",
    "import": "import_pack",
    "new-pack": "new_pack",
    "export-pack": "export_pack",
    "plan": "plan",
    "schema": "schema",
    "serve": "serve",
}


def register(commands, names) -> None:
    """Build the parsers of the commands `names` (each a key of COMMANDS) into `commands`."""
    for name in names:
        import_module(f"{__name__}.{COMMANDS[name]}").register(commands)
