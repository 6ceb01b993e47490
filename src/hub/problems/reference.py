"""The rules as editors read them: `hub rules` (list, explain one) and the README's rules reference."""

from __future__ import annotations

from hub.problems.registry import GROUPS, RULES, group_of
from hub.problems.rule import SEVERITY_LABELS, Rule

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def _can_ignore(rule: Rule) -> str:
    return "kan uitgezet worden" if rule.can_ignore else "kan niet uitgezet worden"


def rules_list() -> str:
    """Every rule on one line per code, grouped by range: code, name, severity, summary."""
    lines: list[str] = []
    width = max(len(rule.name) for rule in RULES.values())
    for prefix, title in GROUPS.items():
        if lines:
            lines.append("")
        lines.append(f"{prefix}xx  {title}")
        for rule in RULES.values():
            if rule.code.startswith(prefix):
                severity = SEVERITY_LABELS[rule.severity]
                lines.append(f"  {rule.code}  {rule.name:<{width}}  {severity:<12}  {rule.summary}")
    return "\n".join(lines)


def explanation(rule: Rule) -> str:
    """One rule in full, in Dutch: summary, explanation, a wrong and a right example."""

    def indented(text: str) -> list[str]:
        return ["    " + line for line in text.splitlines()]

    head = f"{rule.code} {rule.name} ({SEVERITY_LABELS[rule.severity]}; {_can_ignore(rule)})"
    return "\n".join(
        [
            head,
            rule.summary,
            "",
            rule.explanation,
            "",
            "Fout:",
            *indented(rule.wrong),
            "",
            "Goed:",
            *indented(rule.right),
        ]
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_reference() -> str:
    """The README's rules reference: a table per code range (generated; see scripts/rules_reference.py)."""
    out = [
        START,
        "<!-- Generated from src/hub/problems/ by scripts/rules_reference.py; do not edit by hand. -->",
    ]
    for prefix, title in GROUPS.items():
        out += ["", f"**{prefix}xx: {title}**", "", "| code | name | severity | silenceable | summary |"]
        out += ["|---|---|---|---|---|"]
        for rule in RULES.values():
            if group_of(rule.code) == title:
                silence = "yes" if rule.can_ignore else "no"
                out.append(
                    f"| `{rule.code}` | `{rule.name}` | {rule.severity} | {silence} | {_cell(rule.summary)} |"
                )
    out.append(END)
    return "\n".join(out)


def with_reference(readme: str) -> str:
    """README text with the section between the markers replaced by the current reference."""
    start, end = readme.index(START), readme.index(END) + len(END)
    return readme[:start] + markdown_reference() + readme[end:]
