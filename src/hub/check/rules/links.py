"""Links in bodies: only http(s), relative links and page anchors; never javascript: or data:."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hub.check.context import CheckContext
from hub.load.markdown_scan import links_in
from hub.problems import Problem, item_problem

SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
ALLOWED_SCHEMES = ("http", "https")


def refused_scheme(url: str) -> str | None:
    """The scheme of a URL that may not be used, or None when the URL is fine."""
    # Browsers ignore control characters and whitespace inside a scheme ('java\tscript:').
    cleaned = re.sub(r"[\x00-\x20]", "", url)
    match = SCHEME.match(cleaned)
    if match and match.group(1).lower() not in ALLOWED_SCHEMES:
        return match.group(1).lower()
    return None


def check_body_links(context: CheckContext) -> Iterator[Problem]:
    for item in context.catalog.all_live_items():
        for found in links_in(item.body):
            scheme = refused_scheme(found.value)
            if scheme:
                line = item.body_line + found.line
                yield item_problem(
                    "HUB320", item, key="body", line=line, link=found.value[:60], scheme=scheme
                )


RULES = [check_body_links]
