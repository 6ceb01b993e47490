"""What the home page offers as ways in: luiken and rubrieken, doelgroep, themes, the continuum."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from hub.model.catalog import Catalog
from hub.model.kinds import url_of
from hub.render.listing_pages import facet_members, filter_groups
from hub.render.views import AUDIENCE_TAXONOMIES, FACET_SEGMENTS, facet_index, facet_url

LUIKEN = {
    "hart": (
        "Het hart",
        "Ontwikkeling van de lerende: doelen, onderwijsleerproces, begeleiding en evaluatie.",
    ),
    "mantel": (
        "De mantel",
        "Beleid, kwaliteitsontwikkeling en leiderschap: hoe de school het leren mogelijk maakt.",
    ),
}
# Where each support form lives on this site; forms without an own section go to the catalogue.
FORM_PAGES = {"materialenbank": "materialen/", "helpdesk": "helpdesk/", "helpdesk-live": "helpdesk/"}
# The continuum's buttons per form with an own section (label, site path); every other form links
# to the catalogue filtered on it, and only while the catalogue holds a published offering of it.
FORM_LINKS = {
    "materialenbank": [("Naar de materialenbank", "materialen/")],
    "helpdesk": [("Stel je vraag", "helpdesk/"), ("Vragen en antwoorden", "vragen/")],
    "helpdesk-live": [("Helpdesk Live-sessies", "helpdesk/live/")],
}


@dataclass(frozen=True)
class Entry:
    """A way in: a taxonomy entry with its browse page, count and the non-empty entries below it."""

    id: str
    label: str
    url: str | None
    count: int
    description: str = ""
    children: list[Entry] = field(default_factory=list)


def browse_tree(catalog: Catalog, taxonomy: str, depth: int = 2) -> list[Entry]:
    """Root entries with published materials under them, `depth` levels deep; empty ones left out."""
    vocabulary = catalog.taxonomies[taxonomy]
    members = facet_members(catalog, taxonomy)
    # A level or role page also lists the materials for the broader level or role: count those too.
    counts = {entry_id: len(found) for entry_id, found in members.items()}
    if taxonomy in AUDIENCE_TAXONOMIES:
        segment = FACET_SEGMENTS[taxonomy]
        counts = Counter(i for facets in facet_index(catalog).values() for i in facets[segment])

    def build(entry_id: str, level: int) -> Entry:
        entry = vocabulary.entries[entry_id]
        children = (
            [build(c.id, level + 1) for c in vocabulary.children(entry_id) if members.get(c.id)]
            if level + 1 < depth
            else []
        )
        return Entry(
            entry.id,
            entry.label,
            facet_url(taxonomy, entry.id),
            counts[entry.id],
            entry.description or "",
            children,
        )

    return [build(root.id, 0) for root in vocabulary.roots() if members.get(root.id)]


def luiken(catalog: Catalog) -> list[dict[str, object]]:
    """The two luiken of R-OK, each with its rubrieken and their deelrubrieken that have materials."""
    rubrieken = browse_tree(catalog, "rok", depth=2)
    rok = catalog.taxonomies["rok"]
    return [
        {
            "id": luik,
            "title": title,
            "description": text,
            "rubrieken": [r for r in rubrieken if rok.entries[r.id].luik == luik],
        }
        for luik, (title, text) in LUIKEN.items()
    ]


def finder_options(catalog: Catalog) -> dict[str, list[dict[str, object]]]:
    """Per filter parameter (niveau, rol, thema) the options of the home page's quick finder."""
    groups = {g.segment: g for g in filter_groups(catalog, catalog.published_materials())}
    wanted = {"niveau": 2, "rol": 1, "thema": 2}
    return {  # every segment, empty when no published material has such a tag
        segment: [
            {"id": o.id, "label": o.label, "depth": o.depth, "count": o.count}
            for o in (groups[segment].options if segment in groups else [])
            if o.depth <= max_depth
        ]
        for segment, max_depth in wanted.items()
    }


def form_links(catalog: Catalog, form_id: str, label: str) -> list[dict[str, str]]:
    """The pages that serve one support form, each a page the site builds (see FORM_LINKS)."""
    if form_id in FORM_LINKS:
        return [{"label": text, "url": url} for text, url in FORM_LINKS[form_id]]
    offered = sum(1 for o in catalog.published_offerings() if o.form == form_id)
    if not offered:
        return []
    return [{"label": f"Aanbod: {label} ({offered})", "url": f"aanbod/?vorm={form_id}"}]


def support_forms(catalog: Catalog) -> list[dict[str, object]]:
    """The support forms from light to intensive, with where to find each and its kwaliteitsfiche
    (links only to pages that exist: the fiche when there is one, the catalogue when it offers the form)."""
    forms = catalog.taxonomies["forms"]
    ordered = sorted(
        forms, key=lambda f: (f.order if f.order is not None else 99, forms.ancestors(f.id) != [])
    )
    result = []
    for form in ordered:
        fiche = catalog.fiche_for(form.id)
        result.append(
            {
                "id": form.id,
                "label": form.label,
                "description": form.description or "",
                "url": FORM_PAGES.get(form.id, "aanbod/"),
                "fiche_url": url_of(fiche) if fiche else None,
                "links": form_links(catalog, form.id, form.label),
                "sub": bool(forms.ancestors(form.id)),
            }
        )
    return result
