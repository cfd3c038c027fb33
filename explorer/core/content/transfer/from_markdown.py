"""Read a Markdown career framework into a drafted pack.

Headings name roles (or levels), bullet lists under them are responsibilities, and a
sub-heading or a bold label line (`**Execution**`) names the area of the bullets below.
Which heading level holds the roles is found from the document: when the headings just
above the bullets repeat under several parents ("Impact", "Ownership" under every level),
they are areas and their parents are the roles; headings above the roles name ladders.
A paragraph right under a role heading is its summary. Every other line is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explorer.core.content.transfer.draft import Draft, DraftRole, Duty, Unplaced, guess_area

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_LABEL = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(.*)$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_GRADE_FIRST = re.compile(r"^(?P<grade>[A-Za-z]{0,4}\s?\d{1,3})\s*[-–—:|]\s*(?P<title>.+)$")
_GRADE_LAST = re.compile(
    r"^(?P<title>.+?)\s*[(\[](?:grade\s+|level\s+)?(?P<grade>[A-Za-z]{0,4}\s?\d{1,3})[)\]]$", re.IGNORECASE
)
_GRADE_ONLY = re.compile(r"^[A-Za-z]{0,4}\s?\d{1,3}$")
SKILL_AREAS = {"skill", "skills", "competencies and skills"}


def inline(text: str) -> str:
    """Markdown emphasis, code and links reduced to their words."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", text)
    return " ".join(text.split())


@dataclass
class _Heading:
    level: int
    text: str
    line: int
    parent: _Heading | None
    bullets: int = 0
    children: list[_Heading] = field(default_factory=list)


def _headings(lines: list[str]) -> list[_Heading]:
    """Every heading, with its parent and the number of bullets directly under it."""
    found: list[_Heading] = []
    stack: list[_Heading] = []
    fenced = False
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        if match := _HEADING.match(line):
            level = len(match.group(1))
            while stack and stack[-1].level >= level:
                stack.pop()
            heading = _Heading(level, inline(match.group(2)), number, stack[-1] if stack else None)
            if heading.parent:
                heading.parent.children.append(heading)
            found.append(heading)
            stack.append(heading)
        elif stack and (_BULLET.match(line) or _LABEL.match(line)):
            stack[-1].bullets += 1
    return found


def _role_level(headings: list[_Heading]) -> int | None:
    holding = [h for h in headings if h.bullets]
    if not holding:
        return None
    level = min(h.level for h in holding)
    at_level = [h for h in holding if h.level == level]
    parents: dict[str, set[int]] = {}
    for heading in at_level:
        parents.setdefault(heading.text.casefold(), set()).add(id(heading.parent))
    repeated = sum(1 for owners in parents.values() if len(owners) > 1)
    if at_level[0].parent is not None and repeated and repeated * 2 >= len(parents):
        return at_level[0].parent.level
    return level


def split_title(text: str) -> tuple[str, str]:
    """(title, grade) from a heading such as "L5 — Senior PM", "Senior PM (L5)" or "PM3"."""
    if match := _GRADE_FIRST.match(text):
        return match.group("title").strip(), match.group("grade").replace(" ", "")
    if match := _GRADE_LAST.match(text):
        return match.group("title").strip(), match.group("grade").replace(" ", "")
    if _GRADE_ONLY.match(text):
        return text, text.replace(" ", "")
    return text, ""


def read_markdown(text: str) -> Draft:
    lines = text.splitlines()
    headings = _headings(lines)
    draft = Draft(layout="a Markdown framework")
    role_level = _role_level(headings)
    if role_level is None:
        draft.unplaced += [
            Unplaced(n, line.strip(), "no heading with a bullet list under it")
            for n, line in enumerate(lines, start=1)
            if line.strip()
        ]
        return draft
    by_line = {h.line: h for h in headings}
    top_level = min(h.level for h in headings)
    tops = [h for h in headings if h.level == top_level]
    # One heading above everything is the document's title: its paragraph describes the pack.
    doc_title = tops[0] if len(tops) == 1 and top_level < role_level else None
    ladder = role = None
    area = ""
    summary_open = description_open = False
    fenced = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            draft.unplaced.append(Unplaced(number, stripped, "code block"))
            continue
        if fenced:
            draft.unplaced.append(Unplaced(number, stripped, "code block"))
            continue
        if not stripped or _RULE.match(line):
            continue
        heading = by_line.get(number)
        if heading is not None:
            summary_open = description_open = False
            if heading.level < role_level:
                ladder, role, area = ("" if heading is doc_title else heading.text), None, ""
                description_open = heading is doc_title
            elif heading.level == role_level:
                title, grade = split_title(heading.text)
                role, area = draft.role(title, ladder or ""), ""
                role.grade = role.grade or grade
                summary_open = True
            elif role is not None:
                area = heading.text
            else:
                draft.unplaced.append(
                    Unplaced(number, heading.text, "heading below the roles but not under a role")
                )
            continue
        _body_line(draft, number, line, role, area, summary_open, description_open)
        if role is not None and (label := _LABEL.match(line)) and not label.group(2).strip():
            area = inline(label.group(1)).rstrip(":").strip()
        summary_open = summary_open and not (_BULLET.match(line) or _LABEL.match(line))
    return draft


def _body_line(
    draft: Draft,
    number: int,
    line: str,
    role: DraftRole | None,
    area: str,
    summary_open: bool,
    description_open: bool,
) -> None:
    stripped = line.strip()
    bullet, label = _BULLET.match(line), _LABEL.match(line)
    if role is None:
        if description_open and not bullet:
            draft.description = f"{draft.description} {inline(stripped)}".strip()
        else:
            draft.unplaced.append(Unplaced(number, stripped, "before the first role"))
        return
    if bullet:
        _add(role, inline(bullet.group(1)), area)
    elif label:
        if label.group(2).strip():
            _add(role, inline(label.group(2)), inline(label.group(1)).rstrip(":").strip())
    elif summary_open and not role.duties:
        role.summary = f"{role.summary} {inline(stripped)}".strip()
    else:
        draft.unplaced.append(Unplaced(number, stripped, "text that is not a bullet, an area or a summary"))


def _add(role: DraftRole, text: str, area: str) -> None:
    if not text:
        return
    if area.casefold() in SKILL_AREAS:
        role.skills.append(text)
    else:
        role.duties.append(Duty(text, guess_area(area), area))
