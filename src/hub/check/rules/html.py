"""Raw HTML in bodies: scripts, foreign frames, event handlers and style tricks are refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urlsplit

from hub.check.context import CheckContext
from hub.check.rules.links import refused_scheme
from hub.load.markdown_scan import html_in
from hub.model.policy import IFRAME_HOSTS
from hub.problems import Problem, item_problem

# Video hosts whose players may be embedded with <iframe>.
FORBIDDEN_TAGS = (
    "script",
    "object",
    "embed",
    "applet",
    "base",
    "meta",
    "link",
    "form",
    "style",
    "svg",
    "math",
)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset")
# Backslashes and comments in CSS can spell url( or expression( in other ways: refused as well.
DANGEROUS_STYLE = re.compile(r"url\s*\(|expression\s*\(|@import|javascript:|\\|/\*", re.IGNORECASE)


class _Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[tuple[int, str, dict[str, str]]] = []

    def _add(self, variant: str, **values: str) -> None:
        self.findings.append((self.getpos()[0] - 1, variant, values))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self._add("tag", tag=tag)
        if tag == "iframe":
            src = dict(attrs).get("src") or ""
            host = urlsplit(src).hostname or ""
            if urlsplit(src).scheme != "https" or host not in IFRAME_HOSTS:
                self._add("iframe", hosts=", ".join(IFRAME_HOSTS), src=src[:60])
        for name, value in attrs:
            if name.startswith("on"):
                self._add("handler", name=name)
            elif name == "srcdoc":
                self._add("srcdoc")
            elif name == "style" and value and DANGEROUS_STYLE.search(value):
                self._add("style")
            elif name in URL_ATTRIBUTES and value and refused_scheme(value):
                self._add("url", name=name, value=value[:40], scheme=refused_scheme(value) or "")

    handle_startendtag = handle_starttag


def unsafe_html(fragment: str) -> list[tuple[int, str, dict[str, str]]]:
    """(line offset, HUB321 message variant, its values) for everything unsafe in an HTML fragment."""
    finder = _Finder()
    finder.feed(fragment)
    finder.close()
    return finder.findings


def check_body_html(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        for found in html_in(item.body):
            for offset, variant, values in unsafe_html(found.value):
                line = item.body_line + found.line + offset
                yield item_problem("HUB321", item, (), variant, key="body", line=line, **values)


RULES = [check_body_html]
