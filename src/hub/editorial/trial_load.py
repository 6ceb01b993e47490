"""Load edited texts as the loader will, in a scratch copy, before an editing command writes them."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from hub.load.loader import ContentDir, load_item
from hub.problems import Problem


@dataclass(frozen=True)
class NewText:
    """What an editing command is about to write to a content file."""

    text: str
    collection: str
    in_archive: bool = False


def first_unloadable(content: ContentDir, texts: Mapping[Path, NewText]) -> tuple[Path, list[Problem]] | None:
    """The first of TEXTS (by the path it will be written to) that would not load, with its problems
    located as the editor sees the file; None when all load."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = ContentDir(Path(folder) / "content")
        for path, new in texts.items():
            copy = scratch.root / path.relative_to(content.root)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(new.text, encoding="utf-8")
            item, problems = load_item(scratch, copy, new.collection, in_archive=new.in_archive)
            if item is None:
                shown = content.shown(path)
                return path, [replace(p, path=shown) for p in problems]
    return None
