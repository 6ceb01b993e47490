"""A finding of the pruning report, and its text, JSON and per-team Markdown forms."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from hub.model.catalog import Catalog

# In report order, with what each finding asks of an editor.
FINDINGS: dict[str, str] = {
    "overdue": "the review date has passed: review the item, or retire it",
    "duplicate": "nearly the same as another item: keep one, retire the other with a successor",
    "orphan": "nothing points to this material and it has no theme: link it, tag it, or retire it",
    "weak-tags": "tagged only at the top of the R-OK tree or without theme: tag it more precisely",
    "broken-link": "a link in the body leads nowhere: fix or remove it",
    "large-file": "an attachment over 10 MB: compress it or link to it",
    "stale-draft": "a draft nobody changed for six months: finish it or remove it",
}


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

    def sort_key(self) -> tuple[int, str, str, str]:
        return (list(FINDINGS).index(self.finding), self.kind, self.slug, self.detail)

    def key(self) -> tuple[str, str, str, str]:
        """What identifies a finding across two revisions (a likeness score may drift; the pair stays)."""
        return (self.kind, self.slug, self.finding, self.about or self.detail)

    def as_text(self) -> str:
        return f"{self.path}:{self.line}: {self.finding}: {self.title}: {self.detail}"


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)


def as_json(findings: Iterable[Finding]) -> str:
    return json.dumps([asdict(f) for f in ordered(findings)], ensure_ascii=False, indent=2)


def as_text(findings: Iterable[Finding]) -> str:
    return "\n".join(f.as_text() for f in ordered(findings))


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
        result.append(("", "Without a known team", grouped[""]))
    return result


def as_markdown(catalog: Catalog, findings: list[Finding], today: str) -> str:
    """The report per owning team, so each team gets its own list."""
    lines = [f"# Pruning report ({today})", ""]
    if not findings:
        return "\n".join([*lines, "No findings: the bank is in good shape.", ""])
    counts = defaultdict(int)
    for finding in findings:
        counts[finding.finding] += 1
    lines.append(
        f"{len(findings)} findings: " + ", ".join(f"{counts[n]} {n}" for n in FINDINGS if counts.get(n))
    )
    for team, label, team_findings in by_team(catalog, findings):
        heading = f"{md_escape(label)} (`{team}`)" if team else md_escape(label)
        lines += ["", f"## {heading}", "", "| Item | Finding | Detail |", "|---|---|---|"]
        for finding in team_findings:
            lines.append(
                f"| {md_escape(finding.title)}<br>`{finding.path}:{finding.line}` "
                f"| {finding.finding} | {md_escape(finding.detail)} |"
            )
    lines += ["", "## What each finding asks", ""]
    lines += [f"- **{name}**: {meaning}" for name, meaning in FINDINGS.items() if counts.get(name)]
    return "\n".join(lines) + "\n"
