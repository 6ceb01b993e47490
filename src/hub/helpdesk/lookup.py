"""What the search index knows about a new question: likely duplicates and a theme suggestion.

The index (`hub.index`) is imported lazily; without it a small word-overlap fallback answers, so an
import never fails because the index is missing or broken."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.helpdesk.mapping import fold, mentioned_ids
from hub.model.catalog import Catalog
from hub.model.kinds import url_of

# Frequent Dutch words of four letters or more that say nothing about the subject.
_STOPWORDS = frozenset(
    (
        *("deze", "door", "eens", "kunnen", "maar", "mijn", "naar", "niet", "onder", "onze", "over", "veel"),
        *("voor", "welke", "wordt", "zich", "zijn", "zoals", "hebben", "moet", "moeten", "graag", "vraag"),
    )
)


@dataclass(frozen=True)
class Similar:
    kind: str
    slug: str
    title: str
    url: str


def _index_function(name: str) -> Any:
    try:
        module = importlib.import_module("hub.index")
    except ImportError:
        return None
    return getattr(module, name, None)


def _field(result: Any, name: str) -> Any:
    return result.get(name) if isinstance(result, dict) else getattr(result, name, None)


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) >= 4 and w not in _STOPWORDS}


def _fallback_similar(catalog: Catalog, text: str, limit: int) -> list[Similar]:
    wanted = _words(text)
    scored = []
    for item in [*catalog.published_questions(), *catalog.published_materials()]:
        title = item.title  # type: ignore[attr-defined]
        words = _words(title) | _words(getattr(item, "description", None) or "")
        common = wanted & words
        if common:
            scored.append((-len(common) / (len(words) ** 0.5), item.slug, item, title))
    scored.sort(key=lambda row: (row[0], row[1]))
    return [Similar(item.kind, item.slug, title, url_of(item)) for _, _, item, title in scored[:limit]]


def similar_items(catalog: Catalog, content_root: Path, text: str, limit: int = 3) -> list[Similar]:
    """The published questions and materials closest to `text`, best first."""
    index_similar = _index_function("similar")
    if index_similar is not None:
        try:
            results = list(index_similar(catalog, content_root, text, limit=limit))
        except Exception:  # a broken or unbuilt index must not stop an import: fall back
            results = None
        if results is not None:
            found = []
            for result in results:
                kind, slug = _field(result, "kind"), _field(result, "slug")
                item = catalog.collection("qa" if kind == "qa" else "materials").get(str(slug))
                if item is not None and kind in ("qa", "material"):
                    found.append(Similar(kind, item.slug, item.title, url_of(item)))  # type: ignore[attr-defined]
            return found[:limit]
    return _fallback_similar(catalog, text, limit)


def suggest_themes(catalog: Catalog, content_root: Path, text: str, limit: int = 2) -> list[str]:
    """Theme ids that fit a question without a (known) theme; [] when nothing fits."""
    themes = catalog.taxonomies["themes"]
    index_suggest = _index_function("suggest_themes")
    ids: list[str] = []
    if index_suggest is not None:
        try:
            for result in index_suggest(catalog, content_root, text):
                value = result if isinstance(result, str) else _field(result, "id")
                if isinstance(result, tuple):
                    value = result[0]
                if value in themes and value not in ids:
                    ids.append(value)
        except Exception:  # see similar_items
            ids = []
    if not ids:
        ids = mentioned_ids(themes, text)
    return ids[:limit]
