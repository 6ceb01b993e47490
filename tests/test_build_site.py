"""`hub build` on a small tree: contract URLs, leerpad steps, redirects, no drafts, atomic output."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from hub.check import check_content
from hub.cli import hub
from hub.load.loader import load_content
from hub.mkdocs.site import SiteBuildError, build_site
from hub.problems import Severity
from hub.render.pages import PageSpec, build_site_content
from tests.conftest import ROOT, TODAY, context_of
from tests.world import World, material_text

CONFIG = ROOT / "mkdocs.yml"
DRAFT_TITLE = "Quokkaconcept zebrapad"  # appears nowhere in a built site
DRAFT_SLUG = "quokka-zebrapad-concept"
STEPS = [  # (slug, title, note), deliberately not in alphabetical order
    ("observeren", "Observeren met een kijkwijzer", "Begin met kijken naar je klas."),
    ("hoeken", "Hoeken inrichten in de kleuterklas", "Richt dan de hoeken in."),
    ("feedback", "Feedback geven aan jonge kinderen", None),
]


def _small_world(root: Path) -> World:
    world = World(root)
    for slug, title, _ in STEPS:
        world.material(slug, title=title)
    steps = "".join(f"\n  - material: {s}" + (f"\n    note: {n}" if n else "") for s, _, n in STEPS)
    world.material(
        "leerpad-kleuters", title="Leerpad differentiëren bij kleuters", type="leerpad", steps=steps
    )
    world.material(
        DRAFT_SLUG, title=DRAFT_TITLE, status="draft", description=f"{DRAFT_TITLE}, nog lang niet klaar."
    )
    world.question("kleuters-differentieren", materials="[hoeken]")
    world.offering("opleiding-differentiatie")
    world.fiche("opleiding")
    world.write(
        "archive/materials/oude-hoeken.md",
        material_text(title="Oude hoekenfiche", status="archived", replaced_by="hoeken"),
    )
    world.write("archive/materials/verouderd.md", material_text(title="Verouderde tekst", status="archived"))
    return world


def _build(content: Path, site: Path) -> object:
    args = ["build", "--content", str(content), "--site-dir", str(site), "--today", TODAY.isoformat()]
    return CliRunner().invoke(hub, [*args, "--config", str(CONFIG)])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[World, Path]:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    world = _small_world(tmp_path_factory.mktemp("small"))
    site = world.root / "site"
    result = _build(world.content, site)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    return world, site


def _page(site: Path, url: str) -> BeautifulSoup:
    path = site / url.strip("/") / "index.html"
    assert path.is_file(), f"no page at /{url}"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _h1(soup: BeautifulSoup) -> str:
    return " ".join(soup.find("h1").get_text().split())


def test_every_published_item_has_a_page_at_its_contract_url(built: tuple[World, Path]) -> None:
    _, site = built
    expected = {
        "materialen/hoeken/": "Hoeken inrichten in de kleuterklas",
        "materialen/leerpad-kleuters/": "Leerpad differentiëren bij kleuters",
        "vragen/kleuters-differentieren/": "Hoe differentieer ik bij kleuters?",
        "aanbod/opleiding-differentiatie/": "Opleiding differentiatie",
        "kwaliteit/opleiding/": "Kwaliteitsfiche opleiding",
    }
    for url, title in expected.items():
        soup = _page(site, url)
        assert _h1(soup) == title, url
        assert soup.find("html")["lang"] == "nl"


def test_the_body_is_rendered_on_the_page(built: tuple[World, Path]) -> None:
    _, site = built
    assert (
        "Werk met hoeken en kies per hoek een doel."
        in _page(site, "vragen/kleuters-differentieren/").get_text()
    )


def test_leerpad_lists_its_steps_in_order_with_titles_and_notes(built: tuple[World, Path]) -> None:
    _, site = built
    soup = _page(site, "materialen/leerpad-kleuters/")
    step_urls = [f"materialen/{slug}/" for slug, _, _ in STEPS]
    lists = [
        ol
        for ol in soup.find_all("ol")
        if all(ol.find("a", href=lambda h, u=u: h and u in h) for u in step_urls)
    ]
    assert len(lists) == 1, "one ordered list holds the steps"
    items = lists[0].find_all("li", recursive=False)
    assert len(items) == len(STEPS)
    for item, (slug, title, note) in zip(items, STEPS, strict=True):
        link = item.find("a", href=lambda h, s=slug: h and f"materialen/{s}/" in h)
        assert " ".join(link.get_text().split()) == title
        if note:
            assert note in item.get_text()


def test_step_page_says_which_leerpad_it_belongs_to(built: tuple[World, Path]) -> None:
    _, site = built
    text = " ".join(_page(site, "materialen/hoeken/").get_text().split())
    assert "Leerpad differentiëren bij kleuters" in text and "stap 2 van 3" in text.lower()


def test_archived_url_redirects_to_replaced_by(built: tuple[World, Path]) -> None:
    _, site = built
    soup = _page(site, "materialen/oude-hoeken/")
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    target = refresh["content"].split("url=", 1)[1]
    resolved = urlsplit(urljoin("https://hub.example/materialen/oude-hoeken/", target)).path
    assert resolved == "/materialen/hoeken/"
    assert (site / "materialen/hoeken/index.html").is_file()


def test_archived_without_successor_gets_a_retired_page(built: tuple[World, Path]) -> None:
    _, site = built
    soup = _page(site, "materialen/verouderd/")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "niet meer beschikbaar" in soup.get_text()


def _sitemap_paths(site: Path) -> set[str]:
    tree = ElementTree.fromstring((site / "sitemap.xml").read_bytes())
    return {urlsplit(loc.text or "").path for loc in tree.iter() if loc.tag.endswith("loc")}


def test_sitemap_lists_published_pages_only(built: tuple[World, Path]) -> None:
    _, site = built
    paths = _sitemap_paths(site)
    assert "/materialen/hoeken/" in paths and "/vragen/kleuters-differentieren/" in paths
    assert f"/materialen/{DRAFT_SLUG}/" not in paths
    assert "/materialen/oude-hoeken/" not in paths


def test_draft_appears_nowhere(built: tuple[World, Path]) -> None:
    _, site = built
    assert not (site / "materialen" / DRAFT_SLUG).exists()
    search_files = []
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="ignore")
        assert "quokka" not in text.lower(), f"the draft leaks into {path.relative_to(site)}"
        if "search" in path.relative_to(site).parts[0]:
            search_files.append(text)
    # Whatever form the search index takes, it exists and holds the published items.
    assert search_files, "the site has a search index under search/"
    assert any("Hoeken inrichten in de kleuterklas" in text for text in search_files)


def test_no_two_generated_pages_share_a_url(built: tuple[World, Path]) -> None:
    world, _ = built
    catalog, _ = load_content(world.content)
    uris = [
        p.src_uri
        for p in build_site_content(context_of(catalog, world.content)).pages
        if isinstance(p, PageSpec)
    ]
    duplicates = sorted({uri for uri in uris if uris.count(uri) > 1})
    assert duplicates == [], f"several page builders write {duplicates}; the last one silently wins"


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_failed_build_leaves_the_previous_site_byte_identical(
    built: tuple[World, Path], tmp_path: Path
) -> None:
    world, good_site = built
    site = tmp_path / "site"
    shutil.copytree(good_site, site)
    before = _hashes(site)
    content = tmp_path / "content"
    shutil.copytree(world.content, content)
    (content / "materials" / "hoeken.md").write_text(material_text(leveles="[kleuter]"), encoding="utf-8")

    result = _build(content, site)
    assert result.exit_code == 1
    assert "content/materials/hoeken.md:12:1: HUB102 leveles:" in result.stderr  # type: ignore[attr-defined]
    assert _hashes(site) == before

    with pytest.raises(SiteBuildError):  # the MkDocs plugin refuses too, without the CLI's check
        build_site(CONFIG, content, site)
    assert _hashes(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"], "no half-built folders left"


def test_build_refuses_to_replace_content_or_foreign_folders(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.material("hoeken")
    before = _hashes(world.content)
    with pytest.raises(SiteBuildError):
        build_site(CONFIG, world.content, world.content)
    with pytest.raises(SiteBuildError):
        build_site(CONFIG, world.content, tmp_path)
    papers = tmp_path / "papieren"
    papers.mkdir()
    (papers / "belangrijk.txt").write_text("niet weggooien")
    with pytest.raises(SiteBuildError):
        build_site(CONFIG, world.content, papers)
    assert _hashes(world.content) == before
    assert (papers / "belangrijk.txt").read_text() == "niet weggooien"


def _bundled_content_errors() -> list[str]:
    _, problems = check_content(ROOT / "content", TODAY)
    return [p.as_text() for p in problems if p.severity == Severity.ERROR]


def test_mkdocs_build_strict_on_the_bundled_content(tmp_path: Path) -> None:
    errors = _bundled_content_errors()
    assert errors == [], "content/ must pass 'hub check'"
    run = subprocess.run(
        [
            str(Path(sys.executable).with_name("mkdocs")),
            "build",
            "--strict",
            "--site-dir",
            str(tmp_path / "site"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "WARNING" not in run.stderr, run.stderr[-3000:]
    assert (tmp_path / "site" / "index.html").is_file()


def test_strict_build_refuses_placeholder_settings_and_warnings(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hub.cli import hub

    world = World(tmp_path)
    world.material("differentieren")
    site = tmp_path / "site"
    args = ["build", "--content", str(world.content), "--site-dir", str(site), "--today", "2026-11-23"]
    refused = CliRunner().invoke(hub, [*args, "--strict", "--config", str(CONFIG)])
    assert refused.exit_code == 1
    assert "site_url wijst nog naar example.invalid" in refused.stderr
    assert not site.exists()
    published = tmp_path / "mkdocs.yml"
    published.write_text(
        CONFIG.read_text(encoding="utf-8")
        .replace("https://example.invalid/stel-je-vraag", "https://pbd.example/vraag")
        .replace("redactie@example.invalid", "redactie@pbd.example")
        .replace("https://example.invalid/", "https://pbd.example/")
        .replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
        .replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}"),
        encoding="utf-8",
    )
    built = CliRunner().invoke(hub, [*args, "--strict", "--config", str(published)])
    assert built.exit_code == 0, built.stderr
    assert (site / "index.html").is_file()
