"""A page per kwaliteitsfiche: purpose, quality requirements, evaluation, response norms."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

from hub.model.catalog import Catalog
from hub.model.items import Fiche
from hub.render.pages import PageSpec
from hub.render.urls import src_uri_of


def fiche_context(catalog: Catalog, fiche: Fiche) -> dict[str, object]:
    return {
        "item": fiche,
        "form": catalog.taxonomies["forms"].label(fiche.form),
        "norms": [
            {
                "participants": norm.participants,
                "percent": round(norm.min_rate * 100),
                "min_rate": norm.min_rate,
                "example": math.ceil(norm.participants * norm.min_rate),
            }
            for norm in catalog.response_norms
        ],
    }


def fiche_pages(catalog: Catalog, content_root: Path) -> Iterator[PageSpec]:
    for fiche in catalog.published_fiches():
        yield PageSpec(
            src_uri=src_uri_of(fiche),
            title=fiche.title,
            description=fiche.description,
            template="hub/fiche.html",
            body=fiche.body,
            context=fiche_context(catalog, fiche),
        )


BUILDERS = [fiche_pages]
