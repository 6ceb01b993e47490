"""No layout shift: the first paint already has the layout the hub's scripts leave.

The scripts arrive a second after the HTML (as on a slow school Wi-Fi), so the browser paints the
page before they run; the layout-shift entries (PerformanceObserver, buffered, none after input) of
the load and of applying the filters and search from the URL must add up to at most 0.05 (Lighthouse
calls up to 0.1 good). On a phone and on a wide screen. A block whose script never arrives falls
back to how it looks without JavaScript.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub.load.loader import load_content
from hub.model.catalog import Catalog
from tests.browser.conftest import _QuietHandler, served, visitor_context
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

LIMIT = 0.05
SCRIPT_DELAY = 1.0  # seconds before a script is served: the page is painted before it runs
VIEWPORTS = {
    "phone": {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True},
    "desktop": {"viewport": {"width": 1350, "height": 940}},
}
# Every shift from the start of the load, sources kept to say what moved.
OBSERVER = """
window.__hubShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__hubShifts.push({
      value: entry.value,
      sources: (entry.sources || []).map((s) => {
        const n = s.node;
        const name = !n ? "?" : n.nodeType !== 1 ? "#text" : n.tagName.toLowerCase() + (n.id ? "#" + n.id : "")
          + (typeof n.className === "string" && n.className ? "." + n.className.trim().split(/\\s+/).join(".") : "");
        return name + " y " + Math.round(s.previousRect.y) + " -> " + Math.round(s.currentRect.y);
      }),
    });
  }
}).observe({ type: "layout-shift", buffered: true });
"""


# Kept only for the page that asks for it (#doelgroep), so the other pages stay as a first visit sees them.
DOELGROEP = """
if (location.hash === "#doelgroep") localStorage.setItem("hub-doelgroep", '{"niveau": "secundair", "rol": "leraar"}');
else if (location.protocol.startsWith("http")) localStorage.removeItem("hub-doelgroep");
"""


class _SlowScripts(_QuietHandler):
    def do_GET(self) -> None:
        if self.path.split("?")[0].endswith(".js"):
            time.sleep(SCRIPT_DELAY)
        super().do_GET()


@pytest.fixture(scope="module")
def slow_site_url(sample_site: Path) -> Iterator[str]:
    with served(sample_site, _SlowScripts) as url:
        yield url


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    catalog, _ = load_content(ROOT / "content")
    return catalog


def _pages(catalog: Catalog) -> dict[str, tuple[str, str | None]]:
    """Page type -> (path, a script condition that holds once the URL's filters or search are applied)."""
    materials = catalog.published_materials()
    leerpad = next(m for m in materials if m.type == "leerpad")
    level = leerpad.levels[0]
    step = catalog.published_material(leerpad.steps[0].material)
    scan = next(m for m in materials if m.scan)
    form = Counter(o.form for o in catalog.published_offerings()).most_common(1)[0][0]
    fiche = catalog.published_fiches()[0]
    count = "document.querySelector('{}').textContent.includes('{}')"
    return {
        "materials with a filter": (
            f"/materialen/?niveau={level}",
            count.format(".hub-result-count", " van "),
        ),
        "a facet page": (f"/materialen/niveau/{level}/", None),
        "a leerpad step": (f"/materialen/{step.slug}/", None),
        "a leerpad": (f"/materialen/{leerpad.slug}/", None),
        "a zelfscan": (f"/materialen/{scan.slug}/", None),
        "the catalogue with a filter": (
            f"/aanbod/?vorm={form}",
            count.format("#hub-catalogue-count", " voor "),
        ),
        "the catalogue sorted by title": (
            "/aanbod/?sorteer=titel",
            "!document.querySelector('.hub-catalogue-page[data-hub-await]')",
        ),
        "the search": ("/zoek/?q=lezen", count.format("#hub-search-page-status", "resultat")),
        "materials with a remembered doelgroep": (
            "/materialen/#doelgroep",
            count.format(".hub-result-count", " van "),
        ),
        "a kwaliteitsfiche": (f"/kwaliteit/{fiche.form}/", None),
    }


@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_pages_do_not_shift_while_loading_and_applying_the_url(
    browser, slow_site_url: str, catalog: Catalog, viewport: str
) -> None:
    context = visitor_context(browser, **VIEWPORTS[viewport])
    context.add_init_script(OBSERVER)
    # A reader who once chose a doelgroep: a page without filters of its own opens with it applied.
    context.add_init_script(DOELGROEP)
    moved = {}
    try:
        for name, (path, applied) in _pages(catalog).items():
            tab = context.new_page()
            tab.goto(slow_site_url + path, wait_until="load")
            if applied:
                tab.wait_for_function(applied, timeout=10_000)
            # Let the last script-made changes reach the screen before counting.
            tab.wait_for_timeout(400)
            shifts = tab.evaluate("window.__hubShifts")
            total = sum(shift["value"] for shift in shifts)
            if total > LIMIT:
                moved[f"{name} ({path}): {total:.3f}"] = [s for shift in shifts for s in shift["sources"]][:6]
            tab.close()
    finally:
        context.close()
    assert not moved, "pages that moved after their first paint:\n" + "\n".join(
        f"{page}: {', '.join(sources)}" for page, sources in moved.items()
    )


def test_a_listing_whose_script_never_arrives_falls_back_to_its_look_without_javascript(
    browser, site_url: str, catalog: Catalog
) -> None:
    level = next(m for m in catalog.published_materials() if m.type == "leerpad").levels[0]
    context = visitor_context(browser, **VIEWPORTS["phone"])
    try:
        tab = context.new_page()
        tab.route("**/assets/hub-browse.js", lambda route: route.abort())
        tab.goto(site_url + f"/materialen/?niveau={level}", wait_until="load")
        tab.wait_for_function("!document.querySelector('[data-hub-await]')")
        # Every card listed and readable, the browse lists below them; no filters that would do nothing.
        cards = tab.locator("#hub-results li.hub-card")
        assert cards.count() == len(catalog.published_materials())
        assert cards.first.is_visible()
        assert not tab.locator("#hub-facets").is_visible()
        assert not tab.locator(".hub-filter-toggle").is_visible()
        results = tab.locator("#hub-results").bounding_box()
        assert tab.locator(".hub-browse").bounding_box()["y"] > results["y"]
    finally:
        context.close()
