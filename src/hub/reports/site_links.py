"""Internal links in bodies, resolved the way MkDocs and the browser do, against the site's pages."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from hub.model.catalog import Catalog
from hub.model.items import Item
from hub.model.kinds import ARCHIVABLE, BY_FOLDER, attachment_url, page_path, src_uri_of, url_of

SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
FILE_SUFFIX = re.compile(r"\.[a-zA-Z0-9]{1,5}$")


@dataclass
class SiteMap:
    """Every URL path the built site serves (root-relative, directories end in '/')."""

    pages: set[str] = field(default_factory=set)
    redirects: dict[str, str] = field(default_factory=dict)  # old path -> new path
    retired: set[str] = field(default_factory=set)  # 'no longer available' pages
    # The remaining pages, asked for only when a link is not an item, a doc or a file (it is slow).
    more: Callable[[], set[str]] | None = None

    def status(self, path: str) -> str | None:
        """'page', 'redirect', 'retired' or None when nothing is served there."""
        if path in self.pages:
            return "page"
        if path in self.redirects:
            return "redirect"
        if path in self.retired:
            return "retired"
        if self.more is not None:
            self.pages |= self.more()
            self.more = None
            return "page" if path in self.pages else None
        return None


def is_external(href: str) -> bool:
    return bool(SCHEME.match(href.strip())) or href.strip().startswith("//")


def _normalised(path: str) -> str | None:
    """A joined path as the site path it reaches; None when it climbs above the site root."""
    trailing = path.endswith("/")
    cleaned = posixpath.normpath(path) if path else "."
    if cleaned.startswith(".."):
        return None
    if cleaned == ".":
        return ""
    if cleaned.endswith("/index.html") or cleaned == "index.html":
        return cleaned[: -len("index.html")]
    if trailing or not FILE_SUFFIX.search(cleaned):
        return cleaned + "/"
    return cleaned


def link_path(href: str) -> str | None:
    """The unquoted path of HREF when it may lead into the site; None for an external link, or an
    anchor or query on the same page."""
    href = href.strip()
    if not href or href.startswith(("#", "?")) or is_external(href):
        return None
    return unquote(urlsplit(href).path) or None


def resolve(item: Item, href: str) -> str | None:
    """The site path an internal link of ITEM's body reaches ('' is the home page).

    `x.md` links resolve against the page's source file, as MkDocs rewrites them; other relative
    links against the page's URL, as the browser does. None for external links and page anchors.
    """
    path = link_path(href)
    if path is None:
        return None
    if path.startswith("/"):
        return _normalised(path.lstrip("/"))
    if path.endswith(".md"):
        target = posixpath.join(posixpath.dirname(src_uri_of(item)), path)
        joined = _normalised(target)
        return None if joined is None else page_path(joined.rstrip("/"))
    return _normalised(posixpath.join(url_of(item), path))


def suggestion(item: Item, href: str, site: SiteMap) -> str | None:
    """A working relative link for a broken one written as if relative to the source file."""
    path = unquote(urlsplit(href.strip()).path)
    if not path or path.startswith("/") or path.endswith(".md"):
        return None
    guess = _normalised(posixpath.join(posixpath.dirname(src_uri_of(item)), path))
    if guess is None or site.status(guess) is None:
        return None
    return posixpath.relpath(guess or ".", url_of(item).rstrip("/")) + ("/" if guess.endswith("/") else "")


def _docs_pages(docs: Path) -> set[str]:
    if not docs.is_dir():
        return set()
    return {page_path(path.relative_to(docs).as_posix()) for path in docs.rglob("*.md")}


def site_map(
    catalog: Catalog, content_root: Path, generated: set[str] | Callable[[], set[str]] | None = None
) -> SiteMap:
    """The site's URL paths: item pages, generated pages, hand-written docs, attachments, redirects.

    GENERATED holds the URL paths of the generated pages, or makes them when first needed (the
    render layer knows them; this report does not generate pages itself).
    """
    site = SiteMap()
    # A withdrawn item keeps its page (marked "niet meer actueel"): links to it still work.
    site.pages.update(
        url_of(item) for item in catalog.all_live_items() if getattr(item, "has_page", item.is_published)
    )
    site.pages.update(f"{BY_FOLDER[folder].section}/" for folder in ARCHIVABLE)
    site.pages.update({"", "kwaliteit/"})
    for material in [*catalog.published_materials(), *catalog.withdrawn_items("materials")]:
        site.pages.update(attachment_url(a.file) for a in material.attachments)  # type: ignore[attr-defined]
    if callable(generated):
        site.more = generated
    elif generated is not None:
        site.pages |= generated
    site.pages |= _docs_pages(content_root.resolve().parent / "docs")
    for collection, items in catalog.archived.items():
        section = BY_FOLDER[collection].section if collection in ARCHIVABLE else None
        for slug, item in items.items() if section else ():
            old = f"{section}/{slug}/"
            if old in site.pages:
                continue
            successor = getattr(item, "replaced_by", None)
            if successor:
                site.redirects[old] = f"{section}/{successor}/"
            else:
                site.retired.add(old)
    return site
