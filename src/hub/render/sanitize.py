"""The HTML of rendered bodies, reduced to what is safe (defence in depth behind `hub check`)."""

from __future__ import annotations

from urllib.parse import urlsplit

import nh3

from hub.check.rules.html import IFRAME_HOSTS

_TAGS = set(nh3.ALLOWED_TAGS) | {
    "iframe",
    "figure",
    "figcaption",
    "details",
    "summary",
    "mark",
    "span",
    "div",
}
_TAGS -= {"script", "style"}
_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading", "title"},
    "iframe": {"src", "width", "height", "allow", "allowfullscreen", "title", "loading"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start", "type"},
    "abbr": {"title"},
}


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "iframe" and attribute == "src":
        parts = urlsplit(value)
        return value if parts.scheme == "https" and parts.hostname in IFRAME_HOSTS else None
    return value


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        attribute_filter=_attribute_filter,
        link_rel="noopener",
    )
