"""A finding of the pruning report, and its text, JSON and per-team Markdown forms."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from hub.model.catalog import Catalog
from hub.problems import count_words
from hub.problems.registry import finding_rules

# In report order, with what each finding asks of an editor (the registry's summaries, HUB5xx).
FINDINGS: dict[str, str] = {rule.name: rule.summary for rule in finding_rules()}
CODES: dict[str, str] = {rule.name: rule.code for rule in finding_rules()}


@dataclass(frozen=True)
class Finding:
    """One thing an editor should look at, on one item."""

    slug: str
    kind: str
    title: str
    finding: str
    detail: str
    path: str = ""
    line: int = 1
    owner: str | None = None
    about: str = ""  # what the finding is about beyond the item (the other slug, the link, the file)
    code: str = ""  # HUB5xx, from the finding's name when not given
    column: int = 1
    severity: str = "warning"

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", CODES.get(self.finding, ""))

    @property
    def message(self) -> str:
        return self.detail

    def sort_key(self) -> tuple[int, str, str, str]:
        return (list(FINDINGS).index(self.finding), self.kind, self.slug, self.detail)

    def key(self) -> tuple[str, str, str, str]:
        """What identifies a finding across two revisions (a likeness score may drift; the pair stays)."""
        return (self.kind, self.slug, self.finding, self.about or self.detail)

    def as_text(self) -> str:
        """`path:line:column: CODE finding: title: detail`, the shape of every diagnostic."""
        return (
            f"{self.path}:{self.line}:{self.column}: {self.code} {self.finding}: {self.title}: {self.detail}"
        )

    def as_dict(self) -> dict[str, object]:
        """The contract keys (slug, kind, title) and the diagnostic's (code ... message)."""
        return {**asdict(self), "message": self.message}


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def as_json(findings: Iterable[Finding]) -> str:
    return json.dumps([f.as_dict() for f in ordered(findings)], ensure_ascii=False, indent=2)


def as_text(findings: Iterable[Finding]) -> str:
    return "\n".join(f.as_text() for f in ordered(findings))


def summary(findings: Iterable[Finding]) -> str:
    """'3 bevindingen: 2 overdue, 1 orphan' (in report order)."""
    counts: dict[str, int] = defaultdict(int)
    for found in findings:
        counts[found.finding] += 1
    total = count_words(sum(counts.values()), "bevinding", "bevindingen")
    parts = ", ".join(f"{counts[name]} {name}" for name in FINDINGS if counts.get(name))
    return total + (f": {parts}" if parts else "")


def md_escape(text: str) -> str:
    """Text that stays text in (GitHub-flavoured) Markdown, also inside a table cell."""
    escaped = "".join(f"\\{char}" if char in "\\`*_[]<>|#" else char for char in text)
    return " ".join(escaped.split())


def by_team(catalog: Catalog, findings: Iterable[Finding]) -> list[tuple[str, str, list[Finding]]]:
    """(team id, team label, findings) in teams.yml order; items without a known team come last."""
    teams = catalog.taxonomies.get("teams")
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in ordered(findings):
        known = teams is not None and finding.owner in teams
        grouped[finding.owner if known and finding.owner else ""].append(finding)
    order = [entry.id for entry in teams] if teams is not None else []
    result = [(team, teams.label(team), grouped[team]) for team in order if grouped.get(team)]  # type: ignore[union-attr]
    if grouped.get(""):
        result.append(("", "Zonder bekend team", grouped[""]))
    return result


def as_markdown(catalog: Catalog, findings: list[Finding], today: str) -> str:
    """The report per owning team, so each team gets its own list."""
    lines = [f"# Snoeirapport ({today})", ""]
    if not findings:
        return "\n".join([*lines, "Geen bevindingen: de bank is in goede staat.", ""])
    counts = {found.finding for found in findings}
    lines.append(summary(findings))
    for team, label, team_findings in by_team(catalog, findings):
        heading = f"{md_escape(label)} (`{team}`)" if team else md_escape(label)
        lines += ["", f"## {heading}", "", "| Item | Bevinding | Detail |", "|---|---|---|"]
        for finding in team_findings:
            lines.append(
                f"| {md_escape(finding.title)}<br>`{finding.path}:{finding.line}` "
                f"| {finding.code} {finding.finding} | {md_escape(finding.detail)} |"
            )
    lines += ["", "## Wat elke bevinding vraagt", ""]
    lines += [
        f"- **{CODES[name]} {name}**: {meaning}" for name, meaning in FINDINGS.items() if name in counts
    ]
    return "\n".join(lines) + "\n"
