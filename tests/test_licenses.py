"""Licences: free text, recognised however it is written, linked to its deed, filterable; an
unrecognised text is a warning that names the closest known licence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hub.model.licenses import closest, recognise
from tests.checking import the_problem
from tests.conftest import warnings_of
from tests.site_files import build_world_site, page_soup
from tests.world import World

BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/"


@pytest.mark.parametrize(
    ("text", "label", "url"),
    [
        ("CC BY-SA 4.0", "CC BY-SA 4.0", BY_SA),
        ("CC-BY-SA-4.0", "CC BY-SA 4.0", BY_SA),
        ("cc by sa 4.0", "CC BY-SA 4.0", BY_SA),
        ("CC BY-SA 4", "CC BY-SA 4.0", BY_SA),
        ("BY-SA 4.0", "CC BY-SA 4.0", BY_SA),
        ("Creative Commons Naamsvermelding-GelijkDelen 4.0", "CC BY-SA 4.0", BY_SA),
        ("Creative Commons Naamsvermelding-Gelijk Delen 4.0 Internationaal", "CC BY-SA 4.0", BY_SA),
        ("Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-SA 4.0", BY_SA),
        ("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)", "CC BY-SA 4.0", BY_SA),
        ("https://creativecommons.org/licenses/by-sa/4.0/deed.nl", "CC BY-SA 4.0", BY_SA),
        ("CC BY 4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        (
            "Creative Commons Naamsvermelding 4.0 Internationaal",
            "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
        ("CC BY-NC 4.0", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
        (
            "Naamsvermelding-NietCommercieel 4.0",
            "CC BY-NC 4.0",
            "https://creativecommons.org/licenses/by-nc/4.0/",
        ),
        ("cc-by-nd-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
        ("CC BY-NC-SA 4.0", "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
        ("CC BY-SA-NC 4.0", "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
        (
            "Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0)",
            "CC BY-NC-SA 4.0",
            "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        ),
        (
            "Creative Commons Naamsvermelding-NietCommercieel-GeenAfgeleideWerken 4.0",
            "CC BY-NC-ND 4.0",
            "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        ),
        ("CC BY-NC-ND 4.0 licentie", "CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
        ("CC BY 3.0", "CC BY 3.0", "https://creativecommons.org/licenses/by/3.0/"),
        ("CC0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("CC0 1.0 Universal", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("CC-0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("Creative Commons Zero", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("Alle rechten voorbehouden", "Alle rechten voorbehouden", None),
        ("alle rechten voorbehouden.", "Alle rechten voorbehouden", None),
        ("All rights reserved", "Alle rechten voorbehouden", None),
        ("©", "Alle rechten voorbehouden", None),
    ],
)
def test_recognised_licences_however_they_are_written(text: str, label: str, url: str | None) -> None:
    known = recognise(text)
    assert known is not None, text
    assert (known.label, known.url) == (label, url)


@pytest.mark.parametrize(
    ("text", "nearest"),
    [
        ("CC BY SA", "CC BY-SA 4.0"),  # no version
        ("CC BY-NC-SA 4.0 BE", "CC BY-NC-SA 4.0"),  # a ported licence
        ("CC SA 4.0", "CC BY-SA 4.0"),  # without BY, no CC licence
        ("CC BY-SA-ND 4.0", "CC BY-SA 4.0"),  # SA and ND exclude each other
        ("CC BY 5.0", "CC BY 4.0"),  # no such version
        ("Alle rechten voorbehoudn", "Alle rechten voorbehouden"),
    ],
)
def test_unrecognised_texts_name_the_closest_licence(text: str, nearest: str) -> None:
    assert recognise(text) is None
    assert closest(text).label == nearest


def test_an_unrecognised_licence_is_a_located_warning_with_the_closest_match(world: World) -> None:
    world.material("fiche", license='"CC BY SA"')
    assert the_problem(world, "content/materials/fiche.md:12: warning: license:").endswith(
        "HUB345 (waarschuwing) license: 'CC BY SA' is geen licentie die de hub herkent (bedoel je 'CC BY-SA "
        "4.0'?): de pagina toont de tekst zonder link en de licentiefilter kent ze niet"
    )
    world.material("fiche", license="cc-by-sa-4.0")
    assert warnings_of(world) == []


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = World(tmp_path_factory.mktemp("licenties"))
    world.material("open", title="Een open fiche", license="cc-by-sa-4.0")
    world.material(
        "ook-open", title="Nog een open fiche", license='"Creative Commons Naamsvermelding-GelijkDelen 4.0"'
    )
    world.material("publiek", title="Een fiche in het publieke domein", license="CC0")
    world.material("gesloten", title="Een gesloten fiche", license="Alle rechten voorbehouden")
    world.material(
        "eigen", title="Een fiche met een eigen licentie", license='"Vrij te gebruiken in de klas"'
    )
    world.material("zonder", title="Een fiche zonder licentie")
    return build_world_site(world)


def _licence_row(page: BeautifulSoup):  # type: ignore[no-untyped-def]
    return next(row.dd for row in page.select(".hub-meta__row") if row.dt.get_text(strip=True) == "Licentie")


def _jsonld(page: BeautifulSoup) -> dict:
    return json.loads(page.find("script", type="application/ld+json").string)


def test_the_page_links_the_deed_and_the_jsonld_names_it(site: Path) -> None:
    page = page_soup(site, "materialen/open")
    link = _licence_row(page).a
    assert (link.get_text(), link["href"], link["rel"]) == ("CC BY-SA 4.0", BY_SA, ["license"])
    assert link["title"] == "Creative Commons Naamsvermelding-GelijkDelen 4.0"
    assert _jsonld(page)["license"] == BY_SA
    publiek = page_soup(site, "materialen/publiek")
    assert _licence_row(publiek).a["href"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert _jsonld(publiek)["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"


def test_other_licences_stay_text_as_written(site: Path) -> None:
    gesloten = _licence_row(page_soup(site, "materialen/gesloten"))
    assert gesloten.a is None and gesloten.get_text(strip=True) == "Alle rechten voorbehouden"
    eigen = page_soup(site, "materialen/eigen")
    assert _licence_row(eigen).get_text(strip=True) == "Vrij te gebruiken in de klas"
    assert _jsonld(eigen)["license"] == "Vrij te gebruiken in de klas"
    assert "license" not in _jsonld(page_soup(site, "materialen/zonder"))


def test_the_materials_list_filters_on_licence(site: Path) -> None:
    index = page_soup(site, "materialen")
    group = index.select_one("fieldset[data-facet=licentie]")
    assert group.find_parent("details").summary.get_text(" ", strip=True).startswith("Licentie")
    options = [
        (box["value"], index.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True))
        for box in group.select("input[name=licentie]")
    ]
    assert options == [
        ("cc0-1.0", "CC0 1.0 (1)"),
        ("cc-by-sa-4.0", "CC BY-SA 4.0 (2)"),
        ("alle-rechten-voorbehouden", "Alle rechten voorbehouden (1)"),
    ]
    cards = {card["data-slug"]: card["data-licentie"] for card in index.select("li.hub-card")}
    assert cards == {
        "open": "cc-by-sa-4.0",
        "ook-open": "cc-by-sa-4.0",
        "publiek": "cc0-1.0",
        "gesloten": "alle-rechten-voorbehouden",
        "eigen": "",
        "zonder": "",
    }


def test_the_search_page_filters_on_licence_too(site: Path) -> None:
    search = page_soup(site, "zoek")
    group = search.select_one("fieldset[data-facet=licentie]")
    options = [
        (box["value"], search.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True))
        for box in group.select("input[name=licentie]")
    ]
    assert options == [
        ("cc0-1.0", "CC0 1.0 (1)"),
        ("cc-by-sa-4.0", "CC BY-SA 4.0 (2)"),
        ("alle-rechten-voorbehouden", "Alle rechten voorbehouden (1)"),
    ]
    # What the search script matches the choice against: the materials of each licence.
    assert "licentie" in json.loads((site / "search" / "index.json").read_text(encoding="utf-8"))["filters"]
    members = json.loads((site / "search" / "f" / "licentie.json").read_text(encoding="utf-8"))
    assert {option: len(numbers) for option, numbers in members.items()} == {
        "alle-rechten-voorbehouden": 1,
        "cc-by-sa-4.0": 2,
        "cc0-1.0": 1,
    }
