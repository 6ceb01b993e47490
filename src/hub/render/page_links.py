"""Links inside a rendered page that point into the site, and whether the built site serves them."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from hub.problems import Problem, problem
from hub.reports.site_links import link_path

LINK_ATTRIBUTES = {"href", "src"}


@dataclass(frozen=True)
class BrokenLink:
    href: str  # as the page writes it
    target: str  # the site path it reaches ('' is the home page), or the href when it leaves the site


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.extend(value for name, value in attrs if name in LINK_ATTRIBUTES and value)


def links_in(html: str) -> list[str]:
    """Every href and src in HTML, in document order."""
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser.found


def site_path(page_url: str, href: str, root: str = "/") -> str | None:
    """The site path (relative to the site root, '' for the home page) that HREF on the page at
    PAGE_URL reaches; None when it is external, an anchor or a query on the same page.
    Root-relative links ('/x/') count from ROOT, the path the site is served under."""
    path = link_path(href)
    if path is None:
        return None
    if path.startswith("/"):
        prefix = "/" + root.strip("/") + "/" if root.strip("/") else "/"
        if not (path + "/").startswith(prefix):
            return None  # outside the folder the site is served from: someone else's pages
        joined = path[len(prefix) :]
    else:
        folder = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
        joined = posixpath.join(folder, path)
    normal = posixpath.normpath(joined) if joined else "."
    if normal == "." or normal == "":
        return ""
    if normal.startswith(".."):
        return href.strip()
    return normal + "/" if path.endswith("/") else normal


def is_served(path: str, served: set[str]) -> bool:
    """Whether the site has a file for PATH: the file itself, or a folder's index.html."""
    if path in served:
        return True
    folder = path if path.endswith("/") or not path else path + "/"
    return folder + "index.html" in served


def broken_links(page_url: str, html: str, served: set[str], root: str = "/") -> list[BrokenLink]:
    """Links of HTML (the page at PAGE_URL) into the site that reach no file of SERVED (every
    output file's path, e.g. 'materialen/index.html', 'assets/hub.css'), each once."""
    broken: dict[str, BrokenLink] = {}
    for href in links_in(html):
        path = site_path(page_url, href, root)
        if path is not None and href not in broken and not is_served(path, served):
            broken[href] = BrokenLink(href, path)
    return list(broken.values())


def broken_link_problems(
    shown: str, source: str, page_url: str, html: str, served: set[str], root: str = "/"
) -> list[Problem]:
    """HUB351 for each broken link of HTML (the page at PAGE_URL, rendered from the file SHOWN whose
    text is SOURCE), located where SOURCE writes it."""
    lines = source.splitlines()
    found = []
    for link in broken_links(page_url, html, served, root):
        line, column = place_of(lines, link.href)
        found.append(
            problem("HUB351", shown, line, "link", column=column, href=link.href, target=link.target)
        )
    return found


def place_of(lines: list[str], href: str) -> tuple[int, int]:
    """Line and column of the first place that writes HREF, else its last path segment (a link a
    macro completes from model data), else the top of the file."""
    segments = [part for part in urlsplit(href).path.split("/") if part]
    needles = [href, f"{segments[-1]}/", segments[-1]] if segments else [href]
    for needle in needles:
        for number, line in enumerate(lines, start=1):
            if needle in line:
                return number, line.index(needle) + 1
    return 1, 1
