"""The .ics export (checked by a strict parser) and the Markdown transition brief."""

import datetime as dt

import pytest

from explorer.core.content.loader import load_catalog
from explorer.core.plans.brief import md, transition_brief
from explorer.core.plans.calendar import fold, plan_to_ics
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.model import Plan, PlanStep, StepStatus
from explorer.core.plans.readiness import add_evidence, assess
from explorer.locations import shipped_content_dir
from ics_strict import IcsError, events, parse

HOSTILE = "[b]x[/b] \x1b[2J; a,b \\ | *y* <i> \r\nnext line \u202e مدير " + "w" * 90


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([shipped_content_dir()]).catalog


def dated_plan(**changes) -> Plan:
    base = Plan(
        "PM → Head of Product",
        current_role="product-manager",
        target_role="head-of-product",
        created=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 1, 2, 8, 30, tzinfo=dt.UTC),
        next_review=dt.date(2026, 3, 1),
        steps=(
            PlanStep(
                "Own a budget", StepStatus.IN_PROGRESS, dt.date(2026, 6, 1), review_date=dt.date(2026, 4, 1)
            ),
            PlanStep("Done already", StepStatus.DONE, dt.date(2026, 2, 1)),
            PlanStep("No dates"),
            PlanStep(HOSTILE, target_date=dt.date(2026, 7, 1)),
        ),
    )
    return base.touched(**changes) if changes else base


def test_ics_has_one_all_day_event_per_open_date_and_parses_strictly():
    calendar = parse(plan_to_ics("pm-to-head", dated_plan()).encode("utf-8"))
    found = events(calendar)
    assert [(e["day"], e["summary"][:20]) for e in found] == [
        (dt.date(2026, 3, 1), "Review plan: PM → He"),
        (dt.date(2026, 4, 1), "Review step: Own a b"),
        (dt.date(2026, 6, 1), "Due: Own a budget"),
        (dt.date(2026, 7, 1), "Due: [b]x[/b] ␛[2J; "),
    ]
    assert (
        "\x1b" not in found[3]["summary"] and "a,b \\ |" in found[3]["summary"]
    )  # escaped, then read back literally
    assert all(not event.children for event in calendar.children)  # no alarms


def test_uids_stay_the_same_when_dates_move_so_a_reimport_updates():
    first = {e["summary"]: e["uid"] for e in events(parse(plan_to_ics("p", dated_plan()).encode()))}
    moved = dated_plan().touched(
        next_review=dt.date(2026, 5, 5),
        steps=(
            PlanStep(
                "Own a budget", StepStatus.NOT_STARTED, dt.date(2026, 8, 1), review_date=dt.date(2026, 4, 2)
            ),
            PlanStep(HOSTILE, target_date=dt.date(2026, 9, 1)),
        ),
    )
    second = {e["summary"]: e["uid"] for e in events(parse(plan_to_ics("p", moved).encode()))}
    assert first == second
    assert len(set(first.values())) == 4


def test_the_strict_parser_refuses_broken_files():
    good = plan_to_ics("p", dated_plan())
    for broken in (
        good.replace("\r\n", "\n"),
        good.replace("END:VEVENT\r\n", "", 1),
        good.replace("SUMMARY:Due: Own a budget", "SUMMARY:Due; Own a budget"),
        good.replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VALARM\r\n", 1),
        good.replace("DTSTART;VALUE=DATE:20260601", "DTSTART:20260601T000000"),
    ):
        with pytest.raises(IcsError):
            parse(broken.encode())


def test_long_lines_fold_within_75_octets_without_splitting_characters():
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_brief_has_route_readiness_table_evidence_and_open_steps(catalog):
    p = dated_plan()
    p = assess(p, "head-of-product#kpis", Readiness.LEARNING, "k", "data")
    p = assess(p, "head-of-product#gone", Readiness.DOING, "Run the old thing", "strategy")
    p, _ = add_evidence(
        p,
        Evidence(
            "",
            dt.date(2026, 1, 5),
            "Ran the budget review",
            "Q3",
            "Saved 10%",
            "https://example.com/x",
            ("head-of-product#budget-resources", "head-of-product#cost-benefit"),
        ),
    )
    p, _ = add_evidence(p, Evidence("", dt.date(2026, 1, 6), HOSTILE))
    text = transition_brief(
        p, catalog, ["1. Product Manager → Senior Product Manager"], today=dt.date(2026, 1, 7)
    )
    assert "**Product Manager → Head of Product**" in text
    assert "## Route\n\n1. Product Manager → Senior Product Manager" in text
    assert (
        "2 of 23 responsibilities evidenced; 1 doing it; 1 learning; 21 not assessed" not in text
    )  # gone is outside
    assert "2 of 23 responsibilities evidenced; 1 learning; 20 not assessed." in text
    assert "| Area | Evidenced | Doing it | Learning | Not yet | Not assessed | Total |" in text
    assert "| Business | 2 | 0 | 0 | 0 | 2 | 4 |" in text and "| **All** | 2 | 0 | 1 | 0 | 20 | 23 |" in text
    business = text.index("### Business")
    assert text.index("Action: Ran the budget review", business) < text.index("### Customers")
    assert "[link](https://example.com/x)" in text
    assert "### No longer in the role (kept from your plan)" in text
    assert "- [ ] Own a budget *(in progress)* — due 2026-06-01, review 2026-04-01" in text
    assert "- [x] Done already — due 2026-02-01" in text  # done steps show progress
    assert "## Steps (" in text and " done)" in text
    assert "## Other evidence" in text and "\x1b" not in text and "\r" not in text


def test_markdown_escaping_shows_words_literally():
    assert md("[b]x[/b] *y* | <i> #h") == "\\[b\\]x\\[/b\\] \\*y\\* \\| \\<i\\> \\#h"
    assert md("a\nb\x1b") == "a b␛"
