"""The editors' dashboard in chromium: a heatmap cell opens the filtered materials list, the row
labels are whole and readable, and axe finds nothing serious on /redactie/ and /redactie/vragen/."""

from __future__ import annotations

import re

import pytest

from hub.load.loader import load_content
from hub.reports.stats import coverage
from tests.browser.conftest import serious_violations, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def _a_filled_cell() -> tuple[str, str, str, str, int]:
    """(level id, level label, rubriek id, rubriek label, count) of a cell that narrows the list."""
    catalog, _ = load_content(ROOT / "content")
    cov = coverage(catalog)
    total = len(catalog.published_materials())
    cells = [
        (row_id, row_label, column_id, column_label, cov.counts[r][c])
        for r, (row_id, row_label) in enumerate(cov.rows)
        for c, (column_id, column_label) in enumerate(cov.columns)
        if 0 < cov.counts[r][c] < total
    ]
    return min(cells, key=lambda cell: cell[4])  # the smallest: every card it shows can be checked


def test_a_heatmap_cell_opens_the_materials_of_its_rubriek_and_level(page, site_url: str) -> None:
    level, level_label, rubriek, rubriek_label, count = _a_filled_cell()
    page.goto(site_url + "/redactie/")
    cell = page.locator(f'a.hub-dash__cell[aria-label^="{level_label}, {rubriek_label}: "]')
    cell.click()
    page.wait_for_url(re.compile(r"/materialen/\?"))
    assert f"rok={rubriek}" in page.url and f"niveau={level}" in page.url
    cards = page.locator(".hub-cards > .hub-card:not([hidden])")
    assert cards.count() == count
    for index in range(count):
        card = cards.nth(index)
        assert rubriek in card.get_attribute("data-rok").split()
        assert level in card.get_attribute("data-niveau").split()
    assert page.locator(".hub-result-count").text_content().startswith(f"{count} van ")
    assert page.locator(f"#f-rok-{rubriek}").is_checked()
    assert page.locator(f"#f-niveau-{level}").is_checked()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_row_labels_are_whole_and_at_least_12_px(browser, site_url: str, width: int) -> None:
    context = visitor_context(browser, viewport={"width": width, "height": 900})
    try:
        tab = context.new_page()
        tab.goto(site_url + "/redactie/")
        labels = tab.eval_on_selector_all(
            "svg text.hub-dash__row",
            """texts => texts.map(text => {
                const svg = text.ownerSVGElement;
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const box = text.getBoundingClientRect();
                const firstCell = svg.querySelector(".hub-dash__cell rect").getBoundingClientRect();
                return {
                    text: text.textContent,
                    px: parseFloat(getComputedStyle(text).fontSize) * scale,
                    inside: box.left >= svg.getBoundingClientRect().left - 0.5,
                    clear: box.right <= firstCell.left,
                };
            })""",
        )
        assert labels
        for label in labels:
            assert label["px"] >= 12, label
            assert label["inside"] and label["clear"], label
            assert "…" not in label["text"]
        # A narrow screen scrolls the heatmap rather than shrinking it.
        figure = tab.locator("figure.hub-dash__heat")
        assert figure.evaluate("f => f.scrollWidth >= f.querySelector('svg').getBoundingClientRect().width")
    finally:
        context.close()


def test_the_heatmap_cells_are_reachable_by_keyboard(page, site_url: str) -> None:
    page.goto(site_url + "/redactie/")
    first = page.locator("a.hub-dash__cell").first
    first.focus()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == first.get_attribute(
        "aria-label"
    )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/materialen/\?rok="))


@pytest.mark.parametrize("path", ["/redactie/", "/redactie/vragen/"])
def test_no_serious_accessibility_problems(page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", ["/redactie/", "/redactie/vragen/"])
def test_landmarks_are_unique(page, site_url: str, path: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site_url + path)
    results = Axe().run(page, options={"runOnly": ["landmark-unique", "region", "landmark-one-main"]})
    assert [v["id"] for v in results.response["violations"]] == []
