"""The one registry of content kinds: folder, URL section, Dutch labels, pydantic class.

Cheap to import (no pydantic): the search command and the index use it without loading the model.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote


@dataclass(frozen=True)
class Kind:
    """What the hub knows about one kind of item."""

    code: str  # "material": the `kind` of items, search results and JSON output
    folder: str  # "materials": content/<folder>/<slug>.md
    section: str  # "materialen": the site's /<section>/<slug>/
    label: str  # "Materiaal": one item, as a reader sees it
    noun: str  # "materiaal": one item in a sentence or a column ("vraag", "aanbod")
    plural: str  # "materialen": a count or a list ("3 materialen")
    class_name: str  # the pydantic model in hub.model.items

    @property
    def model(self) -> Any:
        """The pydantic class of this kind (imported on first use)."""
        return getattr(importlib.import_module("hub.model.items"), self.class_name)


KINDS: tuple[Kind, ...] = (
    Kind("material", "materials", "materialen", "Materiaal", "materiaal", "materialen", "Material"),
    Kind("qa", "qa", "vragen", "Vraag en antwoord", "vraag", "vragen", "Question"),
    Kind("training", "trainings", "aanbod", "Aanbod", "aanbod", "aanbod", "Offering"),
    Kind("fiche", "fiches", "kwaliteit", "Kwaliteitsfiche", "kwaliteitsfiche", "kwaliteitsfiches", "Fiche"),
)
BY_CODE: dict[str, Kind] = {kind.code: kind for kind in KINDS}
BY_FOLDER: dict[str, Kind] = {kind.folder: kind for kind in KINDS}
SEARCHABLE = ("material", "qa", "training")
# Collections whose retired items keep their URL alive (a redirect or a 'no longer available' page).
ARCHIVABLE = ("materials", "qa", "trainings")
ATTACHMENT_DIR = "materialen/bestanden"


class Located(Protocol):
    kind: Any
    slug: Any


def url_of(item: Located) -> str:
    """'materialen/<slug>/' and friends, relative to the site root; a fiche lives under its form."""
    if item.kind == "fiche":
        return f"kwaliteit/{item.form}/"  # type: ignore[attr-defined]
    return f"{BY_CODE[item.kind].section}/{item.slug}/"


def src_uri_of(item: Located) -> str:
    """The page source path (Markdown) that becomes `url_of(item)`."""
    return url_of(item).rstrip("/") + ".md"


def attachment_url(file: str) -> str:
    """Where the attachment file lands in the site (a path, as it is written to disk)."""
    return f"{ATTACHMENT_DIR}/{file}"


def attachment_href(file: str) -> str:
    """The attachment's link: its path percent-encoded ('a b#c?d.pdf' -> 'a%20b%23c%3Fd.pdf')."""
    return quote(attachment_url(file), safe="/")


def page_path(src_uri: str) -> str:
    """A page's source path as the URL path it is served at ('a/b.md' -> 'a/b/', 'a/index.md' -> 'a/')."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"
