"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import content_option, json_option


def register(commands) -> None:
    parser = commands.add_parser(
        "search", parents=[content_option(top_level=False), json_option()], help="fuzzy-search roles and responsibilities"
    )
    parser.add_argument("query", nargs="+", help="words to look for; typos are fine")
    parser.add_argument("--limit", type=int, default=10, help="most results to print (default 10)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, say, say_json, warn_problems
    from explorer.core.content.library import load_library
    from explorer.core.search.index import SearchIndex

    result = load_library(args.content)
    warn_problems(result)
    catalog = result.catalog
    hits = SearchIndex.from_catalog(catalog).search(" ".join(args.query), limit=max(args.limit, 1))
    if args.json:
        say_json([
            {"role": h.role_id, "title": catalog.roles[h.role_id].title, "kind": h.doc.kind.label,
             "text": h.doc.text, "responsibility": h.doc.responsibility_id, "score": h.score, "spans": h.spans}
            for h in hits
        ])
    else:
        say(render.search_hits(catalog, hits))
    return EXIT_OK
