"""Calendars: every session as a VEVENT in Brussels time, parsed back with icalendar; stable UIDs."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from hub.load.loader import load_content
from hub.render.calendar import calendar_bytes, calendar_uri
from hub.render.catalogue_pages import catalogue_page
from hub.render.offering_pages import offering_pages
from hub.render.pages import StaticFile
from tests.conftest import context_of
from tests.world import World

SESSIONS = (
    "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek, location: Brussel},"
    " {start: 2027-06-10T15:30, end: 2027-06-10T17:00, mode: online}]"
)
UTC = dt.UTC


def _world(world: World) -> World:
    world.offering("differentiatie", sessions=SESSIONS, registration="https://example.org/inschrijven")
    world.offering(
        "leesplezier",
        title="Vorming leesplezier",
        sessions="[{start: 2027-03-04T13:30, end: 2027-03-04T16:00, mode: hybride, location: Gent}]",
    )
    world.offering("concept", title="Nog niet klaar", status="draft")
    return world


def _calendar(world: World, slug: str | None = None) -> Calendar:
    catalog, _ = load_content(world.content)
    if slug is None:
        files = [f for f in catalogue_page(context_of(catalog, world.content)) if isinstance(f, StaticFile)]
    else:
        uri = calendar_uri(catalog.offerings[slug])
        files = [
            f
            for f in offering_pages(context_of(catalog, world.content))
            if isinstance(f, StaticFile) and f.dest_uri == uri
        ]
    assert len(files) == 1
    return Calendar.from_ical(files[0].content)


def test_offering_calendar_has_each_session_in_brussels_time_winter_and_summer(world: World) -> None:
    calendar = _calendar(_world(world), "differentiatie")
    events = calendar.events
    assert len(events) == 2
    winter, summer = sorted(events, key=lambda e: e.start)
    assert winter.start.tzinfo is not None and str(winter.start.tzinfo) == "Europe/Brussels"
    assert winter.start.astimezone(UTC) == dt.datetime(2027, 1, 14, 8, 0, tzinfo=UTC)  # CET, UTC+1
    assert winter.end.astimezone(UTC) == dt.datetime(2027, 1, 14, 15, 0, tzinfo=UTC)
    assert summer.start.astimezone(UTC) == dt.datetime(2027, 6, 10, 13, 30, tzinfo=UTC)  # CEST, UTC+2
    assert summer.start.utcoffset() == dt.timedelta(hours=2)
    assert winter.start.utcoffset() == dt.timedelta(hours=1)
    assert str(winter["SUMMARY"]) == "Opleiding differentiatie (sessie 1 van 2)"
    assert str(winter["LOCATION"]) == "Brussel"
    assert str(summer["LOCATION"]) == "Online"
    assert str(winter["URL"]).endswith("/aanbod/differentiatie/")
    assert "Inschrijven: https://example.org/inschrijven" in str(winter["DESCRIPTION"])


def test_calendar_carries_the_brussels_vtimezone_and_required_properties(world: World) -> None:
    calendar = _calendar(_world(world), "differentiatie")
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Brussels"]
    assert calendar.get_missing_tzids() == set()
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    zone = calendar.timezones[0].to_tz()
    assert dt.datetime(2027, 7, 1, 12, tzinfo=zone).utcoffset() == dt.timedelta(hours=2)
    for event in calendar.events:
        assert event["UID"] and event["DTSTAMP"]
        # DTSTAMP is derived from `reviewed`, so two builds give the same bytes
        assert dt.datetime(2026, 3, 1, tzinfo=UTC) == event.DTSTAMP


def test_agenda_has_every_session_of_every_published_offering_only(world: World) -> None:
    calendar = _calendar(_world(world))
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.events)
    assert summaries == [
        "Opleiding differentiatie (sessie 1 van 2)",
        "Opleiding differentiatie (sessie 2 van 2)",
        "Vorming leesplezier",
    ]
    hybrid = next(e for e in calendar.events if str(e["SUMMARY"]) == "Vorming leesplezier")
    assert hybrid.start == dt.datetime(2027, 3, 4, 13, 30, tzinfo=ZoneInfo("Europe/Brussels"))


def test_uids_are_stable_across_builds_and_unique(world: World) -> None:
    _world(world)
    first, second = _calendar(world), _calendar(world)
    uids = [str(e["UID"]) for e in first.events]
    assert uids == [str(e["UID"]) for e in second.events]
    assert len(set(uids)) == len(uids)
    assert "differentiatie-20270114T0900@aanbod.materialenbank" in uids
    assert first.to_ical() == second.to_ical()


def test_uid_follows_the_session_not_its_position(world: World) -> None:
    _world(world)
    before = {str(e["UID"]) for e in _calendar(world, "differentiatie").events}
    world.offering(
        "differentiatie",
        sessions="[{start: 2026-12-01T09:00, end: 2026-12-01T12:00, mode: online}, " + SESSIONS[1:],
    )
    after = {str(e["UID"]) for e in _calendar(world, "differentiatie").events}
    assert before < after and len(after) == 3


def test_offering_without_sessions_gets_no_calendar(world: World) -> None:
    world.offering("op-aanvraag", sessions=None)
    catalog, _ = load_content(world.content)
    files = [f for f in offering_pages(context_of(catalog, world.content)) if isinstance(f, StaticFile)]
    assert files == []
    assert [f for f in catalogue_page(context_of(catalog, world.content)) if isinstance(f, StaticFile)] == []


def test_calendar_is_valid_rfc5545_text(world: World) -> None:
    _world(world)
    catalog, _ = load_content(world.content)
    text = calendar_bytes(catalog.published_offerings(), "Aanbod", "agenda")
    Calendar.from_ical(text).validate()
    lines = text.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines), "content lines are folded at 75 octets"
    assert b"\n" not in text.replace(b"\r\n", b"")


def test_calendar_has_no_english_comment(world: World) -> None:
    text = _calendar(_world(world)).to_ical().decode()
    assert "COMMENT" not in text and "This timezone" not in text
    assert "BEGIN:VTIMEZONE" in text
