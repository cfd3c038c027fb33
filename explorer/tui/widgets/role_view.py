"""Read-only rendering of a role's sections as Rich Text, shared by the detail screen."""

from __future__ import annotations

from rich.text import Text

from explorer.core.content.model import Catalog, Role
from explorer.tui.text import plain


def heading(text: str) -> Text:
    # Styled as a span, not as the base style, so text appended later does not inherit it.
    return Text.assemble(plain(text, "bold underline"))


def source_order(role: Role) -> list[str]:
    """The role's sources, then anything cited in it that the list forgot, numbered from 1."""
    cited = [r.source for r in role.responsibilities] + list(role.experience.sources)
    cited += [s for note in role.title_notes for s in note.sources] + [s.source for s in role.salaries]
    return list(dict.fromkeys([*role.sources, *filter(None, cited)]))


def _cite(source_id: str | None, order: list[str]) -> Text:
    if not source_id or source_id not in order:
        return Text()
    return Text(f" [{order.index(source_id) + 1}]", "dim")


def header(role: Role) -> Text:
    text = Text.assemble(plain(role.title, "bold"), "\n")
    if role.aliases:
        text.append_text(plain("Also called " + ", ".join(role.aliases), "italic"))
        text.append("\n")
    text.append_text(plain(f"{role.track.label} track · level {role.level} · id {role.id}", "dim"))
    return text


def responsibilities(catalog: Catalog, role: Role) -> Text:
    order = source_order(role)
    text = heading("Responsibilities")
    if not role.responsibilities:
        return text.append("\nNone recorded.")
    for area in dict.fromkeys(r.area for r in role.responsibilities):
        text.append("\n")
        text.append_text(plain(area.value.capitalize(), "bold"))
        for item in role.responsibilities:
            if item.area is area:
                text.append("\n  • ")
                text.append_text(plain(item.text))
                text.append_text(_cite(item.source, order))
    return text


def facts(catalog: Catalog, role: Role) -> Text:
    order = source_order(role)
    text = heading("Experience asked")
    text.append("\n")
    text.append_text(plain(role.experience.describe()))
    if role.experience.notes:
        text.append("\n")
        text.append_text(plain(role.experience.notes, "italic"))
        for source_id in role.experience.sources:
            text.append_text(_cite(source_id, order))
    text.append("\n\n")
    text.append_text(heading("Pay"))
    if not role.salaries:
        text.append("\nNo published figure in the sources.")
    for figure in role.salaries:
        text.append("\n  • ")
        text.append_text(plain(figure.describe_amount(), "bold"))
        text.append_text(plain(f" per {figure.period} — {figure.of}" + (f", {figure.location}" if figure.location else "")))
        text.append_text(plain(f"  ({figure.publisher}, {figure.date})", "italic"))
    if role.skills:
        text.append("\n\n")
        text.append_text(heading("Skills"))
        text.append("\n")
        text.append_text(plain(" · ".join(role.skills)))
    if role.education:
        text.append("\n\n")
        text.append_text(heading("Education"))
        for line in role.education:
            text.append("\n  • ")
            text.append_text(plain(line))
    return text


def notes_and_sources(catalog: Catalog, role: Role) -> Text:
    order = source_order(role)
    text = Text()
    if role.title_notes:
        text.append_text(heading("Title notes: known confusions"))
        for note in role.title_notes:
            text.append("\n  • ")
            text.append_text(plain(note.text))
            for source_id in note.sources:
                text.append_text(_cite(source_id, order))
        text.append("\n\n")
    text.append_text(heading("Sources"))
    for number, source_id in enumerate(order, start=1):
        source = catalog.sources.get(source_id)
        if source:
            text.append(f"\n  [{number}] ", "dim")
            text.append_text(plain(f"{source.publisher}, {source.date}: ", "bold"))
            text.append_text(plain(source.title))
    return text
