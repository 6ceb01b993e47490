"""Site-wide output: the sitemap leaves out noindex pages; retired pages lead on; placeholders are named."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hub.mkdocs.site import SiteBuildError, build_site, placeholder_settings
from tests.conftest import ROOT, TODAY, build_as_of
from tests.world import World, material_text

RETIRED = material_text(title="Checklist uit 2020").replace("status: published", "status: archived")


def _built(world: World) -> Path:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site = world.root / "site"
    build_as_of(ROOT / "mkdocs.yml", world.content, site)
    return site


def test_sitemap_lists_public_pages_but_not_the_editors_pages(world: World) -> None:
    world.material("doel")
    site = _built(world)
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert "/materialen/doel/" in sitemap
    assert (site / "redactie" / "index.html").exists()
    assert "/redactie/" not in sitemap


def test_retired_page_without_successor_offers_ways_on(world: World) -> None:
    world.material("doel")
    world.write("archive/materials/oude-checklist.md", RETIRED)
    soup = BeautifulSoup(
        (_built(world) / "materialen" / "oude-checklist" / "index.html").read_text("utf-8"), "html.parser"
    )
    assert soup.find("h1").get_text() == "Checklist uit 2020"
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    targets = {a["href"] for a in soup.find_all("a")}
    assert {"../", "../../zoek/", "../../helpdesk/"} <= targets


def test_placeholder_addresses_in_settings_are_named(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: https://example.invalid/\nextra:\n  question_form_url: https://forms.example.org/x\n"
    )
    assert placeholder_settings(config) == ["site_url"]


def test_hub_build_warns_about_placeholders_but_builds(world: World) -> None:
    world.material("doel")
    result = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "hub"),
            "build",
            "--content",
            str(world.content),
            "--site-dir",
            str(world.root / "s"),
            "--today",
            TODAY.isoformat(),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "site_url wijst nog naar example.invalid" in result.stderr
    assert (world.root / "s" / "materialen" / "doel" / "index.html").exists()


def test_a_private_mailbox_as_service_contact_stops_the_build_with_the_setting_named(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    world.material("doel")
    settings = (ROOT / "mkdocs.yml").read_text("utf-8")
    settings = settings.replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
    settings = settings.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    settings = settings.replace("contact: https://example.invalid/contact", "contact: an.peeters@gmail.com")
    assert "an.peeters@gmail.com" in settings
    config = world.root / "mkdocs.yml"
    config.write_text(settings, "utf-8")
    with pytest.raises(SiteBuildError):
        build_site(config, world.content, world.root / "site")
    assert f"{config}: extra.contact: 'an.peeters@gmail.com' is een persoonlijk mailadres" in caplog.text
    assert not (world.root / "site").exists()
