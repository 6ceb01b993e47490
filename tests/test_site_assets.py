"""What the pages load: the shared assets everywhere, a page's own stylesheets and scripts on that page only."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

SHARED_STYLES = ["hub.css", "hub-search.css"]
SHARED_SCRIPTS = ["hub-search.js"]
# One page of each template (and the hand-written pages with assets of their own).
PAGES = [
    "",
    "materialen/",
    "materialen/niveau/secundair/",
    "materialen/soort/leerpad/",
    "materialen/vijf-kwaliteitsvragen/",  # a step of a leerpad: its banner
    "materialen/e-zelfregulerend-leren/",
    "materialen/di-quest/",
    "aanbod/",
    "aanbod/curriculumimplementatie-beleidsteams-bao/",
    "aanbod/helpdesk-live-ai-in-de-klas/",  # a step of a leerpad too
    "vragen/",
    "vragen/ai-als-hulp-bij-differentiatie/",
    "vragen/thema/ai/",
    "helpdesk/",
    "helpdesk/live/",
    "kwaliteit/",
    "kwaliteit/helpdesk/",
    "continuum/",
    "zoek/",
    "redactie/",
    "redactie/vragen/",
]
# The class of a block that waits for its script (data-hub-await), and the script that draws it.
AWAITING = {
    "hub-listing": "hub-browse.js",
    "hub-catalogue-page": "hub-catalogue.js",
    "hub-route": "hub-leerpad.js",
    "hub-leerpad": "hub-leerpad.js",
    "hub-scan": "hub-zelfscan.js",
    "hub-fiche": "hub-fiche.js",
    "hub-search--page": "hub-search.js",
}
# Pseudo-classes and -elements that do not change which elements a rule is for.
STATE = re.compile(
    r"::?(before|after|marker|hover|focus-visible|focus-within|focus|active|checked|disabled|first-child|last-child)\b"
)


@pytest.fixture(scope="module")
def site(sample_site: Path) -> Path:
    return sample_site


def _soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def _hub_assets(site: Path, path: str, soup: BeautifulSoup) -> tuple[list[Path], list[tuple[Path, bool]]]:
    """The hub's own stylesheets, and its scripts with whether each is deferred, as files of SITE."""
    base = f"https://site.invalid/{path}"

    def local(href: str) -> Path:
        return site / urlsplit(urljoin(base, href)).path.lstrip("/")

    styles = [local(link["href"]) for link in soup.select("link[rel=stylesheet]")]
    scripts = [(local(tag["src"]), tag.has_attr("defer")) for tag in soup.select("script[src]")]
    return (
        [s for s in styles if s.name.startswith("hub")],
        [(s, deferred) for s, deferred in scripts if s.name.startswith("hub")],
    )


def _selectors(css: str) -> list[str]:
    """The selectors of the rules that apply on screen (print rules left out)."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media print\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    css = re.sub(r"@media[^{]*\{", "", css)
    found = []
    for prelude in re.findall(r"([^{}]+)\{[^{}]*\}", css):
        prelude = prelude.strip()
        if prelude and not prelude.startswith("@"):
            found += [STATE.sub("", s).strip() for s in re.split(r",(?![^()]*\))", prelude)]
    return [s for s in found if s]


def test_every_page_loads_the_shared_assets_and_only_deferred_hub_scripts(site: Path) -> None:
    pages = sorted(site.rglob("index.html"))
    assert len(pages) > 100
    for page in pages:
        path = page.parent.relative_to(site).as_posix() + "/"
        path = "" if path == "./" else path
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if not soup.select_one("header[data-md-component=header]"):
            continue  # a redirect or a retired item's notice: a small page of its own, no theme
        styles, scripts = _hub_assets(site, path, soup)
        assert [s.name for s in styles[:2]] == SHARED_STYLES, path
        assert [s.name for s, _ in scripts[:1]] == SHARED_SCRIPTS, path
        for asset in styles + [s for s, _ in scripts]:
            assert asset.is_file() and asset.stat().st_size > 0, f"{path}: {asset.name} is missing or empty"
        assert [s.name for s, deferred in scripts if not deferred] == [], path


def test_the_first_paint_script_runs_in_the_head(site: Path) -> None:
    soup = _soup(site, "materialen")
    head = " ".join(script.get_text() for script in soup.head.select("script:not([src])"))
    assert 'classList.add("hub-js")' in head
    assert not (site / "assets" / "hub.js").exists()
    assert "palette" not in " ".join(link["href"] for link in soup.select("link[rel=stylesheet]"))


@pytest.mark.parametrize("path", PAGES)
def test_a_page_loads_only_stylesheets_that_style_it(site: Path, path: str) -> None:
    soup = _soup(site, path)
    styles, _ = _hub_assets(site, path, soup)
    for sheet in styles[len(SHARED_STYLES) :]:
        selectors = _selectors(sheet.read_text(encoding="utf-8"))
        assert any(soup.select_one(s) for s in selectors), (
            f"/{path} loads {sheet.name}, which styles nothing on it"
        )


@pytest.mark.parametrize("path", PAGES)
def test_a_block_that_awaits_a_script_is_on_a_page_that_loads_it(site: Path, path: str) -> None:
    soup = _soup(site, path)
    _, scripts = _hub_assets(site, path, soup)
    loaded = {s.name for s, _ in scripts}
    for block in soup.select("[data-hub-await]"):
        script = next((name for wrapper, name in AWAITING.items() if wrapper in block.get("class", [])), None)
        assert script is not None, f"/{path}: {block.name}.{block.get('class')} awaits no known script"
        assert script in loaded, (
            f"/{path}: {block.get('class')} awaits {script}, which the page does not load"
        )
        assert 'removeAttribute("data-hub-await")' in (site / "assets" / script).read_text(encoding="utf-8")


def test_pages_with_a_block_of_their_own_load_its_stylesheet(site: Path) -> None:
    expected = {
        "": "hub-home.css",
        "materialen/": "hub-listing.css",
        "materialen/niveau/secundair/": "hub-listing.css",
        "materialen/e-zelfregulerend-leren/": "hub-material.css",
        "aanbod/": "hub-catalogue.css",
        "kwaliteit/helpdesk/": "hub-fiche.css",
        "helpdesk/": "hub-helpdesk.css",
    }
    for path, sheet in expected.items():
        styles, _ = _hub_assets(site, path, _soup(site, path))
        assert sheet in [s.name for s in styles], path
    styles, _ = _hub_assets(site, "over/", _soup(site, "over"))
    assert [s.name for s in styles] == SHARED_STYLES
