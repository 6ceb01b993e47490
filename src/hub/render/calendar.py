"""iCalendar (RFC 5545) files of offering sessions, made with the icalendar library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event

from hub.context import DEFAULT_SITE_URL
from hub.model.fields import BRUSSELS
from hub.model.items import Offering, Session
from hub.model.kinds import url_of
from hub.render.plain_text import clean_text, one_line

PRODID = "-//Pedagogische begeleidingsdienst//Materialenbank en helpdesk//NL"
UID_DOMAIN = "aanbod.materialenbank"
AGENDA_URI = "aanbod/agenda.ics"


def calendar_uri(offering: Offering) -> str:
    """'aanbod/<slug>/<slug>.ics': next to the offering's page, with a meaningful file name."""
    return f"{url_of(offering)}{offering.slug}.ics"


def session_uid(offering: Offering, session: Session) -> str:
    """Stable across builds: the same offering and start always give the same UID."""
    return f"{offering.slug}-{session.start:%Y%m%dT%H%M}@{UID_DOMAIN}"


def _stamp(offering: Offering) -> dt.datetime:
    # DTSTAMP from the review date keeps builds byte-for-byte reproducible.
    return dt.datetime.combine(offering.reviewed, dt.time(0, 0), tzinfo=dt.UTC)


# What a subscribed agenda is told about a session's status (RFC 5545 3.8.1.11), and the line that
# the event's description adds for a reader.
EVENT_STATUS = {"geannuleerd": "CANCELLED"}
STATUS_NOTE = {
    "geannuleerd": "Deze sessie is geannuleerd.",
    "volzet": "Deze sessie is volzet.",
    "wachtlijst": "Deze sessie is volzet: inschrijven kan nog op de wachtlijst.",
}


def session_events(offering: Offering, base_url: str, only: Session | None = None) -> list[Event]:
    """One VEVENT per session (or for ONLY), in Brussels local time.

    A cancelled session stays, with STATUS:CANCELLED and a higher SEQUENCE, so that agendas that
    subscribed to the file strike it instead of keeping it as planned."""
    sessions = sorted(offering.sessions, key=lambda s: s.start)
    page = base_url + url_of(offering)
    events = []
    for number, session in enumerate(sessions, start=1):
        if only is not None and session is not only:
            continue
        title = one_line(offering.title)
        summary = title if len(sessions) == 1 else f"{title} (sessie {number} van {len(sessions)})"
        if session.status == "geannuleerd":
            summary = f"Geannuleerd: {summary}"
        details = [offering.description, f"Meer info: {page}"]
        if session.status:
            details.insert(0, STATUS_NOTE[session.status])
        if offering.registration and session.status != "geannuleerd":
            details.append(f"Inschrijven: {offering.registration}")
        location = one_line(session.location or "") or ("Online" if session.mode == "online" else None)
        event = Event.new(
            uid=one_line(session_uid(offering, session)),
            stamp=_stamp(offering),
            start=session.start.replace(tzinfo=BRUSSELS),
            end=session.end.replace(tzinfo=BRUSSELS),
            summary=summary,
            location=location,
            url=one_line(page),
            # A multi-line field: line breaks stay (the library writes them as \n).
            description=clean_text("\n\n".join(details)),
        )
        event.add("status", EVENT_STATUS.get(session.status or "", "CONFIRMED"))
        event.add("sequence", 1 if session.status == "geannuleerd" else 0)
        events.append(event)
    return events


def calendar_bytes(
    offerings: Iterable[Offering], name: str, key: str, base_url: str = DEFAULT_SITE_URL
) -> bytes:
    """A VCALENDAR named NAME (stable UID from KEY) with every session and the Brussels VTIMEZONE.

    At least one offering must have a session: RFC 5545 allows no empty calendar."""
    # Events need absolute links: the site's address, or the placeholder while none is set.
    base = (base_url or DEFAULT_SITE_URL).rstrip("/") + "/"
    events: list[Event] = []
    for offering in offerings:
        events.extend(session_events(offering, base))
    return _calendar(events, name, key)


def session_calendar_bytes(offering: Offering, session: Session, base_url: str = DEFAULT_SITE_URL) -> bytes:
    """A calendar with one session of OFFERING: what "Zet deze sessie in je agenda" downloads."""
    base = (base_url or DEFAULT_SITE_URL).rstrip("/") + "/"
    key = f"{offering.slug}-{session.start:%Y%m%dT%H%M}"
    return _calendar(session_events(offering, base, only=session), offering.title, key)


def _calendar(events: list[Event], name: str, key: str) -> bytes:
    calendar = Calendar.new(prodid=PRODID, name=one_line(name), uid=one_line(f"{key}@{UID_DOMAIN}"))
    calendar.add("calscale", "GREGORIAN")
    years = [event.start.year for event in events]
    for event in events:
        calendar.add_component(event)
    if years:
        calendar.add_missing_timezones(
            first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 12, 31)
        )
        for timezone in calendar.walk("VTIMEZONE"):
            # The library adds an English note on the covered years; the feed stays Dutch-only.
            timezone.pop("COMMENT", None)
    calendar.validate()  # RFC 5545: VERSION, PRODID and at least one event; raises otherwise
    return calendar.to_ical()
