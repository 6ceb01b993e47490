"""Taxonomy files: parents that exist, unique ids, no cycles, `luik` on the R-OK rubrieken."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.fields import ID_PATTERN
from hub.problems import Problem, allowed_list, did_you_mean, problem


def check_parents(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            if entry.parent and entry.parent not in taxonomy:
                hint = did_you_mean(entry.parent, taxonomy.entries)
                yield problem(
                    "HUB202",
                    taxonomy.path,
                    entry.line,
                    "parent",
                    "unknown",
                    id=entry.id,
                    parent=entry.parent,
                    hint=hint,
                )


def check_duplicate_ids(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy.duplicates:
            first = taxonomy.entries[entry.id]
            yield problem("HUB203", taxonomy.path, entry.line, "id", id=entry.id, first=first.line)


def check_ids(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            if not ID_PATTERN.fullmatch(entry.id):
                yield problem("HUB204", taxonomy.path, entry.line, "id", id=entry.id)


def check_cycles(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            seen = [entry.id]
            current = entry
            while current.parent and current.parent in taxonomy:
                if current.parent in seen:
                    if current.parent == entry.id:
                        chain = " > ".join([*seen, entry.id])
                        yield problem("HUB202", taxonomy.path, entry.line, "parent", "cycle", chain=chain)
                    break
                seen.append(current.parent)
                current = taxonomy.entries[current.parent]


def check_luik(context: CheckContext) -> Iterator[Problem]:
    rok = context.catalog.taxonomies.get("rok")
    if rok is None:
        return
    for entry in rok:
        if not entry.parent and entry.luik is None:
            yield problem("HUB205", rok.path, entry.line, "luik", "missing", id=entry.id)
        if entry.parent and entry.luik is not None:
            yield problem("HUB205", rok.path, entry.line, "luik", "below")
    for name, taxonomy in context.catalog.taxonomies.items():
        if name == "rok":
            continue
        for entry in taxonomy:
            if entry.luik is not None:
                yield problem("HUB205", taxonomy.path, entry.line, "luik", "elsewhere", name=name)


def check_required_forms(context: CheckContext) -> Iterator[Problem]:
    forms = context.catalog.taxonomies.get("forms")
    if forms is None or not len(forms):
        return
    for needed in ("materialenbank", "helpdesk", "helpdesk-live"):
        if needed not in forms:
            yield problem("HUB206", forms.path, 1, "id", needed=needed, present=allowed_list(forms.entries))


RULES = [check_parents, check_duplicate_ids, check_ids, check_cycles, check_luik, check_required_forms]
