"""Attachment links are percent-encoded: a file named 'a b#c?d.pdf' gets a link that reaches it."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from hub.model.kinds import attachment_href, attachment_url
from tests.conftest import ROOT, build_as_of
from tests.world import World

ODD_NAME = "a b#c?d é%.pdf"


def test_attachment_href_quotes_what_a_url_would_misread() -> None:
    assert attachment_url("a b#c?d.pdf") == "materialen/bestanden/a b#c?d.pdf"
    assert attachment_href("a b#c?d.pdf") == "materialen/bestanden/a%20b%23c%3Fd.pdf"
    assert attachment_href("map/x.pdf") == "materialen/bestanden/map/x.pdf"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = World(tmp_path_factory.mktemp("attachments"))
    world.write(f"materials/files/{ODD_NAME}", b"%PDF-1.4\n% test\n")
    world.material("bijlage", attachments=f"[{{file: '{ODD_NAME}', title: Werkblad}}]")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build_as_of(ROOT / "mkdocs.yml", world.content, world.root / "site")
    return world.root / "site"


def test_the_material_page_links_to_the_file_that_was_written(site: Path) -> None:
    page = site / "materialen" / "bijlage" / "index.html"
    link = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("a", string="Werkblad")
    href = link["href"]
    assert " " not in href and "#" not in href and "?" not in href
    # Resolve as a browser does: the path (no query, no fragment) names the attachment on disk.
    parts = urlsplit(urljoin("https://hub.example/materialen/bijlage/", href))
    assert parts.query == "" and parts.fragment == ""
    target = site / unquote(parts.path).lstrip("/")
    assert target.is_file() and target.name == ODD_NAME
