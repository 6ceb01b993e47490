"""Tag values of items must be ids of their taxonomy (type, rok, levels, roles, themes, form, owner)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hub.check.context import CheckContext
from hub.model.taxonomy import TaxonomyEntry
from hub.problems import Problem, allowed_list, did_you_mean, item_problem

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


def _entry_named(entries: Iterable[TaxonomyEntry], value: str) -> TaxonomyEntry | None:
    """The entry whose label or alias VALUE is (an editor who typed the label, not the id)."""
    lowered = value.lower()
    for entry in entries:
        if lowered == entry.label.lower() or lowered in (alias.lower() for alias in entry.aliases):
            return entry
    return None


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
                path = (key,) if index is None else (key, index)
                named = _entry_named(taxonomy, value)
                if named is not None:
                    yield item_problem(
                        "HUB201",
                        item,
                        path,
                        "alias",
                        key=key,
                        value=value,
                        id=named.id,
                        taxonomy=taxonomy_name,
                    )
                    continue
                yield item_problem(
                    "HUB201",
                    item,
                    path,
                    key=key,
                    value=value,
                    taxonomy=taxonomy_name,
                    hint=did_you_mean(value, taxonomy.entries),
                    allowed=allowed_list(taxonomy.entries),
                )


RULES = [check_tag_values]
