"""References between items: they exist, are published, are not the item itself."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.catalog import Catalog
from hub.model.items import STEP_KEYS, Item, Lifecycle
from hub.model.kinds import ARCHIVABLE
from hub.model.references import references_of
from hub.problems import Problem, did_you_mean, item_problem

NOUNS = {"materials": "materiaal", "qa": "vraag", "trainings": "aanbod", "fiches": "fiche"}


def _is_withdrawn(item: Item) -> bool:
    return isinstance(item, Lifecycle) and item.is_withdrawn


def _other_step_kind(catalog: Catalog, key: str, slug: str) -> str | None:
    """The other step key ('question', 'training') whose collection does hold SLUG."""
    for other, collection in STEP_KEYS.items():
        if other != key and slug in catalog.collection(collection):
            return other
    return None


def check_references(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for item in catalog.all_live_items():
        referrer_published = getattr(item, "is_published", False)
        for key_path, collection, slug in references_of(item):
            key = str(key_path[0])
            live = catalog.collection(collection)
            archived = catalog.archived.get(collection, {})
            if slug == item.slug and collection == "materials" and item.kind == "material":
                yield item_problem("HUB210", item, key_path, key=key, slug=slug)
            elif slug in live:
                target = live[slug]
                # A withdrawn target is a warning of its own (HUB230, check/rules/lifecycle.py).
                if (
                    referrer_published
                    and not getattr(target, "is_published", True)
                    and not _is_withdrawn(target)
                ):
                    yield item_problem("HUB211", item, key_path, key=key, slug=slug)
            elif slug in archived:
                successor = getattr(archived[slug], "replaced_by", None)
                if successor:
                    yield item_problem("HUB212", item, key_path, key=key, slug=slug, successor=successor)
                else:
                    yield item_problem("HUB213", item, key_path, key=key, slug=slug)
            elif key == "steps" and (other := _other_step_kind(catalog, str(key_path[-1]), slug)):
                yield item_problem(
                    "HUB232",
                    item,
                    key_path,
                    key=key,
                    noun=NOUNS[collection],
                    slug=slug,
                    other_noun=NOUNS[STEP_KEYS[other]],
                    other_key=other,
                )
            else:
                noun = NOUNS.get(collection, collection)
                hint = did_you_mean(slug, live)
                yield item_problem("HUB214", item, key_path, key=key, noun=noun, slug=slug, hint=hint)


def check_steps(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        if material.type == "leerpad" and not material.steps:
            yield item_problem("HUB215", material, ("type",), "missing", key="steps")
        if material.type != "leerpad" and material.steps:
            yield item_problem("HUB215", material, ("steps",), "not_leerpad", type=material.type)
        for index, step in enumerate(material.steps or []):
            named = step.targets()
            if not named:
                yield item_problem("HUB231", material, ("steps", index), "none", key="steps")
            elif len(named) > 1:
                keys = ", ".join(key for key, _ in named)
                yield item_problem(
                    "HUB231", material, ("steps", index), "several", key="steps", count=len(named), keys=keys
                )


def _successor_problems(catalog: Catalog, item: Item, collection: str) -> Iterator[Problem]:
    """replaced_by of an archived or withdrawn item: a published item of the same collection."""
    successor = getattr(item, "replaced_by", None)
    if not successor:
        return
    live = catalog.collection(collection)
    target = live.get(successor)
    if target is None:
        hint = did_you_mean(successor, live)
        yield item_problem(
            "HUB217", item, ("replaced_by",), "unknown", successor=successor, collection=collection, hint=hint
        )
    elif _is_withdrawn(target):
        yield item_problem("HUB230", item, ("replaced_by",), "replaced_by", key="replaced_by", slug=successor)
    elif not getattr(target, "is_published", False):
        yield item_problem("HUB217", item, ("replaced_by",), "draft", successor=successor)


def check_replaced_by(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for collection, archived in catalog.archived.items():
        for item in archived.values():
            yield from _successor_problems(catalog, item, collection)
    for collection in ARCHIVABLE:
        for item in catalog.collection(collection).values():
            if _is_withdrawn(item):
                yield from _successor_problems(catalog, item, collection)
            elif getattr(item, "replaced_by", None):
                yield item_problem("HUB217", item, ("replaced_by",), "live")


def check_archive_status(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for item in catalog.all_live_items():
        if getattr(item, "status", None) == "archived":
            yield item_problem("HUB218", item, ("status",), "live")
    for collection, archived in catalog.archived.items():
        live = catalog.collection(collection)
        for slug, item in archived.items():
            if getattr(item, "status", "archived") != "archived":
                yield item_problem("HUB218", item, ("status",), "archived")
            if slug in live:
                yield item_problem("HUB218", item, (), "both", key="slug", slug=slug, live=live[slug].path)


def check_fiche_forms(context: CheckContext) -> Iterator[Problem]:
    for fiche in context.catalog.fiches.values():
        if fiche.slug != fiche.form:
            yield item_problem("HUB219", fiche, ("form",), form=fiche.form, slug=fiche.slug)


def check_leerpad_steps_unique(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        seen: set[tuple[str, str]] = set()
        for index, step in enumerate(material.steps or []):
            if step.target is None:
                continue  # HUB231
            if step.target in seen:
                yield item_problem("HUB216", material, ("steps", index), key="steps", slug=step.target[1])
            seen.add(step.target)


RULES = [
    check_references,
    check_steps,
    check_replaced_by,
    check_archive_status,
    check_fiche_forms,
    check_leerpad_steps_unique,
]
