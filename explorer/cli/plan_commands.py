"""`role-explorer plan list | show | export`."""

from __future__ import annotations

import argparse
import json
import sys

from explorer import locations
from explorer.core.common.textsafe import clean
from explorer.core.content.model import Catalog
from explorer.core.plans.model import plan_to_jsonable, plan_to_markdown, plan_to_toml
from explorer.core.plans.store import PlanError, PlanStore, StoredPlan


def _role_title(catalog: Catalog):
    return lambda role_id: catalog.roles[role_id].title if role_id in catalog.roles else role_id


class UnknownPlan(PlanError):
    """No plan by that name or title (the CLI exits 2, as for an unknown role)."""


def _find(store: PlanStore, wanted: str) -> StoredPlan:
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
    store = PlanStore(locations.plans_dir())
    title_of = _role_title(catalog)
    if args.plan_command == "list":
        plans, messages = store.load_all()
        for message in messages:
            print(f"role-explorer: {clean(message)}", file=sys.stderr)
        if args.json:
            print(json.dumps([{"name": s.name, **plan_to_jsonable(s.plan)} for s in plans], indent=2, ensure_ascii=False))
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
    fmt = "markdown" if args.plan_command == "show" else args.format
    if fmt == "markdown":
        print(clean(plan_to_markdown(stored.plan, title_of)), end="")
    elif fmt == "toml":
        print(plan_to_toml(stored.plan), end="")
    else:
        print(json.dumps({"name": stored.name, **plan_to_jsonable(stored.plan)}, indent=2, ensure_ascii=False))
    return 0
