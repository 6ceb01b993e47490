"""The relevance set against `hub search` over the bundled content: at least 95% top-3."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.index import search, search_outcome
from hub.load.loader import load_content
from tests.conftest import ROOT
from tests.search.relevance import Answer, evaluate, load_cases


@pytest.fixture(scope="module")
def content_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    cache = tmp_path_factory.mktemp("hub-index")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HUB_CACHE_DIR", str(cache))
        catalog, _ = load_content(ROOT / "content")
        search(catalog, ROOT / "content", "warm up")
        yield catalog, ROOT / "content"


def test_relevance_set_has_enough_queries_of_every_sort() -> None:
    cases = load_cases()
    assert len(cases) >= 70
    assert len([c for c in cases if c.typo]) >= 10 and len([c for c in cases if c.nothing]) >= 3


def hub_search_answer(catalog: object, content: Path, query: str) -> Answer:
    """What `hub search` shows: its results, and the notes it writes above them."""
    found = search_outcome(catalog, content, query, limit=10)  # type: ignore[arg-type]
    notes = [entry.message for entry in found.absent]
    if found.suggestion:
        notes.append(f"Bedoelde je: {found.suggestion}?")
    return Answer([hit.slug for hit in found.hits], " ".join(notes))


def test_hub_search_finds_the_expected_items_in_the_top_3(content_index: tuple[object, Path]) -> None:
    catalog, content = content_index
    outcome = evaluate(load_cases(), lambda q: hub_search_answer(catalog, content, q))
    print("\n" + outcome.summary("hub search"))
    for miss in outcome.misses:
        print("  miss:", miss)
    assert outcome.hit_rate >= 0.95, outcome.misses
