"""Read a YAML progression framework (the Monzo layout) into a drafted pack.

The YAML is a bare file or a Markdown file's front matter: `levels: N`, then `topics`, each
with a `title` and `content` items of `{level, criteria, exampleCriteria}`. Each level is a
role on one ladder (named from `--levels` or "Level 1…N"); each criterion a responsibility
in the topic's area; each example criterion a responsibility with its examples.

PyYAML's safe loader builds only plain data. Before it builds anything, a pass over the
parser's events refuses aliases (a few lines of them can stand for billions of nodes),
deep nesting and more nodes than the size justifies, so a file costs time and memory in
proportion to its size, which is capped like a content file's.
"""

from __future__ import annotations

import re
from typing import Any, TypeGuard

from explorer.core.content.files import MAX_FILE_BYTES
from explorer.core.content.transfer.draft import Draft, DraftRole, Duty, Unplaced, guess_area
from explorer.core.content.transfer.from_markdown import inline

MAX_DEPTH = 24  # the layout needs 8; deeper is not a framework
# As for TOML (screen.py): at most one node per 8 characters, plus a flat allowance, so a
# file costs time in proportion to its size; a framework written out runs about one per 13.
CHARS_PER_NODE = 8
ALLOWANCE = 2048
MAX_LEVELS = 30
MAX_TEXT = 20_000
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)


class FrameworkError(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line else message)


def yaml_part(text: str) -> tuple[str, int]:
    """The YAML of `text` (its front matter, when it has one) and the line the YAML starts on."""
    if match := _FRONT.match(text):
        return match.group(1), 2
    return text, 1


def looks_like_framework(text: str) -> bool:
    body, _ = yaml_part(text)
    return bool(re.search(r"^topics\s*:", body, re.MULTILINE))


def _loader() -> Any:
    import yaml

    # libyaml's parser when PyYAML was built with it (its wheels are): several times faster.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _screen(body: str, first: int) -> None:
    """Refuse aliases, deep nesting and more nodes than the size can justify, before building."""
    import yaml

    budget = ALLOWANCE + len(body) // CHARS_PER_NODE
    depth = 0
    for count, event in enumerate(yaml.parse(body, Loader=_loader()), start=1):
        line = first + event.start_mark.line
        if isinstance(event, yaml.AliasEvent):
            raise FrameworkError("YAML aliases (*name) are not read; write the text out", line)
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrameworkError(f"nested more than {MAX_DEPTH} deep", line)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
        if count > budget:
            raise FrameworkError(
                f"has more than {budget:,} YAML nodes in {len(body):,} characters; "
                f"more than one per {CHARS_PER_NODE} is refused"
            )


def _load(body: str, first: int) -> tuple[Any, dict[int, int]]:
    """The document, and the line of each mapping in it (by the mapping's id)."""
    import yaml

    lines: dict[int, int] = {}

    class Loader(_loader()):  # type: ignore[misc]
        pass

    def mapping(loader: Any, node: Any) -> Any:
        data: dict[Any, Any] = {}
        lines[id(data)] = first + node.start_mark.line
        yield data
        data.update(loader.construct_mapping(node))

    Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    try:
        _screen(body, first)
        return yaml.load(body, Loader=Loader), lines  # a safe loader: plain data only
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise FrameworkError(f"YAML syntax error: {problem}", first + mark.line if mark else None) from None


def _text(value: Any) -> str:
    """A scalar as one line of words; Markdown links and emphasis in it reduced to their words."""
    return inline(str(value))[:MAX_TEXT] if isinstance(value, str | int | float) else ""


def _level(value: Any) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value if _whole(value) else None


def _whole(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def read_framework(text: str, names: list[str] | None = None) -> Draft:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise FrameworkError(f"over {MAX_FILE_BYTES:,} bytes; split the framework")
    body, first = yaml_part(text)
    data, lines = _load(body, first)
    if not isinstance(data, dict) or not isinstance(data.get("topics"), list):
        raise FrameworkError("no `topics:` list at the top; this is not a framework in the Monzo layout")
    draft = Draft(description=_text(data.get("description", "")), layout="a YAML framework")
    ladder = _text(data.get("title", "")) or _text(data.get("sidebarTitle", ""))
    count = _level_count(data, names)
    labels = names or [f"Level {n}" for n in range(1, count + 1)]
    roles = [draft.role(label, ladder) for label in labels]

    def line(item: Any) -> int:
        return lines.get(id(item), first)

    for topic in data["topics"]:
        if not isinstance(topic, dict):
            draft.unplaced.append(Unplaced(first, _text(topic), "a topic must be a mapping with a title"))
            continue
        title = _text(topic.get("title", "")) or _text(topic.get("name", ""))
        if not _list(topic.get("content")):
            draft.unplaced.append(Unplaced(line(topic), title, "a topic with no `content` list"))
        for item in _list(topic.get("content")):
            level = _level(item.get("level")) if isinstance(item, dict) else None
            if level is None or not 1 <= level <= len(roles):
                where, raw = (
                    (line(item), item.get("level")) if isinstance(item, dict) else (line(topic), item)
                )
                reason = f"level must be a whole number from 1 to {len(roles)}"
                shown = _text(raw) or repr(raw)[:40]
                draft.unplaced.append(Unplaced(where, f"{title}: level {shown}", reason))
                continue
            _add_content(draft, roles[level - 1], item, title, line(item))
    return draft


def _level_count(data: dict[str, Any], names: list[str] | None) -> int:
    stated = data.get("levels")
    seen = [
        level
        for topic in data["topics"]
        if isinstance(topic, dict)
        for item in _list(topic.get("content"))
        if isinstance(item, dict) and (level := _level(item.get("level"))) is not None
    ]
    count = _level(stated) or max(seen, default=0)
    if not 1 <= count <= MAX_LEVELS:
        raise FrameworkError(f"`levels` must be a whole number from 1 to {MAX_LEVELS}")
    if names is not None and len(names) != count:
        raise FrameworkError(f"--levels names {len(names)} levels; the framework has {count}")
    return count


def _add_content(draft: Draft, role: DraftRole, item: dict[str, Any], topic: str, line: int) -> None:
    area = guess_area(topic)
    by_text: dict[str, Duty] = {}
    for criterion in _list(item.get("criteria")):
        if text := _text(criterion):
            by_text[text.casefold()] = duty = Duty(text, area, topic)
            role.duties.append(duty)
        else:
            draft.unplaced.append(Unplaced(line, repr(criterion)[:100], "a criterion must be text"))
    for example in _list(item.get("exampleCriteria")):
        text = _text(example.get("criteria", "")) if isinstance(example, dict) else ""
        if not text:
            draft.unplaced.append(
                Unplaced(line, repr(example)[:100], "an example criterion needs `criteria`")
            )
            continue
        found = by_text.get(text.casefold())
        if found is None:
            by_text[text.casefold()] = found = Duty(text, area, topic)
            role.duties.append(found)
        found.examples += [t for t in map(_text, _list(example.get("examples"))) if t]
