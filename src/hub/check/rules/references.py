"""References between items: they exist, are published, are not the item itself."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.references import references_of
from hub.problems import Problem, did_you_mean, error, warning


def check_references(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for item in catalog.all_live_items():
        referrer_published = getattr(item, "is_published", False)
        for key_path, collection, slug in references_of(item):
            key = str(key_path[0])
            line = item.line(*key_path)
            live = catalog.collection(collection)
            archived = catalog.archived.get(collection, {})
            if slug == item.slug and collection == "materials" and item.kind == "material":
                yield error(item.path, line, key, f"'{slug}' refers to the item itself")
            elif slug in live:
                target = live[slug]
                if referrer_published and not getattr(target, "is_published", True):
                    yield error(
                        item.path,
                        line,
                        key,
                        f"'{slug}' is a draft: a published item may only refer to published items",
                    )
            elif slug in archived:
                successor = getattr(archived[slug], "replaced_by", None)
                if successor:
                    yield warning(
                        item.path,
                        line,
                        key,
                        f"'{slug}' is archived and redirects to '{successor}': refer to '{successor}' instead",
                    )
                else:
                    yield error(
                        item.path,
                        line,
                        key,
                        f"'{slug}' is archived without replaced_by: remove the reference or give "
                        "the archived item a successor",
                    )
            else:
                yield error(
                    item.path,
                    line,
                    key,
                    f"no {collection[:-1] if collection != 'qa' else 'question'} '{slug}' exists"
                    f"{did_you_mean(slug, live)}",
                )


def check_steps(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        if material.type == "leerpad" and not material.steps:
            yield error(
                material.path,
                material.line("type"),
                "steps",
                "a leerpad needs 'steps': a list of {material: <slug>, note: ...}",
            )
        if material.type != "leerpad" and material.steps:
            yield error(
                material.path,
                material.line("steps"),
                "steps",
                f"only materials of type 'leerpad' have steps (this one is '{material.type}')",
            )


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
                yield error(
                    item.path,
                    item.line("replaced_by"),
                    "replaced_by",
                    f"no live item '{successor}' in {collection}/{did_you_mean(successor, live)}",
                )
            elif not getattr(target, "is_published", False):
                yield error(
                    item.path,
                    item.line("replaced_by"),
                    "replaced_by",
                    f"'{successor}' is a draft: a redirect must lead to a published page",
                )
    for item in catalog.all_live_items():
        if getattr(item, "replaced_by", None):
            yield error(
                item.path,
                item.line("replaced_by"),
                "replaced_by",
                "only archived items have replaced_by (retire the item with 'hub archive')",
            )


def check_archive_status(context: CheckContext) -> Iterator[Problem]:
    catalog = context.catalog
    for item in catalog.all_live_items():
        if getattr(item, "status", None) == "archived":
            yield error(
                item.path,
                item.line("status"),
                "status",
                "status 'archived' belongs to files under content/archive/: use 'hub archive SLUG'",
            )
    for collection, archived in catalog.archived.items():
        live = catalog.collection(collection)
        for slug, item in archived.items():
            if getattr(item, "status", "archived") != "archived":
                yield error(
                    item.path, item.line("status"), "status", "an item under archive/ has status 'archived'"
                )
            if slug in live:
                yield error(
                    item.path,
                    1,
                    "slug",
                    f"'{slug}' is both live ({live[slug].path}) and archived: one URL, one item",
                )


def check_fiche_forms(context: CheckContext) -> Iterator[Problem]:
    for fiche in context.catalog.fiches.values():
        if fiche.slug != fiche.form:
            yield error(
                fiche.path,
                fiche.line("form"),
                "form",
                f"a fiche is named after its form: rename the file to '{fiche.form}.md' or set form: {fiche.slug}",
            )


def check_leerpad_steps_unique(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        seen: set[str] = set()
        for index, step in enumerate(material.steps or []):
            if step.material in seen:
                yield warning(
                    material.path,
                    material.line("steps", index),
                    "steps",
                    f"'{step.material}' appears twice in this leerpad",
                )
            seen.add(step.material)


RULES = [
    check_references,
    check_steps,
    check_replaced_by,
    check_archive_status,
    check_fiche_forms,
    check_leerpad_steps_unique,
]
