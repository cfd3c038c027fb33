"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import Subcommands, content_option, json_option

if TYPE_CHECKING:
    from explorer.core.search.answer import SearchAnswer
    from explorer.core.search.index import SearchIndex
    from explorer.core.search.stored import SearchView


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "search",
        parents=[content_option(top_level=False), json_option()],
        help="fuzzy-search roles and responsibilities",
    )
    parser.add_argument(
        "query",
        nargs="+",
        help='words to look for; typos are fine. Operators: -word, "a phrase", role:, area:, kind:, '
        "track:, pack:, level:>=4, a | b",
    )
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


def _answer(args: argparse.Namespace, view: SearchView, index: SearchIndex) -> tuple[SearchAnswer, Any]:
    """The answer, and what to print for it: JSON-able records with --json, else text."""
    from explorer.cli import render
    from explorer.core.search.answer import answer

    found = answer(index, " ".join(args.query), args.limit)
    hits = list(found.hits)
    titles = {hit.role_id: view.titles(hit.role_id) for hit in hits}
    if args.json:
        return found, [
            {
                "rank": rank,
                "role": h.role_id,
                "title": titles[h.role_id][0],
                "kind": h.doc.kind.label,
                "text": h.doc.text,
                "responsibility": h.doc.responsibility_id,
                # A next step's destination: the role it leads to.
                "to": h.doc.target or None,
                "to_title": h.doc.context or None,
                "score": h.score,  # the sort key: rank 1 has the highest
                "relevance": h.relevance,
                "why": list(h.why),
                "spans": h.spans,
                "partial": h.partial,
            }
            for rank, h in enumerate(hits, 1)
        ]
    return found, render.search_hits(titles, hits) if hits else ""


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json, warn, warn_problem_count
    from explorer.core.search.stored import with_search_index

    def answer(index: SearchIndex, view: SearchView) -> tuple[SearchAnswer, Any, int]:
        return (*_answer(args, view, index), view.problems)

    found, text, problems = with_search_index(args.content, answer)
    warn_problem_count(problems)
    query = " ".join(args.query)
    if args.json:
        say_json(text)
    elif found.hits:
        say(text)
    if not found.hits:
        warn(f"no matches for {query!r}")
    elif not found.complete:
        warn(f"no line matches every word of {query!r}; the lines above match some")
    if found.suggestion:
        warn(f"did you mean: {found.suggestion}")
    # Like grep and fzf: 1 when no line matches all the meaningful words.
    return EXIT_OK if found.complete else EXIT_PROBLEMS
