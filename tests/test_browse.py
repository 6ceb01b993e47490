"""Browsing the materialenbank: facet membership, card order, filter data, the feed, the home data."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.render import home
from hub.render.feed_pages import FEED_URL, materials_feed
from hub.render.feeds import FeedEntry, atom_feed, rfc3339
from hub.render.listing_pages import facet_pages, filter_groups, listing_order, section_pages
from hub.render.pages import PageSpec
from hub.render.views import material_facets, tags
from tests.conftest import context_of
from tests.world import World, material_text

ATOM = "{http://www.w3.org/2005/Atom}"


def _catalog(world: World) -> Catalog:
    catalog, _ = load_content(world.content)
    return catalog


def _facet_pages(catalog: Catalog, root: Path) -> dict[str, PageSpec]:
    return {spec.src_uri: spec for spec in facet_pages(context_of(catalog, root))}


def _slugs(spec: PageSpec, key: str = "cards") -> list[str]:
    return [card.slug for card in spec.context[key]]


def _browse_world(world: World) -> World:
    world.material("kv-fiche", title="Fiche op een kwaliteitsverwachting", rok="[differentiatie-kv]")
    world.material(
        "deel-fiche", title="Fiche op de deelrubriek", rok="[onderwijsleerproces]", levels="[basis]"
    )
    world.material("secundair-clip", title="Clip voor het secundair", type="kennisclip", levels="[secundair]")
    world.material("kladversie", title="Nog een kladversie", status="draft")
    world.write(
        "archive/materials/oud.md", material_text(title="Oude fiche", status="archived", rok="[beleid]")
    )
    return world


def test_a_tag_on_a_kwaliteitsverwachting_counts_for_its_deelrubriek_and_rubriek(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    pages = _facet_pages(catalog, world.content)
    for node in ("differentiatie-kv", "onderwijsleerproces", "ontwikkeling"):
        assert "kv-fiche" in _slugs(pages[f"materialen/rok/{node}.md"]), node
    assert "deel-fiche" not in _slugs(pages["materialen/rok/differentiatie-kv.md"])
    assert "deel-fiche" in _slugs(pages["materialen/rok/ontwikkeling.md"])


def test_every_facet_page_lists_exactly_the_published_materials_under_its_node(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    published = catalog.published_materials()
    for spec in facet_pages(context_of(catalog, world.content)):
        segment, entry_id = spec.src_uri.removesuffix(".md").split("/")[1:]
        taxonomy = {"rok": "rok", "niveau": "levels", "rol": "roles", "thema": "themes", "soort": "types"}[
            segment
        ]
        vocabulary = catalog.taxonomies[taxonomy]
        expected = {
            m.slug
            for m in published
            if entry_id
            in vocabulary.with_ancestors([m.type] if taxonomy == "types" else getattr(m, taxonomy))
        }
        assert set(_slugs(spec)) == expected, spec.src_uri
        assert "kladversie" not in _slugs(spec) and "oud" not in _slugs(spec)


def test_empty_facets_get_no_page_and_no_link(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    pages = _facet_pages(catalog, world.content)
    assert "materialen/rok/beleid.md" not in pages  # only the archived material was tagged with it
    assert "materialen/thema/taal.md" not in pages
    index = next(section_pages(context_of(catalog, world.content)))
    linked = {option.id for group in index.context["browse"] for option in group.options}
    assert "beleid" not in linked and "taal" not in linked
    assert "differentiatie-kv" in linked
    children = [tag.id for tag in pages["materialen/rok/ontwikkeling.md"].context["children"]]
    assert children == ["onderwijsleerproces"]


def test_cards_put_routes_first_then_the_most_recently_reviewed(world: World) -> None:
    world.material("oud", title="B oud", reviewed="2025-01-10")
    world.material("nieuw", title="Z nieuw", reviewed="2026-06-01")
    world.material("ook-nieuw", title="A ook nieuw", reviewed="2026-06-01")
    world.material("scan", title="Een zelfscan", type="zelfscan", reviewed="2024-05-01")
    world.material(
        "route", title="Een leerpad", type="leerpad", reviewed="2024-01-01", steps="[{material: oud}]"
    )
    catalog = _catalog(world)
    ordered = [m.slug for m in sorted(catalog.published_materials(), key=listing_order)]
    assert ordered == ["scan", "route", "ook-nieuw", "nieuw", "oud"]
    index = next(section_pages(context_of(catalog, world.content)))
    assert _slugs(index) == ordered


def test_cards_carry_their_tags_with_ancestors_and_the_doelgroep_below(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    facets = material_facets(catalog, catalog.materials["kv-fiche"])
    assert facets["rok"] == ["differentiatie-kv", "onderwijsleerproces", "ontwikkeling"]
    assert facets["thema"] == ["differentiatie", "gsl"]
    assert facets["niveau"] == ["basis", "kleuter"]  # kleuter implies basis
    assert facets["soort"] == ["fiche"]
    # A material for all of basisonderwijs serves a kleuterleraar too.
    assert "kleuter" in material_facets(catalog, catalog.materials["deel-fiche"])["niveau"]


def test_filter_counts_match_the_cards_they_would_show(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    materials = catalog.published_materials()
    groups = {g.segment: g for g in filter_groups(catalog, materials)}
    counts = {o.id: o.count for o in groups["niveau"].options}
    assert counts == {"basis": 2, "kleuter": 2, "secundair": 1}
    assert {o.id: o.count for o in groups["soort"].options} == {"fiche": 2, "kennisclip": 1}
    rok = {o.id: o for o in groups["rok"].options}
    assert rok["differentiatie-kv"].deep and not rok["onderwijsleerproces"].deep
    assert "beleid" not in rok


def test_a_narrow_level_page_also_offers_the_materials_for_its_whole_level(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    page = _facet_pages(catalog, world.content)["materialen/niveau/kleuter.md"]
    assert _slugs(page) == ["kv-fiche"]
    assert _slugs(page, "broader") == ["deel-fiche"]
    assert page.context["broader_labels"] == ["Basisonderwijs"]
    assert page.context["filter_url"] == "materialen/?niveau=kleuter"


def test_the_feed_lists_published_materials_newest_first_with_working_links(world: World) -> None:
    world.material("eerste", title="Fiche <een> & twee", reviewed="2026-02-01")
    world.material("tweede", title="Tweede fiche", reviewed="2026-05-01")
    world.material("klad", title="Kladversie", status="draft")
    catalog = _catalog(world)
    feed = ET.fromstring(materials_feed(catalog, world.content))
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Tweede fiche", "Fiche <een> & twee"]
    assert entries[0].findtext(f"{ATOM}updated") == "2026-05-01T00:00:00+00:00"
    assert feed.findtext(f"{ATOM}updated") == "2026-05-01T00:00:00+00:00"
    assert all(e.findtext(f"{ATOM}id").startswith("urn:uuid:") for e in entries)
    # Relative links resolve through xml:base against wherever the feed is served.
    base = feed.get("{http://www.w3.org/XML/1998/namespace}base")
    feed_address = "https://scholen.example/hub/" + FEED_URL
    href = entries[0].find(f"{ATOM}link").get("href")
    assert urljoin(urljoin(feed_address, base), href) == "https://scholen.example/hub/materialen/tweede/"


def test_atom_feed_makes_absolute_links_with_a_site_address() -> None:
    entries = [
        FeedEntry("Vraag", "vragen/een/", "Korte samenvatting.", dt.datetime(2027, 1, 14, 9, 30), "urn:x:1"),
    ]
    feed = ET.fromstring(atom_feed("Vragen", "https://hub.example/", "vragen/feed.xml", entries))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}base") is None
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["self"] == "https://hub.example/vragen/feed.xml"
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == "https://hub.example/vragen/een/"
    assert entry.findtext(f"{ATOM}updated") == "2027-01-14T09:30:00+01:00"  # Brussels, winter time
    assert rfc3339(dt.date(2027, 7, 1)) == "2027-07-01T00:00:00+00:00"


def test_home_shows_luiken_with_their_rubrieken_and_only_non_empty_entries(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    luiken = {luik["id"]: luik for luik in home.luiken(catalog)}
    assert [r.id for r in luiken["hart"]["rubrieken"]] == ["ontwikkeling"]
    assert luiken["mantel"]["rubrieken"] == []  # beleid has no published material
    levels = home.browse_tree(catalog, "levels")
    assert [(e.id, e.count, [c.id for c in e.children]) for e in levels] == [
        ("basis", 2, ["kleuter"]),
        ("secundair", 1, []),
    ]
    # The kleuter page lists its own material and, apart, the one for all of basisonderwijs.
    assert levels[0].children[0].count == 2
    assert [e.count for e in home.browse_tree(catalog, "themes")] == [3]  # gsl, exact
    finder = home.finder_options(catalog)
    assert [o["id"] for o in finder["thema"]] == ["gsl", "differentiatie"]
    forms = [f["id"] for f in home.support_forms(catalog)]
    assert forms == ["materialenbank", "helpdesk", "helpdesk-live", "opleiding"]


def test_tags_link_only_to_browse_pages_that_exist(world: World) -> None:
    catalog = _catalog(_browse_world(world))
    found = {tag.id: tag.url for tag in tags(catalog, "themes", ["differentiatie", "taal"])}
    assert found == {"differentiatie": "materialen/thema/differentiatie/", "taal": None}
    assert tags(catalog, "levels", ["secundair"], linked=False)[0].url is None
