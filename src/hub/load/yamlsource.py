"""YAML parsing that keeps the file line of every key and list item."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from hub.problems import Problem, error

Path_ = tuple[str | int, ...]


class LineMap:
    """File lines of the values in one YAML document, by key path (`("steps", 2, "material")`)."""

    def __init__(self, lines: dict[Path_, int], default: int) -> None:
        self._lines = lines
        self.default = default

    def line(self, *path: str | int) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return self.default


def _collect(node: Any, prefix: Path_, offset: int, out: dict[Path_, int]) -> None:
    if isinstance(node, CommentedMap):
        for key in node:
            try:
                line = node.lc.key(key)[0]
            except (KeyError, TypeError, AttributeError):
                continue
            out[(*prefix, str(key))] = line + offset
            _collect(node[key], (*prefix, str(key)), offset, out)
    elif isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            with contextlib.suppress(KeyError, TypeError, AttributeError):
                out[(*prefix, index)] = node.lc.item(index)[0] + offset
            _collect(item, (*prefix, index), offset, out)


def _plain(node: Any) -> Any:
    """ruamel's round-trip containers and scalar subclasses as plain Python values."""
    if isinstance(node, dict):
        return {str(key): _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(value) for value in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, dt.datetime):
        return dt.datetime(*node.timetuple()[:6], node.microsecond, tzinfo=node.tzinfo)
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


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
    """A round-trip YAML reader that tolerates impossible dates until validation."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _LenientDateConstructor
    return yaml


def _message(exc: YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "\t" in str(exc) or "tab" in str(problem).lower():
        return f"YAML syntax error: {problem} (indent with spaces, not tabs)"
    return f"YAML syntax error: {problem}"


def parse_yaml(text: str, shown_path: str, first_line: int) -> tuple[Any, LineMap, list[Problem]]:
    """Parse `text` (whose first line is file line `first_line`) into plain values and a line map."""
    yaml = new_yaml()
    try:
        document = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        return None, LineMap({}, first_line), [error(shown_path, line, "yaml", _message(exc))]
    except ReaderError as exc:
        # A character YAML does not accept (NUL, other control characters): point at its line.
        line = first_line + text[: max(exc.position, 0)].count("\n")
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        message = (
            f"YAML: character U+{code:04X} is not allowed; remove it (often pasted from another program)"
        )
        return None, LineMap({}, first_line), [error(shown_path, line, "yaml", message)]
    except (YAMLError, ValueError, TypeError, OverflowError) as exc:
        # e.g. an impossible unquoted date such as 2026-02-30 fails while the value is built
        return (
            None,
            LineMap({}, first_line),
            [error(shown_path, first_line, "yaml", f"YAML value error: {str(exc).splitlines()[0]}")],
        )
    except RecursionError:
        return None, LineMap({}, first_line), [_too_deep(shown_path, first_line)]
    lines: dict[Path_, int] = {}
    try:
        _collect(document, (), first_line, lines)
        return _plain(document), LineMap(lines, first_line), []
    except RecursionError:
        return None, LineMap({}, first_line), [_too_deep(shown_path, first_line)]


def _too_deep(shown_path: str, line: int) -> Problem:
    return error(shown_path, line, "yaml", "YAML nested too deeply (lists or mappings inside each other)")
