"""Built pages of a small world: material page, leerpad, zelfscan, JSON-LD, feed, sitemap, home."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from hub.load.loader import load_content
from hub.render.material_pages import material_context
from tests.conftest import context_of
from tests.site_files import build_world_site, page_soup
from tests.world import World, material_text

SITE_URL = "https://example.invalid/"  # mkdocs.yml
DRAFT = "kladversie-quokka"

SCAN = """\
---
title: Zelfscan differentiëren
description: Ga na waar je staat met differentiëren en krijg materiaal op maat voorgesteld.
status: published
owner: team-curriculum
reviewed: 2026-04-01
type: zelfscan
rok: [differentiatie-kv]
levels: [kleuter]
roles: [leraar]
scan:
  scale: [Nooit, Soms, Vaak, Altijd]
  dimensions:
    - id: doelen
      title: Doelen stellen
      statements:
        - Ik maak het lesdoel zichtbaar.
        - Ik stem het doel af op de klas.
      recommend: [stap-een]
    - id: groeperen
      title: Flexibel groeperen
      statements:
        - Ik wissel groepen af.
      recommend: [stap-drie]
---

Vul de scan in met je team.
"""


def _world(root: Path) -> World:
    world = World(root)
    world.material("stap-een", title='"Stap een: observeren"', reviewed="2026-03-01")
    world.material(
        "stap-twee",
        title='"Stap twee: hoeken inrichten"',
        description='"Hoeken inrichten voor kleuters: sterk < zwak & samen, in vijf stappen uitgelegd."',
        keywords="[hoeken, kleuterklas]",
        link="https://video.example.org/hoeken",
        license='"CC BY-NC-SA 4.0"',
        duration=30,
        attachments="[{file: kijkwijzer.pdf, title: Kijkwijzer hoeken}]",
        related="[stap-drie]",
    )
    world.write("materials/files/kijkwijzer.pdf", b"%PDF-1.4\n" + b"0" * 3000)
    world.material("stap-drie", title='"Stap drie: feedback geven"', type="kennisclip", themes="[hoekenwerk]")
    # A third theme level, to show on the home page.
    themes = (world.content / "taxonomy/themes.yml").read_text(encoding="utf-8")
    world.write(
        "taxonomy/themes.yml", themes + "- id: hoekenwerk\n  label: Hoekenwerk\n  parent: differentiatie\n"
    )
    world.material(DRAFT, title="Kladversie quokka", status="draft")
    steps = textwrap.dedent("""
      - material: stap-een
        note: Begin met kijken.
      - material: stap-twee
        note: Richt dan de hoeken in.
      - material: stap-drie""")
    world.material("route-kleuters", title="Leerpad hoeken bij kleuters", type="leerpad", steps=steps)
    world.material("zelfscan-differentieren", text=SCAN)
    world.question("kleuters-differentieren")
    world.offering("opleiding-differentiatie")
    return world


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = _world(tmp_path_factory.mktemp("world"))
    return build_world_site(world)


def _jsonld(soup: BeautifulSoup) -> dict:
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    panel = soup.select_one(".hub-panel dl.hub-meta")
    return {
        row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
        for row in panel.select(".hub-meta__row")
    }


def test_material_page_shows_its_metadata_panel(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    assert soup.h1.get_text(strip=True) == "Stap twee: hoeken inrichten"
    meta = _meta(soup)
    assert meta["Soort"] == "Fiche"
    assert meta["R-OK"] == (
        "Ontwikkeling van de lerende › Onderwijsleerproces › Het team stemt het aanbod af op de noden van de lerenden"
    )
    assert meta["Onderwijsniveau"] == "Kleuteronderwijs"
    assert meta["Voor wie"] == "Leraar"
    assert meta["Thema"] == "Doelgerichte differentiatie"
    assert meta["Trefwoorden"] == "hoeken, kleuterklas"
    assert meta["Tijd"] == "30 minuten"
    assert meta["Licentie"] == "CC BY-NC-SA 4.0"
    assert meta["Laatst nagekeken"] == "15 januari 2026"
    assert meta["Beheerd door"] == "Team curriculum"
    level_link = soup.select_one(".hub-meta a[href$='materialen/niveau/kleuter/']")
    assert level_link is not None


def test_attachments_show_type_and_size_and_the_external_link_its_host(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    item = soup.select_one("ul.hub-attachments li")
    assert item.a.get_text(strip=True) == "Kijkwijzer hoeken"
    assert item.select_one(".hub-filetype").get_text(strip=True) == "(PDF, 2,9 kB)"
    href = urljoin("https://example.invalid/materialen/stap-twee/", item.a["href"])
    assert href == "https://example.invalid/materialen/bestanden/kijkwijzer.pdf"
    assert (site / "materialen/bestanden/kijkwijzer.pdf").is_file()
    external = soup.select_one(".hub-external a")
    assert external["href"] == "https://video.example.org/hoeken"
    assert "video.example.org" in soup.select_one(".hub-external").get_text()


def test_step_pages_say_where_they_stand_in_the_leerpad(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    route = soup.select_one("nav.hub-route")
    # One compact banner that names both neighbours; the title says "Leerpad" already, the banner not again.
    assert route.get_text(" ", strip=True).startswith(
        "Stap 2 van 3 in Leerpad hoeken bij kleuters ← Vorige stap: Stap een: observeren (Fiche) "
        "Volgende stap: Stap drie: feedback geven (Kennisclip) →"
    )
    assert route.select_one("a[rel=prev]")["href"].endswith("materialen/stap-een/")
    assert route.select_one("a[rel=next]")["href"].endswith("materialen/stap-drie/")
    first = page_soup(site, "materialen/stap-een").select_one("nav.hub-route")
    assert first.select_one("a[rel=prev]") is None


def test_leerpad_page_is_a_numbered_route_with_notes_and_tick_boxes(site: Path) -> None:
    soup = page_soup(site, "materialen/route-kleuters")
    steps = soup.select("ol.hub-steps > li.hub-step")
    assert [s.select_one(".hub-step__title").get_text(strip=True) for s in steps] == [
        "Stap een: observeren",
        "Stap twee: hoeken inrichten",
        "Stap drie: feedback geven",
    ]
    assert [s.select_one(".hub-step__number").get_text(" ", strip=True) for s in steps] == [
        "Stap 1",
        "Stap 2",
        "Stap 3",
    ]
    assert steps[0].select_one(".hub-step__note").get_text(strip=True) == "Begin met kijken."
    assert steps[2].select_one(".hub-step__note") is None
    box = steps[1].select_one("input[type=checkbox]")
    label = soup.find("label", attrs={"for": box["id"]})
    assert "stap 2, Stap twee: hoeken inrichten" in label.get_text(" ", strip=True)
    assert soup.select_one("section.hub-leerpad")["data-leerpad"] == "route-kleuters"
    assert soup.find("script", src=lambda s: s and s.endswith("assets/hub-leerpad.js"))


def test_related_materials_put_the_editors_choice_first_and_never_drafts(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    related = [li["data-slug"] for li in soup.select(".hub-related li.hub-card")]
    assert related[0] == "stap-drie"
    assert DRAFT not in related and "stap-twee" not in related
    assert len(related) == len(set(related))


def test_zelfscan_is_a_keyboard_form_with_hidden_recommendations(site: Path) -> None:
    soup = page_soup(site, "materialen/zelfscan-differentieren")
    form = soup.select_one("form.hub-scan__form")
    dimensions = form.select("fieldset.hub-scan__dimension")
    assert [d.legend.get_text(" ", strip=True) for d in dimensions] == [
        "Onderdeel 1 van 2: Doelen stellen",
        "Onderdeel 2 van 2: Flexibel groeperen",
    ]
    statements = form.select("fieldset.hub-scan__statement")
    assert [s.legend.get_text(strip=True) for s in statements][:1] == ["Ik maak het lesdoel zichtbaar."]
    for statement in statements:
        radios = statement.select("input[type=radio]")
        assert [r.parent.get_text(strip=True) for r in radios] == ["Nooit", "Soms", "Vaak", "Altijd"]
        assert len({r["name"] for r in radios}) == 1
    assert form.select_one(".hub-scan__progress").get_text(strip=True) == "0 van 3 stellingen beantwoord."
    advice = {a["data-title"]: a for a in soup.select(".hub-scan__result .hub-scan__advice")}
    assert all(a.has_attr("hidden") for a in advice.values())
    assert [li["data-slug"] for li in advice["Doelen stellen"].select("li.hub-card")] == ["stap-een"]
    # Without JavaScript: the statements and the recommendations per dimension as a list.
    static = soup.select_one(".hub-scan__static")
    assert not static.has_attr("hidden")
    assert "Ik wissel groepen af." in static.get_text()
    assert [li["data-slug"] for li in static.select("li.hub-card")] == ["stap-een", "stap-drie"]


def test_every_material_page_carries_a_learning_resource(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    script = soup.find("script", type="application/ld+json")
    assert "<" not in script.string  # tojson escapes what could close the script element
    data = _jsonld(soup)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Stap twee: hoeken inrichten"
    assert data["description"].startswith("Hoeken inrichten voor kleuters: sterk < zwak & samen")
    assert data["url"] == SITE_URL + "materialen/stap-twee/"
    assert data["inLanguage"] == "nl-BE"
    assert data["learningResourceType"] == "Fiche"
    assert data["educationalLevel"] == ["Kleuteronderwijs"]
    assert data["audience"] == {"@type": "EducationalAudience", "educationalRole": ["Leraar"]}
    assert {"Doelgerichte differentiatie"} <= {term["name"] for term in data["about"]}
    assert data["keywords"] == ["hoeken", "kleuterklas"]
    assert data["dateModified"] == "2026-01-15"
    assert data["license"] == "https://creativecommons.org/licenses/by-nc-sa/4.0/"
    assert data["timeRequired"] == "PT30M"
    assert data["isPartOf"] == [
        {
            "@type": "LearningResource",
            "name": "Leerpad hoeken bij kleuters",
            "url": SITE_URL + "materialen/route-kleuters/",
        }
    ]
    leerpad = _jsonld(page_soup(site, "materialen/route-kleuters"))
    assert [part["url"] for part in leerpad["hasPart"]] == [
        SITE_URL + f"materialen/{slug}/" for slug in ("stap-een", "stap-twee", "stap-drie")
    ]
    assert "license" not in _jsonld(page_soup(site, "materialen/stap-een"))


def test_the_feed_is_built_and_linked_from_the_index(site: Path) -> None:
    index = page_soup(site, "materialen")
    link = index.find("link", rel="alternate", type="application/atom+xml")
    feed_address = urljoin(SITE_URL + "materialen/", link["href"])
    assert feed_address == SITE_URL + "materialen/feed.xml"
    feed = ET.parse(site / "materialen/feed.xml").getroot()
    titles = [
        e.findtext("{http://www.w3.org/2005/Atom}title")
        for e in feed.iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert "Stap twee: hoeken inrichten" in titles and "Kladversie quokka" not in titles


def test_the_sitemap_lists_published_pages_only(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert SITE_URL + "materialen/stap-twee/" in sitemap
    assert DRAFT not in sitemap
    assert not (site / "materialen" / DRAFT).exists()


def test_index_cards_carry_the_data_the_filters_use(site: Path) -> None:
    index = page_soup(site, "materialen")
    form = index.select_one("form#hub-facets")
    assert form.has_attr("hidden")  # shown by hub-browse.js; without it the browse links do the job
    assert [f["data-facet"] for f in form.select("fieldset[data-facet]")] == [
        "rok",
        "niveau",
        "rol",
        "thema",
        "soort",
        "licentie",
    ]
    kleuter = form.select_one("input[name=niveau][value=kleuter]")
    assert (
        index.find("label", attrs={"for": kleuter["id"]}).get_text(" ", strip=True) == "Kleuteronderwijs (5)"
    )
    card = index.select_one("li.hub-card[data-slug=stap-drie]")
    assert card["data-rok"].split() == ["differentiatie-kv", "onderwijsleerproces", "ontwikkeling"]
    assert card["data-niveau"].split() == ["basis", "kleuter"]
    assert card["data-soort"] == "kennisclip"
    assert (card["data-licentie"], index.select_one("li.hub-card[data-slug=stap-twee]")["data-licentie"]) == (
        "",
        "cc-by-nc-sa-4.0",
    )
    slugs = [li["data-slug"] for li in index.select("ul.hub-cards > li.hub-card")]
    assert slugs[:2] == ["zelfscan-differentieren", "route-kleuters"] and DRAFT not in slugs
    assert index.select_one(".hub-browse a[href$='materialen/rok/differentiatie-kv/']")


def test_home_page_offers_search_finder_luiken_and_continuum(site: Path) -> None:
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    search = soup.select_one("form.hub-home-search")
    assert search["method"] == "get" and urljoin(SITE_URL, search["action"]) == SITE_URL + "zoek/"
    query = search.select_one("input[name=q]")
    assert soup.find("label", attrs={"for": query["id"]}).get_text(strip=True) == "Waar ben je naar op zoek?"
    finder = soup.select_one(".hub-finder form")
    assert urljoin(SITE_URL, finder["action"]) == SITE_URL + "materialen/"
    assert [s["name"] for s in finder.select("select")] == ["niveau", "rol", "thema"]
    assert "kleuter" in [o.get("value") for o in finder.select("select[name=niveau] option")]
    hart = soup.select_one(".hub-luik--hart")
    assert (
        hart.select_one("a[href='materialen/rok/ontwikkeling/']").get_text(strip=True)
        == "Ontwikkeling van de lerende"
    )
    assert soup.select_one(".hub-luik--mantel a") is None  # no published material under the mantel
    assert soup.select_one("a[href='materialen/niveau/kleuter/']")
    assert soup.select_one("a[href='materialen/rol/leraar/']")
    assert soup.select_one("a[href='materialen/thema/differentiatie/']")
    assert "Hoe differentieer ik bij kleuters?" in soup.get_text()
    steps = [li.strong.get_text() for li in soup.select("ol.hub-continuum__steps > li")]
    assert steps == ["Materialenbank", "Helpdesk", "Helpdesk Live", "Opleiding"]


def test_facet_page_has_crumbs_filters_and_a_link_to_the_combined_view(site: Path) -> None:
    soup = page_soup(site, "materialen/rok/onderwijsleerproces")
    crumbs = soup.select_one("nav.hub-crumbs").get_text(" ", strip=True)
    assert crumbs.startswith("Materialenbank R-OK Ontwikkeling van de lerende Onderwijsleerproces")
    assert soup.select_one("nav.hub-refine a[href$='materialen/rok/differentiatie-kv/']")
    assert soup.select_one(".hub-facets__more a")["href"].endswith("materialen/?rok=onderwijsleerproces")
    assert not soup.select("fieldset[data-facet=rok]")  # the page itself is the R-OK choice


def test_drafts_and_archived_items_never_show_as_step_related_or_recommendation(world: World) -> None:
    world.material("klaar", title="Klaar materiaal")
    world.material("klad", title="Kladversie", status="draft")
    world.write("archive/materials/oud.md", material_text(title="Oude fiche", status="archived"))
    world.material("fiche", title="Fiche met verwijzingen", related="[klad, oud, klaar, fiche]")
    world.material(
        "route", title="Route", type="leerpad", steps="[{material: klad}, {material: klaar}, {material: oud}]"
    )
    world.material("scan", text=SCAN.replace("[stap-een]", "[klad, klaar, oud]"))
    catalog, _ = load_content(world.content)
    fiche = material_context(context_of(catalog, world.content), catalog.materials["fiche"])
    assert fiche["related"][0].slug == "klaar"
    assert {"klad", "oud", "fiche"}.isdisjoint(card.slug for card in fiche["related"])
    route = material_context(context_of(catalog, world.content), catalog.materials["route"])
    assert [(step["number"], step["card"].slug) for step in route["steps"]] == [(1, "klaar")]
    klaar = material_context(context_of(catalog, world.content), catalog.materials["klaar"])
    assert [(p["position"], p["total"]) for p in klaar["leerpaden"]] == [(1, 1)]
    scan = material_context(context_of(catalog, world.content), catalog.materials["scan"])["scan"]
    assert [card.slug for card in scan["dimensions"][0]["recommend"]] == ["klaar"]
    assert scan["scale"] == [(1, "Nooit"), (2, "Soms"), (3, "Vaak"), (4, "Altijd")]


def test_step_banners_tick_the_leerpad_and_the_last_step_leads_back(site: Path) -> None:
    route = page_soup(site, "materialen/route-kleuters")
    route_ids = [li["data-step"] for li in route.select("ol.hub-steps > li.hub-step")]
    second = page_soup(site, "materialen/stap-twee")
    done = second.select_one("nav.hub-route .hub-route__done")
    assert done.has_attr("hidden")  # shown by hub-leerpad.js, which keeps the ticks
    assert done["data-leerpad"] == "route-kleuters" and done["data-step"] == route_ids[1]
    box = done.select_one("input[type=checkbox]")
    label = second.find("label", attrs={"for": box["id"]}).get_text(" ", strip=True)
    assert label.startswith("Gedaan") and "Leerpad hoeken bij kleuters" in label
    assert second.find("script", src=lambda s: s and s.endswith("assets/hub-leerpad.js"))
    assert second.select_one(".hub-route__back") is None
    last = page_soup(site, "materialen/stap-drie").select_one("nav.hub-route")
    back = last.select_one(".hub-route__back a")
    assert back.get_text(" ", strip=True).startswith("Terug naar het leerpad")
    assert back["href"].endswith("materialen/route-kleuters/")
    assert last.select_one(".hub-route__done")["data-step"] == route_ids[2]


def _before(soup: BeautifulSoup, first: str, second: str) -> bool:
    order = list(soup.descendants)
    return order.index(soup.select_one(first)) < order.index(soup.select_one(second))


def test_the_material_itself_comes_before_its_metadata(site: Path) -> None:
    soup = page_soup(site, "materialen/stap-twee")
    assert _before(soup, ".hub-external a", ".hub-panel")
    assert _before(soup, "ul.hub-attachments", ".hub-panel")
    fold = soup.select_one(".hub-panel details.hub-panel__fold")
    assert fold.has_attr("open")  # folded on phones by hub-material.js only
    assert fold.summary.h2.get_text(strip=True) == "Over dit materiaal"
    scan = page_soup(site, "materialen/zelfscan-differentieren")
    start = scan.select_one(".hub-actions a[href='#zelfscan']")
    assert start.get_text(strip=True) == "Start de zelfscan" and scan.select_one("#zelfscan")
    assert _before(scan, ".hub-actions", ".hub-panel")
    route = page_soup(site, "materialen/route-kleuters")
    assert (
        route.select_one(".hub-actions a[href='#route']").get_text(strip=True) == "Naar de route in 3 stappen"
    )


def test_zelfscan_result_can_be_printed(site: Path) -> None:
    soup = page_soup(site, "materialen/zelfscan-differentieren")
    button = soup.select_one(".hub-scan__result button.hub-scan__print-button")
    assert button.get_text(strip=True) == "Druk af of bewaar als PDF" and button["type"] == "button"


def test_materials_index_has_a_search_field_and_a_feed_link_without_a_sitemap_lookup(site: Path) -> None:
    index = page_soup(site, "materialen")
    search = index.select_one("form.hub-listing-search")
    assert search["method"] == "get"
    assert urljoin(SITE_URL + "materialen/", search["action"]) == SITE_URL + "zoek/"
    query = search.select_one("input[type=search][name=q]")
    assert index.find("label", attrs={"for": query["id"]}).get_text(strip=True) == "Zoek in de materialenbank"
    # mkdocs-material fetches <href>/../sitemap.xml for every link whose rel is exactly "alternate".
    assert [link for link in index.select("link[rel]") if link["rel"] == ["alternate"]] == []
    assert index.select_one("noscript").find("a", href="#hub-browse-title")


def test_listings_fold_their_filters_behind_a_button_on_phones(site: Path) -> None:
    for path in ("materialen", "materialen/rok/onderwijsleerproces"):
        soup = page_soup(site, path)
        toggle = soup.select_one(".hub-listing__filters > button.hub-filter-toggle")
        assert toggle.has_attr("hidden") and toggle["aria-expanded"] == "true"  # hub-browse.js shows it
        panel = soup.find(id=toggle["aria-controls"])
        assert panel.select_one("form#hub-facets")
        assert _before(soup, "button.hub-filter-toggle", "#hub-results")


def test_facet_crumbs_can_wrap_between_items(site: Path) -> None:
    crumbs = page_soup(site, "materialen/rok/differentiatie-kv").select_one("nav.hub-crumbs ol")
    items = crumbs.find_all("li", recursive=False)
    assert len(items) == 5
    for item in items[1:]:
        assert str(item.previous_sibling).isspace()  # a break point before every "›"


def test_home_shows_the_third_theme_level_and_explains_the_finder_without_javascript(site: Path) -> None:
    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    themes = soup.select_one("ul.hub-theme-list")
    differentiatie = themes.select_one("a[href='materialen/thema/differentiatie/']").parent
    sub = differentiatie.select_one(".hub-theme-sub a")
    assert sub["href"] == "materialen/thema/hoekenwerk/" and sub.get_text(strip=True) == "Hoekenwerk"
    hint = soup.select_one(".hub-finder noscript")
    assert "Zonder JavaScript" in hint.get_text()
