"""`role-explorer posting FILE|-`: a job ad read against the ladder, sentence by sentence."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import Subcommands, content_option, json_option

if TYPE_CHECKING:
    from explorer.core.career.posting import LineMatch, PlanFit, Reading
    from explorer.core.content.model import Catalog


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "posting",
        parents=[content_option(top_level=False), json_option()],
        help="read a job ad against the ladder: the roles it reads like, what it stresses, what is new to you",
    )
    parser.add_argument(
        "file", metavar="FILE", help="the ad as a text file, or - to read it from standard input"
    )
    parser.add_argument(
        "--plan", metavar="NAME", help="a plan: which of the ad's duties you have evidence for"
    )
    parser.set_defaults(run=run)


def _read(name: str) -> str:
    from explorer.core.career.posting import MAX_CHARS
    from explorer.core.plans.store import PlanError

    limit = MAX_CHARS * 4 + 1  # bytes: enough for MAX_CHARS characters of any script
    if name == "-":
        return sys.stdin.buffer.read(limit).decode("utf-8", errors="replace")
    try:
        with Path(name).open("rb") as handle:
            return handle.read(limit).decode("utf-8", errors="replace")
    except OSError as error:
        raise PlanError(f"{name}: cannot be read: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    from explorer import locations
    from explorer.cli.commands.closest import latest_plan_name
    from explorer.cli.output import say, say_json, warn, warn_problems
    from explorer.core.career.posting import plan_fit, read_posting, reading_lines
    from explorer.core.content.library import load_library
    from explorer.core.plans.readiness import covered_states
    from explorer.core.plans.store import PlanStore
    from explorer.core.search.readings import close_readings

    text = _read(args.file)
    result = load_library(args.content)
    warn_problems(result)
    reading = read_posting(result.catalog, text, close_readings(result.catalog))
    fit = None
    if args.plan:
        name = latest_plan_name(args.plan)
        fit = plan_fit(reading, covered_states(PlanStore(locations.plans_dir()).load(name).plan))
    if not reading.matches:
        warn(f"{args.file}: nothing in it reads like a responsibility, skill, experience or education line")
        if args.json:
            say_json({"roles": [], "matches": [], "unmatched": reading.unmatched})
        return 1
    if reading.truncated:
        warn(f"{args.file}: long; only its first {len(reading.sentences)} sentences were read")
    if args.json:
        say_json(reading_jsonable(result.catalog, reading, fit))
    else:
        say("\n".join(reading_lines(result.catalog, reading, fit)))
    return 0


def _line(match: LineMatch, catalog: Catalog) -> dict[str, Any]:
    return {
        "line": match.doc.text,
        "kind": match.doc.kind,
        "role": match.doc.role_id,
        "role_title": catalog.roles[match.doc.role_id].title if match.doc.role_id in catalog.roles else "",
        "responsibility": match.ref,
        "score": match.score,
        "why": "shared words: " + ", ".join(match.shared) if match.shared else "alike in wording",
    }


def reading_jsonable(catalog: Catalog, reading: Reading, fit: PlanFit | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "roles": [
            {
                "id": r.role.id,
                "title": r.role.title,
                "track": r.role.track.value,
                "level": r.role.level,
                "score": round(r.score, 1),
                "sentences": r.sentences,
            }
            for r in reading.roles
        ],
        "matches": [
            {"sentence": reading.sentences[m.sentence], **_line(m, catalog)} for m in reading.matches
        ],
        "unmatched": reading.unmatched,
        "stresses": dict(reading.stresses(catalog).most_common()),
    }
    if fit is not None:
        data["plan"] = {
            "have": [{"sentence": s, "responsibility": ref} for s, ref in fit.have],
            "new": list(fit.new),
        }
    return data
