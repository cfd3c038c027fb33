"""`role-explorer closest [--plan NAME]`: the roles a plan's evidence already covers most of."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import Subcommands, content_option, json_option

if TYPE_CHECKING:
    from explorer.core.career.closest import Closeness


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "closest",
        parents=[content_option(top_level=False), json_option()],
        help="the roles your evidence already covers most of (evidenced or doing it; core counts twice)",
    )
    parser.add_argument("--plan", metavar="NAME", help="plan name or title (default: the latest changed)")
    parser.set_defaults(run=run)


def latest_plan_name(wanted: str | None) -> str:
    """The plan asked for, else the most recently changed one; UnknownPlan when there is none."""
    from explorer import locations
    from explorer.cli.commands.plan_names import find_name
    from explorer.core.plans.store import PlanStore, UnknownPlan

    store = PlanStore(locations.plans_dir())
    if wanted:
        return find_name(store, wanted)
    plans, _ = store.load_all()
    if not plans:
        raise UnknownPlan(f"no plans yet in {store.directory}: start one with role-explorer plan new TITLE")
    return plans[0].name


def run(args: argparse.Namespace) -> int:
    from explorer import locations
    from explorer.cli.output import say, say_json, warn_problems
    from explorer.core.career.closest import closest_lines, closest_roles
    from explorer.core.content.library import load_library
    from explorer.core.plans.readiness import covered_states
    from explorer.core.plans.store import PlanStore

    result = load_library(args.content)
    warn_problems(result)
    name = latest_plan_name(args.plan)
    plan = PlanStore(locations.plans_dir()).load(name).plan
    ranked = closest_roles(result.catalog, covered_states(plan))
    if args.json:
        say_json({"plan": name, "roles": [closeness_jsonable(c) for c in ranked]})
        return 0
    say("\n".join(closest_lines(result.catalog, name, ranked)))
    return 0


def closeness_jsonable(c: Closeness) -> dict[str, Any]:
    from explorer.core.career.closest import DOING, EVIDENCED

    return {
        "id": c.role.id,
        "title": c.role.title,
        "share": round(c.share, 3),
        "score": round(c.score, 3),
        "covered": len(c.covered),
        "total": c.total,
        "evidenced": c.count(EVIDENCED),
        "doing_it": c.count(DOING),
        "core": c.core,
        "core_covered": c.core_covered,
        "through": {x.responsibility.id: x.through for x in c.covered if x.through},
        "moves": [
            {
                "ref": m.ref,
                "text": m.responsibility.text,
                "core": m.responsibility.is_core,
                "also_moves": m.also_moves,
            }
            for m in c.moves
        ],
    }
