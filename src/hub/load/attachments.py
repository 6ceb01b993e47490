"""Finding an attachment's file safely: inside content/materials/files/, no link on the way."""

from __future__ import annotations

from pathlib import Path

from hub.model.policy import FILES_DIR


def resolve_attachment(root: Path, file: str) -> tuple[Path | None, str | None]:
    """The attachment's path, or why it is refused (traversal, symlink, missing)."""
    files_dir = (root / FILES_DIR).resolve()
    candidate = root / FILES_DIR / file
    if Path(file).is_absolute() or ".." in Path(file).parts:
        return None, f"'{file}' must be a path inside content/materials/files/ (no '..', no absolute path)"
    # Every step below the content folder must be real: a linked files/ folder would publish
    # whatever it points to.
    for part in [candidate, *candidate.parents]:
        if part == root:
            break
        if part.is_symlink():
            shown = part.relative_to(root)
            return None, f"'content/{shown}' is a symbolic link: put the real file or folder there"
    resolved = candidate.resolve()
    if files_dir not in resolved.parents:
        return None, f"'{file}' points outside content/materials/files/"
    if not resolved.is_file():
        return None, f"'{file}' does not exist in content/materials/files/"
    return resolved, None
