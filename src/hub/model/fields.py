"""Field types shared by the content models: slugs, ids, dates, local date-times, URLs."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BeforeValidator, Field

BRUSSELS = ZoneInfo("Europe/Brussels")
# Use with fullmatch: '$' would also accept a trailing newline.
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
# Control characters, and invisible format characters that reorder or hide text (bidi overrides,
# zero-width spaces, soft hyphens). Zero-width (non-)joiners stay: emoji sequences use them.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f"
    "\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff"
    "\ud800-\udfff]"
)


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise ValueError("verwacht een datum JJJJ-MM-DD, geen datum met tijd")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{value}' is geen bestaande datum: controleer dag en maand") from None
    raise ValueError(f"verwacht een datum JJJJ-MM-DD (nu {value!r})")


def _to_local_datetime(value: Any) -> Any:
    """ISO 8601 local time in Europe/Brussels; an explicit offset is converted to Brussels time."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"verwacht een datum en tijd zoals 2027-01-14T09:00 (nu {value!r})") from None
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        raise ValueError("verwacht een datum en tijd zoals 2027-01-14T09:00, niet alleen een datum")
    if not isinstance(value, dt.datetime):
        raise ValueError(f"verwacht een datum en tijd zoals 2027-01-14T09:00 (nu {value!r})")
    if value.tzinfo is not None:
        try:
            value = value.astimezone(BRUSSELS).replace(tzinfo=None)
        except OverflowError:
            raise ValueError(f"{value.isoformat()} ligt buiten het bereik van de kalender") from None
    return value


def _to_list(value: Any) -> Any:
    # A single value where a list is expected (`levels: basis`) is read as a one-item list.
    if isinstance(value, str):
        return [value]
    return value


def _visible_text(value: str) -> str:
    """Text without control or invisible format characters (a located error names the first one)."""
    found = INVISIBLE.search(value)
    if found:
        code = ord(found.group())
        raise ValueError(
            f"bevat een onzichtbaar teken of stuurteken (U+{code:04X}) op positie {found.start() + 1}: "
            "verwijder het (vaak meegekopieerd uit een ander programma)"
        )
    return value


def _one_line(value: str) -> str:
    """Visible text on one line: titles, labels, descriptions, locations, names, notes."""
    if "\n" in value or "\r" in value or "\t" in value:
        raise ValueError("moet op één regel staan: verwijder de regeleinden (en tabs) uit de tekst")
    return _visible_text(value)


def line_problem(value: str) -> str | None:
    """Why VALUE is not one line of visible text, or None."""
    try:
        _one_line(value)
    except ValueError as exc:
        return str(exc)
    return None


def _check_slug(value: str) -> str:
    if not SLUG_PATTERN.fullmatch(value):
        raise ValueError(f"'{value}' is geen slug: gebruik kleine letters a-z, cijfers en koppeltekens")
    return value


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\S*$", value.strip(), re.IGNORECASE):
        raise ValueError(f"'{value}' is geen http(s)-URL: schrijf het als https://...")
    return value.strip()


def _check_contact(value: str) -> str:
    """An https URL or an e-mail address of the service (never a private mailbox)."""
    # imported on first use: it costs ~50 ms and only offerings and teams with a contact need it
    from email_validator import EmailNotValidError, validate_email

    from hub.model.policy import PRIVATE_MAIL_DOMAINS

    text = _one_line(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    if "@" not in text:
        if not re.match(r"^https://[^\s/]+\S*$", text, re.IGNORECASE):
            raise ValueError(
                f"'{value}' is geen e-mailadres of https-adres: schrijf naam@dienst.be of https://..."
            )
        return text
    try:
        address = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"'{value}' is geen geldig e-mailadres ({exc})") from None
    if address.rsplit("@", 1)[1].lower() in PRIVATE_MAIL_DOMAINS:
        raise ValueError(
            f"'{value}' is een persoonlijk mailadres: geef een adres of contactpagina van de dienst"
        )
    return address


def contact_problem(value: object) -> str | None:
    """Why VALUE (a setting) is not a contact of the service, or None."""
    try:
        _check_contact(str(value))
    except ValueError as exc:
        return str(exc)
    return None


Date = Annotated[dt.date, BeforeValidator(_to_date)]
LocalDateTime = Annotated[dt.datetime, BeforeValidator(_to_local_datetime)]
Slug = Annotated[str, AfterValidator(_check_slug)]
Url = Annotated[str, AfterValidator(_check_url)]
# How to reach the service about an offering: an e-mail address or https URL (see _check_contact).
Contact = Annotated[str, Field(min_length=1), AfterValidator(_check_contact)]
# Free text that may span lines (documented as such): visible characters only.
Text = Annotated[str, Field(min_length=1), AfterValidator(_visible_text)]
# Text on one line: what a title, label, card, calendar entry or feed shows.
Line = Annotated[str, Field(min_length=1), AfterValidator(_one_line)]
IdList = Annotated[list[Line], BeforeValidator(_to_list)]
RequiredIdList = Annotated[list[Line], BeforeValidator(_to_list), Field(min_length=1)]
SlugList = Annotated[list[Slug], BeforeValidator(_to_list)]
