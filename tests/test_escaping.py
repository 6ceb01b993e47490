"""Untrusted text in content stays text on every page: titles, descriptions, notes, labels, goals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, build_as_of
from tests.world import World

HOSTILE = '</script><img src=x onerror=alert(1)> "Lezen & schrijven" <b>vet</b>'
QUOTED = "'" + HOSTILE.replace("'", "''") + "'"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = World(tmp_path_factory.mktemp("hostile"))
    label_file = world.content / "taxonomy" / "themes.yml"
    label_file.write_text(
        label_file.read_text(encoding="utf-8").replace("label: Taal", f"label: {QUOTED}"), encoding="utf-8"
    )
    world.material("doel", title=QUOTED, description=QUOTED, keywords=f"[{QUOTED}]", themes="[taal]")
    world.material(
        "pad",
        title="Leerpad",
        type="leerpad",
        steps=f"[{{material: doel, note: {QUOTED}}}]",
        related="[doel]",
    )
    world.question("vraag", title=QUOTED, materials="[doel]", themes="[taal]")
    world.offering("opl", title=QUOTED, goals=f"[{QUOTED}]", design=QUOTED, themes="[taal]")
    world.fiche("opleiding", title=QUOTED, requirements=f"[{{id: K1, text: {QUOTED}}}]")
    site = world.root / "site"
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build_as_of(ROOT / "mkdocs.yml", world.content, site)
    return site


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_no_page_gains_an_injected_element_or_handler(hostile_site: Path) -> None:
    offenders = []
    for path in _pages(hostile_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            if handlers or (tag.name == "img" and tag.get("src") == "x") or tag.name == "b":
                offenders.append(f"{path.relative_to(hostile_site)}: <{tag.name} {tag.attrs}>")
    assert offenders == [], "\n".join(offenders)


def test_hostile_title_reads_as_written(hostile_site: Path) -> None:
    soup = BeautifulSoup(
        (hostile_site / "materialen" / "doel" / "index.html").read_text("utf-8"), "html.parser"
    )
    assert soup.find("h1").get_text() == HOSTILE
    assert soup.title.get_text().startswith(HOSTILE)


def test_structured_data_cannot_close_its_script(hostile_site: Path) -> None:
    for path in _pages(hostile_site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script", type="application/ld+json"):
            assert "</script>" not in script.get_text()


def test_page_titles_with_ampersands_are_not_escaped_twice(hostile_site: Path) -> None:
    # The facet page of the theme whose label is hostile: its <h1> shows the label as written.
    soup = BeautifulSoup(
        (hostile_site / "materialen" / "thema" / "taal" / "index.html").read_text("utf-8"), "html.parser"
    )
    assert soup.find("h1").get_text() == HOSTILE


def test_every_hub_template_escapes_by_itself() -> None:
    # {% include %} does not inherit the caller's autoescape: each template must switch it on itself.
    templates = sorted((ROOT / "overrides" / "hub").rglob("*.html"))
    assert templates
    missing = [
        str(t.relative_to(ROOT)) for t in templates if "{% autoescape true %}" not in t.read_text("utf-8")
    ]
    assert missing == []
