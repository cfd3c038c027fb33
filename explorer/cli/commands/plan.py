"""`role-explorer plan …`: the person's transition plans.

Reading: list, show, export, history. Changing: new, rename, duplicate, delete, undelete,
restore (plan_edit.py). Readiness: assess, evidence, readiness (plan_readiness.py).
Nothing that only reads ever moves or renames a file.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from explorer.cli.commands import plan_edit, plan_mentor, plan_readiness
from explorer.cli.commands.options import Subcommands, content_option, json_option
from explorer.cli.commands.plan_names import find_name
from explorer.cli.output import say, say_json
from explorer.core.common.plural import counted
from explorer.core.common.textsafe import clean, one_line, toml_safe

if TYPE_CHECKING:
    from collections.abc import Callable

    from explorer.core.content.model import Catalog
    from explorer.core.plans.model import Plan
    from explorer.core.plans.store import PlanStore, StoredPlan

NAME_HELP = "plan name (file name without .toml) or title"
NEEDS_CATALOG = {"list", "show", "export", "new", *plan_readiness.ACTIONS, *plan_mentor.ACTIONS}


def register(commands: Subcommands) -> None:
    content = content_option(top_level=False)
    plan = commands.add_parser(
        "plan",
        parents=[content],
        help="your transition plans: list, show, export, new, rename, duplicate, delete, undelete, history, restore, "
        "assess, evidence, readiness, mentor-copy, review, merge",
    )
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[json_option()], help="every saved plan, and any that cannot be read")
    show = actions.add_parser(
        "show", parents=[json_option()], help="one plan as a readable checklist (--json: every field)"
    )
    show.add_argument("name", help=NAME_HELP)
    export = actions.add_parser(
        "export",
        parents=[json_option()],
        help="one plan as Markdown, TOML, JSON, a brief for a mentor, or its dates for a calendar",
    )
    export.add_argument("name", help=NAME_HELP)
    export.add_argument(
        "--format",
        choices=("markdown", "toml", "json", "brief", "ics"),
        default="markdown",
        help="markdown (the default), toml, json (the same as --json), brief: a Markdown transition "
        "brief for a manager or mentor; ics: review and due dates for a calendar",
    )
    history = actions.add_parser(
        "history", parents=[json_option()], help="the earlier versions kept of one plan"
    )
    history.add_argument("name", help=NAME_HELP)
    plan_edit.register(actions, NAME_HELP)
    plan_readiness.register_actions(actions)
    plan_mentor.register_actions(actions, NAME_HELP)
    plan.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer import locations
    from explorer.core.content.model import Catalog
    from explorer.core.plans.store import PlanStore

    if args.plan_command == "review":  # the mentor's side: the file only, no plans, no content
        return plan_mentor.run_review(args)
    catalog = Catalog({})
    if args.plan_command in NEEDS_CATALOG:
        from explorer.core.content.library import load_library

        catalog = load_library(args.content).catalog
    return run_plan_command(args, catalog, PlanStore(locations.plans_dir()))


def role_title(catalog: Catalog) -> Callable[[str], str]:
    return lambda role_id: catalog.roles[role_id].title if role_id in catalog.roles else role_id


def _find(store: PlanStore, wanted: str) -> StoredPlan:
    return store.load(find_name(store, wanted))


def run_plan_command(args: argparse.Namespace, catalog: Catalog, store: PlanStore) -> int:
    if args.plan_command == "list":
        return _list(args, catalog, store)
    if args.plan_command == "history":
        return _history(args, store)
    if args.plan_command in ("show", "export"):
        return _show(args, catalog, store)
    if args.plan_command in plan_readiness.ACTIONS:
        return plan_readiness.run_action(args, catalog, store, _find(store, args.name))
    if args.plan_command in plan_mentor.ACTIONS:
        return plan_mentor.run_action(args, catalog, store, _find(store, args.name))
    return plan_edit.run(args, catalog, store)


def _show(args: argparse.Namespace, catalog: Catalog, store: PlanStore) -> int:
    from explorer.core.plans.model import plan_to_jsonable, plan_to_markdown, plan_to_toml

    stored = _find(store, args.name)
    fmt = "markdown" if args.plan_command == "show" else args.format
    if args.json:
        fmt = "json"
    if fmt == "ics":  # every text field is shown safely and escaped as RFC 5545 asks (CRLF kept)
        print(_export_for_calendar_or_mentor(fmt, stored, catalog), end="")
    elif fmt == "brief":
        print(clean(_export_for_calendar_or_mentor(fmt, stored, catalog)), end="")
    elif fmt == "markdown":
        say(plan_to_markdown(stored.plan, role_title(catalog)).rstrip("\n"))
    elif fmt == "toml":
        print(toml_safe(plan_to_toml(stored.plan)), end="")
    else:
        say_json({"name": stored.name, **plan_to_jsonable(stored.plan)})
    return 0


def _export_for_calendar_or_mentor(fmt: str, stored: StoredPlan, catalog: Catalog) -> str:
    from explorer.core.plans.brief import transition_brief
    from explorer.core.plans.calendar import plan_to_ics

    if fmt == "ics":
        return plan_to_ics(stored.name, stored.plan)
    return transition_brief(stored.plan, catalog, route_lines(catalog, stored.plan))


def route_lines(catalog: Catalog, plan: Plan) -> list[str] | None:
    """The moves from the plan's current role to its target ([] when either is unset or unknown)."""
    from explorer.core.career.gap import role_gap

    current, target = catalog.get(plan.current_role or ""), catalog.get(plan.target_role or "")
    if not current or not target:
        return []
    gap = role_gap(catalog, current, target)
    return None if gap.path is None else [item.text for item in gap.section("Route")]


def _list(args: argparse.Namespace, catalog: Catalog, store: PlanStore) -> int:
    from explorer.core.plans.model import plan_to_jsonable

    plans, unreadable = store.load_all()
    aside, deleted = store.set_aside_files(), store.trash.entries()
    if args.json:
        rows = [{"name": s.name, **plan_to_jsonable(s.plan)} for s in plans]
        rows += [
            {
                "name": u.name,
                "unreadable": True,
                "file": str(u.path),
                "line": u.problem.line,
                "column": u.problem.column,
                "problem": u.problem.message,
            }
            for u in unreadable
        ]
        say_json(rows)
        return 0
    title_of = role_title(catalog)
    if not plans and not unreadable:
        say(
            f"No plans yet in {store.directory}. Start one: role-explorer plan new TITLE, or in the app (F4)."
        )
    for stored in plans:
        plan = stored.plan
        done, total = plan.progress()
        route = f"{title_of(plan.current_role) if plan.current_role else '?'} → {title_of(plan.target_role) if plan.target_role else '?'}"
        say(
            f"{stored.name}  {one_line(plan.title)}  ({route}; {done}/{total} steps done; updated {plan.updated:%Y-%m-%d})"
        )
    for broken in unreadable:
        say(f"{broken.name}  UNREADABLE: {broken.problem}")
    if unreadable:
        say("  (left as they are; fix the file, or open it in the app: F4, Enter)")
    for path in aside:
        say(f"set aside: {path}")
    if deleted:
        say(
            f"{counted(len(deleted), 'deleted plan')} in {store.trash.root}; see: role-explorer plan undelete"
        )
    return 0


def _history(args: argparse.Namespace, store: PlanStore) -> int:
    from explorer.core.plans.history import HistoryError

    name = find_name(store, args.name, unreadable_too=True)
    versions = store.history.versions(name)
    if args.json:
        say_json(
            [
                {"number": i, "version": v.id, "saved": v.saved.isoformat(), "bytes": v.size}
                for i, v in enumerate(versions, 1)
            ]
        )
        return 0
    if not versions:
        say(f"No earlier versions of {name} yet (kept in {store.history.folder(name)} after each save).")
    for number, version in enumerate(versions, 1):
        try:
            plan = store.history.read(version)
            summary = f"{plan.title} · {counted(len(plan.notes.split()), 'word')} of notes · {counted(len(plan.steps), 'step')}"
        except HistoryError as error:
            summary = f"unreadable: {error}"
        local = version.saved.astimezone()
        say(f"{number:>3}  {version.id}  {local:%Y-%m-%d %H:%M:%S}  {summary}")
    if versions:
        say(f"Restore one with: role-explorer plan restore {name} NUMBER")
    return 0
