"""Published items as search documents: weighted text fields plus what a result shows."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hub.index.analysis import Thesaurus
from hub.model.kinds import BY_CODE, url_of

if TYPE_CHECKING:  # the model is needed only to build the index, not to search it
    from hub.model.catalog import Catalog
    from hub.model.items import Item

# Field weights: a title or tag match outranks a description match, which outranks the body.
FIELD_WEIGHTS: dict[str, float] = {"title": 5.0, "tags": 3.0, "desc": 2.0, "body": 1.0}
FIELDS = tuple(FIELD_WEIGHTS)
# Taxonomies whose labels and aliases count as tags (with their ancestors); R-OK labels are
# long sentences, so they count as description text.
TAG_TAXONOMIES = ("themes", "types", "levels", "roles", "forms")
# Taxonomies that say for whom an item is rather than what it is about (Thesaurus.facets).
FACET_TAXONOMIES = ("levels", "roles")

_MD_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_HTML_TAG = re.compile(r"<[^>]+>")


@dataclass
class SearchDoc:
    """One published item as the index sees it."""

    id: str  # "<kind>:<slug>"
    kind: str
    slug: str
    title: str
    url: str
    snippet: str
    type_label: str
    level_labels: list[str]
    themes: list[str]  # theme ids, with ancestors
    levels: list[str]  # level ids, with ancestors
    texts: dict[str, str]  # field -> raw text
    terms: dict[str, Counter[str]] = field(default_factory=dict)  # field -> analysed term counts
    digest: str = ""


def plain_text(markdown: str) -> str:
    """Markdown as words: link targets, URLs and HTML tags dropped."""
    return _HTML_TAG.sub(" ", _URL.sub(" ", _MD_LINK_TARGET.sub("]", markdown)))


def thesaurus_of(catalog: Catalog) -> Thesaurus:
    """Synonym groups of synonyms.yml plus label-and-aliases of every taxonomy entry with aliases."""
    groups = [list(group) for group in catalog.synonyms]
    facet_groups: list[list[str]] = []
    for name, taxonomy in sorted(catalog.taxonomies.items()):
        if name == "teams":
            continue
        for entry in taxonomy:
            if entry.aliases:
                (facet_groups if name in FACET_TAXONOMIES else groups).append([entry.label, *entry.aliases])
    return Thesaurus.from_groups(groups, facet_groups)


def published_items(catalog: Catalog) -> list[Item]:
    return [*catalog.published_materials(), *catalog.published_questions(), *catalog.published_offerings()]


def _tag_text(catalog: Catalog, item: Item) -> str:
    parts: list[str] = []
    for name in TAG_TAXONOMIES:
        taxonomy = catalog.taxonomies.get(name)
        ids = _ids_of(item, name)
        if taxonomy is None or not ids:
            continue
        for entry_id in sorted(taxonomy.with_ancestors(ids)):
            entry = taxonomy.entries.get(entry_id)
            if entry is not None:
                parts.append(" ".join([entry.label, *entry.aliases]))
    parts.extend(getattr(item, "keywords", []) or [])
    return " . ".join(parts)


def _ids_of(item: Item, taxonomy: str) -> list[str]:
    if taxonomy == "types":
        return [item.type] if item.kind == "material" else []  # type: ignore[attr-defined]
    if taxonomy == "forms":
        return [item.form] if item.kind == "training" else []  # type: ignore[attr-defined]
    return list(getattr(item, taxonomy, []) or [])


def _rok_text(catalog: Catalog, item: Item) -> str:
    rok = catalog.taxonomies.get("rok")
    ids = getattr(item, "rok", []) or []
    if rok is None:
        return ""
    return " . ".join(rok.label(entry_id) for entry_id in sorted(rok.with_ancestors(ids)))


def _snippet(item: Item) -> str:
    if item.kind == "qa":
        return item.description or plain_text(item.body.strip().split("\n\n")[0])[:240]
    return getattr(item, "description", "") or ""


def _type_label(catalog: Catalog, item: Item) -> str:
    if item.kind == "material":
        return catalog.taxonomies["types"].label(item.type)
    if item.kind == "training":
        return catalog.taxonomies["forms"].label(item.form)
    return BY_CODE[item.kind].label


def _texts(catalog: Catalog, item: Item) -> dict[str, str]:
    extra: list[str] = []
    if item.kind == "training":
        extra = [*item.goals, item.design or "", *(s.location or "" for s in item.sessions)]
    description = getattr(item, "description", None) or ""
    return {
        "title": item.title,  # type: ignore[attr-defined]
        "tags": _tag_text(catalog, item),
        "desc": " . ".join([description, _rok_text(catalog, item)]),
        "body": " . ".join([plain_text(item.body), *extra]),
    }


def search_doc(catalog: Catalog, item: Item) -> SearchDoc:
    """The search document of a published item (terms not yet analysed)."""
    levels = catalog.taxonomies["levels"]
    themes = catalog.taxonomies["themes"]
    doc = SearchDoc(
        id=f"{item.kind}:{item.slug}",
        kind=item.kind,
        slug=item.slug,
        title=item.title,  # type: ignore[attr-defined]
        url=url_of(item),
        snippet=_snippet(item),
        type_label=_type_label(catalog, item),
        level_labels=[levels.label(level) for level in getattr(item, "levels", [])],
        themes=sorted(themes.with_ancestors(getattr(item, "themes", []) or [])),
        levels=sorted(levels.with_ancestors(getattr(item, "levels", []) or [])),
        texts=_texts(catalog, item),
    )
    digest = hashlib.sha256()
    for part in (
        doc.title,
        doc.url,
        doc.snippet,
        doc.type_label,
        *doc.level_labels,
        *doc.themes,
        *doc.levels,
    ):
        digest.update(part.encode() + b"\0")
    for name in FIELDS:
        digest.update(doc.texts[name].encode() + b"\1")
    doc.digest = digest.hexdigest()[:24]
    return doc


def analyse(doc: SearchDoc, thesaurus: Thesaurus) -> SearchDoc:
    doc.terms = {name: Counter(thesaurus.document_terms(doc.texts[name])) for name in FIELDS}
    return doc


def search_docs(catalog: Catalog) -> Iterable[SearchDoc]:
    for item in published_items(catalog):
        yield search_doc(catalog, item)
