"""The HTML of every page's content, reduced to what is safe (defence in depth behind `hub check`).

One allow-list for all pages. Editors' bodies (materials, questions, offerings, fiches) get the
base list; the hand-written pages in docs/ (reviewed as code) may also hold the search forms,
the quick finder and the `data-*` hooks of the site's scripts. Never allowed, on any page:
`<script>`, `<style>`, event handler attributes (`on*`), `style` attributes, and URLs with any
scheme other than http, https and mailto (so no `javascript:` or `data:`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import nh3

from hub.model.policy import IFRAME_HOSTS

_TAGS = (
    set(nh3.ALLOWED_TAGS)
    | {
        "iframe",
        "figure",
        "figcaption",
        "details",
        "summary",
        "mark",
        "span",
        "div",
        "section",
        "nav",
    }
) - {"script", "style"}
_GLOBAL = {"class", "id", "title", "lang", "dir", "role", "hidden"}
_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "*": _GLOBAL,
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading", "title"},
    "iframe": {"src", "width", "height", "allow", "allowfullscreen", "title", "loading"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "ol": {"start", "type"},
    "abbr": {"title"},
    "details": {"open"},
}
_ARIA = {"aria-"}

# Hand-written pages only: the search and finder forms and the hooks of the site's own scripts.
_PAGE_TAGS = _TAGS | {"form", "label", "input", "select", "option", "optgroup", "button", "noscript"}
_PAGE_ATTRIBUTES: dict[str, set[str]] = {
    **_ATTRIBUTES,
    "a": _ATTRIBUTES["a"] | {"download"},
    "form": {"action", "method"},
    "label": {"for"},
    "input": {
        "type",
        "name",
        "value",
        "placeholder",
        "autocomplete",
        "autocapitalize",
        "spellcheck",
        "required",
        "checked",
        "disabled",
        "min",
        "max",
        "step",
        "form",
    },
    "select": {"name", "multiple", "required", "disabled", "form"},
    "option": {"value", "selected", "disabled"},
    "optgroup": {"label", "disabled"},
    "button": {"type", "name", "value", "disabled", "form"},
}
_PAGE_PREFIXES = _ARIA | {"data-"}
_INPUT_TYPES = {"text", "search", "checkbox", "radio", "number", "hidden", "submit", "reset", "button"}


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute.lower().startswith("on"):  # never an event handler, whatever a prefix allows
        return None
    if tag == "iframe" and attribute == "src":
        parts = urlsplit(value)
        return value if parts.scheme == "https" and parts.hostname in IFRAME_HOSTS else None
    if tag == "input" and attribute == "type":
        return value if value.lower() in _INPUT_TYPES else None
    if tag in ("button", "form") and attribute == "method":
        return value if value.lower() in ("get", "post") else None
    return value


def _clean(html: str, tags: set[str], attributes: dict[str, set[str]], prefixes: set[str]) -> str:
    return nh3.clean(
        html,
        tags=tags,
        attributes=attributes,
        generic_attribute_prefixes=prefixes,
        url_schemes={"http", "https", "mailto"},
        attribute_filter=_attribute_filter,
        link_rel="noopener",
    )


def sanitize_html(html: str) -> str:
    """An editor's rendered body (a page generated from content/)."""
    return _clean(html, _TAGS, _ATTRIBUTES, _ARIA)


# nh3 keeps what is inside <noscript> as raw text, unchecked: its content is cleaned first, on its own.
_NOSCRIPT = re.compile(r"(<noscript\b[^>]*>)(.*?)(</noscript(?=[\s/>]))", re.IGNORECASE | re.DOTALL)


def sanitize_page_html(html: str) -> str:
    """A hand-written page from docs/: the body list plus forms and `data-*` script hooks."""
    inner_tags = _PAGE_TAGS - {"noscript"}

    def clean_inside(match: re.Match[str]) -> str:
        inside = _clean(match.group(2), inner_tags, _PAGE_ATTRIBUTES, _PAGE_PREFIXES)
        return match.group(1) + inside + match.group(3)

    return _clean(_NOSCRIPT.sub(clean_inside, html), _PAGE_TAGS, _PAGE_ATTRIBUTES, _PAGE_PREFIXES)
