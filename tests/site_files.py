"""Assertions on the files of a built site."""

from __future__ import annotations

import json
import os
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup
from icalendar import Calendar

from tests.conftest import ROOT, build_as_of
from tests.world import World


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


def build_world_site(world: World) -> Path:
    """Build WORLD's content with the project's mkdocs.yml into WORLD's `site/` folder, as on NOW."""
    site_dir = world.root / "site"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build_as_of(ROOT / "mkdocs.yml", world.content, site_dir)
    return site_dir


def page_soup(site: Path, path: str) -> BeautifulSoup:
    """The built page at URL path PATH ('materialen/x') of SITE."""
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
