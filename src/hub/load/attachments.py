"""Finding an attachment's file safely: inside content/materials/files/, no link on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hub.model.policy import FILES_DIR


@dataclass(frozen=True)
class Refusal:
    """Why an attachment path is refused: a HUB331 message variant and its values."""

    variant: str
    values: dict[str, str] = field(default_factory=dict)


def resolve_attachment(root: Path, file: str) -> tuple[Path | None, Refusal | None]:
    """The attachment's path, or why it is refused (traversal, symlink, outside, missing)."""
    files_dir = (root / FILES_DIR).resolve()
    candidate = root / FILES_DIR / file
    if Path(file).is_absolute() or ".." in Path(file).parts:
        return None, Refusal("path", {"file": file})
    # Every step below the content folder must be real: a linked files/ folder would publish
    # whatever it points to.
    for part in [candidate, *candidate.parents]:
        if part == root:
            break
        if part.is_symlink():
            return None, Refusal("symlink", {"link": str(part.relative_to(root))})
    resolved = candidate.resolve()
    if files_dir not in resolved.parents:
        return None, Refusal("outside", {"file": file})
    if not resolved.is_file():
        return None, Refusal("missing", {"file": file})
    return resolved, None
