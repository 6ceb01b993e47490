"""The one-pass build: each content file read once, the same files for the same day, plain-data
page contexts, and imports that run one way through the layers."""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import hub.load.loader as loader
from hub.cli import hub
from hub.context import BuildContext, load_context
from hub.render.pages import build_site_content
from tests.conftest import NOW, ROOT

SRC = ROOT / "src" / "hub"


def _build(content: Path, site: Path, today: str = "2026-11-23", config: Path = ROOT / "mkdocs.yml") -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    args = ["build", "--content", str(content), "--site-dir", str(site), "--today", today]
    result = CliRunner().invoke(hub, [*args, "--config", str(config)])
    assert result.exit_code == 0, result.output


def _bundled_copy(tmp_path: Path) -> Path:
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def test_hub_build_reads_every_content_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hub.lanes

    content = _bundled_copy(tmp_path)
    log = tmp_path / "reads.txt"
    original = loader.read_text

    def counting(path: Path, shown: str):  # type: ignore[no-untyped-def]
        # Appended to a file: a forked lane reads too, and its counts would not come back.
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{path}\n")
        return original(path, shown)

    monkeypatch.setattr(loader, "read_text", counting)
    monkeypatch.setattr(hub.lanes, "available_lanes", lambda: 2)
    _build(content, tmp_path / "site")
    reads = Counter(log.read_text(encoding="utf-8").splitlines())
    items = [p for p in content.rglob("*.md") if "files" not in p.parts]
    effects = list((content / "effects").rglob("*.yml"))
    assert len(items) > 100 and len(effects) >= 3
    assert {str(p) for p in [*items, *effects]} <= set(reads)
    assert max(reads.values()) == 1, [path for path, count in reads.items() if count > 1][:5]


def test_two_builds_for_the_same_day_give_identical_files_in_two_lanes_or_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hub.lanes

    content = _bundled_copy(tmp_path)
    monkeypatch.setattr(hub.lanes, "available_lanes", lambda: 2)
    _build(content, tmp_path / "eerste")
    monkeypatch.setattr(hub.lanes, "available_lanes", lambda: 1)
    _build(content, tmp_path / "tweede")

    def digests(site: Path) -> dict[str, str]:
        return {
            str(path.relative_to(site)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*"))
            if path.is_file()
        }

    first, second = digests(tmp_path / "eerste"), digests(tmp_path / "tweede")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_the_day_of_the_build_decides_what_is_upcoming(tmp_path: Path) -> None:
    content = _bundled_copy(tmp_path)
    _build(content, tmp_path / "toen", today="2026-11-23")
    _build(content, tmp_path / "later", today="2040-01-01")

    def archived(site: Path) -> int:
        """Offerings in the school-year archives: those whose sessions are all past on the build day."""
        pages = (site / "aanbod" / "archief").glob("*/index.html")
        return sum(
            page.read_text(encoding="utf-8").count('class="hub-card hub-card--training') for page in pages
        )

    toen, later = archived(tmp_path / "toen"), archived(tmp_path / "later")
    assert toen < later
    on_request = (tmp_path / "later" / "aanbod" / "index.html").read_text(encoding="utf-8")
    assert on_request.count('class="hub-card hub-card--training') + later == len(
        list((content / "trainings").glob("*.md"))
    )


def test_every_page_context_is_plain_data(tmp_path: Path) -> None:
    context = load_context(ROOT / "content", NOW, cache_root=tmp_path / "cache")
    site = build_site_content(context)
    for page in site.pages:
        assert json.loads(json.dumps(page.context)) == page.context, page.src_uri


def test_the_dashboard_checks_links_against_the_pages_made_before_it(tmp_path: Path) -> None:
    context = BuildContext(load_context(ROOT / "content", NOW).catalog, (ROOT / "content").resolve(), NOW)
    context.cache_root = tmp_path / "cache"
    build_site_content(context)
    assert context.generated_paths is not None
    assert {"materialen/", "zoek/", "aanbod/agenda.ics"} <= context.generated_paths
    assert not [f for f in context.prune_findings if f.finding == "broken-link" and "/thema/" in f.detail]


# Layers, lowest first: a module may import its own layer and the layers before it.
LAYERS = [
    {"problems", "model", "lanes"},
    {"load", "privacy"},
    {"check", "index", "reports", "context"},
    {"render"},
    {"mkdocs"},
    {"editorial", "helpdesk", "effects", "scaffold", "storage"},
    {"cli"},
]


def _layer(name: str) -> int:
    return next(number for number, names in enumerate(LAYERS) if name in names)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _modules() -> list[tuple[str, Path]]:
    return [(path.relative_to(SRC).parts[0].removesuffix(".py"), path) for path in sorted(SRC.rglob("*.py"))]


def test_imports_run_one_way_through_the_layers() -> None:
    wrong = []
    for package, path in _modules():
        if package == "__init__":
            continue
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] != "hub" or len(parts) < 2:
                continue
            if _layer(parts[1]) > _layer(package):
                wrong.append(f"{path.relative_to(SRC)} imports {module}")
    assert wrong == []


def test_only_the_adapter_imports_mkdocs() -> None:
    users = {
        str(path.relative_to(SRC))
        for package, path in _modules()
        if any(module == "mkdocs" or module.startswith("mkdocs.") for module in _imports(path))
    }
    assert users and all(user.startswith("mkdocs/") for user in users), users


def test_render_uses_no_check_editorial_or_helpdesk_code() -> None:
    for package, path in _modules():
        if package == "render":
            banned = [
                m
                for m in _imports(path)
                if m.split(".")[:2] in (["hub", "check"], ["hub", "editorial"], ["hub", "helpdesk"])
            ]
            assert banned == [], path


def test_model_imports_nothing_of_hub_outside_model() -> None:
    for package, path in _modules():
        if package == "model":
            outside = [m for m in _imports(path) if m.startswith("hub.") and not m.startswith("hub.model")]
            assert outside == [], path


def test_no_clock_or_environment_below_the_cli_and_the_adapter() -> None:
    allowed = {"cli", "mkdocs"}
    for package, path in _modules():
        if package in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("date.today()", "datetime.now(", "os.environ", "ContextVar"):
            if needle in text and not (path.name == "context.py" and needle == "datetime.now("):
                if path.name == "git.py" and needle == "os.environ":
                    continue  # git runs with a fixed locale: the environment of a child process
                if path.name == "seal.py" and needle == "os.environ":
                    continue  # where this machine keeps its key
                raise AssertionError(f"{path.relative_to(SRC)} uses {needle}")


def test_dates_in_contexts_are_iso_text(tmp_path: Path) -> None:
    context = load_context(ROOT / "content", dt.datetime(2026, 11, 23, 9), cache_root=tmp_path / "cache")
    site = build_site_content(context)
    material = next(page for page in site.pages if page.template == "hub/material.html")
    dt.date.fromisoformat(material.context["item"]["reviewed"])


def _digests(site: Path) -> dict[str, str]:
    return {
        str(path.relative_to(site)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_theme_parts_shared_by_pages_change_no_byte(tmp_path: Path) -> None:
    import shutil

    content = _bundled_copy(tmp_path)
    _build(content, tmp_path / "gedeeld")
    # The reference: the same project without the partials that share, so the theme's own
    # navigation, tabs and texts are rendered for every page.
    project = tmp_path / "project"
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for partial in ("nav.html", "tabs.html", "language.html"):
        (project / "overrides" / "partials" / partial).unlink()
    _build(content, tmp_path / "eigen", config=project / "mkdocs.yml")
    shared, own = _digests(tmp_path / "gedeeld"), _digests(tmp_path / "eigen")
    assert shared.keys() == own.keys()
    assert [name for name in shared if shared[name] != own[name]] == []
    question = next((tmp_path / "gedeeld" / "vragen").glob("*/index.html")).read_text()
    assert 'href="../../materialen/" class="md-tabs__link' in question
    material = (tmp_path / "gedeeld" / "materialen" / "ai-kader-clb" / "index.html").read_text()
    assert 'href="../" class="md-tabs__link' in material and "md-nav--primary" in material
    listing = (tmp_path / "gedeeld" / "materialen" / "index.html").read_text()
    assert "md-tabs__item--active" in listing


def test_two_lanes_render_every_page_once_between_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hub.lanes
    import hub.mkdocs.lane_build as lane_build

    log = tmp_path / "rendered.txt"
    render = lane_build._build_page

    def logged(page, *args, **kwargs):  # type: ignore[no-untyped-def]
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {page.file.src_uri}\n")
        return render(page, *args, **kwargs)

    monkeypatch.setattr(lane_build, "_build_page", logged)
    monkeypatch.setattr(hub.lanes, "available_lanes", lambda: 2)
    _build(_bundled_copy(tmp_path), tmp_path / "site")
    rendered = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    pages = Counter(uri for _, uri in rendered)
    assert pages and max(pages.values()) == 1
    by_process = Counter(pid for pid, _ in rendered)
    assert len(by_process) == 2, by_process  # both lanes rendered pages
    docs = {str(path.relative_to(ROOT / "docs")) for path in (ROOT / "docs").rglob("*.md")}
    assert docs <= set(pages)
    assert {pid for pid, uri in rendered if uri in docs} == {str(os.getpid())}


def test_links_to_anchors_are_checked_against_pages_read_in_other_lanes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import time

    import hub.lanes
    import hub.mkdocs.lane_build as lane_build
    from tests.conftest import build_as_of

    project = tmp_path / "project"
    for name in ("docs", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("anchors: info", "anchors: warn")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    with (project / "docs" / "over.md").open("a", encoding="utf-8") as page:
        page.write("\n\nZie [dit deel](materialen/ai-kader-clb.md#bestaat-niet).\n")
    content = _bundled_copy(tmp_path)
    monkeypatch.setattr(hub.lanes, "available_lanes", lambda: 2)
    # This process waits first, so the forked lane reads and renders the pages (both ends of the link).
    spread = lane_build.each_in_lanes
    monkeypatch.setattr(
        lane_build, "each_in_lanes", lambda tasks, lanes: spread(tasks, lanes, here=[lambda: time.sleep(2)])
    )
    with caplog.at_level("WARNING", logger="mkdocs"):
        build_as_of(project / "mkdocs.yml", content, tmp_path / "site")
    assert any(
        "over.md" in record.getMessage() and "#bestaat-niet" in record.getMessage()
        for record in caplog.records
    ), [record.getMessage() for record in caplog.records]
