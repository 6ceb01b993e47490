"""Search over published content: Dutch analysis, synonyms and aliases, a cached whoosh index.

Published materials, questions and offerings only; drafts and archived items are never indexed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hub.index.absent import AbsentEntry
from hub.index.likeness import Likeness, overlap
from hub.index.query import Found, plan_of, run_plan, run_similar
from hub.index.store import IndexState, open_index

if TYPE_CHECKING:  # searching an up-to-date index never loads the model
    from hub.model.catalog import Catalog
    from hub.model.items import Material

__all__ = [
    "Hit",
    "SearchOutcome",
    "duplicates_in",
    "near_duplicates",
    "related_in",
    "related_materials",
    "search",
    "search_outcome",
    "similar",
    "suggest_themes",
]

KINDS = ("material", "qa", "training")
DUPLICATE_THRESHOLD = 0.6
THEME_WEIGHT = 0.3  # related materials: share of themes counts on top of text likeness
LEVEL_WEIGHT = 0.15


@dataclass(frozen=True)
class Hit:
    """One search result."""

    slug: str
    kind: str
    title: str
    score: float
    url: str  # relative to the site root, e.g. "materialen/<slug>/"


@dataclass(frozen=True)
class SearchOutcome:
    """Results, with what to tell the person who searched."""

    hits: list[Hit]
    suggestion: str | None  # the query with its typos corrected ("Bedoelde je ...?")
    absent: list[AbsentEntry]  # named themes, rubrieken and levels without published items


def _hit(found: Found) -> Hit:
    return Hit(found.slug, found.kind, found.title, round(found.score, 4), found.url)


def search(
    catalog: Catalog | None,
    content_root: Path,
    query: str,
    kind: str | None = None,
    limit: int = 10,
    cache_root: Path | None = None,
) -> list[Hit]:
    """Published items matching QUERY, best first (title and tag matches outrank body matches)."""
    return search_outcome(catalog, content_root, query, kind, limit, cache_root).hits


def search_outcome(
    catalog: Catalog | None,
    content_root: Path,
    query: str,
    kind: str | None = None,
    limit: int = 10,
    cache_root: Path | None = None,
) -> SearchOutcome:
    """`search`, with the spelling suggestion and the named entries that nothing is published for."""
    state = open_index(catalog, content_root, cache_root)
    plan = plan_of(state, query)
    hits = [_hit(found) for found in run_plan(state, plan, kind, limit)] if plan.units else []
    return SearchOutcome(hits, plan.suggestion, plan.absent)


def similar(
    catalog: Catalog | None,
    content_root: Path,
    text: str,
    limit: int = 5,
    kinds: tuple[str, ...] = ("qa", "material"),
    cache_root: Path | None = None,
) -> list[Hit]:
    """Published items closest to a free TEXT (a new question): the helpdesk's duplicate check."""
    state = open_index(catalog, content_root, cache_root)
    return [_hit(found) for found in run_similar(state, text, kinds, limit)]


_likeness: dict[str, Likeness] = {}


def _likeness_of(state: IndexState) -> Likeness:
    key = f"{state.directory}|{state.signature}"
    if key not in _likeness:
        _likeness.clear()
        _likeness[key] = Likeness.of(state.records)
    return _likeness[key]


def prepare_likeness(state: IndexState) -> None:
    """Make the tf-idf vectors of STATE's documents now (they are kept for the command)."""
    _likeness_of(state)


def neighbours_for_all(state: IndexState, lanes: int) -> None:
    """Compute every document's neighbours now, over LANES processes (a build asks for them all)."""
    _likeness_of(state).know_all(lanes)


def related_materials(
    catalog: Catalog, content_root: Path, material: Material, limit: int = 4
) -> list[Material]:
    """Published materials most like MATERIAL by text and tags, preferring shared themes and levels.

    Excludes the material itself and the editor's own `related` (the page shows those first).
    """
    return related_in(open_index(catalog, content_root), catalog, material, limit)


def related_in(state: IndexState, catalog: Catalog, material: Material, limit: int = 4) -> list[Material]:
    """`related_materials` over an index already open (a build asks this for every material)."""
    likeness = _likeness_of(state)
    own_id = f"material:{material.slug}"
    own = state.records.get(own_id)
    if own is None:
        return []
    excluded = {own_id, *(f"material:{slug}" for slug in material.related)}
    scored: list[tuple[float, str]] = []
    for doc_id, cosine in likeness.neighbours_of(own_id).items():
        other = state.records[doc_id]
        if doc_id in excluded or other.kind != "material":
            continue
        score = (
            cosine
            + THEME_WEIGHT * overlap(own.themes, other.themes)
            + LEVEL_WEIGHT * overlap(own.levels, other.levels)
        )
        scored.append((score, other.slug))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    found = (catalog.published_material(slug) for _, slug in scored)
    return [m for m in found if m is not None][:limit]


def near_duplicates(
    catalog: Catalog, content_root: Path, threshold: float = DUPLICATE_THRESHOLD
) -> list[tuple[str, str, str, float]]:
    """(kind, slug_a, slug_b, score) for published items of one kind that look alike, most alike first."""
    return duplicates_in(open_index(catalog, content_root), threshold)


def duplicates_in(
    state: IndexState, threshold: float = DUPLICATE_THRESHOLD
) -> list[tuple[str, str, str, float]]:
    """`near_duplicates` over an index already open."""
    likeness = _likeness_of(state)
    pairs: list[tuple[str, str, str, float]] = []
    for doc_id in likeness.vectors:
        doc = state.records[doc_id]
        for other_id, score in likeness.neighbours_of(doc_id).items():
            other = state.records[other_id]
            if other_id > doc_id and other.kind == doc.kind and score >= threshold:
                pairs.append((doc.kind, doc.slug, other.slug, round(score, 3)))
    pairs.sort(key=lambda pair: (-pair[3], pair[0], pair[1], pair[2]))
    return pairs


def suggest_themes(catalog: Catalog, content_root: Path, text: str, limit: int = 3) -> list[str]:
    """Theme ids for a free text: themes it names, and the themes of the items most like it."""
    state = open_index(catalog, content_root)
    themes = catalog.taxonomies["themes"]
    terms = set(state.thesaurus.document_terms(text))
    votes: dict[str, float] = {}
    for entry in themes:
        named = set(state.thesaurus.document_terms(" . ".join([entry.label, *entry.aliases])))
        concepts = {term for term in named if term.startswith("~")}
        label_stems = set(state.thesaurus.document_terms(entry.label)) - concepts
        if concepts & terms or (label_stems and label_stems <= terms):
            votes[entry.id] = votes.get(entry.id, 0.0) + 1.0
    hits = run_similar(state, text, KINDS, 10)
    best = hits[0].score if hits else 1.0
    for found in hits:
        record = state.records.get(found.doc_id)
        if record is None:
            continue
        item_themes = _direct_themes(catalog, found)
        for theme in record.themes:
            weight = 1.0 if theme in item_themes else 0.3  # an ancestor counts, less than the tag itself
            votes[theme] = votes.get(theme, 0.0) + weight * found.score / best
    ranked = sorted(votes, key=lambda theme: (-votes[theme], theme))
    return [theme for theme in ranked if theme in themes][:limit]


def _direct_themes(catalog: Catalog, found: Found) -> set[str]:
    collection = {"material": catalog.materials, "qa": catalog.questions, "training": catalog.offerings}
    item = collection[found.kind].get(found.slug)
    return set(getattr(item, "themes", []) or [])
