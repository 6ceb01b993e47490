"""schema.org structured data (JSON-LD) for material pages: a LearningResource per material."""

from __future__ import annotations

from typing import Any

from hub.model.catalog import Catalog
from hub.model.items import Item, Material
from hub.model.kinds import url_of
from hub.model.licenses import recognise
from hub.render.plain_text import clean_data

# schema.org type of a leerpad step, by kind.
STEP_TYPES = {"material": "LearningResource", "qa": "Question", "training": "Course"}


def absolute(site_url: str, path: str) -> str:
    """A site-relative path ('materialen/x/') on the site's address; stays relative without one."""
    if not site_url:
        return "/" + path.lstrip("/")
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def license_url(license_text: str) -> str:
    """The deed of a recognised licence ('CC BY-NC-SA 4.0', 'cc-by-sa-4.0', CC0 ...: see
    hub.model.licenses); other licences, and 'Alle rechten voorbehouden', stay as written."""
    known = recognise(license_text)
    return known.url if known is not None and known.url else license_text


def _terms(catalog: Catalog, taxonomy: str, ids: list[str], term_set: str) -> list[dict[str, str]]:
    return [
        {
            "@type": "DefinedTerm",
            "name": catalog.taxonomies[taxonomy].label(i),
            "termCode": i,
            "inDefinedTermSet": term_set,
        }
        for i in ids
    ]


def learning_resource(catalog: Catalog, material: Material, site_url: str) -> dict[str, Any]:
    """schema.org LearningResource for one material, with absolute URLs on `site_url`."""
    labels = catalog.taxonomies
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "@id": absolute(site_url, url_of(material)),
        "name": material.title,
        "description": material.description,
        "url": absolute(site_url, url_of(material)),
        "inLanguage": "nl-BE",
        "learningResourceType": labels["types"].label(material.type),
        "educationalLevel": [labels["levels"].label(i) for i in material.levels],
        "audience": {
            "@type": "EducationalAudience",
            "educationalRole": [labels["roles"].label(i) for i in material.roles],
        },
        "about": [
            *_terms(catalog, "themes", material.themes, "Thema's"),
            *_terms(catalog, "rok", material.rok, "Referentiekader voor Onderwijskwaliteit (R-OK)"),
        ],
        "dateModified": material.reviewed.isoformat(),
    }
    if material.keywords:
        data["keywords"] = list(material.keywords)
    if material.license:
        data["license"] = license_url(material.license)
    if material.duration:
        data["timeRequired"] = f"PT{material.duration}M"
    if material.link:
        data["sameAs"] = str(material.link)
    leerpaden = {p.leerpad.slug: p.leerpad for p in catalog.leerpaden_of(material.slug)}
    if leerpaden:
        data["isPartOf"] = [_reference(site_url, leerpad) for leerpad in leerpaden.values()]
    steps = catalog.steps_of(material)
    if steps:
        data["hasPart"] = [_reference(site_url, step) for _, _, step in steps]
    # Cleaned like every machine-readable text: the JSON-LD parses whatever the content holds.
    return clean_data(data)


def _reference(site_url: str, item: Item) -> dict[str, str]:
    """A leerpad, or one of its steps (a material, question or offering), by name and address."""
    name = str(getattr(item, "title", item.slug))
    return {
        "@type": STEP_TYPES.get(item.kind, "CreativeWork"),
        "name": name,
        "url": absolute(site_url, url_of(item)),
    }
