"""The evaluation in the browser: the verdict and the bars on an offering page, counts only under five
answers, the roll-up on the fiche, the printable QR page; axe finds nothing serious on them."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


def test_an_offering_page_shows_the_verdict_and_a_bar_per_core_question(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/curriculumimplementatie-beleidsteams-bao/")
    section = page.locator("section.hub-eval")
    assert section.locator("h3").inner_text() == "Sessie van 26 maart 2026"
    assert section.locator(".hub-eval__verdict").inner_text() == "voldoende antwoorden"
    assert "24 van de 40 deelnemers" in section.locator(".hub-eval__response").inner_text()
    bars = section.locator("svg.hub-eval__bar")
    assert bars.count() == 4
    box = bars.first.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 10  # drawn, not collapsed
    assert (
        section.locator(".hub-eval__agree")
        .first.inner_text()
        .endswith("akkoord of helemaal akkoord (24 van 24)")
    )
    hidden_table = section.locator(".hub-sr:has(table)").bounding_box()
    assert hidden_table is not None and hidden_table["width"] <= 1  # read by screen readers, not shown
    assert serious_violations(page) == []


def test_a_session_with_too_few_answers_reads_with_caution_and_shows_counts(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/helpdesk-live-curriculum-bao/")
    section = page.locator("section.hub-eval")
    assert section.locator(".hub-eval__verdict").inner_text() == "lees met voorzichtigheid"
    assert section.locator("svg.hub-eval__bar").count() == 0
    assert section.locator("table.hub-eval__counts").is_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    "path", ["/aanbod/helpdesk-live-curriculum-bao/evaluatie/", "/kwaliteit/helpdesk-live/"]
)
def test_the_evaluation_page_and_the_fiche_roll_up_pass_axe(page, site_url: str, path: str) -> None:
    response = page.goto(site_url + path)
    assert response is not None and response.ok
    assert serious_violations(page) == []


def test_the_qr_code_loads_and_prints_on_one_a4_sheet_per_session(page, site_url: str) -> None:
    page.goto(site_url + "/aanbod/helpdesk-live-curriculum-bao/evaluatie/")
    image = page.locator("img.hub-eval-sheet__qr").first
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", image.element_handle())
    sheets = page.locator("section.hub-eval-sheet").count()
    assert sheets >= 1
    page.emulate_media(media="print")
    assert page.locator(".md-header").is_hidden() and page.locator(".hub-eval-print__intro").is_hidden()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == sheets
