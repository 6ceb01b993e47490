"""School years as Flemish schools count them: 1 September to 31 August."""

from __future__ import annotations

import datetime as dt

FIRST_MONTH = 9


def school_year_of(day: dt.date) -> str:
    """'2025-2026' for any day from 1 September 2025 to 31 August 2026."""
    first = day.year if day.month >= FIRST_MONTH else day.year - 1
    return f"{first}-{first + 1}"
