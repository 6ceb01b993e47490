"""YAML parsing for reading content: fast (libyaml), with the file line of every key and list item.

Content is read with PyYAML's C parser and a YAML 1.2 core-schema resolver (so `nee`, `on` and
`1:30` stay text, as they do for ruamel, which the editing commands use). Positions come from the
composed node tree, so they cost one walk; anchors and aliases are refused before any value is
built, which also keeps an alias bomb from expanding.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from yaml.cyaml import CParser

from hub.model.source import KeyPath, LineMap
from hub.problems import Problem, problem

__all__ = ["LineMap", "new_yaml", "parse_yaml"]

MAX_DEPTH = 40
# Below this many structure characters a document cannot nest deep enough to exhaust libyaml's
# recursive composer, which crashes the process (not a RecursionError) at some tens of thousands.
_SAFE_STRUCTURE = 1000
_STRUCTURE = re.compile(r"[\[{\-:?\n]")


class _CoreResolver(yaml.resolver.BaseResolver):
    """The YAML 1.2 core schema: only true/false are booleans; no sexagesimals, no `=`."""


for _tag, _pattern, _first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (
        "int",
        r"^(?:[-+]?[0-9][0-9_]*|0o[0-7_]+|0x[0-9a-fA-F_]+)$",
        "-+0123456789",
    ),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    (
        "timestamp",
        r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
        r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
        r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$",
        "0123456789",
    ),
]:
    _CoreResolver.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), list(_first))


class _ContentConstructor(yaml.constructor.SafeConstructor):
    """Plain values; mapping keys as text; an impossible date (2026-02-30) kept as text for validation."""

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return str(node.value)

    def construct_yaml_int(self, node: Any) -> Any:
        value = str(node.value).replace("_", "")
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        if all(isinstance(key, str) for key in mapping):
            return mapping
        return {_key_text(key): value for key, value in mapping.items()}


_ContentConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", _ContentConstructor.construct_yaml_timestamp
)
_ContentConstructor.add_constructor("tag:yaml.org,2002:int", _ContentConstructor.construct_yaml_int)


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return "" if key is None else str(key)


class _ContentLoader(CParser, _ContentConstructor, _CoreResolver):  # type: ignore[misc]
    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        _ContentConstructor.__init__(self)
        _CoreResolver.__init__(self)


class _Refused(Exception):
    """YAML that content may not use (HUB114), with the message variant and its values."""

    def __init__(self, line: int, variant: str, **values: object) -> None:
        super().__init__(variant)
        self.line, self.variant, self.values = line, variant, values


def _locate(root: Any, offset: int) -> tuple[dict[KeyPath, int], dict[KeyPath, int]]:
    """Line and column of every key and list item; refuses aliases, duplicate keys and deep nesting."""
    lines: dict[KeyPath, int] = {}
    columns: dict[KeyPath, int] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, KeyPath]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            # An alias yields the anchored node itself: its mark is the anchor, where the fix starts.
            raise _Refused(offset + node.start_mark.line, "alias")
        seen.add(id(node))
        if len(path) > MAX_DEPTH:
            raise _Refused(offset + node.start_mark.line, "deep")
        children: list[tuple[Any, KeyPath]] = []
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key_line = offset + key_node.start_mark.line
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Refused(key_line, "key")
                key = str(key_node.value)
                if key in keys:
                    raise _Refused(key_line, "duplicate", key=key)
                keys.add(key)
                child = (*path, key)
                lines[child], columns[child] = key_line, key_node.start_mark.column + 1
                children.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines[child], columns[child] = offset + item.start_mark.line, item.start_mark.column + 1
                children.append((item, child))
        stack.extend(reversed(children))  # document order, so the first alias is the one reported
    return lines, columns


def _too_deep_for_composer(text: str) -> bool:
    """True when the events show nesting beyond MAX_DEPTH (checked only for unusual documents)."""
    if len(_STRUCTURE.findall(text)) < _SAFE_STRUCTURE:
        return False
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return True
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return False  # the composer reports the syntax error with its position
    return False


def _syntax_problem(exc: yaml.YAMLError, shown_path: str, line: int) -> Problem:
    detail = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    tabs = (
        " (spring in met spaties, niet met tabs)" if "\t" in str(exc) or "tab" in str(detail).lower() else ""
    )
    return problem("HUB113", shown_path, line, "yaml", problem=detail, tabs=tabs)


def parse_yaml(text: str, shown_path: str, first_line: int) -> tuple[Any, LineMap, list[Problem]]:
    """Parse `text` (whose first line is file line `first_line`) into plain values and a line map."""
    offset = first_line
    if _too_deep_for_composer(text):
        return None, LineMap({}, first_line), [_too_deep(shown_path, first_line)]
    loader = _ContentLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LineMap({}, first_line), []
        lines, columns = _locate(node, offset)
        value = loader.construct_document(node)
    except _Refused as exc:
        return (
            None,
            LineMap({}, first_line),
            [problem("HUB114", shown_path, exc.line, "yaml", exc.variant, **exc.values)],
        )
    except yaml.MarkedYAMLError as exc:
        # An unclosed bracket is reported where the next key starts; the bracket's own line is the fix.
        flow = exc.context_mark is not None and "flow" in str(exc.context or "")
        mark = exc.context_mark if flow else (exc.problem_mark or exc.context_mark)
        # Past the last line (an unclosed value) the editor's fix is on the last line with text.
        last = len(text.rstrip().split("\n")) - 1
        line = first_line + min(mark.line if mark else 0, max(last, 0))
        return None, LineMap({}, first_line), [_syntax_problem(exc, shown_path, line)]
    except yaml.reader.ReaderError as exc:
        # A character YAML does not accept (NUL, other control characters): point at its line.
        line = first_line + text[: max(exc.position, 0)].count("\n")
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        found = problem("HUB113", shown_path, line, "yaml", "character", code=f"{code:04X}")
        return None, LineMap({}, first_line), [found]
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        return (
            None,
            LineMap({}, first_line),
            [problem("HUB113", shown_path, first_line, "yaml", "value", detail=str(exc).splitlines()[0])],
        )
    except RecursionError:
        return None, LineMap({}, first_line), [_too_deep(shown_path, first_line)]
    finally:
        loader.dispose()
    return value, LineMap(lines, first_line, columns), []


def _too_deep(shown_path: str, line: int) -> Problem:
    return problem("HUB114", shown_path, line, "yaml", "deep")


class _LenientDateConstructor(RoundTripConstructor):
    """Keeps an impossible unquoted date (2026-02-30) as text, so validation can point at its line."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except (ValueError, OverflowError):
            return str(node.value)


_LenientDateConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", _LenientDateConstructor.construct_yaml_timestamp
)


def new_yaml() -> YAML:
    """A round-trip YAML reader for commands that edit files (keeps comments, order and quoting)."""
    yaml_rt = YAML(typ="rt")
    yaml_rt.Constructor = _LenientDateConstructor
    return yaml_rt
