"""`role-explorer plan mentor-copy | review | merge`: a mentor's second opinion, by file.

`review` works on the file alone: it never opens the mentor's own plans or content.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.cli.commands.options import Subcommands, json_option

if TYPE_CHECKING:
    from explorer.core.content.model import Catalog
    from explorer.core.plans.merge import ViewLine
    from explorer.core.plans.store import PlanStore, StoredPlan

ACTIONS = ("mentor-copy", "merge")
STATES = ("not-yet", "learning", "doing-it", "evidenced")


def register_actions(actions: Subcommands, name_help: str) -> None:
    copy = actions.add_parser(
        "mentor-copy",
        help="write a review file for a mentor: roles, your states, evidence titles; never your notes",
    )
    copy.add_argument("name", help=name_help)
    copy.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the file to write (not overwritten)"
    )
    copy.add_argument(
        "--with-evidence",
        action="store_true",
        help="include the evidence's situation, action, result and link, not only its title and date",
    )
    review = actions.add_parser("review", help="(for the mentor) rate one responsibility in a review file")
    review.add_argument("file", type=Path, help="the review file")
    review.add_argument("responsibility", help="responsibility id, or role-id#responsibility-id")
    review.add_argument("state", choices=STATES)
    review.add_argument("--comment", help="what you would say about it (replaces an earlier comment)")
    review.add_argument("--mentor", default="", metavar="NAME", help="your name, kept in the file")
    merge = actions.add_parser(
        "merge", parents=[json_option()], help="bring a mentor's review into the plan, beside your own view"
    )
    merge.add_argument("name", help=name_help)
    merge.add_argument("file", type=Path, help="the review file the mentor sent back")
    merge.add_argument("--mentor", default="", metavar="NAME", help="the mentor's name, if the file has none")


def run_review(args: argparse.Namespace) -> int:
    """Rate one line of a review file: touches nothing but that file."""
    from explorer.cli.output import EXIT_USAGE, say, warn
    from explorer.core.plans.evidence import Readiness
    from explorer.core.plans.review_file import ReviewError, rate, read_review, write_review

    try:
        review = read_review(args.file)
        rated = rate(review, args.responsibility, Readiness(args.state), args.comment, args.mentor)
        write_review(args.file, rated)
    except ReviewError as error:
        warn(str(error))
        return 1
    except LookupError as error:
        warn(f"{args.file}: {error}")
        return EXIT_USAGE
    line = rated.line(args.responsibility)
    comment = f" — '{line.mentor_comment}'" if line.mentor_comment else ""
    own = line.own_state.label if line.own_state else "not assessed"
    say(f"{line.ref}: mentor {Readiness(args.state).label} (theirs: {own}){comment}; saved in {args.file}")
    return 0


def run_action(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import EXIT_USAGE, warn
    from explorer.core.plans.merge import MergeRefused
    from explorer.core.plans.review_file import ReviewError

    try:
        if args.plan_command == "mentor-copy":
            return _mentor_copy(args, catalog, stored)
        return _merge(args, catalog, store, stored)
    except (ReviewError, MergeRefused) as error:
        warn(str(error))
        return 1
    except LookupError as error:
        warn(str(error))
        return EXIT_USAGE


def _mentor_copy(args: argparse.Namespace, catalog: Catalog, stored: StoredPlan) -> int:
    from explorer.cli.output import say
    from explorer.core.plans.review_file import make_review, write_review

    review = make_review(stored.name, stored.plan, catalog, with_evidence=args.with_evidence)
    write_review(args.out, review, new=True)
    evidence = sum(len(line.evidence) for line in review.lines)
    say(
        f"Wrote {args.out}: {len(review.lines)} responsibilities of {review.target_title} "
        f"({review.pack_label}), {evidence} evidence titles; it leaves out {review.leaves_out}."
    )
    say(
        f"Your mentor rates a line with: role-explorer plan review {args.out} RESPONSIBILITY STATE --comment TEXT"
    )
    return 0


def _merge(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import say, say_json
    from explorer.core.plans.merge import merge_review, view_lines
    from explorer.core.plans.review_file import read_review

    review = read_review(args.file)
    plan, view = merge_review(
        review, stored.name, stored.plan, catalog, where=str(args.file), mentor=args.mentor
    )
    target = catalog.get(plan.target_role or "")
    if target is None:
        raise LookupError(f"plan {stored.name} has no target role in the loaded content")
    store.save(stored.name, plan, stored.fingerprint)
    lines = view_lines(plan, target, view)
    if args.json:
        say_json(
            {
                "plan": stored.name,
                "mentor": view.mentor,
                "date": view.date.isoformat(),
                "lines": [
                    {
                        "ref": line.ref,
                        "text": line.text,
                        "kind": line.kind,
                        "yours": line.own.value if line.own else None,
                        "mentor": line.mentor.value if line.mentor else None,
                        "comment": line.comment,
                    }
                    for line in lines
                ],
            }
        )
        return 0
    say("\n".join(view_report(lines, view.mentor)))
    say(
        f"Merged {view.mentor}'s view ({view.date.isoformat()}) into plan {stored.name}, beside your own; "
        f"to take it back: role-explorer plan restore {stored.name} 1"
    )
    return 0


def view_report(lines: list[ViewLine], mentor: str) -> list[str]:
    """Disagreements first, then agreements, then lines the mentor left unrated."""
    from explorer.core.plans.merge import AGREE, DISAGREE, UNRATED

    out: list[str] = []
    for kind, heading in (
        (DISAGREE, "Where you disagree"),
        (AGREE, "Where you agree"),
        (UNRATED, "Not rated"),
    ):
        chosen = [line for line in lines if line.kind == kind]
        if chosen:
            out.append(
                f"{heading} with {mentor} ({len(chosen)}):"
                if kind != UNRATED
                else f"{heading} by {mentor} ({len(chosen)}):"
            )
            out += [f"  {' '.join(line.text.split())}\n    {line.describe()}" for line in chosen]
    return out
