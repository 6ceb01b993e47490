"""`check_ignore` in an item's front matter: one coded rule silenced for that item, with a reason.

A suppression without a reason silences nothing (HUB190); one with an unknown code (HUB191), for a
rule that cannot be silenced (HUB192) or for a rule that no longer fires on the item (HUB193) is
reported itself. Prune findings (HUB5xx) are silenced by `hub prune`, not judged here."""

from __future__ import annotations

from collections.abc import Iterable

from hub.model.catalog import Catalog
from hub.model.items import Item
from hub.problems import Problem, item_problem
from hub.problems.registry import RULES, closest_code

PRUNE_PREFIX = "HUB5"


def items_of(catalog: Catalog) -> list[Item]:
    """Every item that can carry check_ignore: live and archived, and the effect files."""
    items = list(catalog.all_live_items())
    for archived in catalog.archived.values():
        items.extend(archived.values())
    items.extend(catalog.effects)
    return items


def silenced_codes(item: Item) -> set[str]:
    """The codes ITEM silences: known, silenceable, with a reason."""
    return {
        entry.code
        for entry in item.check_ignore
        if entry.reason and entry.code in RULES and RULES[entry.code].can_ignore
    }


def apply_suppressions(catalog: Catalog, problems: Iterable[Problem]) -> list[Problem]:
    """PROBLEMS without those their item silences, plus what is wrong with the suppressions."""
    items = [item for item in items_of(catalog) if item.check_ignore]
    silenced = {item.path: silenced_codes(item) for item in items}
    kept: list[Problem] = []
    used: set[tuple[str, str]] = set()
    for found in problems:
        if found.code in silenced.get(found.path, ()):
            used.add((found.path, found.code))
        else:
            kept.append(found)
    for item in items:
        kept.extend(_suppression_problems(item, used))
    return kept


def _suppression_problems(item: Item, used: set[tuple[str, str]]) -> list[Problem]:
    found = []
    for index, entry in enumerate(item.check_ignore):
        at = ("check_ignore", index, "code")
        rule = RULES.get(entry.code)
        if rule is None:
            close = closest_code(entry.code)
            hint = f" (bedoel je '{close}'?)" if close else ""
            found.append(item_problem("HUB191", item, at, key="check_ignore", code=entry.code, hint=hint))
        elif not rule.can_ignore:
            found.append(item_problem("HUB192", item, at, key="check_ignore", code=rule.code, name=rule.name))
        elif not entry.reason:
            found.append(item_problem("HUB190", item, at, key="check_ignore", code=rule.code))
        elif not rule.code.startswith(PRUNE_PREFIX) and (item.path, rule.code) not in used:
            found.append(item_problem("HUB193", item, at, key="check_ignore", code=rule.code, name=rule.name))
    return found
