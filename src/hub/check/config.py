"""hub.yml next to content/: the one place that turns coded rules off or changes their severity.

```yaml
rules:
  ignore: [HUB310]            # never report these
  severity: {HUB312: error}   # report these as error or warning
```

The command reads it once (`read_rule_config`) and passes the result down; rules that cannot be
silenced (`can_ignore: False`) can neither be ignored nor changed here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hub.load.text import read_text
from hub.load.yamlsource import LineMap, parse_yaml
from hub.problems import Problem, Severity, problem
from hub.problems.registry import RULES, closest_code
from hub.reports.findings import Finding

CONFIG_FILE = "hub.yml"


@dataclass(frozen=True)
class RuleConfig:
    """Rules switched off, severities changed, and what was wrong with the file that said so."""

    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def apply(self, problems: Iterable[Problem]) -> list[Problem]:
        """PROBLEMS without the ignored rules, with changed severities; plus the file's own problems."""
        result = [
            replace(found, severity=self.severity[found.code]) if found.code in self.severity else found
            for found in problems
            if found.code not in self.ignore
        ]
        return result + list(self.problems)

    def apply_findings(self, findings: Iterable[Finding]) -> list[Finding]:
        """Prune FINDINGS without the ignored codes, with changed severities."""
        return [
            replace(found, severity=str(self.severity[found.code])) if found.code in self.severity else found
            for found in findings
            if found.code not in self.ignore
        ]


def config_path(content_root: Path) -> Path:
    return content_root.resolve().parent / CONFIG_FILE


def read_rule_config(content_root: Path) -> RuleConfig:
    """The rule settings of hub.yml next to CONTENT_ROOT (none when there is no such file)."""
    path = config_path(content_root)
    if not path.is_file():
        return RuleConfig()
    shown = CONFIG_FILE
    text, problems = read_text(path, shown)
    if text is None:
        return RuleConfig(problems=tuple(problems))
    data, lines, problems = parse_yaml(text, shown, 1)
    if problems:
        return RuleConfig(problems=tuple(problems))
    return _rule_config(data, lines, shown)


def _code_problem(code: Any, shown: str, lines: LineMap, at: tuple[str | int, ...]) -> Problem | None:
    """Why CODE cannot be configured, or None."""
    rule = RULES.get(str(code))
    line, column = lines.line(*at), lines.column(*at)
    if rule is None:
        close = closest_code(str(code))
        hint = f" (bedoel je '{close}'?)" if close else ""
        return problem("HUB194", shown, line, "rules", "unknown", column=column, code=code, hint=hint)
    if not rule.can_ignore:
        return problem(
            "HUB194", shown, line, "rules", "locked", column=column, code=rule.code, name=rule.name
        )
    return None


def _rule_config(data: Any, lines: LineMap, shown: str) -> RuleConfig:
    rules = data.get("rules") if isinstance(data, dict) else None
    if data is None or rules is None:
        return RuleConfig()
    ignore_value = rules.get("ignore", []) if isinstance(rules, dict) else None
    severity_value = rules.get("severity", {}) if isinstance(rules, dict) else None
    if (
        not isinstance(rules, dict)
        or set(rules) - {"ignore", "severity"}
        or not isinstance(ignore_value, list)
        or not isinstance(severity_value, dict)
    ):
        return RuleConfig(problems=(problem("HUB194", shown, lines.line("rules"), "rules", "shape"),))
    problems: list[Problem] = []
    ignore: set[str] = set()
    for index, code in enumerate(ignore_value):
        wrong = _code_problem(code, shown, lines, ("rules", "ignore", index))
        if wrong:
            problems.append(wrong)
        else:
            ignore.add(str(code))
    severity: dict[str, Severity] = {}
    for code, value in severity_value.items():
        at = ("rules", "severity", code)
        wrong = _code_problem(code, shown, lines, at)
        if wrong is None and value not in ("error", "warning"):
            line, column = lines.line(*at), lines.column(*at)
            wrong = problem("HUB194", shown, line, "rules", "severity", column=column, code=code, value=value)
        if wrong:
            problems.append(wrong)
        else:
            severity[str(code)] = Severity(value)
    return RuleConfig(frozenset(ignore), severity, tuple(problems))
