"""What a session's state is on the day of the build: cancelled, full, waiting list, soon, past."""

from __future__ import annotations

import datetime as dt

from hub.model.items import Session

SOON = dt.timedelta(days=14)
STATE_LABELS = {
    "geannuleerd": "Geannuleerd",
    "volzet": "Volzet",
    "wachtlijst": "Wachtlijst",
    "binnenkort": "Start binnenkort",
    "afgelopen": "Afgelopen",
}


def session_state(session: Session, now: dt.datetime) -> str | None:
    """The state a card or page shows (a key of STATE_LABELS), or None for an ordinary open session.

    A cancellation always shows; a past session is past whatever its status said; a full or
    waiting-list session says so before it would say "soon"."""
    if session.status == "geannuleerd":
        return "geannuleerd"
    if session.end < now:
        return "afgelopen"
    if session.status:
        return session.status
    if session.start - now <= SOON:
        return "binnenkort"
    return None


def is_cancelled(session: Session) -> bool:
    return session.status == "geannuleerd"
