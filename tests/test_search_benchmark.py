"""The benchmark's content generator makes valid content (a tiny smoke run; the benchmark is a script)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from hub.check import check_content
from hub.index import search
from hub.problems import Severity
from tests.conftest import ROOT, TODAY


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "benchmark_search", ROOT / "scripts" / "benchmark_search.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_generated_content_checks_clean_and_is_searchable(tmp_path: Path) -> None:
    content = load_benchmark().generate(tmp_path, materials=12, questions=6)
    catalog, problems = check_content(content, TODAY)
    assert [p.as_text() for p in problems if p.severity == Severity.ERROR] == []
    assert len(catalog.published_materials()) == 12 and len(catalog.published_questions()) == 6
    assert search(catalog, content, "leerlingen")
