"""Attachments: present, inside content/materials/files/, of an allowed type, not too large, and
really of the type their extension says (read from the file's first bytes)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import filetype

from hub.check.context import CheckContext
from hub.load.attachments import resolve_attachment
from hub.model.policy import ATTACHMENT_SUFFIXES, MAX_ATTACHMENT_BYTES
from hub.problems import Problem, error

ALLOWED_SUFFIXES = ATTACHMENT_SUFFIXES
MAX_BYTES = MAX_ATTACHMENT_BYTES
# What the first bytes of a file of each allowed extension must show.
CONTENT_TYPES = {".jpeg": "jpg"}


def content_mismatch(path: Path) -> str | None:
    """Why the file's bytes do not match its extension, or None when they do."""
    expected = CONTENT_TYPES.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    try:
        guessed = filetype.guess(str(path))
    except OSError as exc:
        return f"cannot read '{path.name}': {exc.strerror or exc}"
    if guessed is not None and guessed.extension == expected:
        return None
    found = f"a .{guessed.extension} file" if guessed is not None else "no recognisable file"
    return (
        f"'{path.name}' is named .{expected} but its content is {found}: "
        f"export it again as a real .{expected} file"
    )


def check_attachments(context: CheckContext) -> Iterator[Problem]:
    for material in context.catalog.materials.values():
        for index, attachment in enumerate(material.attachments):
            line = material.line("attachments", index, "file")
            key = "attachments.file"
            if not attachment.file.lower().endswith(ALLOWED_SUFFIXES):
                yield error(
                    material.path,
                    line,
                    key,
                    f"'{attachment.file}' has a type that is not allowed; allowed: {', '.join(ALLOWED_SUFFIXES)}",
                )
                continue
            resolved, refusal = resolve_attachment(context.root, attachment.file)
            if refusal:
                yield error(material.path, line, key, refusal)
            elif resolved is not None and resolved.stat().st_size > MAX_BYTES:
                size_mb = resolved.stat().st_size / 1024 / 1024
                yield error(
                    material.path, line, key, f"'{attachment.file}' is {size_mb:.1f} MB; the limit is 20 MB"
                )
            elif resolved is not None and (mismatch := content_mismatch(resolved)):
                yield error(material.path, line, key, mismatch)


RULES = [check_attachments]
