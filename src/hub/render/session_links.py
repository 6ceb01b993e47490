"""Per session: its own calendar file, and links that add it to Google Agenda or Outlook."""

from __future__ import annotations

from urllib.parse import urlencode

from hub.model.fields import BRUSSELS
from hub.model.items import Offering, Session
from hub.model.kinds import url_of
from hub.render.plain_text import one_line

GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render"
# Microsoft 365 accounts, as schools use them (personal accounts are redirected from there too).
OUTLOOK_COMPOSE = "https://outlook.office.com/calendar/0/deeplink/compose"


def session_calendar_uri(offering: Offering, session: Session) -> str:
    """'aanbod/<slug>/<slug>-2027-03-10-1530.ics': stable as long as the start does not move."""
    return f"{url_of(offering)}{offering.slug}-{session.start:%Y-%m-%d-%H%M}.ics"


def _where(session: Session) -> str:
    return one_line(session.location or ("Online" if session.mode == "online" else ""))


def google_calendar_link(offering: Offering, session: Session, page_url: str) -> str:
    """Google's documented event template: UTC-free local times with an explicit time zone."""
    query = {
        "action": "TEMPLATE",
        "text": one_line(offering.title),
        "dates": f"{session.start:%Y%m%dT%H%M%S}/{session.end:%Y%m%dT%H%M%S}",
        "ctz": "Europe/Brussels",
        "details": f"{one_line(offering.description)}\n\nMeer info: {page_url}",
        "location": _where(session),
    }
    return f"{GOOGLE_TEMPLATE}?{urlencode(query)}"


def outlook_calendar_link(offering: Offering, session: Session, page_url: str) -> str:
    """Outlook on the web's compose deeplink, with ISO 8601 times carrying the Brussels offset."""
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": one_line(offering.title),
        "startdt": session.start.replace(tzinfo=BRUSSELS).isoformat(),
        "enddt": session.end.replace(tzinfo=BRUSSELS).isoformat(),
        "body": f"{one_line(offering.description)}\n\nMeer info: {page_url}",
        "location": _where(session),
    }
    return f"{OUTLOOK_COMPOSE}?{urlencode(query)}"
