"""Every page the site generates from the model, independent of the site generator."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.model.catalog import Catalog


@dataclass
class PageSpec:
    """One generated page: where it goes, which template shows it, the data and the Markdown body."""

    src_uri: str  # e.g. "materialen/leesbegrip.md" -> /materialen/leesbegrip/
    title: str
    template: str  # under overrides/, e.g. "hub/material.html"
    body: str = ""  # Markdown as the editor wrote it (rendered and sanitised by the generator)
    description: str | None = None
    context: dict[str, Any] = field(default_factory=dict)
    noindex: bool = False
    search: bool = True  # whether the site search indexes this page


@dataclass(frozen=True)
class StaticFile:
    """A file copied into the site as it is (attachments, feeds, calendars)."""

    dest_uri: str
    source: Path | None = None
    content: bytes | str | None = None


@dataclass
class SiteContent:
    pages: list[PageSpec] = field(default_factory=list)
    files: list[StaticFile] = field(default_factory=list)


Builder = Callable[[Catalog, Path], Iterable[PageSpec | StaticFile]]


def _builders() -> list[Builder]:
    """BUILDERS of every module hub/render/*_pages.py: a new page type touches no shared file."""
    import hub.render

    builders: list[Builder] = []
    for info in sorted(pkgutil.iter_modules(hub.render.__path__), key=lambda m: m.name):
        if info.name.endswith("_pages"):
            builders.extend(importlib.import_module(f"hub.render.{info.name}").BUILDERS)
    return builders


def build_site_content(catalog: Catalog, content_root: Path) -> SiteContent:
    """All generated pages and static files for a loaded, checked catalog."""
    site = SiteContent()
    for builder in _builders():
        for produced in builder(catalog, content_root):
            (site.pages if isinstance(produced, PageSpec) else site.files).append(produced)
    return site
