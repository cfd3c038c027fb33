"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import content_option, json_option


def register(commands) -> None:
    parser = commands.add_parser(
        "search", parents=[content_option(top_level=False), json_option()], help="fuzzy-search roles and responsibilities"
    )
    parser.add_argument("query", nargs="+", help="words to look for; typos are fine")
    parser.add_argument("--limit", type=at_least_one, default=10, help="most results to print, 1 or more (default 10)")
    parser.set_defaults(run=run)


def at_least_one(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more (got {value!r})") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (got {number})")
    return number


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json, warn, warn_problems
    from explorer.core.content.library import load_library
    from explorer.core.search.index import SearchIndex

    result = load_library(args.content)
    warn_problems(result)
    catalog = result.catalog
    hits = SearchIndex.from_catalog(catalog).search(" ".join(args.query), limit=args.limit)
    if args.json:
        say_json([
            {"role": h.role_id, "title": catalog.roles[h.role_id].title, "kind": h.doc.kind.label,
             "text": h.doc.text, "responsibility": h.doc.responsibility_id, "score": h.score, "spans": h.spans,
             "partial": h.partial}
            for h in hits
        ])
    elif hits:
        say(render.search_hits(catalog, hits))
    else:
        warn(f"no matches for {' '.join(args.query)!r}")
    return EXIT_OK if hits else EXIT_PROBLEMS  # like grep and fzf: 1 when nothing matches
