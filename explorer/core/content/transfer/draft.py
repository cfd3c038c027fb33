"""A pack being imported: roles, ladders and grades in file order, and every line not placed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explorer.core.content.model import Area, Track

# The team's own name for an area → the closest of the shipped areas; the name is kept too.
AREA_WORDS = {
    Area.STRATEGY: "strateg vision direction roadmap planning product sense judgement judgment insight",
    Area.PEOPLE: "people talent culture hiring mentor coach team leadership manag growth develop",
    Area.DELIVERY: "deliver execution execut results impact ownership craft quality shipping operat process",
    Area.CUSTOMERS: "customer user design research discovery experience market",
    Area.BUSINESS: "business commercial revenue financ pricing go-to-market gtm sales",
    Area.DATA: "data analytic metric measure experiment technical",
    Area.COMMUNICATION: "communicat collaborat influence stakeholder relationship align writing presenting",
}
TRACK_WORDS = (
    (Track.EXECUTIVE, ("executive", "chief", "c-level", "c-suite")),
    (Track.MANAGEMENT, ("manag", "leadership", "people lead", "people-lead")),
    (Track.ADJACENT, ("adjacent",)),
    (Track.IC, ("individual", "contributor", "ic")),
)


def slug(text: str, fallback: str = "item") -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60].strip("-") or fallback


def guess_area(label: str) -> Area:
    folded = label.casefold().strip()
    if folded in {area.value for area in Area}:
        return Area(folded)
    best = max(Area, key=lambda area: sum(word in folded for word in AREA_WORDS[area].split()))
    return best if any(word in folded for word in AREA_WORDS[best].split()) else Area.DELIVERY


# O*NET marks each task Core or Supplemental; the pack says core or supporting.
IMPORTANCE_WORDS = {"core": "core", "supporting": "supporting", "supplemental": "supporting", "": ""}


def importance_of(label: str) -> str | None:
    """The importance `label` names: core, supporting, blank (""), or None for any other word."""
    return IMPORTANCE_WORDS.get(label.casefold().strip())


def guess_track(label: str) -> Track:
    folded = label.casefold().strip()
    if folded in {track.value for track in Track}:
        return Track(folded)
    words = set(re.split(r"[^a-z0-9-]+", folded))
    for track, hints in TRACK_WORDS:
        if any((hint in words) if len(hint) <= 3 else (hint in folded) for hint in hints):
            return track
    return Track.IC


def grade_order(labels: list[str]) -> list[str]:
    """Grades lowest first: by number when each has one ("7", "L5", "IC3"), else as first seen."""
    unique = list(dict.fromkeys(labels))
    numbers = [found for label in unique if (found := re.search(r"\d+(\.\d+)?", label))]
    if unique and len(numbers) == len(unique):
        return [
            label
            for _, _, label in sorted(
                (float(n.group()), i, l) for i, (n, l) in enumerate(zip(numbers, unique))
            )
        ]
    return unique


@dataclass
class Duty:
    text: str
    area: Area
    competency: str = ""
    explanation: str = ""
    examples: list[str] = field(default_factory=list)
    importance: str = ""


@dataclass
class DraftRole:
    title: str
    track_label: str = ""  # the ladder it is on, as the document names it
    track: str = ""  # the track, when the document gives one apart from the ladder
    id: str = ""
    grade: str = ""
    level: int | None = None
    summary: str = ""
    duties: list[Duty] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    watch_outs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Unplaced:
    line: int
    text: str
    reason: str

    def describe(self, source: str) -> str:
        shown = self.text if len(self.text) <= 100 else self.text[:99] + "…"
        return f"{source}:{self.line}: not placed ({self.reason}): {shown}"


@dataclass
class Draft:
    roles: dict[tuple[str, str], DraftRole] = field(default_factory=dict)  # (ladder label, title) → role
    unplaced: list[Unplaced] = field(default_factory=list)
    description: str = ""
    layout: str = ""  # how the file was read, said back to the person importing it

    def role(self, title: str, track_label: str) -> DraftRole:
        key = (track_label, " ".join(title.casefold().split()))
        if key not in self.roles:
            self.roles[key] = DraftRole(title=" ".join(title.split()), track_label=track_label)
        return self.roles[key]
