"""A strict reader for the iCalendar (RFC 5545) subset role-explorer writes, for the tests.

It refuses what calendar apps stumble on: bare LF, lines over 75 octets, bad folding, control
characters, unbalanced BEGIN/END, missing or repeated required properties, unescaped text,
non-date all-day events, alarms, and repeated UIDs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

NAME = re.compile(r"^[A-Z][A-Z0-9-]*$")
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
EVENT_REQUIRED_ONCE = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")


class IcsError(ValueError):
    pass


@dataclass
class Component:
    name: str
    properties: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [value for prop, _, value in self.properties if prop == name]

    def one(self, name: str) -> str:
        found = self.values(name)
        if len(found) != 1:
            raise IcsError(f"{self.name}: {name} appears {len(found)} times, wanted once")
        return found[0]

    def params(self, name: str) -> dict[str, str]:
        return next(params for prop, params, _ in self.properties if prop == name)


def unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            if index + 1 >= len(text):
                raise IcsError(f"dangling backslash in {text!r}")
            following = text[index + 1]
            if following in "nN":
                out.append("\n")
            elif following in "\\;,":
                out.append(following)
            else:
                raise IcsError(f"bad escape \\{following} in {text!r}")
            index += 2
            continue
        if char in ";,":
            raise IcsError(f"unescaped {char!r} in TEXT {text!r}")
        out.append(char)
        index += 1
    return "".join(out)


def _unfold(data: bytes) -> list[str]:
    if not data.endswith(b"\r\n"):
        raise IcsError("the file must end with CRLF")
    raw_lines = data[:-2].split(b"\r\n")
    lines: list[str] = []
    for number, raw in enumerate(raw_lines, 1):
        if b"\n" in raw or b"\r" in raw:
            raise IcsError(f"line {number}: bare CR or LF")
        if len(raw) > 75:
            raise IcsError(f"line {number}: {len(raw)} octets, more than 75")
        text = raw.decode("utf-8")  # raises on a split character
        if text.startswith((" ", "\t")):
            if not lines:
                raise IcsError("the file starts with a continuation line")
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def _content_line(line: str) -> tuple[str, dict[str, str], str]:
    if CONTROL.search(line):
        raise IcsError(f"control character in {line!r}")
    head, colon, value = line.partition(":")
    if not colon:
        raise IcsError(f"no colon in {line!r}")
    name, *raw_params = head.split(";")
    if not NAME.match(name):
        raise IcsError(f"bad property name {name!r}")
    params = {}
    for raw in raw_params:
        key, equals, param_value = raw.partition("=")
        if not equals or not NAME.match(key):
            raise IcsError(f"bad parameter {raw!r}")
        params[key] = param_value
    return name, params, value


def parse(data: bytes) -> Component:
    stack: list[Component] = []
    root: Component | None = None
    for line in _unfold(data):
        name, params, value = _content_line(line)
        if name == "BEGIN":
            component = Component(value)
            if stack:
                stack[-1].children.append(component)
            elif root is not None:
                raise IcsError("a second top-level component")
            else:
                root = component
            stack.append(component)
        elif name == "END":
            if not stack or stack[-1].name != value:
                raise IcsError(f"END:{value} does not close {stack[-1].name if stack else 'anything'}")
            stack.pop()
        else:
            if not stack:
                raise IcsError(f"property {name} outside a component")
            stack[-1].properties.append((name, params, value))
    if stack or root is None or root.name != "VCALENDAR":
        raise IcsError("not one complete VCALENDAR")
    _check_calendar(root)
    return root


def _date(value: str) -> dt.date:
    if not re.fullmatch(r"[0-9]{8}", value):
        raise IcsError(f"{value!r} is not a DATE")
    return dt.datetime.strptime(value, "%Y%m%d").date()


def _check_calendar(calendar: Component) -> None:
    if calendar.one("VERSION") != "2.0":
        raise IcsError("VERSION must be 2.0")
    calendar.one("PRODID")
    uids = set()
    for event in calendar.children:
        if event.name != "VEVENT":
            raise IcsError(f"unexpected component {event.name}")
        if event.children:
            raise IcsError("events carry no alarms or other components")
        for name in EVENT_REQUIRED_ONCE:
            event.one(name)
        if not re.fullmatch(r"[0-9]{8}T[0-9]{6}Z", event.one("DTSTAMP")):
            raise IcsError("DTSTAMP must be a UTC date-time")
        for name in ("DTSTART", "DTEND"):
            if event.params(name) != {"VALUE": "DATE"}:
                raise IcsError(f"{name} must be VALUE=DATE for an all-day event")
        if _date(event.one("DTEND")) <= _date(event.one("DTSTART")):
            raise IcsError("DTEND must be after DTSTART")
        for name in ("SUMMARY", "DESCRIPTION"):
            for value in event.values(name):
                unescape(value)
        uid = event.one("UID")
        if uid in uids:
            raise IcsError(f"UID {uid} repeated")
        uids.add(uid)


def events(calendar: Component) -> list[dict[str, object]]:
    return [
        {"uid": e.one("UID"), "day": _date(e.one("DTSTART")), "summary": unescape(e.one("SUMMARY"))}
        for e in calendar.children
    ]
