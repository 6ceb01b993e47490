"""Minimal edits of a content file's front matter: only the changed values differ in the diff.

ruamel.yaml's round-trip loader locates every value; the edits are spliced into the original text
(comments, key order, quoting, indentation and line endings stay as the editor wrote them), and
the result is parsed again and compared with the intended data before anyone writes it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from hub.load.text import split_front_matter
from hub.load.yamlsource import new_yaml, parse_yaml

KeyPath = tuple[str | int, ...]


class EditError(Exception):
    """The file cannot be edited safely; the message says why."""


@dataclass(frozen=True)
class _Splice:
    start: int
    end: int
    text: str


def scalar_text(value: str | dt.date) -> str:
    """VALUE as a YAML scalar that reads back as itself: a date as YYYY-MM-DD, text plain when it
    can be ("Het leerplan is vervangen."), else double-quoted ("Let op: verouderd", "#1", "ja")."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value and value == value.strip() and parse_yaml(f"k: {value}", "", 1)[0] == {"k": value}:
        return value
    return json.dumps(value, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars


class FrontMatterEditor:
    """Queue edits of one file's front matter, then `result()` gives the new file text."""

    def __init__(self, text: str, shown_path: str) -> None:
        self.shown = shown_path
        self.bom = text.startswith("\ufeff")
        raw = text[1:] if self.bom else text
        self.newline = "\r\n" if "\r\n" in raw else "\n"
        normalised = raw.replace("\r\n", "\n")
        source, problems = split_front_matter(normalised, shown_path)
        if source is None:
            raise EditError(problems[0].message if problems else "no front matter")
        lines = normalised.split("\n")
        closing = source.body_line - 2  # index of the closing '---' line
        self.head, self.tail = lines[0], "\n".join(lines[closing:])
        self.front = "\n".join(lines[1:closing])
        try:
            self.doc = new_yaml().load(self.front)
        except Exception as exc:  # ruamel raises many kinds; any of them means: do not touch
            raise EditError(f"{shown_path}: the front matter is not valid YAML ({exc})") from None
        if not isinstance(self.doc, CommentedMap):
            raise EditError("the front matter is not a mapping of keys")
        self.expected = parse_yaml(self.front, shown_path, 2)[0]
        self._line_starts = [0]
        for index, char in enumerate(self.front):
            if char == "\n":
                self._line_starts.append(index + 1)
        self._splices: list[_Splice] = []

    # -- locating -------------------------------------------------------------------------
    def _offset(self, line: int, column: int) -> int:
        return self._line_starts[line] + column

    def _node(self, path: KeyPath) -> Any:
        node: Any = self.doc
        for part in path:
            node = node[part]
        return node

    def _token(self, path: KeyPath) -> tuple[int, int, str]:
        """(start, end, quote) of the scalar at PATH in the front matter text."""
        parent, last = self._node(path[:-1]), path[-1]
        line, column = parent.lc.item(last) if isinstance(parent, CommentedSeq) else parent.lc.value(last)
        start = self._offset(line, column)
        value = str(parent[last])
        quote = self.front[start] if self.front[start : start + 1] in ("'", '"') else ""
        end = start + len(quote) + len(value) + len(quote)
        if self.front[start + len(quote) : start + len(quote) + len(value)] != value:
            raise EditError(f"{self.shown}: cannot find the value of '{'.'.join(map(str, path))}' to edit")
        return start, end, quote

    def _expected_at(self, path: KeyPath) -> Any:
        node = self.expected
        for part in path:
            node = node[part]
        return node

    # -- edits ----------------------------------------------------------------------------
    def replace(self, path: KeyPath, value: str) -> None:
        """Set the scalar at PATH to VALUE, keeping its quoting."""
        start, end, quote = self._token(path)
        self._splices.append(_Splice(start, end, f"{quote}{value}{quote}"))
        self._expected_at(path[:-1])[path[-1]] = value

    def remove(self, path: KeyPath) -> None:
        """Remove the list item at PATH (a list that becomes empty is written as [])."""
        sequence, index = self._node(path[:-1]), int(path[-1])
        if sequence.fa.flow_style():
            self._remove_flow(path)
        else:
            self._remove_block(sequence, index)
            if len(sequence) == 1:
                self._empty_block_list(path[:-1])
        self._expected_at(path[:-1]).pop(index)

    def _remove_flow(self, path: KeyPath) -> None:
        start, end, _ = self._token(path)
        after = end
        while after < len(self.front) and self.front[after] in " \t\n":
            after += 1
        if after < len(self.front) and self.front[after] == ",":
            after += 1
            while after < len(self.front) and self.front[after] in " \t":
                after += 1
            self._splices.append(_Splice(start, after, ""))
            return
        before = start
        while before > 0 and self.front[before - 1] in " \t\n":
            before -= 1
        if before > 0 and self.front[before - 1] == ",":
            self._splices.append(_Splice(before - 1, end, ""))
        else:
            self._splices.append(_Splice(start, end, ""))

    def _remove_block(self, sequence: CommentedSeq, index: int) -> None:
        lines = self.front.split("\n")
        first = sequence.lc.item(index)[0]
        dash = lines[first].find("-")
        if dash < 0:
            raise EditError(f"{self.shown}:{first + 2}: cannot find the list item to remove")
        last = first
        for number in range(first + 1, len(lines)):
            stripped = lines[number].strip()
            indent = len(lines[number]) - len(lines[number].lstrip())
            if stripped and indent <= dash:
                break
            if stripped:
                last = number
        end = self._line_starts[last + 1] if last + 1 < len(self._line_starts) else len(self.front)
        self._splices.append(_Splice(self._line_starts[first], end, ""))

    def _empty_block_list(self, path: KeyPath) -> None:
        parent, key = self._node(path[:-1]), path[-1]
        line, column = parent.lc.key(key)
        colon = self.front.find(":", self._offset(line, column))
        self._splices.append(_Splice(colon + 1, colon + 1, " []"))

    def set_top_level_after(self, key: str, after: str, value: str | dt.date) -> None:
        """Set top-level KEY to VALUE; a new key goes on the line after AFTER's value."""
        self.set_keys_after(after, {key: value})

    def set_keys_after(self, after: str, values: dict[str, str | dt.date]) -> None:
        """Set top-level keys to VALUES; the new ones go, in this order, on the lines after AFTER's
        (one-line) value; a key that is there already keeps its place."""
        added = []
        for key, value in values.items():
            if key in self.doc:
                self.replace((key,), scalar_text(value))
                self._expected_at(())[key] = value
            else:
                added.append(f"{key}: {scalar_text(value)}")
                self.expected[key] = value
        if not added:
            return
        line = self.doc.lc.value(after)[0]
        end_of_line = (
            self._line_starts[line + 1] - 1 if line + 1 < len(self._line_starts) else len(self.front)
        )
        self._splices.append(_Splice(end_of_line, end_of_line, "\n" + "\n".join(added)))

    # -- result ---------------------------------------------------------------------------
    def result(self) -> str:
        """The edited file text; EditError when the edit would change anything but the intended values."""
        front = self.front
        for splice in sorted(self._splices, key=lambda s: (s.start, s.end), reverse=True):
            front = front[: splice.start] + splice.text + front[splice.end :]
        if parse_yaml(front, self.shown, 2)[0] != self.expected:
            raise EditError(f"{self.shown}: the edit would change more than the intended values")
        text = "\n".join([self.head, front, self.tail]) if front else "\n".join([self.head, self.tail])
        text = text.replace("\n", self.newline)
        return ("\ufeff" if self.bom else "") + text
