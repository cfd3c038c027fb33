"""`role-explorer plan assess | evidence | readiness`: self-assessment and evidence from the shell.

The parsers hang under `plan`; `plan.py` hands these actions here.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import Subcommands, json_option

if TYPE_CHECKING:
    from explorer.core.content.model import Catalog, Role
    from explorer.core.plans.evidence import Readiness
    from explorer.core.plans.model import Plan
    from explorer.core.plans.readiness import Counts, RoleReadiness
    from explorer.core.plans.store import PlanStore, StoredPlan

ACTIONS = ("assess", "evidence", "readiness")
STATES = ("not-yet", "learning", "doing-it", "evidenced")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def register_actions(actions: Subcommands) -> None:
    assess = actions.add_parser("assess", help="say how far along you are with one responsibility")
    assess.add_argument("name", help="plan name (file name without .toml) or title")
    assess.add_argument(
        "responsibility",
        help="responsibility id of the target (or current) role, or role-id#responsibility-id",
    )
    assess.add_argument("state", choices=STATES)
    evidence = actions.add_parser(
        "evidence", help="log evidence of what you did, and link it to responsibilities"
    )
    evidence_actions = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = evidence_actions.add_parser("add", help="log one piece of evidence")
    add.add_argument("name", help="plan name or title")
    add.add_argument("--text", required=True, help="what you did (the action)")
    add.add_argument("--situation", default="", help="the situation it was in")
    add.add_argument("--result", default="", help="what came of it")
    add.add_argument("--link", default="", help="an http(s) address where it can be seen")
    add.add_argument(
        "--supports",
        nargs="+",
        default=[],
        metavar="ID",
        help="responsibilities it shows (ids as for assess)",
    )
    add.add_argument("--date", type=_date, default=None, help="when it happened, YYYY-MM-DD (default: today)")
    link = evidence_actions.add_parser(
        "link", help="link an evidence entry to a responsibility (or --unlink)"
    )
    link.add_argument("name", help="plan name or title")
    link.add_argument("evidence_id", help="the entry's id, such as e1")
    link.add_argument("responsibility", help="responsibility id, or role-id#responsibility-id")
    link.add_argument("--unlink", action="store_true", help="remove the link instead")
    listing = evidence_actions.add_parser(
        "list", parents=[json_option()], help="every evidence entry in the plan"
    )
    listing.add_argument("name", help="plan name or title")
    readiness = actions.add_parser(
        "readiness", parents=[json_option()], help="counts of evidenced, learning and not yet, by area"
    )
    readiness.add_argument("name", help="plan name or title")
    readiness.add_argument("--role", help="another role than the plan's target (id, title or alias)")


def run_action(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import EXIT_USAGE, warn

    try:
        if args.plan_command == "assess":
            return _assess(args, catalog, store, stored)
        if args.plan_command == "readiness":
            return _readiness(args, catalog, stored)
        if args.evidence_command == "list":
            return _list_evidence(args, stored)
        return (
            _add_evidence(args, catalog, store, stored)
            if args.evidence_command == "add"
            else _link(args, catalog, store, stored)
        )
    except (LookupError, ValueError) as error:
        warn(str(error))
        return EXIT_USAGE


def _assess(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import say
    from explorer.core.plans.evidence import Readiness
    from explorer.core.plans.readiness import assess, find_responsibility, responsibility_words

    plan = stored.plan
    ref, _ = find_responsibility(plan, catalog, args.responsibility)
    before = next((a.state.label for a in plan.assessments if a.responsibility == ref), "not assessed")
    text, area = responsibility_words(plan, catalog, ref)
    store.save(stored.name, assess(plan, ref, Readiness(args.state), text, area), stored.fingerprint)
    say(f"{ref}: {Readiness(args.state).label} (was {before}) in plan {stored.name}")
    return 0


def _add_evidence(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import say
    from explorer.core.plans.evidence import Evidence, is_link
    from explorer.core.plans.readiness import add_evidence, find_responsibility

    if not args.text.strip():
        raise ValueError("--text must say what you did")
    if args.link and not is_link(args.link):
        raise ValueError(f"--link {args.link!r} must be an http:// or https:// address without spaces")
    plan = stored.plan
    supports = tuple(dict.fromkeys(find_responsibility(plan, catalog, wanted)[0] for wanted in args.supports))
    entry = Evidence(
        "",
        args.date or dt.date.today(),
        args.text.strip(),
        args.situation.strip(),
        args.result.strip(),
        args.link,
        supports,
    )
    plan, entry = add_evidence(plan, entry)
    store.save(stored.name, plan, stored.fingerprint)
    linked = f", supporting {', '.join(supports)}" if supports else " (not linked yet: plan evidence link)"
    say(f"{entry.id} added to plan {stored.name}{linked}")
    return 0


def _link(args: argparse.Namespace, catalog: Catalog, store: PlanStore, stored: StoredPlan) -> int:
    from explorer.cli.output import say
    from explorer.core.plans.readiness import find_responsibility, link_evidence

    ref, _ = find_responsibility(stored.plan, catalog, args.responsibility)
    store.save(
        stored.name, link_evidence(stored.plan, args.evidence_id, ref, on=not args.unlink), stored.fingerprint
    )
    say(
        f"{args.evidence_id} {'no longer supports' if args.unlink else 'supports'} {ref} in plan {stored.name}"
    )
    return 0


def _list_evidence(args: argparse.Namespace, stored: StoredPlan) -> int:
    from explorer.cli.output import say, say_json
    from explorer.core.plans.evidence import evidence_jsonable

    entries = stored.plan.evidence
    if args.json:
        say_json([evidence_jsonable(e) for e in entries])
        return 0
    if not entries:
        say(f"No evidence in plan {stored.name} yet: plan evidence add {stored.name} --text …")
    for entry in entries:
        say(f"{entry.id}  {entry.date.isoformat()}  {entry.summary()}")
        say(f"    supports: {', '.join(entry.supports) or '(nothing yet)'}")
    return 0


def readiness_jsonable(readiness: RoleReadiness) -> dict[str, Any]:
    def counts(c: Counts) -> dict[str, Any]:
        return {
            "total": c.total,
            "evidenced": c.evidenced,
            "doing_it": c.doing,
            "learning": c.learning,
            "not_yet": c.not_yet,
            "not_assessed": c.not_assessed,
            "evidenced_without_entry": c.without_entry,
            "core": c.core,
            "core_evidenced": c.core_evidenced,
            "summary": c.summary(),
        }

    return {
        "role": readiness.role_id,
        "title": readiness.role_title,
        "total": counts(readiness.counts()),
        "areas": {area: counts(readiness.counts(area)) for area in readiness.areas()},
        "responsibilities": [
            {
                "ref": r.ref,
                "text": r.text,
                "area": r.area,
                "state": r.state.value if r.state else None,
                "assessed": r.assessed.value if r.assessed else None,
                "evidence": [e.id for e in r.evidence],
                "in_role": r.in_role,
                "core": r.core,
            }
            for r in readiness.rows
        ],
    }


def _readiness(args: argparse.Namespace, catalog: Catalog, stored: StoredPlan) -> int:
    from explorer.cli.output import say, say_json
    from explorer.core.content.resolve import find_role
    from explorer.core.plans.readiness import GONE, role_readiness

    plan = stored.plan
    if args.role:
        role = find_role(catalog, args.role)
    elif plan.target_role and plan.target_role in catalog.roles:
        role = catalog.roles[plan.target_role]
    else:
        raise LookupError(f"plan {stored.name} has no target role in the loaded content; pass --role")
    readiness = role_readiness(plan, role)
    if args.json:
        data = readiness_jsonable(readiness)
        data["mentor_views"] = second_views_jsonable(plan, role)
        say_json(data)
        return 0
    lines = [f"Readiness for {role.title} (plan {stored.name})", readiness.counts().summary(), ""]
    for area in readiness.areas():
        lines.append(f"{area.capitalize()}: {readiness.counts(area).summary()}")
        for row in readiness.in_role:
            if row.area == area:
                evidence = f" [{', '.join(e.id for e in row.evidence)}]" if row.evidence else ""
                core = " [core]" if row.core else ""
                lines.append(_state_line(row.state, f"{row.text}{core}{evidence}"))
    if readiness.gone:
        lines += ["", f"{GONE.capitalize()} (kept):"]
        lines += [_state_line(r.state, r.text) for r in readiness.gone]
    say("\n".join(lines + second_views_text(plan, role)))
    return 0


def _state_line(state: Readiness | None, text: str) -> str:
    """A responsibility's words after its state, wrapped under themselves (ids are for --json)."""
    import textwrap

    from explorer.cli.render import WIDTH

    label = state.label if state else "not assessed"
    return textwrap.fill(
        " ".join(text.split()),
        WIDTH,
        initial_indent=f"  {label:<13}",
        subsequent_indent=" " * 15,
        break_on_hyphens=False,
    )


def second_views_text(plan: Plan, role: Role) -> list[str]:
    """Each mentor's view: disagreements first, then agreements and unrated lines."""
    from explorer.cli.commands.plan_mentor import view_report
    from explorer.core.plans.merge import UNRATED, view_lines

    lines: list[str] = []
    for view in plan.mentor_views:
        lines += ["", f"Second opinion: {view.mentor} ({view.date.isoformat()})"]
        rows = view_lines(plan, role, view)
        lines += view_report([row for row in rows if row.kind != UNRATED], view.mentor)
        unrated = sum(row.kind == UNRATED for row in rows)
        if unrated:
            lines.append(f"Not rated by {view.mentor}: {unrated}")
    return lines


def second_views_jsonable(plan: Plan, role: Role) -> list[dict[str, object]]:
    from explorer.core.plans.merge import view_lines

    return [
        {
            "mentor": view.mentor,
            "date": view.date.isoformat(),
            "lines": [
                {
                    "ref": line.ref,
                    "kind": line.kind,
                    "yours": line.own.value if line.own else None,
                    "mentor": line.mentor.value if line.mentor else None,
                    "comment": line.comment,
                }
                for line in view_lines(plan, role, view)
            ],
        }
        for view in plan.mentor_views
    ]
