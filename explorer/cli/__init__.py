"""The `role-explorer` command: the TUI with no arguments, scriptable subcommands otherwise."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer import __version__
from explorer.cli import render
from explorer.cli.plan_commands import UnknownPlan, run_plan_command
from explorer.core.career.compare import compare_roles
from explorer.core.common.textsafe import clean
from explorer.core.content.library import content_dirs, load_library
from explorer.core.content.loader import load_catalog
from explorer.core.content.model import LoadResult
from explorer.core.content.resolve import UnknownRole, find_role
from explorer.core.content.spec import (
    LADDERS_FILE,
    ROLE,
    SOURCES_FILE,
    json_schema_document,
)
from explorer.core.plans.store import PlanError
from explorer.core.search.index import SearchIndex

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
SCHEMAS = {
    "role": (ROLE, "role-explorer role file"),
    "sources": (SOURCES_FILE, "role-explorer sources.toml"),
    "ladders": (LADDERS_FILE, "role-explorer ladders.toml"),
}


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--content", metavar="DIR", type=Path, action="append", default=[],
        help="also load role files from DIR (repeatable; later packs override earlier ones by id)",
    )
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON for programs instead of text")

    parser = argparse.ArgumentParser(
        prog="role-explorer",
        description="Explore product-management careers. With no command, opens the terminal app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"role-explorer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", parents=[common, as_json], help="fuzzy-search roles and responsibilities")
    search.add_argument("query", nargs="+", help="words to look for; typos are fine")
    search.add_argument("--limit", type=int, default=10, help="most results to print (default 10)")

    show = commands.add_parser("show", parents=[common, as_json], help="everything about one role")
    show.add_argument("role", help="role id, title or alias")

    compare = commands.add_parser("compare", parents=[common, as_json], help="two roles side by side")
    compare.add_argument("left", help="role id, title or alias")
    compare.add_argument("right", help="role id, title or alias")

    ladder = commands.add_parser("ladder", parents=[common, as_json], help="the career ladders, or where one role sits")
    ladder.add_argument("role", nargs="?", help="role id, title or alias to highlight")

    validate = commands.add_parser(
        "validate", parents=[common, as_json], help="check content files; exit 1 with one line per problem"
    )
    validate.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="content folders to check on top of the shipped library")

    plan = commands.add_parser("plan", parents=[common], help="your transition plans: list, show, export")
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    plan_commands.add_parser("list", parents=[common, as_json], help="every saved plan")
    plan_show = plan_commands.add_parser("show", parents=[common], help="one plan as a readable checklist")
    plan_show.add_argument("name", help="plan name (file name without .toml) or title")
    plan_export = plan_commands.add_parser("export", parents=[common], help="one plan as Markdown, TOML or JSON")
    plan_export.add_argument("name", help="plan name (file name without .toml) or title")
    plan_export.add_argument("--format", choices=("markdown", "toml", "json"), default="markdown")

    schema = commands.add_parser("schema", help="print the JSON Schema for a kind of content file")
    schema.add_argument("kind", nargs="?", default="role", choices=sorted(SCHEMAS), help="which file (default: role)")
    return parser


def _print(text: str) -> None:
    print(clean(text))


def _print_json(value) -> None:
    print(json.dumps(render.jsonable(value), indent=2, ensure_ascii=False))


def _warn_problems(result: LoadResult) -> None:
    if result.problems:
        count = len(result.problems)
        print(
            f"role-explorer: {count} content problem{'s' if count != 1 else ''} skipped; run 'role-explorer validate' for details",
            file=sys.stderr,
        )


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        shape, title = SCHEMAS[args.kind]
        _print_json(json_schema_document(shape, title))
        return EXIT_OK
    if args.command == "validate":
        dirs = content_dirs([*args.content, *args.dirs])
        result = load_catalog(dirs)
        if args.json:
            _print_json({"ok": result.ok, "roles": len(result.catalog), "problems": [str(p) for p in result.problems]})
        else:
            for problem in result.problems:
                _print(str(problem))
            summary = f"{len(result.catalog)} roles, {len(result.catalog.ladders)} ladders from {len(dirs)} folder(s)"
            print(("ok: " if result.ok else f"{len(result.problems)} problem(s); loaded ") + summary, file=sys.stderr)
        return EXIT_OK if result.ok else EXIT_PROBLEMS

    result = load_library(args.content)
    if args.command == "plan":
        return run_plan_command(args, result.catalog)
    _warn_problems(result)
    catalog = result.catalog
    if args.command == "search":
        hits = SearchIndex.from_catalog(catalog).search(" ".join(args.query), limit=max(args.limit, 1))
        if args.json:
            _print_json([
                {"role": h.role_id, "title": catalog.roles[h.role_id].title, "kind": h.doc.kind.label,
                 "text": h.doc.text, "responsibility": h.doc.responsibility_id, "score": h.score, "spans": h.spans}
                for h in hits
            ])
        else:
            _print(render.search_hits(catalog, hits))
        return EXIT_OK
    if args.command == "show":
        role = find_role(catalog, args.role)
        _print_json(role) if args.json else _print(render.role_detail(catalog, role))
        return EXIT_OK
    if args.command == "compare":
        comparison = compare_roles(catalog, find_role(catalog, args.left), find_role(catalog, args.right))
        _print_json(comparison) if args.json else _print(render.comparison(comparison))
        return EXIT_OK
    if args.command == "ladder":
        from explorer.core.career.ladder import ladders_for

        role = find_role(catalog, args.role) if args.role else None
        if args.json:
            _print_json([l for l in ladders_for(catalog) if role is None or role.id in l.roles])
        else:
            _print(render.ladders(catalog, role))
        return EXIT_OK
    raise AssertionError(f"unhandled command {args.command}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command is None:
            from explorer.tui.launch import launch

            return launch(args.content)
        return _run(args)
    except UnknownRole as error:
        print(f"role-explorer: {error}", file=sys.stderr)
        return EXIT_USAGE
    except PlanError as error:
        print(f"role-explorer: {clean(str(error))}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UnknownPlan) else EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
