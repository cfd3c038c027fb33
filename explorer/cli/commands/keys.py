"""`role-explorer keys`: every key binding id, for the [keymap] table of config.toml."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, json_option


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "keys", parents=[json_option()], help="the app's key binding ids, to remap in config.toml"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer import locations
    from explorer.cli.output import EXIT_OK, say, say_json
    from explorer.tui.launch import key_bindings

    entries = key_bindings()
    if args.json:
        say_json([{"id": e.binding_id, "keys": e.keys, "where": e.where, "help": e.help} for e in entries])
        return EXIT_OK
    id_width = max(len(e.binding_id) for e in entries)
    key_width = max(len(e.keys) for e in entries)
    lines = [f"{'id':<{id_width}}  {'keys':<{key_width}}  where: what it does"]
    lines += [f"{e.binding_id:<{id_width}}  {e.keys:<{key_width}}  {e.where}: {e.help}" for e in entries]
    lines += [
        "",
        f"To change a key, add it to {locations.config_file()}:",
        "  [keymap]",
        '  "app.search" = "ctrl+f,ctrl+s"',
        "Several keys are separated by commas; the new keys replace the old ones.",
    ]
    say("\n".join(lines))
    return EXIT_OK
