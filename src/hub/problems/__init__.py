"""Diagnostics of every command in one shape: code, path, line, column, severity, message (and slug).

Text `path:line:column: CODE key: message`, GitHub annotations titled with the code, JSON objects.
Every problem is made from a coded rule of the registry (`hub.problems.registry`), which holds its
Dutch texts."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from hub.problems.registry import get_rule
from hub.problems.rule import SEVERITY_LABELS, Severity

__all__ = [
    "Problem",
    "Severity",
    "allowed_list",
    "did_you_mean",
    "format_problems",
    "item_problem",
    "problem",
    "summary_line",
]


@dataclass(frozen=True, order=True)
class Problem:
    """One diagnostic: where (path, line, column), how bad, which rule (code), about which key."""

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    key: str
    message: str
    slug: str = ""

    def headline(self) -> str:
        """`key: message`, with '(waarschuwing)' before a warning: the text after the code."""
        label = f"({SEVERITY_LABELS[self.severity]}) " if self.severity == Severity.WARNING else ""
        key = f"{self.key}: " if self.key else ""
        return f"{label}{key}{self.message}"

    def as_text(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.headline()}"

    def as_github(self) -> str:
        # GitHub workflow commands: annotations on the offending line of the pull request.
        key = f"{self.key}: " if self.key else ""
        message = _escape_data(key + self.message)
        path = _escape_property(self.path)
        return (
            f"::{self.severity} file={path},line={self.line},col={self.column},"
            f"title={_escape_property(self.code)}::{message}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": str(self.severity),
            "message": self.message,
            "slug": self.slug or None,
            "key": self.key,
        }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # A path may be any text an editor typed; ',' and ':' would end the property early.
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def problem(
    code: str,
    path: str,
    line: int,
    key: str,
    variant: str = "",
    /,
    *,
    column: int = 1,
    item_slug: str = "",
    **values: object,
) -> Problem:
    """A problem of rule CODE with its registered message VARIANT and default severity (ITEM_SLUG: the
    slug of the item it is about, when there is one)."""
    found = get_rule(code)
    message = found.message(variant, **values)
    return Problem(path, max(line, 1), max(column, 1), found.severity, code, key, message, item_slug)


class Located(Protocol):
    """What an item offers to locate a problem (hub.model.items.Item)."""

    @property
    def slug(self) -> str: ...

    @property
    def path(self) -> str: ...

    def line(self, *key_path: str | int) -> int: ...


def item_problem(
    code: str,
    item: Located,
    key_path: tuple[str | int, ...] = (),
    variant: str = "",
    /,
    *,
    key: str | None = None,
    line: int | None = None,
    **values: object,
) -> Problem:
    """A problem on ITEM at KEY_PATH (its line and column), or at LINE (a body line, column 1)."""
    lines = getattr(item, "_lines", None)
    if line is None:
        line = item.line(*key_path) if key_path else 1
        column = lines.column(*key_path) if lines is not None and key_path else 1
    else:
        column = 1
    shown_key = key if key is not None else ".".join(str(p) for p in key_path if isinstance(p, str))
    return problem(code, item.path, line, shown_key, variant, column=column, item_slug=item.slug, **values)


def did_you_mean(value: str, allowed: Iterable[str]) -> str:
    """' (bedoel je 'x'?)' for the closest allowed value, or '' when nothing is close."""
    choices = list(allowed)
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if not close:
        lowered = {choice.lower(): choice for choice in choices}
        close = [lowered[value.lower()]] if value.lower() in lowered else []
    return f" (bedoel je '{close[0]}'?)" if close else ""


def allowed_list(allowed: Iterable[str], limit: int = 12) -> str:
    """A short list of allowed values: 'a, b, c, ... (40 in totaal)'."""
    values = sorted(allowed)
    shown = ", ".join(values[:limit])
    return shown + (f", ... ({len(values)} in totaal)" if len(values) > limit else "")


def format_problems(problems: Iterable[Problem], fmt: str) -> str:
    ordered = sorted(problems)
    if fmt == "json":
        return json.dumps([p.as_dict() for p in ordered], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.as_github() for p in ordered)
    return "\n".join(p.as_text() for p in ordered)


def count_words(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def summary_line(problems: Iterable[Problem]) -> str:
    """'3 fouten, 2 waarschuwingen'."""
    found = list(problems)
    errors = sum(p.severity == Severity.ERROR for p in found)
    warnings = len(found) - errors
    return (
        f"{count_words(errors, 'fout', 'fouten')}, {count_words(warnings, 'waarschuwing', 'waarschuwingen')}"
    )
