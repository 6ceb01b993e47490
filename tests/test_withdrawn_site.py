"""A withdrawn item on the built site: its page stays with a "Niet meer actueel" notice, and it is in
no list, facet count, feed, sitemap, search index, calendar, leerpad, related list or home page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from tests.conftest import TODAY, warnings_of
from tests.site_files import build_world_site, page_soup
from tests.world import World, material_text, offering_text, question_text

GONE = "Quokkafiche hoeken"  # the withdrawn material's title: a word no other item has
WITHDRAWN = {"status": "withdrawn", "withdrawn": "2026-11-20"}
FUTURE = "[{start: 2027-03-04T09:00, end: 2027-03-04T16:00, mode: online}]"


def withdrawn_world(root: Path) -> World:
    world = World(root)
    world.material("basis", title="De basis van hoekenwerk")
    world.material("nieuw", title="Nieuwe fiche hoeken", related="[basis]")
    world.material(
        "oud",
        material_text(
            GONE,
            reviewed="2020-01-01",  # long overdue, but no longer current: no review finding
            withdrawn_reason='"Vervangen door de nieuwe fiche over hoeken."',
            replaced_by="nieuw",
            **WITHDRAWN,
        ),
    )
    world.material("verwant", title="Verwante fiche", related="[oud, basis]")
    world.material(
        "route",
        title="Route hoekenwerk",
        type="leerpad",
        steps="\n  - material: basis\n  - material: oud\n  - material: nieuw",
    )
    world.question("vraag", title="Hoe richt ik hoeken in?", materials="[oud]")
    world.question(
        "oude-vraag",
        question_text(
            "Mag een quokka in de kleuterklas?", withdrawn_reason="Niet meer van toepassing.", **WITHDRAWN
        ),
    )
    world.offering("opleiding", offering_text("Opleiding hoekenwerk", sessions=FUTURE))
    world.offering(
        "oude-opleiding",
        offering_text(
            "Quokka-opleiding",
            sessions=FUTURE,
            registration="https://inschrijven.example.org/quokka",
            withdrawn_reason="Deze opleiding loopt niet meer.",
            replaced_by="opleiding",
            **WITHDRAWN,
        ),
    )
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return withdrawn_world(tmp_path_factory.mktemp("withdrawn"))


@pytest.fixture(scope="module")
def site(world: World) -> Path:
    return build_world_site(world)


def test_the_page_stays_with_date_reason_and_successor(site: Path) -> None:
    page = page_soup(site, "materialen/oud")
    assert page.h1.get_text(strip=True) == GONE
    notice = page.select_one(".hub-withdrawn")
    assert notice.select_one(".admonition-title").get_text(strip=True) == "Niet meer actueel"
    text = notice.get_text(" ", strip=True)
    assert (
        "Dit materiaal is ingetrokken op 20 november 2026 . Reden: Vervangen door de nieuwe fiche over hoeken."
        in text
    )
    assert notice.select_one("time")["datetime"] == "2026-11-20"
    successor = notice.select_one(".hub-withdrawn__successor a")
    assert successor.get_text(strip=True) == "Nieuwe fiche hoeken"
    assert successor["href"] == "../../materialen/nieuw/"
    assert [m["content"] for m in page.find_all("meta", attrs={"name": "robots"})] == ["noindex"]
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert (data["creativeWorkStatus"], data["expires"]) == ("Obsolete", "2026-11-20")


def test_a_withdrawn_question_and_offering_say_so_too(site: Path) -> None:
    question = page_soup(site, "vragen/oude-vraag").select_one(".hub-withdrawn").get_text(" ", strip=True)
    assert "Deze vraag is ingetrokken op 20 november 2026 . Reden: Niet meer van toepassing." in question
    offering = page_soup(site, "aanbod/oude-opleiding")
    notice = offering.select_one(".hub-withdrawn").get_text(" ", strip=True)
    assert "Dit aanbod is ingetrokken" in notice and "In de plaats: Opleiding hoekenwerk" in notice
    assert offering.select_one(".hub-register") is None  # no registration for what no longer runs
    assert offering.select_one(".hub-ics") is None
    assert not (site / "aanbod/oude-opleiding/oude-opleiding.ics").exists()
    assert (site / "aanbod/opleiding/opleiding.ics").exists()


def _mentions(site: Path, relative: str, *needles: str) -> list[str]:
    text = (site / relative).read_text(encoding="utf-8")
    return [needle for needle in needles if needle in text]


WITHDRAWN_MARKS = (
    "materialen/oud/",
    GONE,
    "vragen/oude-vraag/",
    "quokka",
    "Quokka",
    "aanbod/oude-opleiding/",
)


def test_no_list_feed_sitemap_search_index_or_calendar_names_it(site: Path) -> None:
    for relative in (
        "index.html",
        "materialen/index.html",
        "materialen/feed.xml",
        "materialen/niveau/kleuter/index.html",
        "materialen/thema/differentiatie/index.html",
        "vragen/index.html",
        "vragen/feed.xml",
        "vragen/thema/differentiatie/index.html",
        "aanbod/index.html",
        "aanbod/agenda.ics",
        "sitemap.xml",
        "search/index.json",
        *(path.relative_to(site).as_posix() for path in (site / "search").rglob("*.json")),
        "materialen/verwant/index.html",
        "materialen/route/index.html",
        "vragen/vraag/index.html",
    ):
        assert _mentions(site, relative, *WITHDRAWN_MARKS) == [], relative


def test_facet_counts_leave_it_out(site: Path) -> None:
    index = page_soup(site, "materialen")
    slugs = [card["data-slug"] for card in index.select("li.hub-card")]
    assert sorted(slugs) == ["basis", "nieuw", "route", "verwant"]
    kleuter = index.select_one("input[name=niveau][value=kleuter]")
    assert (
        index.find("label", attrs={"for": kleuter["id"]}).get_text(" ", strip=True) == "Kleuteronderwijs (4)"
    )
    assert "4 materialen" in index.select_one(".hub-result-count").get_text()


def test_the_leerpad_skips_it_and_no_step_banner_leads_to_it(site: Path) -> None:
    route = page_soup(site, "materialen/route")
    assert [a.get_text(strip=True) for a in route.select("ol.hub-steps .hub-step__title a")] == [
        "De basis van hoekenwerk",
        "Nieuwe fiche hoeken",
    ]
    banner = page_soup(site, "materialen/basis").select_one("nav.hub-route")
    assert "Volgende stap: Nieuwe fiche hoeken" in banner.get_text(" ", strip=True)
    assert page_soup(site, "materialen/oud").select_one("nav.hub-route") is None


def test_hub_search_does_not_find_it(world: World) -> None:
    result = CliRunner().invoke(hub, ["search", "quokka", "--content", str(world.content)])
    assert result.exit_code == 1 and result.stdout == ""
    found = CliRunner().invoke(hub, ["search", "hoeken", "--json", "--content", str(world.content)])
    assert found.exit_code == 0
    assert {"oud", "oude-vraag", "oude-opleiding"}.isdisjoint(row["slug"] for row in json.loads(found.stdout))


def test_prune_does_not_ask_to_review_it_and_check_warns_about_links_to_it(world: World) -> None:
    result = CliRunner().invoke(
        hub, ["prune", "--json", "--today", TODAY.isoformat(), "--content", str(world.content)]
    )
    assert result.exit_code == 0
    assert [
        f for f in json.loads(result.stdout) if f["slug"] in ("oud", "oude-vraag", "oude-opleiding")
    ] == []
    warnings = warnings_of(world)
    assert (
        "content/materials/route.md:14:5: HUB230 (waarschuwing) steps: 'oud' is ingetrokken (niet meer "
        "actueel): verwijs naar de opvolger 'nieuw'" in warnings
    )
    assert any(w.startswith("content/materials/verwant.md:12:11: HUB230") for w in warnings)
    assert any(w.startswith("content/qa/vraag.md:10:13: HUB230") for w in warnings)
