"""A role written out as Markdown, for the clipboard and for pasting into notes or documents."""

from __future__ import annotations

from explorer.core.common.textsafe import clean
from explorer.core.content.citing import OUR_READING
from explorer.core.content.grounding import Fact, citations
from explorer.core.content.model import Catalog, Role


def _line(text: str) -> str:
    """One line of user-visible text: control characters shown, no line breaks inside a bullet."""
    return " ".join(clean(text).split())


def role_markdown(catalog: Catalog, role: Role) -> str:
    order = role.cited_sources()

    def said(text: str, fact: Fact) -> str:
        """The fact with its citation numbers, or introduced as the library's own reading (no number)."""
        if fact.editorial:
            return f"{OUR_READING}: {_line(text)}"
        numbers = sorted({order.index(s) + 1 for s in citations(fact) if s in order})
        return _line(text) + "".join(f" [{n}]" for n in numbers)

    def titles(ids: tuple[str, ...]) -> str:
        return ", ".join(_line(catalog.roles[i].title) if i in catalog.roles else _line(i) for i in ids)

    lines = [f"# {_line(role.title)}", ""]
    if role.aliases:
        lines += [f"Also called {_line(', '.join(role.aliases))}.", ""]
    lines += [f"{role.track.label} track · level {role.level}", "", _line(role.summary), ""]
    if role.reports_to or role.manages:
        lines.append("## Reporting lines")
        if role.reports_to:
            lines.append(f"- Reports to: {titles(role.reports_to)}")
        if role.manages:
            lines.append(f"- Manages: {titles(role.manages)}")
        lines.append("")
    if role.next_steps:
        lines.append("## Next steps")
        for step in role.next_steps:
            target = catalog.roles.get(step.to)
            name = _line(target.title) if target else _line(step.to)
            lines.append(f"- {name} ({step.kind.value}): {said(step.advice, step)}")
        lines.append("")
    lines.append("## Responsibilities")
    for area in dict.fromkeys(r.area for r in role.responsibilities):
        lines.append(f"### {area.value.capitalize()}")
        for r in role.responsibilities:
            if r.area is area:
                lines.append(f"- {said(r.text, r)}{' (core)' if r.is_core else ''}")
                lines += [f"  - e.g. {_line(example)}" for example in r.examples]
    if role.watch_outs:
        lines += ["", "## Watch-outs"] + [f"- {_line(text)}" for text in role.watch_outs]
    lines += ["", "## Experience asked", said(role.experience.describe(), role.experience), ""]
    lines.append("## Pay")
    lines += [f"- {said(figure.describe(), figure)}" for figure in role.salaries] or [
        "No published figure in the sources."
    ]
    if role.skills:
        lines += ["", "## Skills", _line(", ".join(role.skills))]
    if order:
        lines += ["", "## Sources"]
        for number, source_id in enumerate(order, start=1):
            source = catalog.sources.get(source_id)
            if source:
                url = f" <{_line(source.url)}>" if getattr(source, "url", "") else ""
                lines.append(
                    f"{number}. {_line(source.publisher)}, {_line(source.date)}: {_line(source.title)}{url}"
                )
    return "\n".join(lines).rstrip() + "\n"
