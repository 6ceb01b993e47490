"""Problems found in content: located, severe or not, and printable for editors and CI."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: `path:line: severity: key: message`."""

    path: str
    line: int
    severity: Severity
    key: str
    message: str

    def as_text(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.key}: {self.message}"

    def as_github(self) -> str:
        # GitHub workflow commands: annotations on the offending line of the pull request.
        message = _escape_data(self.message)
        path, key = _escape_property(self.path), _escape_property(self.key)
        return f"::{self.severity} file={path},line={self.line},title={key}::{message}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # A key may be any text an editor typed; ',' and ':' would end the property early.
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def error(path: str, line: int, key: str, message: str) -> Problem:
    return Problem(path, max(line, 1), Severity.ERROR, key, message)


def warning(path: str, line: int, key: str, message: str) -> Problem:
    return Problem(path, max(line, 1), Severity.WARNING, key, message)


def did_you_mean(value: str, allowed: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest allowed value, or '' when nothing is close."""
    choices = list(allowed)
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if not close:
        lowered = {choice.lower(): choice for choice in choices}
        close = [lowered[value.lower()]] if value.lower() in lowered else []
    return f" (did you mean '{close[0]}'?)" if close else ""


def allowed_list(allowed: Iterable[str], limit: int = 12) -> str:
    """A short human list of allowed values: 'a, b, c, ... (40 in all)'."""
    values = sorted(allowed)
    shown = ", ".join(values[:limit])
    return shown + (f", ... ({len(values)} in all)" if len(values) > limit else "")


def format_problems(problems: Iterable[Problem], fmt: str) -> str:
    ordered = sorted(problems)
    if fmt == "json":
        return json.dumps([asdict(p) for p in ordered], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.as_github() for p in ordered)
    return "\n".join(p.as_text() for p in ordered)
