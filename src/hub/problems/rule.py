"""What a coded rule is: a stable code, a name, a default severity and its Dutch texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# How a severity reads for an editor.
SEVERITY_LABELS = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing"}


@dataclass(frozen=True)
class Rule:
    """One coded rule of `hub check`, `hub prune` or an editing command, with every text it shows.

    `messages` maps a variant name to a Dutch message template (str.format with named fields);
    the variant "" is the usual one. `can_ignore` is False for rules no item and no configuration
    may silence (files that do not load, unsafe markup, personal data)."""

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    wrong: str
    right: str
    messages: Mapping[str, str] = field(default_factory=dict)
    can_ignore: bool = True

    def message(self, variant: str = "", /, **values: object) -> str:
        """The Dutch message of VARIANT with VALUES filled in."""
        template = self.messages.get(variant)
        if template is None:
            raise KeyError(f"{self.code} has no message '{variant}'")
        return template.format(**values)


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: str,
    explanation: str,
    wrong: str,
    right: str,
    messages: Mapping[str, str] | str,
    can_ignore: bool = True,
) -> Rule:
    """A Rule; a single message template may be given as plain text."""
    table = {"": messages} if isinstance(messages, str) else dict(messages)
    return Rule(
        code, name, severity, summary, explanation, wrong.strip("\n"), right.strip("\n"), table, can_ignore
    )
