"""The site search forgives a typo, splits compounds and says when a theme has nothing yet, exactly
as `hub search` does (one analysis: the browser's plan of a query is held against Python's)."""

from __future__ import annotations

import re

import pytest

from hub.index.query import plan_of
from hub.index.store import open_index
from hub.load.loader import load_content
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ITEM_HREF = re.compile(r"/(?:materialen|vragen|aanbod)/([^/]+)/$")


def type_query(page, text: str) -> list[str]:
    """Type TEXT into /zoek/'s box as a person would; the result slugs once they are shown."""
    box = page.locator("#hub-search-page")
    box.fill("")
    box.type(text, delay=15)
    page.wait_for_function(
        "q => document.querySelector('.hub-search--page').getAttribute('data-shown') === q", arg=text
    )
    hrefs = page.eval_on_selector_all(".hub-search--page .hub-search__link", "ls => ls.map(a => a.href)")
    return [m.group(1) for href in hrefs if (m := ITEM_HREF.search(href))]


@pytest.mark.parametrize(
    ("typed", "meant", "expected"),
    [
        (
            "zelfregulatei",
            "zelfregulatie",
            {
                "wat-betekent-groeien-naar-autonomie",
                "e-zelfregulerend-leren",
                "zelfregulerend-leren-bij-kleuters",
            },
        ),
        ("leesbegirp", "leesbegrip", {"de-beste-lezers-zitten-in-mijn-klas", "leesmotivatie-b-stroom"}),
    ],
)
def test_a_typo_finds_the_material_and_offers_the_word(
    page, site_url: str, typed: str, meant: str, expected: set[str]
) -> None:
    page.goto(f"{site_url}/zoek/")
    found = type_query(page, typed)
    assert expected & set(found[:3]), found
    suggestion = page.locator(".hub-search--page .hub-search__suggestion")
    assert suggestion.inner_text() == f"Bedoelde je {meant}?"
    assert f"Bedoelde je ‘{meant}’?" in page.inner_text("#hub-search-page-status")  # read out too
    suggestion.get_by_role("link", name=meant).click()
    page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=meant)
    page.wait_for_function(
        "q => document.querySelector('.hub-search--page').getAttribute('data-shown') === q", arg=meant
    )
    assert page.locator("#hub-search-page").input_value() == meant
    assert not suggestion.count()  # the corrected query needs no correction
    assert page.locator(".hub-search--page .hub-search__hit").count() > 0


def test_the_suggestion_link_works_on_its_own(page, site_url: str) -> None:
    page.goto(f"{site_url}/zoek/?q=leesbegirp")
    link = page.get_by_role("link", name="leesbegrip")
    assert link.get_attribute("href").endswith("/zoek/?q=leesbegrip")


def test_a_theme_without_material_says_so_and_points_to_its_neighbours(page, site_url: str) -> None:
    page.goto(f"{site_url}/zoek/")
    assert type_query(page, "STEM") == []
    notice = page.locator(".hub-search--page .hub-search__absent")
    assert notice.locator(".hub-search__absent-message").inner_text() == "Er is nog geen materiaal over STEM."
    nearby = notice.locator(".hub-search__nearby a")
    labels = nearby.all_inner_texts()
    assert labels[:2] == ["Nederlands en taal", "Wiskunde"]
    assert nearby.first.get_attribute("href").endswith("/materialen/thema/nederlands/")
    assert page.inner_text("#hub-search-page-status").startswith("Er is nog geen materiaal over STEM.")
    nearby.nth(1).click()
    page.wait_for_url(re.compile(r"/materialen/thema/wiskunde/$"))
    assert page.locator("h1").first.inner_text() == "Wiskunde"


@pytest.fixture(scope="module")
def python_index(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    catalog, _ = load_content(ROOT / "content")
    return open_index(catalog, ROOT / "content", tmp_path_factory.mktemp("hub-index"))


AGREEMENT = [
    "zelfregulatei",
    "leesbegirp",
    "Differntiatie in de klas",
    "kleuters zelfreguelrend leren",
    "zorgcoördinatr",
    "STEM",
    "wetenschappen en techniek bij kleuters",
    "begeleiding van leerlingen",
    "leerlingenbegeleiding",
    "mentorfiche",
    "doorlichtingsvoorbereiding",
    "motivatie om te lezen",
]


def test_the_browser_plans_a_query_as_hub_search_does(page, site_url: str, python_index: object) -> None:
    page.goto(f"{site_url}/zoek/")
    for query in AGREEMENT:
        # A trailing space: the query is complete, so the last word is not also completed as a prefix.
        browser = page.evaluate("q => window.hubSearch.plan(q)", query + " ")
        python = plan_of(python_index, query)  # type: ignore[arg-type]
        assert browser["suggestion"] == (python.suggestion + " " if python.suggestion else None), query
        assert [entry["message"] for entry in browser["absent"]] == [e.message for e in python.absent], query
        # As typed (or corrected): the browser cannot stem a word the index does not hold, nor needs to.
        assert [unit["forms"] for unit in browser["units"]] == [list(u.forms) for u in python.units], query
        assert [unit["concepts"] for unit in browser["units"]] == [
            sorted(u.concepts) for u in python.units
        ], query
        assert [unit["split"] for unit in browser["units"]] == [
            list(python.splits[number]) if number in python.splits else None
            for number in range(len(python.units))
        ], query
        assert browser["joins"] == {whole: list(parts) for whole, parts in python.joins.items()}, query
