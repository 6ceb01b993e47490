"""Taxonomy files: parents that exist, unique ids, no cycles, `luik` on the R-OK rubrieken."""

from __future__ import annotations

from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.model.fields import ID_PATTERN
from hub.problems import Problem, allowed_list, did_you_mean, error


def check_parents(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            if entry.parent and entry.parent not in taxonomy:
                yield error(
                    taxonomy.path,
                    entry.line,
                    "parent",
                    f"'{entry.id}' has unknown parent '{entry.parent}'"
                    f"{did_you_mean(entry.parent, taxonomy.entries)}; parents must be ids of this file",
                )


def check_duplicate_ids(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy.duplicates:
            first = taxonomy.entries[entry.id]
            yield error(
                taxonomy.path,
                entry.line,
                "id",
                f"duplicate id '{entry.id}' (first defined on line {first.line})",
            )


def check_ids(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            if not ID_PATTERN.fullmatch(entry.id):
                yield error(
                    taxonomy.path,
                    entry.line,
                    "id",
                    f"'{entry.id}' is not a valid id: use lowercase a-z, digits and dashes",
                )


def check_cycles(context: CheckContext) -> Iterator[Problem]:
    for taxonomy in context.catalog.taxonomies.values():
        for entry in taxonomy:
            seen = [entry.id]
            current = entry
            while current.parent and current.parent in taxonomy:
                if current.parent in seen:
                    if current.parent == entry.id:
                        chain = " > ".join([*seen, entry.id])
                        yield error(taxonomy.path, entry.line, "parent", f"parent cycle: {chain}")
                    break
                seen.append(current.parent)
                current = taxonomy.entries[current.parent]


def check_luik(context: CheckContext) -> Iterator[Problem]:
    rok = context.catalog.taxonomies.get("rok")
    if rok is None:
        return
    for entry in rok:
        if not entry.parent and entry.luik is None:
            yield error(
                rok.path,
                entry.line,
                "luik",
                f"R-OK rubriek '{entry.id}' needs 'luik: hart' or 'luik: mantel'",
            )
        if entry.parent and entry.luik is not None:
            yield error(rok.path, entry.line, "luik", "only the top entries (rubrieken) carry 'luik'")
    for name, taxonomy in context.catalog.taxonomies.items():
        if name == "rok":
            continue
        for entry in taxonomy:
            if entry.luik is not None:
                yield error(
                    taxonomy.path, entry.line, "luik", f"'luik' belongs in rok.yml only, not in {name}.yml"
                )


def check_required_forms(context: CheckContext) -> Iterator[Problem]:
    forms = context.catalog.taxonomies.get("forms")
    if forms is None or not len(forms):
        return
    for needed in ("materialenbank", "helpdesk", "helpdesk-live"):
        if needed not in forms:
            yield error(
                forms.path,
                1,
                "id",
                f"forms.yml needs an entry '{needed}'; has: {allowed_list(forms.entries)}",
            )


RULES = [check_parents, check_duplicate_ids, check_ids, check_cycles, check_luik, check_required_forms]
