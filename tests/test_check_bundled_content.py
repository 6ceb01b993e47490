"""The sample content in content/ passes `hub check` (errors; warnings such as overdue reviews may remain)."""

from __future__ import annotations

from hub.check import check_content
from hub.problems import Severity
from tests.conftest import ROOT, TODAY


def test_bundled_content_has_no_errors() -> None:
    catalog, problems = check_content(ROOT / "content", TODAY)
    errors = [p.as_text() for p in problems if p.severity == Severity.ERROR]
    assert errors == [], f"{len(errors)} errors in content/:\n" + "\n".join(errors[:40])
    assert len(catalog.published_materials()) >= 40
    assert len(catalog.published_questions()) >= 20
