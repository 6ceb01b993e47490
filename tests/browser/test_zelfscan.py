"""Completing a zelfscan shows the weakest dimensions and their recommended materials."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from hub.model.items import Material
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def scan() -> tuple[Catalog, Material]:
    catalog, _ = load_content(ROOT / "content")
    found = [m for m in catalog.published_materials() if m.scan is not None and len(m.scan.dimensions) >= 3]
    assert found, "the bundled content should have a zelfscan with three dimensions"
    return catalog, found[0]


def test_completing_a_zelfscan_shows_recommendations_for_the_weakest_dimensions(
    page, site_url: str, scan: tuple[Catalog, Material]
) -> None:
    catalog, material = scan
    dimensions = material.scan.dimensions
    page.goto(site_url + f"/materialen/{material.slug}/")
    assert not page.locator(".hub-scan__static").is_visible()
    result = page.locator(".hub-scan__result")
    assert not result.is_visible()

    # Dimension 2 is weakest (all "1"), dimension 1 next ("2"), the others strong ("4").
    wanted = {1: "1", 0: "2"}
    parts = page.locator("fieldset.hub-scan__dimension")
    for d, dimension in enumerate(dimensions):
        statements = parts.nth(d).locator("fieldset.hub-scan__statement")
        assert statements.count() == len(dimension.statements)
        for s in range(statements.count()):
            value = wanted.get(d, "4")
            if d == 0 and s == 0:
                # By keyboard: focus the first option and move with the arrow key.
                statements.nth(s).locator("input[value='1']").focus()
                page.keyboard.press("ArrowRight")
                assert statements.nth(s).locator("input[value='2']").is_checked()
                continue
            statements.nth(s).locator(f"input[value='{value}']").check()
    total = sum(len(d.statements) for d in dimensions)
    assert f"Alle {total} stellingen beantwoord" in page.locator(".hub-scan__progress").inner_text()

    assert result.is_visible()
    summary = result.locator(".hub-scan__summary").inner_text()
    assert summary.index(dimensions[1].title) < summary.index(dimensions[0].title)
    shown = result.locator(".hub-scan__advice:not([hidden])")
    assert shown.count() == 2
    assert shown.nth(0).get_attribute("data-title") == dimensions[1].title
    recommended = [catalog.published_material(slug) for slug in dimensions[1].recommend]
    titles = [m.title for m in recommended if m is not None and m.slug != material.slug]
    assert shown.nth(0).locator(".hub-card__title").all_inner_texts() == titles
    for d in range(2, len(dimensions)):
        assert result.locator(f".hub-scan__advice[data-dimension='{d}']").is_hidden()
    assert result.locator("tr[data-dimension='1'] .hub-scan__score").inner_text() == "1,0"

    page.get_by_role("button", name="Opnieuw beginnen").click()
    assert not result.is_visible()
    assert page.locator(".hub-scan__form input:checked").count() == 0


def test_nothing_leaves_the_browser(page, site_url: str, scan: tuple[Catalog, Material]) -> None:
    _, material = scan
    page.goto(site_url + f"/materialen/{material.slug}/")
    requests: list[object] = []
    page.on("request", lambda request: requests.append(request))
    for statement in page.locator("fieldset.hub-scan__statement").all():
        statement.locator("input[value='3']").check()
    page.get_by_role("button", name="Toon mijn resultaat").click()
    assert page.locator(".hub-scan__result").is_visible()
    assert page.evaluate("() => localStorage.length") == 0
    # Only the page's own static files may load (the favicon, lazily): no answers in any request.
    sent = [
        r.url
        for r in requests
        if r.method != "GET" or urlsplit(r.url).query or not r.url.startswith(site_url)
    ]
    assert sent == []


def test_the_result_names_the_lowest_scores_and_prints_alone(
    page, site_url: str, scan: tuple[Catalog, Material]
) -> None:
    _, material = scan
    page.goto(site_url + f"/materialen/{material.slug}/")
    for statement in page.locator("fieldset.hub-scan__statement").all():
        statement.locator("input[value='3']").check()  # "Grotendeels" everywhere: still advice
    result = page.locator(".hub-scan__result")
    assert result.locator(".hub-scan__summary").inner_text().startswith("Je laagste scores: ")
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    requests: list[object] = []
    page.on("request", lambda request: requests.append(request))
    page.get_by_role("button", name="Druk af of bewaar als PDF").click()
    assert page.evaluate("() => window.printed") == 1
    assert requests == []
    # What paper shows while printing: the result, not the questions or the rest of the page.
    page.emulate_media(media="print")
    assert result.is_visible() and result.locator(".hub-scan__score").first.inner_text()
    assert not page.locator(".hub-scan__form").is_visible()
    assert not page.locator(".hub-panel").is_visible()
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.locator(".hub-scan__form").is_visible()  # a plain print shows the whole page again


def _answer(page, values: dict[int, str], default: str) -> None:
    parts = page.locator("fieldset.hub-scan__dimension")
    for d in range(parts.count()):
        for statement in parts.nth(d).locator("fieldset.hub-scan__statement").all():
            statement.locator(f"input[value='{values.get(d, default)}']").check()


def test_a_material_recommended_twice_shows_once_and_the_bars_match_the_scores(
    page, site_url: str, scan: tuple[Catalog, Material]
) -> None:
    _, material = scan
    recommend = [d.recommend for d in material.scan.dimensions]
    pairs = [(a, b) for a in range(len(recommend)) for b in range(a + 1, len(recommend))]
    shared = [(a, b) for a, b in pairs if set(recommend[a]) & set(recommend[b])]
    assert shared, f"{material.slug}: the bundled zelfscan should recommend one material in two dimensions"
    first, second = shared[0]
    page.goto(site_url + f"/materialen/{material.slug}/")
    _answer(page, {first: "1", second: "2"}, "4")
    result = page.locator(".hub-scan__result")
    shown = result.locator(".hub-scan__advice:not([hidden])")
    assert [shown.nth(i).get_attribute("data-dimension") for i in range(2)] == [str(first), str(second)]
    visible = result.locator(
        ".hub-scan__advice:not([hidden]) .hub-cards > li:not([hidden]) .hub-card__title a"
    )
    hrefs = [
        urlsplit(h).path.rstrip("/").rsplit("/", 1)[-1]
        for h in visible.evaluate_all("a => a.map(x => x.href)")
    ]
    assert len(hrefs) == len(set(hrefs))
    twice = (set(recommend[first]) & set(recommend[second])) - {material.slug}
    assert twice and all(hrefs.count(slug) == 1 for slug in twice)

    # The chart: one bar per dimension, as wide as its score (out of 4), read from the table too.
    bars = result.locator(".hub-scan__bar")
    assert bars.count() == len(recommend)
    track = bars.nth(first).locator(".hub-scan__bar-track").bounding_box()["width"]
    for d, score in [(first, 1.0), (second, 2.0)]:
        fill = bars.nth(d).locator(".hub-scan__bar-fill").bounding_box()["width"]
        assert abs(fill - track * score / 4) <= 2, (d, fill, track)
        assert bars.nth(d).locator(".hub-scan__bar-value").inner_text() == f"{score:.1f}".replace(".", ",")
    assert result.locator(".hub-scan__chart").get_attribute("aria-hidden") == "true"
    assert result.get_by_role("table").count() == 1  # the scores for screen readers


def test_equal_scores_advise_on_two_dimensions_and_say_which_rule_chose_them(
    page, site_url: str, scan: tuple[Catalog, Material]
) -> None:
    _, material = scan
    page.goto(site_url + f"/materialen/{material.slug}/")
    _answer(page, {}, "3")
    result = page.locator(".hub-scan__result")
    shown = result.locator(".hub-scan__advice:not([hidden])")
    assert [shown.nth(i).get_attribute("data-dimension") for i in range(shown.count())] == ["0", "1"]
    assert "bij gelijke scores tonen we het onderdeel dat eerst in de scan staat" in (
        result.locator(".hub-scan__summary").inner_text()
    )
