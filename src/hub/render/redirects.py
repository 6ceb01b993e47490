"""Old URLs of archived items: a redirect to the successor, or a short 'no longer available' page."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from hub.model.catalog import Catalog
from hub.model.kinds import ARCHIVABLE, BY_FOLDER
from hub.render.pages import StaticFile


@lru_cache(maxsize=1)
def _templates() -> Environment:
    folder = Path(__file__).parent / "templates"
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))


def relative_url(from_dir: str, to_path: str) -> str:
    """URL of site path `to_path` as seen from the page at directory `from_dir` (both root-relative)."""
    return posixpath.relpath(to_path or ".", from_dir.rstrip("/") or ".").rstrip("/") + "/"


def redirect_files(catalog: Catalog, site_name: str = "Materialenbank") -> Iterator[StaticFile]:
    for collection, items in catalog.archived.items():
        if collection not in ARCHIVABLE:
            continue
        section = BY_FOLDER[collection].section
        for slug, item in items.items():
            if slug in catalog.collection(collection):
                continue  # a live item owns this URL
            old_dir = f"{section}/{slug}"
            successor = getattr(item, "replaced_by", None)
            if successor:
                target = relative_url(old_dir, f"{section}/{successor}")
                html = _templates().get_template("redirect.html").render(target=target)
            else:
                index = relative_url(old_dir, section)
                html = (
                    _templates()
                    .get_template("retired.html")
                    .render(
                        title=getattr(item, "title", slug),
                        index=index,
                        root=relative_url(old_dir, ""),
                        site_name=site_name,
                    )
                )
            yield StaticFile(f"{old_dir}/index.html", content=html)
