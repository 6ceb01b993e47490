"""The relevance set against `hub search` over the bundled content: at least 90% top-3."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.index import search
from hub.load.loader import load_content
from tests.conftest import ROOT
from tests.search.relevance import evaluate, load_cases


@pytest.fixture(scope="module")
def content_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    cache = tmp_path_factory.mktemp("hub-index")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HUB_CACHE_DIR", str(cache))
        catalog, _ = load_content(ROOT / "content")
        search(catalog, ROOT / "content", "warm up")
        yield catalog, ROOT / "content"


def test_relevance_set_has_enough_queries() -> None:
    assert len(load_cases()) >= 40


def test_hub_search_finds_the_expected_items_in_the_top_3(content_index: tuple[object, Path]) -> None:
    catalog, content = content_index
    outcome = evaluate(load_cases(), lambda q: [h.slug for h in search(catalog, content, q, limit=10)])
    print("\n" + outcome.summary("hub search"))
    for miss in outcome.misses:
        print("  miss:", miss)
    assert outcome.hit_rate >= 0.9, outcome.misses
