"""The content files' shapes: roles, sources, ladders, packs and plans.

One spec drives both the validator (friendly `path:line:col` problems) and the JSON
Schema shipped for editors, so the two cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from explorer.core.content.shapes import (
    Flag,
    KeyPath,
    Label,
    ListOf,
    Number,
    OneOrMany,
    Shape,
    Table,
    Text,
    When,
    table,
    to_json_schema,
)

__all__ = [
    "Flag",
    "KeyPath",
    "Label",
    "ListOf",
    "Number",
    "OneOrMany",
    "Shape",
    "Table",
    "Text",
    "When",
    "table",
    "to_json_schema",
]

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
TRACKS = ("individual-contributor", "management", "executive", "adjacent")
AREAS = ("strategy", "people", "delivery", "customers", "business", "data", "communication")
MOVE_KINDS = ("promotion", "lateral")
IMPORTANCE = ("core", "supporting")
# A source's web address in a content pack (untrusted): http or https, a host name, then printable
# ASCII only. Stricter than a plan's own LINK_PATTERN below. "(?!\n)" stops Python's "$" from
# accepting a trailing newline; JSON Schema's "$" never does.
URL_PATTERN = r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?$(?!\n)"

RESPONSIBILITY_REF_PATTERN = r"^[a-z0-9][a-z0-9-]*#[a-z0-9][a-z0-9-]*$"
_responsibility_ref = Text(
    "A responsibility, as role-id#responsibility-id.",
    pattern=RESPONSIBILITY_REF_PATTERN,
    pattern_hint="must be role-id#responsibility-id (lower-case letters, digits and dashes)",
)
_role_id = Text("A role id (lower-case letters, digits and dashes).", pattern=ID_PATTERN)
_source_ids = ListOf(Text("A source id from a sources.toml file."), "Where this came from.")
# Every fact either points at the words of its article it rests on, or says it is the library's own reading.
PINPOINT_WORDS = (3, 8)
_pinpoint = OneOrMany(
    Text(max_length=200),
    "3 to 8 consecutive words exactly as they stand in the cited article (a list when the fact cites "
    "several): the place in the article the fact rests on.",
)
_editorial = Flag("True for the library's own reading, which no article states; such a fact cites no source.")

ROLE = table(
    "A role file: one role of the product career.",
    required=("id", "title", "track", "summary", "sources"),
    id=Text("Stable id, used in references and on the command line.", pattern=ID_PATTERN),
    title=Text("The role's most common title."),
    aliases=ListOf(Text(), "Other titles people use for this role."),
    track=Text("Which ladder the role sits on.", choices=TRACKS),
    level=Number(
        "Where the role sits on the shipped library's scale (1 = entry); lines roles up across tracks and packs.",
        integer=True,
        minimum=1,
        maximum=20,
    ),
    grade=Label('The team\'s own grade for the role, as written: "L5", "M2", 62. Leave out for none.'),
    equivalent_to=ListOf(
        _role_id, "Roles in other packs that are the same job; compare and gap route through them."
    ),
    summary=Text("Two or three sentences on what the role is."),
    responsibilities=ListOf(
        table(
            "One thing the role is accountable for.",
            required=("id", "text", "area"),
            id=Text("Stable id, unique within the role.", pattern=ID_PATTERN),
            text=Text("The responsibility in plain words."),
            area=Text("Kind of work.", choices=AREAS),
            competency=Text("The team's own name for the area, e.g. 'Execution'.", max_length=200),
            explanation=Text("What the team's competency means, as its document explains it."),
            examples=ListOf(Text(), "Examples of what doing it well looks like."),
            importance=Text("How much it weighs: core or supporting.", choices=IMPORTANCE),
            source=Text("Source id."),
            pinpoint=_pinpoint,
            editorial=_editorial,
            grows_from=Text(
                "The lower-level duty this one is, done at a bigger scope: role-id#responsibility-id.",
                pattern=RESPONSIBILITY_REF_PATTERN,
                pattern_hint=_responsibility_ref.pattern_hint,
            ),
        )
    ),
    skills=ListOf(Text(), "Skills the role asks for."),
    watch_outs=ListOf(Text(), "Ways people in this role typically go wrong."),
    experience=table(
        "Experience employers ask for.",
        product_years_min=Number("Fewest years in product asked for."),
        product_years_max=Number("Most years in product asked for."),
        leading_years_min=Number("Fewest years leading people asked for."),
        leading_years_max=Number("Most years leading people asked for."),
        notes=Text("Context for the figures."),
        sources=_source_ids,
        pinpoint=_pinpoint,
        editorial=_editorial,
    ),
    education=ListOf(Text(), "Education notes."),
    salary=ListOf(
        table(
            "One pay figure, exactly as its publisher gave it.",
            required=("of", "currency", "period", "publisher", "date"),
            of=Text("What the figure is of, e.g. 'median base pay'."),
            amount=Number("A single figure."),
            low=Number("Bottom of a range."),
            high=Number("Top of a range."),
            currency=Text("ISO currency code.", pattern=r"^[A-Z]{3}$"),
            period=Text("Pay period.", choices=("year", "month", "hour")),
            location=Text("Where the figure applies."),
            publisher=Text("Who published the figure."),
            date=Text("When, as the publisher stated it (or 'date not stated')."),
            source=Text("Source id."),
            pinpoint=_pinpoint,
            editorial=_editorial,
        )
    ),
    reports_to=ListOf(_role_id, "Roles this role commonly reports to."),
    manages=ListOf(_role_id, "Roles that commonly report to this role."),
    next_steps=ListOf(
        table(
            "A move from this role.",
            required=("to", "kind", "advice"),
            to=_role_id,
            kind=Text("Promotion up a ladder, or a lateral move.", choices=MOVE_KINDS),
            advice=Text("How to make the move."),
            typical_time=Text("How long the move usually takes."),
            source=Text("Source id."),
            pinpoint=_pinpoint,
            editorial=_editorial,
        )
    ),
    title_notes=ListOf(
        table(
            "A known confusion or disagreement about the title.",
            required=("text",),
            text=Text(),
            sources=_source_ids,
            pinpoint=_pinpoint,
            editorial=_editorial,
        )
    ),
    sources=ListOf(
        Text("A source id from a sources.toml file."), "Where the role's facts came from.", min_items=1
    ),
)

SOURCES_FILE = table(
    "sources.toml: the publishers a content pack cites.",
    required=("sources",),
    sources=ListOf(
        table(
            "One publication.",
            required=("id", "publisher", "title", "date"),
            id=Text(pattern=ID_PATTERN),
            publisher=Text("Who published it."),
            title=Text("What it is."),
            date=Text("When, as stated (or 'date not stated')."),
            note=Text("Anything a reader should know about it."),
            url=Text(
                "Where a reader can open it: an http or https address.",
                pattern=URL_PATTERN,
                pattern_hint="must be a web address starting with http:// or https://",
                max_length=2_000,
            ),
            replaces=Flag(
                "true when this pack means to replace a source of the same id from an earlier pack or "
                "the shipped library; without it such a source is refused"
            ),
            quoted_in=Text(
                "For a publisher quoted by an article: the id of the article that quotes it.",
                pattern=ID_PATTERN,
            ),
        ),
        min_items=1,
    ),
)

LADDERS_FILE = table(
    "ladders.toml: ordered career ladders.",
    required=("ladders",),
    ladders=ListOf(
        table(
            "One ladder, bottom rung first.",
            required=("id", "name", "track", "roles"),
            id=Text(pattern=ID_PATTERN),
            name=Text(),
            track=Text(choices=TRACKS),
            roles=ListOf(_role_id, "Role ids, lowest first.", min_items=1),
            description=Text(),
        ),
        min_items=1,
    ),
)


PACK_FILE = table(
    "pack.toml: who a content pack belongs to, and its grade scale.",
    required=("id", "name"),
    id=Text("Stable id of the pack.", pattern=ID_PATTERN),
    name=Text("Shown beside the pack's roles wherever two roles share a title.", max_length=60),
    company=Text("The company or team whose ladder this is."),
    version=Text("The pack's own version, e.g. '2025.1'."),
    description=Text("What the pack is."),
    grades=ListOf(
        table(
            "One grade of the pack's scale, lowest first.",
            required=("label",),
            label=Label("The grade as the team writes it."),
            level=Number(
                "The level on the shipped library's scale this grade lines up with.",
                integer=True,
                minimum=1,
                maximum=20,
            ),
        ),
        "The pack's grades, lowest first. A grade with a level lines its roles up with the shipped ladders.",
    ),
    synonyms=ListOf(
        table(
            "Words the pack's readers use for one thing: search finds each by the others, below a line's own words.",
            required=("words",),
            words=ListOf(
                Text("One word.", max_length=60), "The words, e.g. ideation, ideas, brainstorming.", 2
            ),
        ),
        "Search synonyms in the pack's own words.",
    ),
)


STEP_STATUSES = ("not-started", "in-progress", "done")
READINESS_STATES = ("not-yet", "learning", "doing-it", "evidenced")
LINK_PATTERN = r"^https?://[^\s]+$"

PLAN_FILE = table(
    "A personal transition plan.",
    required=("title", "created", "updated"),
    title=Text("What the plan is called."),
    current_role=Text("Role id: where you are now.", pattern=ID_PATTERN),
    target_role=Text("Role id: where you want to be.", pattern=ID_PATTERN),
    notes=Text("Free-form notes (Markdown).", max_length=2_000_000),
    next_review=When("When to look at the plan again."),
    created=When("When the plan was made.", with_time=True),
    updated=When("When the plan last changed.", with_time=True),
    steps=ListOf(
        table(
            "One step of the plan.",
            required=("text", "status"),
            text=Text("What to do."),
            status=Text("Progress.", choices=STEP_STATUSES),
            target_date=When("When it should be done."),
            responsibility=Text("A responsibility this step builds toward, as role-id#responsibility-id."),
            review_date=When("When to look at this step again."),
        )
    ),
    assessments=ListOf(
        table(
            "How far along you are with one responsibility of a role.",
            required=("responsibility", "state", "text"),
            responsibility=_responsibility_ref,
            state=Text("Your own assessment.", choices=READINESS_STATES),
            text=Text("The responsibility's words when you assessed it, kept if the content changes."),
            area=Text("Kind of work.", choices=AREAS),
            updated=When("When you last changed the assessment."),
        )
    ),
    evidence=ListOf(
        table(
            "A dated record of something you did that shows a responsibility.",
            required=("id", "date", "action"),
            id=Text("Stable id within the plan, such as e1.", pattern=ID_PATTERN),
            date=When("When it happened."),
            situation=Text("The situation."),
            action=Text("What you did."),
            result=Text("What came of it."),
            link=Text(
                "Where it can be seen (http or https).",
                pattern=LINK_PATTERN,
                pattern_hint="must be an http:// or https:// address without spaces",
            ),
            supports=ListOf(_responsibility_ref, "The responsibilities it shows."),
        )
    ),
    mentor_views=ListOf(
        table(
            "A mentor's view, merged from a review file: kept beside your own, never over it.",
            required=("mentor", "date"),
            mentor=Text("Who gave the view."),
            date=When("When it was merged."),
            source=Text("The review file's plan and pack version."),
            ratings=ListOf(
                table(
                    "The mentor's state for one responsibility.",
                    required=("responsibility", "state"),
                    responsibility=_responsibility_ref,
                    state=Text("The mentor's assessment.", choices=READINESS_STATES),
                    comment=Text("What the mentor said about it."),
                )
            ),
        )
    ),
)


def json_schema_document(shape: Table, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **to_json_schema(shape),
    }
