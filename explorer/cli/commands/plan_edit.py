"""The `plan` actions that change files: new, rename, duplicate, delete, undelete, restore.

Each says in one line what it changed and how to take it back.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from explorer.cli.commands.plan_names import find_name
from explorer.cli.output import say
from explorer.core.common.textsafe import one_line

if TYPE_CHECKING:
    from explorer.cli.commands.options import Subcommands
    from explorer.core.content.model import Catalog
    from explorer.core.plans.history import Version
    from explorer.core.plans.session import PlanSession
    from explorer.core.plans.store import PlanStore


def register(actions: Subcommands, name_help: str) -> None:
    new = actions.add_parser("new", help="start a plan")
    new.add_argument("title")
    new.add_argument(
        "--from", dest="from_role", metavar="ROLE", help="where you are now (role id, title or alias)"
    )
    new.add_argument(
        "--to", dest="to_role", metavar="ROLE", help="where you want to be (role id, title or alias)"
    )
    rename = actions.add_parser("rename", help="give a plan a new title (its file keeps its name)")
    rename.add_argument("name", help=name_help)
    rename.add_argument("title")
    duplicate = actions.add_parser("duplicate", help="copy a plan under a new title")
    duplicate.add_argument("name", help=name_help)
    duplicate.add_argument("title", nargs="?", help="the copy's title (default: TITLE (copy))")
    delete = actions.add_parser("delete", help="move a plan to the trash (undelete brings it back)")
    delete.add_argument("name", help=name_help)
    undelete = actions.add_parser(
        "undelete", help="bring a plan back from the trash; without NAME, list the trash"
    )
    undelete.add_argument("name", nargs="?", help="plan name or title, or the trash entry")
    restore = actions.add_parser(
        "restore", help="make an earlier version current (the current one is kept in history)"
    )
    restore.add_argument("name", help=name_help)
    restore.add_argument(
        "version", help="a number from 'plan history NAME' (1 is the newest) or a version id"
    )


def _session(store: PlanStore) -> PlanSession:
    from explorer.core.plans.session import PlanSession

    session = PlanSession(store)
    session.open()
    return session


def _saved(session: PlanSession) -> None:
    from explorer.core.plans.store import PlanError

    errors = session.save()
    if errors:
        raise PlanError(errors[0])


def run(args: argparse.Namespace, catalog: Catalog, store: PlanStore) -> int:
    action = args.plan_command
    if action == "new":
        return _new(args, catalog, store)
    if action == "undelete":
        return _undelete(args, store)
    session = _session(store)
    name = find_name(store, args.name, unreadable_too=action == "restore")
    if action == "rename":
        old = session.plan_of(name).title
        session.rename(name, args.title)
        _saved(session)
        say(
            f"Renamed {name}: {old!r} → {session.plan_of(name).title!r} (the old title is in 'plan history {name}')"
        )
    elif action == "duplicate":
        copy = session.duplicate(name, args.title)
        _saved(session)
        say(f"Copied {name} to {copy}: {session.plan_of(copy).title} ({store.path_of(copy)})")
    elif action == "delete":
        deleted = session.delete(name)
        say(
            f"Moved {name} to the trash ({deleted.path}). Bring it back with: role-explorer plan undelete {name}"
        )
    elif action == "restore":
        version = _version(store, name, args.version)
        session.restore(name, version)
        say(
            f"Restored {name} to the version of {version.saved.astimezone():%Y-%m-%d %H:%M:%S}. "
            f"The version it replaced is now number 1 in: role-explorer plan history {name}"
        )
    return 0


def _version(store: PlanStore, name: str, wanted: str) -> Version:
    from explorer.core.plans.history import HistoryError
    from explorer.core.plans.store import UnknownPlan

    try:
        return store.history.find(name, wanted)
    except HistoryError as error:
        raise UnknownPlan(str(error)) from None


def _new(args: argparse.Namespace, catalog: Catalog, store: PlanStore) -> int:
    from explorer.core.content.resolve import find_role

    roles = {
        field: find_role(catalog, wanted).id
        for field, wanted in (("current_role", args.from_role), ("target_role", args.to_role))
        if wanted
    }
    session = _session(store)
    name = session.create(args.title, **roles)
    _saved(session)
    say(f"Created plan {name}: {session.plan_of(name).title} ({store.path_of(name)})")
    return 0


def _undelete(args: argparse.Namespace, store: PlanStore) -> int:
    from explorer.core.plans.store import UnknownPlan

    entries = store.trash.entries()
    if not args.name:
        if not entries:
            say(f"The trash is empty ({store.trash.root}).")
        for listed in entries:
            say(f"{listed.entry}  {one_line(listed.title())}  (deleted {listed.when(seconds=True)})")
        if entries:
            say("Bring one back with: role-explorer plan undelete NAME")
        return 0
    entry = store.trash.find(args.name)
    if entry is None:
        names = ", ".join(e.entry for e in entries) or "the trash is empty"
        raise UnknownPlan(f"no deleted plan called {args.name!r} in {store.trash.root} ({names})")
    session = _session(store)
    name = session.undelete(entry)
    say(f"Restored {session.plan_of(name).title} as {name} ({store.path_of(name)})")
    return 0
