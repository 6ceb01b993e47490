"""The one registry of coded rules: every check rule, prune finding and editing refusal, by code."""

from __future__ import annotations

import difflib

from hub.problems import (
    rules_content,
    rules_editing,
    rules_effects,
    rules_prune,
    rules_references,
    rules_structure,
)
from hub.problems.rule import Rule

# Code ranges and what they cover, for `hub rules` and the README.
GROUPS: dict[str, str] = {
    "HUB1": "Bestanden, YAML, sleutels en waarden; uitzonderingen",
    "HUB2": "Tags, taxonomieën en verwijzingen",
    "HUB3": "Datums, kwaliteit, links, HTML en bijlagen",
    "HUB4": "Persoonsgegevens",
    "HUB5": "Bevindingen van hub prune",
    "HUB6": "Bewerkingscommando's: archive, withdraw, qa publish, qa import, effect import",
    "HUB7": "Effectmeting: effectbestanden en evaluatie",
}

RULES: dict[str, Rule] = {
    found.code: found
    for table in (
        rules_structure.RULES,
        rules_references.RULES,
        rules_content.RULES,
        rules_prune.RULES,
        rules_editing.RULES,
        rules_effects.RULES,
    )
    for found in table
}
BY_NAME: dict[str, Rule] = {found.name: found for found in RULES.values()}


def get_rule(code: str) -> Rule:
    """The rule with CODE (KeyError for an unknown code: a programming error, not an editor's)."""
    return RULES[code]


def find_rule(code_or_name: str) -> Rule | None:
    """The rule an editor names by code (any case) or by name, or None."""
    wanted = code_or_name.strip()
    return RULES.get(wanted.upper()) or BY_NAME.get(wanted.lower())


def closest_code(text: str) -> str | None:
    """The code or name nearest to TEXT (for 'bedoel je ...?'), or None."""
    wanted = text.strip()
    close = difflib.get_close_matches(wanted.upper(), list(RULES), n=1, cutoff=0.6)
    if close:
        return close[0]
    named = difflib.get_close_matches(wanted.lower(), list(BY_NAME), n=1, cutoff=0.6)
    return BY_NAME[named[0]].code if named else None


def group_of(code: str) -> str:
    return GROUPS.get(code[:4], "")


def finding_rules() -> list[Rule]:
    """The prune findings (HUB5xx) in report order."""
    return [found for code, found in RULES.items() if code.startswith("HUB5")]
