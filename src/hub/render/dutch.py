"""Dutch (Belgian) formatting of dates, times, sizes and prices for the site."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_BE"


def long_date(day: dt.date) -> str:
    """'donderdag 14 januari 2027'."""
    return format_date(day, format="EEEE d MMMM y", locale=LOCALE)


def short_date(day: dt.date) -> str:
    """'14 januari 2027'."""
    return format_date(day, format="d MMMM y", locale=LOCALE)


def time_of_day(moment: dt.datetime) -> str:
    return format_time(moment, format="HH:mm", locale=LOCALE)


def session_span(start: dt.datetime, end: dt.datetime) -> str:
    """'donderdag 14 januari 2027, 09:00–16:00' (or across days when it spans several)."""
    if start.date() == end.date():
        return f"{long_date(start.date())}, {time_of_day(start)}–{time_of_day(end)}"
    return f"{long_date(start.date())} {time_of_day(start)} – {long_date(end.date())} {time_of_day(end)}"


def file_size(num_bytes: int) -> str:
    if num_bytes < 1024 * 1024:
        return f"{format_decimal(max(num_bytes / 1024, 0.1), format='#,##0.#', locale=LOCALE)} kB"
    return f"{format_decimal(num_bytes / 1024 / 1024, format='#,##0.#', locale=LOCALE)} MB"


def price(euro: float | None) -> str | None:
    if euro is None:
        return None
    if euro == 0:
        return "gratis"
    return format_currency(euro, "EUR", locale=LOCALE)


def duration(minutes: int | None) -> str | None:
    if not minutes:
        return None
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minuten"
    return f"{hours} uur" + (f" {rest} minuten" if rest else "")
