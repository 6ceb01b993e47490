"""The built pages of a small world: catalogue cards, offering page with JSON-LD, fiches, calendars."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from icalendar import Calendar

from hub.load.loader import load_content
from hub.mkdocs.site import build_site
from hub.render.catalogue_pages import catalogue_page
from hub.render.offering_pages import offering_pages
from hub.render.pages import StaticFile
from tests.conftest import ROOT, context_of
from tests.world import World

SESSIONS = (
    "[{start: 2027-03-10T15:30, end: 2027-03-10T17:00, mode: online},"
    " {start: 2027-06-10T09:00, end: 2027-06-10T16:00, mode: fysiek, location: Gent}]"
)


def _fill(world: World) -> None:
    world.offering(
        "online-so",
        title="Online opleiding <secundair>",
        levels="[secundair]",
        themes="[taal]",
        sessions=SESSIONS,
        price="35",
        registration="https://example.org/inschrijven",
        provider="{kind: extern, name: Taalpartner vzw}",
    )
    world.offering(
        "voorbij",
        title="Al voorbij",
        sessions="[{start: 2020-01-09T09:00, end: 2020-01-09T12:00, mode: fysiek, location: Gent}]",
    )
    world.offering("op-aanvraag", title="Traject op aanvraag", sessions="[]", on_request="true")
    world.offering(
        "met-contact", title="Zonder formulier", contact="vorming@begeleiding.example.org", sessions="[]"
    )
    world.offering("via-team", title="Via het team", owner="helpdesk", sessions="[]")
    world.write(
        "taxonomy/teams.yml",
        "- id: team-curriculum\n  label: Team curriculum\n"
        "- id: helpdesk\n  label: Helpdesk\n  contact: https://helpdesk.example.org/vraag\n",
    )
    world.material("over-taal", title="Over taal", themes="[taal]")
    world.material("klad-taal", title="Klad over taal", themes="[taal]", status="draft")
    world.fiche(
        "opleiding",
        evaluation="{instrument: EDBI-vragenlijst, when: na afloop, response_target: 0.2, questions: "
        "[{id: V1, text: Ik ben tevreden., scale: 5-punt, core: true}, {id: V2, text: Wat nog?, scale: open}]}",
    )
    world.fiche("helpdesk-live")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The world's site, and its content folder."""
    root = tmp_path_factory.mktemp("catalogue")
    world = World(root)
    _fill(world)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    catalog, _ = load_content(world.content)
    # The build's clock is the tests' fixed NOW, so "upcoming", "past" and "soon" never depend on the date.
    build_site(ROOT / "mkdocs.yml", world.content, root / "site", context=context_of(catalog, world.content))
    return root / "site", world.content


def _soup(site: Path, uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / uri / "index.html").read_text(encoding="utf-8"), "html.parser")


def _shown_text(tag: Tag) -> str:
    """The text a visitor without scripts sees: hidden descendants left out."""
    copy = BeautifulSoup(str(tag), "html.parser")
    for hidden in copy.select("[hidden]"):
        hidden.decompose()
    return copy.get_text(" ", strip=True)


def test_catalogue_cards_carry_facts_and_filter_data(built: tuple[Path, Path]) -> None:
    page = _soup(built[0], "aanbod")
    cards = page.select("#hub-catalogue .hub-offering")
    slugs = [c["data-slug"] for c in cards]
    assert slugs[0] == "online-so" and "voorbij" not in slugs  # past offerings live in the archive
    card = cards[0]
    assert card.select_one(".hub-card__title").get_text(strip=True) == "Online opleiding <secundair>"
    facts = {div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True) for div in card.select("dl > div")}
    assert facts["Volgende sessie"] == "woensdag 10 maart 2027, 15:30–17:00 · online"
    assert facts["Prijs"] == "€\u00a035,00"
    assert facts["Aanbieder"] == "Taalpartner vzw (externe partner)"
    assert facts["Voor wie"] == "Secundair onderwijs · Leraar"
    assert card["data-niveau"] == "secundair" and card["data-sessies"] == "2027-03:online 2027-06:fysiek"
    archive = page.select_one(".hub-archive-links a")
    assert archive.get_text() == "schooljaar 2019-2020" and archive["href"] == "../aanbod/archief/2019-2020/"
    years = _soup(built[0], "aanbod/archief")
    assert [(a.get_text(), a["href"]) for a in years.select("#content li a, article li a")] == [
        ("Schooljaar 2019-2020", "../../aanbod/archief/2019-2020/")
    ]
    assert "(1 aanbod)" in years.select_one("article li, #content li").get_text()
    archived = _soup(built[0], "aanbod/archief/2019-2020")
    assert archived.select_one(".hub-crumbs a:last-child").get_text() == "Archief"
    assert archived.h1.get_text() == "Afgelopen aanbod 2019–2020"
    (past,) = archived.select("#content .hub-offering, .hub-catalogue .hub-offering")
    assert past["data-slug"] == "voorbij"
    assert "hub-offering--past" in past["class"] and "Afgelopen" in past.get_text()
    form = page.select_one("#hub-catalogue-filters")
    assert form.has_attr("hidden")  # shown by the script; without it the list is the page
    months = [o["value"] for o in form.select("#hub-filter-maand option") if o["value"]]
    assert months == ["2027-03", "2027-06"]
    assert page.select_one('a[href$="aanbod/agenda.ics"]') is not None


def test_offering_page_sessions_registration_fiche_related_and_jsonld(built: tuple[Path, Path]) -> None:
    page = _soup(built[0], "aanbod/online-so")
    rows = [
        [_shown_text(td.time or td) for td in tr.find_all("td")]
        for tr in page.select(".hub-sessions tbody tr")
    ]
    assert rows == [
        ["woensdag 10 maart 2027, 15:30–17:00", "Online", "online"],
        ["donderdag 10 juni 2027, 09:00–16:00", "Fysiek", "Gent"],
    ]
    assert page.select_one(".hub-register")["href"] == "https://example.org/inschrijven"
    assert page.select_one(".hub-ics")["href"].endswith("aanbod/online-so/online-so.ics")
    assert page.select_one(".hub-fiche-link a")["href"].endswith("kwaliteit/opleiding/")
    assert [a.get_text(strip=True) for a in page.select("#materialen ~ ul .hub-card__title a")] == [
        "Over taal"
    ]
    assert "makelaarschap" in page.get_text()
    (script,) = page.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "Course" and data["name"] == "Online opleiding <secundair>"
    assert data["url"] == "https://example.invalid/aanbod/online-so/"
    assert data["provider"]["name"] == "Taalpartner vzw"
    assert data["offers"]["price"] == 35.0 and data["offers"]["priceCurrency"] == "EUR"
    assert [(i["courseMode"], i["startDate"], i["endDate"]) for i in data["hasCourseInstance"]] == [
        ("Online", "2027-03-10T15:30:00+01:00", "2027-03-10T17:00:00+01:00"),
        ("Onsite", "2027-06-10T09:00:00+02:00", "2027-06-10T16:00:00+02:00"),
    ]
    assert "<secundair>" not in script.decode_contents()  # tojson escapes markup inside the script


def _signup(site: Path, slug: str) -> tuple[str, str, str]:
    """What the block right below an offering's lead says: its kind, link text and address."""
    page = _soup(site, f"aanbod/{slug}")
    block = page.select_one(".hub-lead + .hub-signup, .hub-lead + p + .hub-signup")
    assert block is not None, f"{slug}: no way to register or ask right below the lead"
    link = block.select_one("a.hub-register")
    kind = next(c for c in block["class"] if c.startswith("hub-signup--")).removeprefix("hub-signup--")
    return kind, link.find(string=True, recursive=False).strip(), link["href"]


def test_every_offering_says_how_to_register_or_ask_near_the_top(built: tuple[Path, Path]) -> None:
    site = built[0]
    assert _signup(site, "online-so") == ("register", "Schrijf je in", "https://example.org/inschrijven")
    assert _signup(site, "met-contact") == (
        "contact",
        "Schrijf je in of stel je vraag",
        "mailto:vorming@begeleiding.example.org?subject=Aanbod%3A%20Zonder%20formulier",
    )
    assert _signup(site, "via-team") == (
        "contact",
        "Schrijf je in of stel je vraag",
        "https://helpdesk.example.org/vraag",
    )
    # The service-wide default of mkdocs.yml, for an offering on request without a contact of its own.
    kind, text, href = _signup(site, "op-aanvraag")
    assert (kind, text, href) == ("request", "Vraag dit aanbod aan", "https://example.invalid/contact")
    page = _soup(site, "aanbod/op-aanvraag")
    assert "Op aanvraag" in page.select_one(".hub-kicker + h1 ~ p .hub-badge").get_text()
    assert "de data spreken we samen met jullie school af" in page.select_one("#sessies + p").get_text()
    assert "Inschrijven via je pedagogisch begeleider" not in page.get_text()


def test_past_offering_offers_interest_in_a_next_edition_and_keeps_its_agenda(
    built: tuple[Path, Path],
) -> None:
    kind, text, href = _signup(built[0], "voorbij")
    assert (kind, href) == ("interest", "https://example.invalid/contact")
    assert "volgende editie" in text
    page = _soup(built[0], "aanbod/voorbij")
    assert "afgelopen" in page.select_one(".hub-sessions").get_text()
    assert page.select_one(".hub-ics") is not None


def test_calendars_are_identical_across_builds_and_count_every_session(built: tuple[Path, Path]) -> None:
    first, content = built
    catalog, _ = load_content(content)
    produced = [*catalogue_page(context_of(catalog, content)), *offering_pages(context_of(catalog, content))]
    rebuilt = {f.dest_uri: f.content for f in produced if isinstance(f, StaticFile)}
    for uri in ["aanbod/agenda.ics", "aanbod/online-so/online-so.ics"]:
        assert (first / uri).read_bytes() == rebuilt[uri]
    agenda = Calendar.from_ical((first / "aanbod/agenda.ics").read_bytes())
    assert len(agenda.events) == 3
    assert len({str(e["UID"]) for e in agenda.events}) == 3


def test_fiche_page_marks_core_questions_and_shows_norms(built: tuple[Path, Path]) -> None:
    page = _soup(built[0], "kwaliteit/opleiding")
    assert page.select_one("h1").get_text(strip=True) == "Kwaliteitsfiche opleiding"
    core = page.select(".hub-question--core")
    assert [row.th.get_text(strip=True) for row in core] == ["V1"]
    assert "Kernvraag" in core[0].get_text()
    assert "Responsdoel" in page.get_text() and "20%" in page.get_text()
    norms = [
        [c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])]
        for tr in page.select(".hub-norms tbody tr")
    ]
    assert norms == [
        ["1 tot 19 deelnemers", "80%", "1 antwoord bij 1 deelnemers"],
        ["20 deelnemers of meer", "50%", "10 antwoorden bij 20 deelnemers"],
    ]
    assert page.select_one("[data-hub-calc]").has_attr("hidden")


def test_fiches_index_lists_every_fiche_in_continuum_order(built: tuple[Path, Path]) -> None:
    page = _soup(built[0], "kwaliteit")
    titles = [a.get_text(strip=True) for a in page.select(".hub-fiches .hub-card__title a")]
    assert titles == ["Kwaliteitsfiche helpdesk-live", "Kwaliteitsfiche opleiding"]


def test_card_carries_every_session_hidden_with_iso_end(built: tuple[Path, Path]) -> None:
    card = _soup(built[0], "aanbod").select_one('.hub-offering[data-slug="online-so"]')
    listing = card.select_one(".hub-card__sessions")
    assert listing.has_attr("hidden")
    assert [
        (li["data-maand"], li["data-modus"], li["data-end"], li["data-place"]) for li in listing("li")
    ] == [
        ("2027-03", "online", "2027-03-10T17:00:00+01:00", "online"),
        ("2027-06", "fysiek", "2027-06-10T16:00:00+02:00", "Gent"),
    ]
    # Without scripts the card shows the next session and no hidden list text.
    assert "juni" not in _shown_text(card)


def test_offering_rows_carry_their_end_for_the_visitors_clock(built: tuple[Path, Path]) -> None:
    rows = _soup(built[0], "aanbod/voorbij").select(".hub-sessions tbody tr")
    assert rows[0]["data-end"] == "2020-01-09T12:00:00+01:00"
    assert "afgelopen" in _shown_text(rows[0])


def test_fiche_explains_edbi_on_first_use_and_prints_its_address(built: tuple[Path, Path]) -> None:
    fiche = _soup(built[0], "kwaliteit/opleiding").select_one(".hub-fiche")
    first = next(s for s in fiche.find_all(string=True) if "EDBI" in s)
    assert first.parent.name == "abbr" and "effectiviteit van begeleiding" in first.parent["title"]
    assert "OBPWO" in first.find_parent("p").get_text()
    printed = fiche.select_one(".hub-fiche__printed")
    assert printed.get_text(" ", strip=True) == "Afgedrukt van https://example.invalid/kwaliteit/opleiding/"
    assert printed.select_one("[data-hub-print-date]") is not None
    scales = [td.get_text(strip=True) for td in fiche.select(".hub-questions td.hub-questions__scale")]
    assert scales == ["5-puntenschaal", "open vraag"]


def _selectors(css: str) -> list[str]:
    """Every style rule's selectors (inside @media too), without at-rules such as @page."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{]*\{", "", css)
    found = []
    for prelude in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        prelude = prelude.strip()
        if prelude and not prelude.startswith("@"):
            found += [s.strip() for s in re.split(r",(?![^()]*\))", prelude) if s.strip()]
    return found


@pytest.mark.parametrize("sheet", ["hub-catalogue.css", "hub-fiche.css"])
def test_stylesheets_style_only_their_own_pages(sheet: str) -> None:
    scopes = ("hub-catalogue", "hub-offering-page", "hub-fiche", "hub-continuum", "hub-next")
    selectors = _selectors((ROOT / "overrides" / "assets" / sheet).read_text(encoding="utf-8"))
    assert len(selectors) > 10
    assert [s for s in selectors if not any(scope in s for scope in scopes)] == []


def test_calculator_input_and_filters_have_a_visible_box_and_focus_ring() -> None:
    fiche = (ROOT / "overrides" / "assets" / "hub-fiche.css").read_text(encoding="utf-8")
    catalogue = (ROOT / "overrides" / "assets" / "hub-catalogue.css").read_text(encoding="utf-8")
    for css, control in ((fiche, ".hub-calc input"), (catalogue, ".hub-filter select")):
        box = re.search(re.escape(control) + r"\s*\{([^}]*)\}", css).group(1)
        assert re.search(r"border:\s*2px solid #5c6370", box)
        focus = re.search(re.escape(control) + r":focus\s*\{([^}]*)\}", css).group(1)
        assert "outline: 3px solid" in focus
