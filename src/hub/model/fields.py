"""Field types shared by the content models: slugs, ids, dates, local date-times, URLs."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BeforeValidator, Field

BRUSSELS = ZoneInfo("Europe/Brussels")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


def _to_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date YYYY-MM-DD, not a date and time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"'{value}' is not a valid date: {exc}") from None
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")


def _to_local_datetime(value: Any) -> Any:
    """ISO 8601 local time in Europe/Brussels; an explicit offset is converted to Brussels time."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"expected a date and time like 2027-01-14T09:00, got {value!r}") from None
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        raise ValueError("expected a date and time like 2027-01-14T09:00, got only a date")
    if not isinstance(value, dt.datetime):
        raise ValueError(f"expected a date and time like 2027-01-14T09:00, got {value!r}")
    if value.tzinfo is not None:
        try:
            value = value.astimezone(BRUSSELS).replace(tzinfo=None)
        except OverflowError:
            raise ValueError(f"{value.isoformat()} is out of range") from None
    return value


def _to_list(value: Any) -> Any:
    # A single value where a list is expected (`levels: basis`) is read as a one-item list.
    if isinstance(value, str):
        return [value]
    return value


def _check_slug(value: str) -> str:
    if not SLUG_PATTERN.match(value):
        raise ValueError(f"'{value}' is not a slug: use lowercase letters a-z, digits and dashes")
    return value


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\S*$", value.strip(), re.IGNORECASE):
        raise ValueError(f"'{value}' is not an http(s) URL: write it as https://...")
    return value.strip()


Date = Annotated[dt.date, BeforeValidator(_to_date)]
LocalDateTime = Annotated[dt.datetime, BeforeValidator(_to_local_datetime)]
Slug = Annotated[str, AfterValidator(_check_slug)]
Url = Annotated[str, AfterValidator(_check_url)]
Text = Annotated[str, Field(min_length=1)]
IdList = Annotated[list[str], BeforeValidator(_to_list)]
RequiredIdList = Annotated[list[str], BeforeValidator(_to_list), Field(min_length=1)]
SlugList = Annotated[list[Slug], BeforeValidator(_to_list)]
