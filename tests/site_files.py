"""Assertions on the files of a built site."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from icalendar import Calendar


def parse_machine_readable_files(site: Path) -> int:
    """Parse every .xml, .json, .jsonld and .ics file of SITE (raising on the first that does not); how many."""
    checked = 0
    for path in site.rglob("*"):
        if path.suffix == ".xml":
            ElementTree.fromstring(path.read_bytes())
        elif path.suffix in (".json", ".jsonld"):
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".ics":
            Calendar.from_ical(path.read_bytes())
        else:
            continue
        checked += 1
    return checked
