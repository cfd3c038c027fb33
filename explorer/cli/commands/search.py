"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import Subcommands, content_option, json_option

if TYPE_CHECKING:
    from explorer.core.search.index import SearchHit, SearchIndex
    from explorer.core.search.stored import SearchView


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "search",
        parents=[content_option(top_level=False), json_option()],
        help="fuzzy-search roles and responsibilities",
    )
    parser.add_argument("query", nargs="+", help="words to look for; typos are fine")
    parser.add_argument(
        "--limit", type=at_least_one, default=10, help="most results to print, 1 or more (default 10)"
    )
    parser.set_defaults(run=run)


def at_least_one(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more (got {value!r})") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (got {number})")
    return number


def _answer(args: argparse.Namespace, view: SearchView, index: SearchIndex) -> tuple[list[SearchHit], Any]:
    """The hits, and what to print for them: JSON-able records with --json, else text."""
    from explorer.cli import render

    hits = index.search(" ".join(args.query), limit=args.limit)
    titles = {hit.role_id: view.titles(hit.role_id) for hit in hits}
    if args.json:
        return hits, [
            {
                "role": h.role_id,
                "title": titles[h.role_id][0],
                "kind": h.doc.kind.label,
                "text": h.doc.text,
                "responsibility": h.doc.responsibility_id,
                "score": h.score,
                "spans": h.spans,
                "partial": h.partial,
            }
            for h in hits
        ]
    return hits, render.search_hits(titles, hits) if hits else ""


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json, warn, warn_problem_count
    from explorer.core.search.stored import with_search_index

    def answer(index: SearchIndex, view: SearchView) -> tuple[list[SearchHit], Any, int]:
        return (*_answer(args, view, index), view.problems)

    hits, text, problems = with_search_index(args.content, answer)
    warn_problem_count(problems)
    if args.json:
        say_json(text)
    elif hits:
        say(text)
    else:
        warn(f"no matches for {' '.join(args.query)!r}")
    return EXIT_OK if hits else EXIT_PROBLEMS  # like grep and fzf: 1 when nothing matches
