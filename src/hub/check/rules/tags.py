"""Tag values of items must be ids of their taxonomy (type, rok, levels, roles, themes, form, owner)."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.problems import Problem, allowed_list, did_you_mean, error

# item key -> taxonomy file that holds its allowed values
TAGGED_KEYS: dict[str, str] = {
    "type": "types",
    "rok": "rok",
    "levels": "levels",
    "roles": "roles",
    "themes": "themes",
    "form": "forms",
    "owner": "teams",
}


def _values(value: object) -> list[tuple[int | None, str]]:
    if isinstance(value, list):
        return [(index, v) for index, v in enumerate(value)]
    if isinstance(value, str):
        return [(None, value)]
    return []


def _alias_hint(taxonomy_entries, value: str) -> str:  # type: ignore[no-untyped-def]
    lowered = value.lower()
    for entry in taxonomy_entries:
        if lowered == entry.label.lower() or lowered in (alias.lower() for alias in entry.aliases):
            return f" (did you mean '{entry.id}'? '{value}' is its label or alias; tags use the id)"
    return ""


def check_tag_values(context: CheckContext) -> Iterator[Problem]:
    taxonomies = context.catalog.taxonomies
    items = [*context.catalog.all_live_items()]
    for archived in context.catalog.archived.values():
        items.extend(archived.values())
    for item in items:
        for key, taxonomy_name in TAGGED_KEYS.items():
            taxonomy = taxonomies.get(taxonomy_name)
            if taxonomy is None or not len(taxonomy):
                continue
            for index, value in _values(getattr(item, key, None)):
                if value in taxonomy:
                    continue
                hint = _alias_hint(taxonomy, value) or did_you_mean(value, taxonomy.entries)
                path = (key,) if index is None else (key, index)
                yield error(
                    item.path,
                    item.line(*path),
                    key,
                    f"'{value}' is not in {taxonomy_name}.yml{hint}; allowed: {allowed_list(taxonomy.entries)}",
                )


RULES = [check_tag_values]
