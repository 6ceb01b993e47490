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
from hub.problems import Problem, error

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
        self.findings: list[tuple[int, str]] = []

    def _add(self, message: str) -> None:
        self.findings.append((self.getpos()[0] - 1, message))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self._add(f"<{tag}> is not allowed in a body")
        if tag == "iframe":
            src = dict(attrs).get("src") or ""
            host = urlsplit(src).hostname or ""
            if urlsplit(src).scheme != "https" or host not in IFRAME_HOSTS:
                self._add(
                    f"<iframe> only for videos from {', '.join(IFRAME_HOSTS)} over https (got '{src[:60]}')"
                )
        for name, value in attrs:
            if name.startswith("on"):
                self._add(f"event handler attribute '{name}' is not allowed")
            elif name == "srcdoc":
                self._add("attribute 'srcdoc' is not allowed (it embeds a whole page)")
            elif name == "style" and value and DANGEROUS_STYLE.search(value):
                self._add("style attribute with url(), expression(), @import or CSS escapes is not allowed")
            elif name in URL_ATTRIBUTES and value and refused_scheme(value):
                self._add(
                    f"{name}='{value[:40]}' uses '{refused_scheme(value)}:'; only http(s) links are allowed"
                )

    handle_startendtag = handle_starttag


def unsafe_html(fragment: str) -> list[tuple[int, str]]:
    """(line offset, message) for everything unsafe in an HTML fragment."""
    finder = _Finder()
    finder.feed(fragment)
    finder.close()
    return finder.findings


def check_body_html(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        for found in html_in(item.body):
            for offset, message in unsafe_html(found.value):
                yield error(item.path, item.body_line + found.line + offset, "body", message)


RULES = [check_body_html]
