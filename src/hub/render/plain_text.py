"""Text for machine-readable files (XML, iCalendar, JSON): whatever the content, the file parses.

The model refuses control characters in one-line fields; these helpers are the writers' own
defence behind it. Every feed, calendar, sitemap and JSON writer passes its text through here.
"""

from __future__ import annotations

import re
from typing import Any

# XML 1.0 forbids C0 controls except tab, newline and carriage return, the non-characters
# U+FFFE/U+FFFF and surrogates (a Python str only holds surrogates unpaired).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """VALUE without the characters XML 1.0 forbids (and no unpaired surrogates, which UTF-8 cannot hold)."""
    return _FORBIDDEN.sub("", value)


def one_line(value: str) -> str:
    """A one-line field (a calendar's SUMMARY or LOCATION): clean, every run of whitespace and line
    breaks (CR, LF, U+2028, U+2029, NEL ...) folded to one space, no space at either end."""
    return " ".join(clean_text(value).split())


def clean_data(value: Any) -> Any:
    """JSON-ready data with every string (keys included) passed through `clean_text`."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(key): clean_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean_data(item) for item in value]
    return value
