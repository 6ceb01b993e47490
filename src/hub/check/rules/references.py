"""References between items: they exist, are published, are not the item itself."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.references import references_of
from hub.problems import Problem, did_you_mean, item_problem

NOUNS = {"materials": "materiaal", "qa": "vraag", "trainings": "aanbod", "fiches": "fiche"}


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
                if referrer_published and not getattr(target, "is_published", True):
                    yield item_problem("HUB211", item, key_path, key=key, slug=slug)
            elif slug in archived:
                successor = getattr(archived[slug], "replaced_by", None)
                if successor:
                    yield item_problem("HUB212", item, key_path, key=key, slug=slug, successor=successor)
                else:
                    yield item_problem("HUB213", item, key_path, key=key, slug=slug)
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


def check_replaced_by(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for collection, archived in catalog.archived.items():
        live = catalog.collection(collection)
        for item in archived.values():
            successor = getattr(item, "replaced_by", None)
            if not successor:
                continue
            target = live.get(successor)
            if target is None:
                hint = did_you_mean(successor, live)
                yield item_problem(
                    "HUB217",
                    item,
                    ("replaced_by",),
                    "unknown",
                    successor=successor,
                    collection=collection,
                    hint=hint,
                )
            elif not getattr(target, "is_published", False):
                yield item_problem("HUB217", item, ("replaced_by",), "draft", successor=successor)
    for item in catalog.all_live_items():
        if getattr(item, "replaced_by", None):
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
        seen: set[str] = set()
        for index, step in enumerate(material.steps or []):
            if step.material in seen:
                yield item_problem("HUB216", material, ("steps", index), key="steps", slug=step.material)
            seen.add(step.material)


RULES = [
    check_references,
    check_steps,
    check_replaced_by,
    check_archive_status,
    check_fiche_forms,
    check_leerpad_steps_unique,
]
