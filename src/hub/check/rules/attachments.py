"""Attachments: present, inside content/materials/files/, of an allowed type, not too large, and
really of the type their extension says (read from the file's first bytes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import filetype

from hub.check.context import CheckContext
from hub.load.attachments import resolve_attachment
from hub.model.policy import ATTACHMENT_SUFFIXES, MAX_ATTACHMENT_BYTES
from hub.problems import Problem, item_problem
from hub.problems.registry import get_rule

ALLOWED_SUFFIXES = ATTACHMENT_SUFFIXES
MAX_BYTES = MAX_ATTACHMENT_BYTES
# What the first bytes of a file of each allowed extension must show.
CONTENT_TYPES = {".jpeg": "jpg"}


def content_mismatch(path: Path) -> tuple[str, dict[str, object]] | None:
    """(HUB330 message variant, values) when the file's bytes do not match its extension, else None."""
    expected = CONTENT_TYPES.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    try:
        guessed = filetype.guess(str(path))
    except OSError as exc:
        return "unreadable", {"name": path.name, "reason": exc.strerror or exc}
    if guessed is not None and guessed.extension == expected:
        return None
    rule = get_rule("HUB330")
    found = rule.message("found_type", extension=guessed.extension) if guessed else rule.message("found_none")
    return "content", {"name": path.name, "expected": expected, "found": found}


def check_attachments(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        for index, attachment in enumerate(material.attachments):
            at = ("attachments", index, "file")
            key = "attachments.file"
            if not attachment.file.lower().endswith(ALLOWED_SUFFIXES):
                allowed = ", ".join(ALLOWED_SUFFIXES)
                yield item_problem(
                    "HUB330", material, at, "extension", key=key, file=attachment.file, allowed=allowed
                )
                continue
            resolved, refusal = resolve_attachment(context.root, attachment.file)
            if refusal:
                yield item_problem("HUB331", material, at, refusal.variant, key=key, **refusal.values)
            elif resolved is not None and resolved.stat().st_size > MAX_BYTES:
                size = f"{resolved.stat().st_size / 1024 / 1024:.1f}"
                yield item_problem("HUB332", material, at, key=key, file=attachment.file, size=size)
            elif resolved is not None and (mismatch := content_mismatch(resolved)):
                yield item_problem("HUB330", material, at, mismatch[0], key=key, **mismatch[1])


def check_obtainable(context: CheckContext) -> Iterator[Problem]:
    """A published material of a type that `needs` a link or a file has one (types.yml)."""
    types = context.catalog.taxonomies["types"]
    for material in context.catalog.published_materials():
        entry = types.entries.get(material.type)
        needs = entry.needs if entry is not None else None
        has_link, has_file = material.link is not None, bool(material.attachments)
        lacking = (
            (needs == "link" and not has_link)
            or (needs == "file" and not has_file)
            or (needs == "link-or-file" and not (has_link or has_file))
        )
        if needs and lacking:
            yield item_problem("HUB333", material, ("type",), needs, type_label=types.label(material.type))


RULES = [check_attachments, check_obtainable]
