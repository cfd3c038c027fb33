"""Read-only rendering of a role's sections as Rich Text, shared by the detail screen."""

from __future__ import annotations

from rich.text import Text

from explorer.core.content.citing import OUR_READING, cited_sources, our_reading, our_reading_note
from explorer.core.content.grounding import Fact
from explorer.core.content.grounding import citations as cited_by
from explorer.core.content.model import Catalog, Role
from explorer.tui.text import plain

MARKED = "reverse"  # the line a search result opened the role at


def item(text: str, mark: str | None, style: str = "") -> Text:
    """One line of a role, shown marked when it is the line a search result pointed at."""
    return plain(text, MARKED if mark is not None and text == mark else style)


def heading(text: str) -> Text:
    # Styled as a span, not as the base style, so text appended later does not inherit it.
    return Text.assemble(plain(text, "bold underline"))


def bullets(title: str, lines: tuple[str, ...], mark: str | None) -> Text:
    """A heading and one bullet a line."""
    text = heading(title)
    for line in lines:
        text.append("\n  • ")
        text.append_text(item(line, mark))
    return text


def citation(source_id: str | None, order: tuple[str, ...]) -> Text:
    return citations((source_id,), order)


def citations(source_ids: tuple[str | None, ...], order: tuple[str, ...]) -> Text:
    """' [2] [5]': the numbers of the sources in the role's Sources list, lowest first."""
    numbers = sorted({order.index(s) + 1 for s in source_ids if s and s in order})
    return Text("".join(f" [{n}]" for n in numbers), "dim")


def said(fact: Fact, shown: Text, order: tuple[str, ...]) -> Text:
    """The fact followed by its citation numbers, or introduced as the library's own reading (no number)."""
    if fact.editorial:
        return Text.assemble((f"{OUR_READING}: ", "italic"), shown)
    return Text.assemble(shown, citations(cited_by(fact), order))


def header(role: Role, title: str = "") -> Text:
    """The role's title (`title`: with its pack's name, when another role shares it), aliases and rank."""
    text = Text.assemble(plain(title or role.title, "bold"), "\n")
    if role.aliases:
        text.append_text(plain("Also called " + ", ".join(role.aliases), "italic"))
        text.append("\n")
    text.append_text(plain(f"{role.track.label} track · {role.rank} · id {role.id}", "dim"))
    return text


def responsibilities(catalog: Catalog, role: Role, mark: str | None = None) -> Text:
    order = role.cited_sources()
    text = heading("Responsibilities")
    if not role.responsibilities:
        return text.append("\nNone recorded.")
    for area in dict.fromkeys(r.area for r in role.responsibilities):
        text.append("\n")
        text.append_text(plain(area.value.capitalize(), "bold"))
        for duty in role.responsibilities:
            if duty.area is area:
                text.append("\n  • ")
                shown = item(duty.text, mark)
                if duty.is_core:
                    shown.append(" core", "bold")
                text.append_text(said(duty, shown, order))
                for example in duty.examples:
                    text.append("\n      e.g. ", "dim")
                    text.append_text(item(example, mark, "italic"))
    if role.watch_outs:
        text.append("\n\n")
        text.append_text(bullets("Watch-outs: how people here often go wrong", role.watch_outs, mark))
    return text


def facts(catalog: Catalog, role: Role, mark: str | None = None) -> Text:
    order = role.cited_sources()
    text = heading("Experience asked")
    text.append("\n")
    text.append_text(said(role.experience, plain(role.experience.describe()), order))
    if role.experience.notes:
        text.append("\n")
        text.append_text(item(role.experience.notes, mark, "italic"))
    text.append("\n\n")
    text.append_text(heading("Pay"))
    if not role.salaries:
        text.append("\nNo published figure in the sources.")
    for figure in role.salaries:
        text.append("\n  • ")
        if figure.editorial:
            text.append(f"{OUR_READING}: ", "italic")
        start = len(text)
        text.append_text(plain(figure.describe_amount(), "bold"))
        text.append_text(
            plain(f" per {figure.period} — {figure.of}" + (f", {figure.location}" if figure.location else ""))
        )
        text.append_text(plain(f"  ({figure.publisher}, {figure.date})", "italic"))
        if figure.describe() == mark:
            text.stylize(MARKED, start, len(text))
        if not figure.editorial:
            text.append_text(citation(figure.source, order))
    if role.skills:
        text.append("\n\n")
        text.append_text(heading("Skills"))
        text.append("\n")
        for number, skill in enumerate(role.skills):
            text.append(" · " if number else "")
            text.append_text(item(skill, mark))
    if role.education:
        text.append("\n\n")
        text.append_text(bullets("Education", role.education, mark))
    return text


def notes_and_sources(catalog: Catalog, role: Role, mark: str | None = None) -> Text:
    order = role.cited_sources()
    text = Text()
    if role.title_notes:
        text.append_text(heading("Title notes: known confusions"))
        for note in role.title_notes:
            text.append("\n  • ")
            text.append_text(said(note, item(note.text, mark), order))
        text.append("\n\n")
    text.append_text(heading("Sources"))
    if any(source.url for source in map(catalog.sources.get, order) if source):
        text.append("  o opens a source's web page", "dim")
    for cited in cited_sources(catalog, role):
        source = cited.source
        text.append(f"\n  [{cited.number}] ", "dim")
        text.append_text(plain(f"{source.publisher}, {source.date}: ", "bold"))
        text.append_text(plain(source.title))
        if source.note:
            text.append("\n      ")
            text.append_text(plain(source.note, "dim italic"))
        if source.url:
            text.append("\n      ")
            text.append_text(plain(source.url, "underline"))
        for place in cited.places:
            # Where in the article the fact rests: a locator to find it by, not a quotation.
            text.append("\n      at ", "dim")
            text.append_text(plain(f"“{place.pinpoint}”", "italic"))
            text.append(" — ", "dim")
            text.append_text(plain(place.label, "dim"))
    editorial = our_reading(catalog, role)
    if editorial:
        text.append("\n  ")
        text.append_text(plain(our_reading_note(len(editorial)), "italic"))
    return text
