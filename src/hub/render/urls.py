"""Site URLs of items and pages, relative to the site root (no leading slash)."""

from __future__ import annotations

from urllib.parse import quote

from hub.model.items import Item

SECTION_OF_KIND = {"material": "materialen", "qa": "vragen", "training": "aanbod", "fiche": "kwaliteit"}
ATTACHMENT_DIR = "materialen/bestanden"


def url_of(item: Item) -> str:
    """'materialen/<slug>/' and friends; fiches live under their form."""
    if item.kind == "fiche":
        return f"kwaliteit/{item.form}/"  # type: ignore[attr-defined]
    return f"{SECTION_OF_KIND[item.kind]}/{item.slug}/"


def src_uri_of(item: Item) -> str:
    """The page source path (Markdown) that becomes `url_of(item)`."""
    return url_of(item).rstrip("/") + ".md"


def attachment_url(file: str) -> str:
    """Where the attachment file lands in the site (a path, as it is written to disk)."""
    return f"{ATTACHMENT_DIR}/{file}"


def attachment_href(file: str) -> str:
    """The attachment's link: its path percent-encoded ('a b#c?d.pdf' -> 'a%20b%23c%3Fd.pdf')."""
    return quote(attachment_url(file), safe="/")
