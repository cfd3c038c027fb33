"""`role-explorer plan list | show | export | assess | evidence | readiness`: the person's transition plans."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from explorer.cli.commands import plan_readiness
from explorer.cli.commands.options import content_option, json_option
from explorer.core.common.textsafe import clean

if TYPE_CHECKING:
    from explorer.core.content.model import Catalog
    from explorer.core.plans.store import PlanStore, StoredPlan


def register(commands) -> None:
    content = content_option(top_level=False)
    plan = commands.add_parser("plan", parents=[content], help="your transition plans: list, show, export, assess, evidence, readiness")
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[json_option()], help="every saved plan")
    show = actions.add_parser("show", help="one plan as a readable checklist")
    show.add_argument("name", help="plan name (file name without .toml) or title")
    export = actions.add_parser("export", help="one plan as Markdown, TOML or JSON")
    export.add_argument("name", help="plan name (file name without .toml) or title")
    export.add_argument(
        "--format", choices=("markdown", "toml", "json", "brief", "ics"), default="markdown",
        help="brief: a Markdown transition brief for a manager or mentor; ics: review and due dates for a calendar",
    )
    plan_readiness.register_actions(actions)
    plan.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.core.content.library import load_library

    return run_plan_command(args, load_library(args.content).catalog)


def _role_title(catalog: Catalog):
    return lambda role_id: catalog.roles[role_id].title if role_id in catalog.roles else role_id


def _find(store: PlanStore, wanted: str) -> StoredPlan:
    from explorer.core.plans.store import UnknownPlan

    plans, messages = store.load_all()
    for message in messages:
        print(f"role-explorer: {clean(message)}", file=sys.stderr)
    folded = wanted.casefold().strip()
    for stored in plans:
        if folded in (stored.name, stored.plan.title.casefold()):
            return stored
    names = ", ".join(s.name for s in plans) or "none yet"
    raise UnknownPlan(f"no plan called {wanted!r} in {store.directory} (plans: {names})")


def run_plan_command(args: argparse.Namespace, catalog: Catalog) -> int:
    from explorer import locations
    from explorer.core.plans.model import (
        plan_to_jsonable,
        plan_to_markdown,
        plan_to_toml,
    )
    from explorer.core.plans.store import PlanStore

    store = PlanStore(locations.plans_dir())
    title_of = _role_title(catalog)
    if args.plan_command == "list":
        plans, messages = store.load_all()
        for message in messages:
            print(f"role-explorer: {clean(message)}", file=sys.stderr)
        if args.json:
            print(json.dumps([{"name": s.name, **plan_to_jsonable(s.plan)} for s in plans], indent=2, ensure_ascii=False, allow_nan=False))
            return 0
        if not plans:
            print(f"No plans yet in {store.directory}. Make one in the app: role-explorer, then F4.")
        for stored in plans:
            plan = stored.plan
            done, total = plan.progress()
            route = f"{title_of(plan.current_role) if plan.current_role else '?'} → {title_of(plan.target_role) if plan.target_role else '?'}"
            print(clean(f"{stored.name}  {plan.title}  ({route}; {done}/{total} steps done; updated {plan.updated:%Y-%m-%d})"))
        return 0
    stored = _find(store, args.name)
    if args.plan_command in plan_readiness.ACTIONS:
        return plan_readiness.run_action(args, catalog, store, stored)
    fmt = "markdown" if args.plan_command == "show" else args.format
    if fmt in ("brief", "ics"):
        print(_export_for_calendar_or_mentor(fmt, stored, catalog), end="")
    elif fmt == "markdown":
        print(clean(plan_to_markdown(stored.plan, title_of)), end="")
    elif fmt == "toml":
        print(plan_to_toml(stored.plan), end="")
    else:
        print(json.dumps({"name": stored.name, **plan_to_jsonable(stored.plan)}, indent=2, ensure_ascii=False, allow_nan=False))
    return 0


def _export_for_calendar_or_mentor(fmt: str, stored: StoredPlan, catalog: Catalog) -> str:
    from explorer.core.plans.brief import transition_brief
    from explorer.core.plans.calendar import plan_to_ics

    if fmt == "ics":
        return plan_to_ics(stored.name, stored.plan)
    return transition_brief(stored.plan, catalog, route_lines(catalog, stored.plan))


def route_lines(catalog: Catalog, plan) -> list[str] | None:
    """The moves from the plan's current role to its target ([] when either is unset or unknown)."""
    from explorer.core.career.gap import role_gap

    current, target = catalog.get(plan.current_role or ""), catalog.get(plan.target_role or "")
    if not current or not target:
        return []
    gap = role_gap(catalog, current, target)
    return None if gap.path is None else [item.text for item in gap.section("Route")]
