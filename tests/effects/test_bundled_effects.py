"""The sample site's evaluations are what `hub effect import` makes of the sample exports in
tests/fixtures/effects/ (fake respondents, kept out of content/): running it again changes no byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from hub.cli import hub
from tests.conftest import ROOT, TODAY

FIXTURES = ROOT / "tests" / "fixtures" / "effects"
# export -> (offering, participants, extra options), as the begeleiders ran them
IMPORTS = {
    "curriculumimplementatie-2026-03-26.csv": ("curriculumimplementatie-beleidsteams-bao", 40, ()),
    "datawijzer-2026-05-20.csv": ("helpdesk-live-datawijzer", 60, ("--session", "2026-05-20")),
    "curriculum-bao-2026-10-14.csv": ("helpdesk-live-curriculum-bao", 18, ()),
}


@pytest.mark.parametrize("export", sorted(IMPORTS))
def test_the_bundled_effect_files_are_the_import_of_the_sample_exports(tmp_path: Path, export: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    offering, participants, extra = IMPORTS[export]
    shutil.rmtree(content / "effects" / offering)
    args = ["effect", "import", str(FIXTURES / export), "--content", str(content), "--offering", offering]
    result = CliRunner().invoke(
        hub, [*args, "--participants", str(participants), "--today", TODAY.isoformat(), *extra]
    )
    assert result.exit_code == 0, result.output
    [made] = (content / "effects" / offering).iterdir()
    assert made.read_bytes() == (ROOT / "content" / "effects" / offering / made.name).read_bytes()


def test_every_bundled_effect_file_comes_from_a_sample_export() -> None:
    offerings = {offering for offering, _, _ in IMPORTS.values()}
    assert {path.name for path in (ROOT / "content" / "effects").iterdir()} == offerings
