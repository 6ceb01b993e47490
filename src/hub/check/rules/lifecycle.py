"""Withdrawn items: their date and reason, keys that belong to another status, published items that
still point to them; and licences the hub does not recognise."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.items import Item, Lifecycle, Material
from hub.model.licenses import closest, recognise
from hub.model.references import references_of
from hub.problems import Problem, item_problem

# Key -> the status it belongs to.
STATUS_KEYS = {"withdrawn": "withdrawn", "withdrawn_reason": "withdrawn", "archived_reason": "archived"}


def _lifecycle_items(context: CheckContext) -> Iterator[Lifecycle]:
    for item in context.catalog.all_live_items():
        if isinstance(item, Lifecycle):
            yield item
    for archived in context.catalog.archived.values():
        yield from (item for item in archived.values() if isinstance(item, Lifecycle))


def check_withdrawn_keys(context: CheckContext) -> Iterator[Problem]:
    """A withdrawn item says when and why; the keys of one status do not linger on another."""
    for item in _lifecycle_items(context):
        if item.status == "withdrawn":
            if item.withdrawn is None:
                yield item_problem("HUB340", item, ("status",), "date", key="withdrawn")
            elif item.withdrawn > context.today:
                date, today = item.withdrawn.isoformat(), context.today.isoformat()
                yield item_problem("HUB342", item, ("withdrawn",), date=date, today=today)
            if item.withdrawn_reason is None:
                yield item_problem("HUB340", item, ("status",), "reason", key="withdrawn_reason")
        for key, wanted in STATUS_KEYS.items():
            # An archived item keeps the withdrawal it had before: that is its history.
            lingering = getattr(item, key) is not None and item.status != wanted
            if lingering and not (item.status == "archived" and wanted == "withdrawn"):
                yield item_problem("HUB341", item, (key,), name=key, wanted=wanted, status=item.status)


def withdrawn_reference(
    referrer: Item, key_path: tuple[str | int, ...], slug: str, successor: str | None
) -> Problem:
    """HUB230 on REFERRER, which points at KEY_PATH to the withdrawn SLUG (replaced by SUCCESSOR)."""
    variant = "successor" if successor and successor != referrer.slug else ""
    return item_problem(
        "HUB230", referrer, key_path, variant, key=str(key_path[0]), slug=slug, successor=successor or ""
    )


def check_withdrawn_references(context: CheckContext) -> Iterator[Problem]:
    """Published items that still point to a withdrawn one (steps, related, materials, recommend)."""
    catalog = context.catalog
    for item in catalog.all_live_items():
        if not getattr(item, "is_published", False):
            continue
        for key_path, collection, slug in references_of(item):
            target = catalog.collection(collection).get(slug)
            if isinstance(target, Lifecycle) and target.is_withdrawn:
                successor = catalog.successor_of(target)
                yield withdrawn_reference(item, key_path, slug, successor.slug if successor else None)


def check_licenses(context: CheckContext) -> Iterator[Problem]:
    """A licence the hub does not recognise: shown as text, with no deed and no filter."""
    for material in context.catalog.materials.values():
        if isinstance(material, Material) and material.license and recognise(material.license) is None:
            suggestion = closest(material.license).label
            yield item_problem("HUB345", material, ("license",), text=material.license, closest=suggestion)


RULES = [check_withdrawn_keys, check_withdrawn_references, check_licenses]
