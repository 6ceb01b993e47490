"""axe-core finds no serious or critical problem on the catalogue, an offering and a fiche."""

from __future__ import annotations

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/aanbod/",
        "/aanbod/?niveau=secundair&modus=online&maand=2027-03",
        "/aanbod/vakgroepvoorzitters-so/",
        "/kwaliteit/",
        "/kwaliteit/opleiding/",
        "/continuum/",
    ],
)
def test_catalogue_pages_pass_axe(page, site_url: str, path: str) -> None:
    response = page.goto(site_url + path)
    assert response is not None and response.ok
    assert serious_violations(page) == []


def test_fiche_with_a_calculated_answer_passes_axe(page, site_url: str) -> None:
    page.goto(site_url + "/kwaliteit/opleiding/")
    page.get_by_label("Aantal deelnemers").fill("37")
    assert serious_violations(page) == []
