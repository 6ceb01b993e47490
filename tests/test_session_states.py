"""Session states on the build day (cancelled, full, waiting list, soon) and per-session agenda links."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from hub.load.loader import load_content
from hub.mkdocs.site import build_site
from hub.model.items import Session
from hub.render.session_states import session_state
from tests.conftest import NOW, ROOT, context_of
from tests.world import World

SESSIONS = (
    "[{start: 2026-11-26T09:00, end: 2026-11-26T12:00, mode: fysiek, location: Gent},"
    " {start: 2027-02-01T09:00, end: 2027-02-01T12:00, mode: online, status: geannuleerd},"
    " {start: 2027-03-01T09:00, end: 2027-03-01T12:00, mode: fysiek, location: Brugge, status: volzet},"
    " {start: 2027-04-01T13:30, end: 2027-04-01T16:00, mode: online, status: wachtlijst},"
    " {start: 2027-05-03T09:00, end: 2027-05-03T16:00, mode: hybride, location: Hasselt}]"
)


def _session(start: dt.datetime, status: str | None = None) -> Session:
    return Session(start=start, end=start + dt.timedelta(hours=3), mode="online", status=status)


@pytest.mark.parametrize(
    ("start", "status", "state"),
    [
        (NOW + dt.timedelta(days=40), None, None),
        (NOW + dt.timedelta(days=14), None, "binnenkort"),
        (NOW + dt.timedelta(days=15), None, None),
        (NOW + dt.timedelta(days=3), "volzet", "volzet"),
        (NOW + dt.timedelta(days=40), "wachtlijst", "wachtlijst"),
        (NOW + dt.timedelta(days=40), "geannuleerd", "geannuleerd"),
        (NOW - dt.timedelta(days=40), "geannuleerd", "geannuleerd"),
        (NOW - dt.timedelta(days=40), "volzet", "afgelopen"),
    ],
)
def test_a_sessions_state_comes_from_its_status_and_the_build_day(
    start: dt.datetime, status: str | None, state: str | None
) -> None:
    assert session_state(_session(start, status), NOW) == state


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("states")
    world = World(root)
    world.offering("staten", title="Vijf sessies", sessions=SESSIONS, registration="https://example.org/in")
    world.offering(
        "alleen-geannuleerd",
        title="Alles afgelast",
        sessions="[{start: 2027-02-08T09:00, end: 2027-02-08T12:00, mode: online, status: geannuleerd}]",
    )
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    catalog, _ = load_content(world.content)
    build_site(ROOT / "mkdocs.yml", world.content, root / "site", context=context_of(catalog, world.content))
    return root / "site"


def _soup(site: Path, uri: str) -> BeautifulSoup:
    return BeautifulSoup((site / uri / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_offering_page_shows_each_sessions_state(site: Path) -> None:
    rows = _soup(site, "aanbod/staten").select(".hub-sessions tbody tr")
    badges = [[b.get_text() for b in row.select(".hub-badge:not(.hub-badge--past)")] for row in rows]
    assert badges == [["Start binnenkort"], ["Geannuleerd"], ["Volzet"], ["Wachtlijst"], []]
    assert "hub-session--geannuleerd" in rows[1]["class"]


def test_every_session_that_takes_place_has_its_own_agenda_file_and_links(site: Path) -> None:
    rows = _soup(site, "aanbod/staten").select(".hub-sessions tbody tr")
    assert rows[1].select(".hub-session__add a") == []  # nothing to add for a cancelled session
    links = {a.find(string=True, recursive=False): a for a in rows[2].select(".hub-session__add a")}
    assert list(links) == ["Agenda (.ics)", "Google Agenda", "Outlook"]
    assert "voor de sessie van maandag 1 maart 2027, 09:00–12:00" in links["Outlook"].get_text()

    ics = site / "aanbod" / "staten" / links["Agenda (.ics)"]["href"]
    (event,) = Calendar.from_ical(ics.read_bytes()).events
    assert event.start == dt.datetime(2027, 3, 1, 9, 0, tzinfo=event.start.tzinfo)
    assert str(event.start.tzinfo) == "Europe/Brussels" and event.get("location") == "Brugge"
    assert "volzet" in str(event.get("description"))

    google = urlsplit(links["Google Agenda"]["href"])
    query = {key: values[0] for key, values in parse_qs(google.query).items()}
    assert (google.netloc, query["action"], query["ctz"]) == (
        "calendar.google.com",
        "TEMPLATE",
        "Europe/Brussels",
    )
    assert query["dates"] == "20270301T090000/20270301T120000" and query["text"] == "Vijf sessies"
    assert query["location"] == "Brugge" and "aanbod/staten/" in query["details"]

    outlook = urlsplit(links["Outlook"]["href"])
    query = {key: values[0] for key, values in parse_qs(outlook.query).items()}
    assert outlook.netloc == "outlook.office.com" and query["subject"] == "Vijf sessies"
    assert (query["startdt"], query["enddt"]) == ("2027-03-01T09:00:00+01:00", "2027-03-01T12:00:00+01:00")


def test_a_cancelled_session_stays_in_the_agenda_as_cancelled(site: Path) -> None:
    agenda = Calendar.from_ical((site / "aanbod" / "agenda.ics").read_bytes())
    status = {
        (str(e.get("summary")), e.start.date().isoformat()): str(e.get("status")) for e in agenda.events
    }
    assert status[("Geannuleerd: Vijf sessies (sessie 2 van 5)", "2027-02-01")] == "CANCELLED"
    assert status[("Vijf sessies (sessie 3 van 5)", "2027-03-01")] == "CONFIRMED"
    assert len(agenda.events) == 6


def test_a_card_names_the_next_session_that_goes_ahead_and_its_state(site: Path) -> None:
    cards = {c["data-slug"]: c for c in _soup(site, "aanbod").select(".hub-offering")}
    when = cards["staten"].select_one(".hub-card__when dd")
    assert when.get_text(" ", strip=True).startswith("donderdag 26 november 2026, 09:00–12:00 · Gent")
    assert when.select_one(".hub-badge").get_text() == "Start binnenkort"
    cancelled = cards["alleen-geannuleerd"].select_one(".hub-card__when .hub-badge")
    assert cancelled.get_text() == "Geannuleerd"
