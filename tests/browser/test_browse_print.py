"""A material prints cleanly: no header, tabs, sidebars, footer or next-step box; the content stays."""

from __future__ import annotations

import pytest

from hub.load.loader import load_content
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def test_a_fiche_prints_without_navigation(page, site_url: str) -> None:
    catalog, _ = load_content(ROOT / "content")
    fiche = next(m for m in catalog.published_materials() if m.type == "fiche")
    page.goto(site_url + f"/materialen/{fiche.slug}/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer", ".hub-next"):
        assert page.locator(chrome).first.is_hidden(), chrome
    assert page.locator("h1").inner_text() == fiche.title
    assert page.locator(".hub-panel").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    # A4 in points: 595 x 842.
    assert b"/MediaBox [0 0 595" in pdf or b"/MediaBox [0 0 594" in pdf
