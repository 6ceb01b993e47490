"""A built site of content the project has not seen, read by independent tools: feeds by feedparser,
calendars by vobject (the site writes them with icalendar), the static repository by its schema, and
every internal link and sitemap entry against the files on disk."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree as ET

import feedparser
import pytest
import vobject
import xmlschema
from bs4 import BeautifulSoup

from hub.mkdocs.site import SiteBuildError, build_site
from tests.conftest import ROOT, build_as_of
from tests.world import World, material_text

SITE_URL = "https://pbd.example/hub/"  # served from a sub-folder: links must not assume the root
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _config(tmp: Path, docs: Path = ROOT / "docs") -> Path:
    config = tmp / "mkdocs.yml"
    config.write_text(
        (ROOT / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("site_url: https://example.invalid/", f"site_url: {SITE_URL}")
        .replace("docs_dir: docs", f"docs_dir: {docs}")
        .replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}"),
        encoding="utf-8",
    )
    return config


def _world(root: Path) -> World:
    """Fewer fiches than support forms, a leerpad, an attachment, sessions of every mode, a retired item."""
    world = World(root)
    world.write("materials/files/gids.pdf", b"%PDF-1.4\n%hub\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    world.material(
        "hoeken",
        title="Hoeken inrichten",
        reviewed="2026-02-01",
        license="CC BY 4.0",
        attachments="[{file: gids.pdf, title: Gids}]",
    )
    world.material("kijkwijzer", title="Observeren met een kijkwijzer", reviewed="2025-11-20")
    world.material(
        "route",
        title="Leerpad hoeken",
        type="leerpad",
        reviewed="2026-03-03",
        steps="\n  - material: kijkwijzer\n  - material: hoeken",
    )
    world.question("kleuters", answered="2026-02-10", materials="[hoeken]")
    world.question(
        "taal-vraag",
        title="Hoe werk ik aan taal?",
        themes="[taal]",
        asked="2026-04-01",
        answered="2026-04-03",
    )
    world.offering(
        "opleiding-hoeken",
        reviewed="2026-05-05",
        registration="https://inschrijven.example.org/hoeken",
        sessions=(
            "[{start: 2027-01-14T09:00, end: 2027-01-14T16:00, mode: fysiek, location: 'Huis van het GO!',"
            " address: 'Willebroekkaai 36, 1000 Brussel'},"
            " {start: 2027-02-04T15:30, end: 2027-02-04T17:00, mode: online},"
            " {start: 2027-03-04T09:00, end: 2027-03-04T12:00, mode: hybride, location: Gent}]"
        ),
    )
    world.offering(
        "live-taal",
        title="'Helpdesk Live: taal'",
        form="helpdesk-live",
        reviewed="2026-06-01",
        sessions="[{start: 2027-02-10T16:00, end: 2027-02-10T17:00, mode: online}]",
    )
    world.fiche("opleiding", reviewed="2026-01-05")  # one fiche for four support forms
    world.write(
        "archive/materials/oude-hoeken.md",
        material_text(title="Oude hoekenfiche", status="archived", replaced_by="hoeken"),
    )
    return world


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, Path]:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    tmp = tmp_path_factory.mktemp("validators")
    world = _world(tmp / "world")
    site = tmp / "site"
    build_as_of(_config(tmp), world.content, site)
    return world, site


def _local(site: Path, url: str) -> Path | None:
    """The built file an absolute URL on this site reaches, or None when the site has none."""
    parts = urlsplit(url)
    base = urlsplit(SITE_URL)
    assert parts.netloc == base.netloc and parts.path.startswith(base.path), url
    target = site / unquote(parts.path[len(base.path) :])
    if target.is_file():
        return target
    return target / "index.html" if (target / "index.html").is_file() else None


def _page_url(site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    return SITE_URL + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def test_feeds_parse_cleanly_with_absolute_links_that_reach_built_pages(built: tuple[World, Path]) -> None:
    _, site = built
    for name, count in (("materialen/feed.xml", 3), ("vragen/feed.xml", 2)):
        parsed = feedparser.parse((site / name).read_bytes())
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"
        links = {link["rel"]: link["href"] for link in parsed.feed.links}
        assert links["self"] == SITE_URL + name
        assert len(parsed.entries) == count
        for entry in parsed.entries:
            assert entry.link.startswith(SITE_URL), entry.link
            assert _local(site, entry.link) is not None, entry.link
    # Each document states its links absolute: nothing for a reader to resolve against xml:base.
    assert "xml:base" not in (site / "materialen/feed.xml").read_text(encoding="utf-8")


def test_calendars_read_by_a_second_ical_parser(built: tuple[World, Path]) -> None:
    _, site = built
    calendars = sorted(site.rglob("*.ics"))
    whole = [c.relative_to(site).as_posix() for c in calendars if not c.stem[-4:].isdigit()]
    assert whole == [
        "aanbod/agenda.ics",
        "aanbod/live-taal/live-taal.ics",
        "aanbod/opleiding-hoeken/opleiding-hoeken.ics",
    ]
    assert len(calendars) - len(whole) == 4  # and one file per session that still takes place
    for path in calendars:
        (calendar,) = list(vobject.readComponents(path.read_text(encoding="utf-8")))
        events = calendar.contents["vevent"]
        uids = [event.uid.value for event in events]
        assert len(set(uids)) == len(uids)
        for event in events:
            assert event.dtstart.value.tzinfo is not None and event.dtend.value > event.dtstart.value
            assert _local(site, event.url.value) is not None
    agenda = next(vobject.readComponents((site / "aanbod/agenda.ics").read_text(encoding="utf-8")))
    assert len(agenda.contents["vevent"]) == 4


def test_every_internal_link_reaches_a_built_file(built: tuple[World, Path]) -> None:
    _, site = built
    broken = []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        here = _page_url(site, page)
        for tag in soup.find_all(True):
            for attribute in ("href", "src"):
                value = tag.get(attribute)
                if not value:
                    continue
                target = urljoin(here, value)
                if urlsplit(target).netloc != urlsplit(SITE_URL).netloc:
                    continue
                if _local(site, target.split("#")[0]) is None:
                    broken.append(f"{page.relative_to(site)}: {value}")
    assert broken == []


def test_the_sitemap_lists_reachable_pages_dated_by_their_own_content(built: tuple[World, Path]) -> None:
    _, site = built
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    entries = {
        url.findtext("s:loc", namespaces=SITEMAP): url.findtext("s:lastmod", namespaces=SITEMAP)
        for url in root.iterfind("s:url", SITEMAP)
    }
    assert all(_local(site, loc) is not None for loc in entries), entries
    assert entries[SITE_URL + "materialen/hoeken/"] == "2026-02-01"
    assert entries[SITE_URL + "vragen/kleuters/"] == "2026-02-10"  # answered
    assert entries[SITE_URL + "aanbod/opleiding-hoeken/"] == "2026-05-05"
    assert entries[SITE_URL + "kwaliteit/opleiding/"] == "2026-01-05"
    assert entries[SITE_URL + "materialen/"] == "2026-03-03"  # its newest material
    assert entries[SITE_URL + "continuum/"] is None  # a hand-written page: no date claimed
    # The open metadata, dated by the newest material in it.
    assert entries[SITE_URL + "oai/static.xml"] == "2026-03-03"
    assert entries[SITE_URL + "oai/materialen.jsonld"] == "2026-03-03"
    dates = {date for date in entries.values() if date}
    assert dates <= {
        "2026-02-01",
        "2026-02-10",
        "2026-04-03",
        "2026-05-05",
        "2026-06-01",
        "2026-01-05",
        "2026-03-03",
        "2025-11-20",
    }, dates


def test_open_metadata_is_built_valid_and_consistent(built: tuple[World, Path]) -> None:
    _, site = built
    schema = xmlschema.XMLSchema(Path(__file__).parent / "oai" / "static-repository.xsd")
    schema.validate(str(site / "oai" / "static.xml"))
    feed = json.loads((site / "oai" / "materialen.jsonld").read_text(encoding="utf-8"))
    urls = sorted(e["item"]["url"] for e in feed["dataFeedElement"] if "dateModified" in e)
    assert urls == [SITE_URL + f"materialen/{slug}/" for slug in ("hoeken", "kijkwijzer", "route")]
    (gone,) = [e for e in feed["dataFeedElement"] if "dateDeleted" in e]
    assert gone["item"]["url"] == SITE_URL + "materialen/oude-hoeken/"


def test_continuum_links_only_the_fiches_and_catalogue_filters_that_exist(built: tuple[World, Path]) -> None:
    _, site = built
    soup = BeautifulSoup((site / "continuum" / "index.html").read_text(encoding="utf-8"), "html.parser")
    buttons = {a.get_text(strip=True): a["href"] for a in soup.select("a.md-button")}
    assert [label for label in buttons if label.startswith("Kwaliteitsfiche")] == [
        "Kwaliteitsfiche Opleiding"
    ]
    assert buttons["Aanbod: Opleiding (1)"] == "../aanbod/?vorm=opleiding"
    assert buttons["Helpdesk Live-sessies"] == "../helpdesk/live/"


def test_question_and_fiche_pages_have_one_h1_and_no_skipped_level(built: tuple[World, Path]) -> None:
    _, site = built
    for page in (
        "vragen/thema/differentiatie",
        "vragen/kleuters",
        "kwaliteit/opleiding",
        "materialen/hoeken",
    ):
        soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
        content = soup.select_one("article.md-content__inner")
        assert content.find("article") is None, page  # no article nested in the page's article
        levels = [int(h.name[1]) for h in content.find_all(re.compile(r"^h[1-6]$"))]
        assert levels.count(1) == 1 and levels[0] == 1, (page, levels)
        assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), (
            page,
            levels,
        )


def test_offering_place_has_its_address_and_online_sessions_a_url(built: tuple[World, Path]) -> None:
    _, site = built
    soup = BeautifulSoup(
        (site / "aanbod" / "opleiding-hoeken" / "index.html").read_text("utf-8"), "html.parser"
    )
    course = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    first, online, hybrid = course["hasCourseInstance"]
    assert first["location"] == {
        "@type": "Place",
        "name": "Huis van het GO!",
        "address": "Willebroekkaai 36, 1000 Brussel",
    }
    assert online["location"] == {
        "@type": "VirtualLocation",
        "name": "Online",
        "url": "https://inschrijven.example.org/hoeken",
    }
    assert [place["@type"] for place in hybrid["location"]] == ["Place", "VirtualLocation"]
    assert "Willebroekkaai 36, 1000 Brussel" in soup.select_one(".hub-sessions").get_text()


def test_a_broken_link_in_a_docs_page_fails_the_build_with_its_place(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "over.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nZie ook [de fiche](../kwaliteit/plg/).\n", encoding="utf-8"
    )
    line = len(page.read_text(encoding="utf-8").splitlines())
    world = _world(tmp_path / "world")
    with pytest.raises(SiteBuildError):
        build_site(_config(tmp_path, docs), world.content, tmp_path / "site")
    assert not (tmp_path / "site").exists()  # nothing half-built is left
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"docs/over.md:{line}:20: HUB351 link: '../kwaliteit/plg/' leidt naar /kwaliteit/plg/" in logged
