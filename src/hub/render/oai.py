"""The published materials as an OAI-PMH Static Repository (one XML file an OAI gateway serves).

The format (openarchives.org, "Specification for an OAI Static Repository") holds an Identify
block, the metadata formats and the records, in the namespace of STATIC_REPOSITORY with OAI-PMH
elements inside. Its restricted OAI-PMH schema allows no deleted records (no header `status`,
`deletedRecord` is 'no'), no sets, day granularity and at most some thousands of records: a
gateway refuses a larger file, so the hub writes none past OAI_RECORD_LIMIT (hub check: HUB350).
Records are simple Dublin Core (`oai_dc`); the LRMI fields that Dublin Core has no element for
(doelgroep, R-OK as defined terms) are in the bulk JSON-LD next to this file.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from hub.model.catalog import Catalog
from hub.model.items import Material
from hub.model.kinds import attachment_href, url_of
from hub.model.policy import OAI_RECORD_LIMIT
from hub.render.jsonld import absolute
from hub.render.plain_text import one_line

STATIC_REPOSITORY = "http://www.openarchives.org/OAI/2.0/static-repository"
OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATIONS = (
    f"{STATIC_REPOSITORY} http://www.openarchives.org/OAI/2.0/static-repository.xsd "
    f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
)
FALLBACK_HOST = "example.invalid"

# DCMI Type Vocabulary term per material type (dc:type); types not listed are Text.
DCMI_TYPES = {
    "kennisclip": "MovingImage",
    "video": "MovingImage",
    "opname": "MovingImage",
    "webinar": "MovingImage",
    "podcast": "Sound",
    "infographic": "StillImage",
    "e-module": "InteractiveResource",
    "zelfscan": "InteractiveResource",
    "tool": "InteractiveResource",
    "leerpad": "Collection",
}


@dataclass(frozen=True)
class Repository:
    """Who publishes the repository and where it lives (from the site settings)."""

    name: str  # repositoryName
    site_url: str
    file_url: str  # site-relative path of the static repository, e.g. 'oai/static.xml'
    admin_email: str
    publisher: str  # dc:publisher: the service
    gateway: str = ""  # base URL of the Static Repository Gateway that serves the file, if known

    @property
    def host(self) -> str:
        """The repository identifier of the oai-identifier scheme: the site's domain name."""
        return urlsplit(self.site_url).hostname or FALLBACK_HOST

    @property
    def base_url(self) -> str:
        """The gateway's base URL followed by the file's address without 'http(s)://' (the format's
        rule); the file's own address while no gateway is known."""
        own = absolute(self.site_url, self.file_url)
        if not self.gateway:
            return own
        return self.gateway.rstrip("/") + "/" + own.split("://", 1)[-1]


def oai_identifier(repository: Repository, material: Material) -> str:
    """oai:<domain>:materialen/<slug>: stable while the site keeps its domain and the slug."""
    return f"oai:{repository.host}:{url_of(material).rstrip('/')}"


def dublin_core(catalog: Catalog, material: Material, repository: Repository) -> list[tuple[str, str]]:
    """(element, value) pairs of the material's simple Dublin Core record, in schema order."""
    labels = catalog.taxonomies
    site_url = repository.site_url
    fields: list[tuple[str, str]] = [("title", material.title)]
    fields.append(("creator", labels["teams"].label(material.owner)))
    subjects = [
        *(labels["themes"].label(i) for i in material.themes),
        *(labels["rok"].label(i) for i in material.rok),
        *material.keywords,
    ]
    fields += [("subject", subject) for subject in dict.fromkeys(subjects)]
    fields.append(("description", material.description))
    fields.append(("publisher", repository.publisher))
    fields.append(("date", material.reviewed.isoformat()))
    fields.append(("type", DCMI_TYPES.get(material.type, "Text")))
    fields.append(("type", labels["types"].label(material.type)))
    fields.append(("format", "text/html"))
    fields.append(("identifier", absolute(site_url, url_of(material))))
    fields.append(("language", "nl"))
    relations = [str(material.link)] if material.link else []
    relations += [absolute(site_url, attachment_href(a.file)) for a in material.attachments]
    fields += [("relation", relation) for relation in relations]
    if material.license:
        fields.append(("rights", material.license))
    return fields


def _child(parent: ET.Element, name: str, text: str | None = None) -> ET.Element:
    # Names carry their prefix as written ('oai:record'); the root declares the prefixes, as the
    # format's own examples do (ElementTree would invent ns0: prefixes for a default namespace).
    element = ET.SubElement(parent, name)
    element.text = None if text is None else one_line(text)
    return element


def _identify(root: ET.Element, repository: Repository, earliest: dt.date) -> None:
    identify = _child(root, "Identify")
    _child(identify, "oai:repositoryName", repository.name)
    _child(identify, "oai:baseURL", repository.base_url)
    _child(identify, "oai:protocolVersion", "2.0")
    _child(identify, "oai:adminEmail", repository.admin_email)
    _child(identify, "oai:earliestDatestamp", earliest.isoformat())
    _child(identify, "oai:deletedRecord", "no")
    _child(identify, "oai:granularity", "YYYY-MM-DD")
    scheme = _child(_child(identify, "oai:description"), "oai-identifier")
    scheme.set("xmlns", OAI_IDENTIFIER)
    scheme.set("xsi:schemaLocation", f"{OAI_IDENTIFIER} {OAI_IDENTIFIER}.xsd")
    _child(scheme, "scheme", "oai")
    _child(scheme, "repositoryIdentifier", repository.host)
    _child(scheme, "delimiter", ":")
    _child(scheme, "sampleIdentifier", f"oai:{repository.host}:materialen/voorbeeld")


def _formats(root: ET.Element) -> None:
    fmt = _child(_child(root, "ListMetadataFormats"), "oai:metadataFormat")
    _child(fmt, "oai:metadataPrefix", "oai_dc")
    _child(fmt, "oai:schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
    _child(fmt, "oai:metadataNamespace", OAI_DC)


def _records(catalog: Catalog, materials: list[Material], repository: Repository) -> Iterator[ET.Element]:
    for material in materials:
        record = ET.Element("oai:record")
        header = _child(record, "oai:header")
        _child(header, "oai:identifier", oai_identifier(repository, material))
        _child(header, "oai:datestamp", material.reviewed.isoformat())
        dc = _child(_child(record, "oai:metadata"), "oai_dc:dc")
        for name, value in dublin_core(catalog, material, repository):
            _child(dc, f"dc:{name}", value)
        yield record


def static_repository(catalog: Catalog, materials: list[Material], repository: Repository) -> str | None:
    """The Static Repository of MATERIALS (published ones, sorted); None when there are none (the
    format needs at least one record) or more than OAI_RECORD_LIMIT."""
    if not materials or len(materials) > OAI_RECORD_LIMIT:
        return None
    root = ET.Element(
        "Repository",
        {
            "xmlns": STATIC_REPOSITORY,
            "xmlns:oai": OAI,
            "xmlns:oai_dc": OAI_DC,
            "xmlns:dc": DC,
            "xmlns:xsi": XSI,
            "xsi:schemaLocation": SCHEMA_LOCATIONS,
        },
    )
    _identify(root, repository, min(m.reviewed for m in materials))
    _formats(root)
    listing = _child(root, "ListRecords")
    listing.set("metadataPrefix", "oai_dc")
    listing.extend(_records(catalog, materials, repository))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
