"""`hub serve`: the live preview shows an editor's save, re-reading only the file that changed."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from tests.conftest import ROOT
from tests.test_cli_check import HUB
from tests.world import World, material_text


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _page(url):
            return True
        time.sleep(0.25)
    return False


def test_a_saved_edit_shows_in_the_preview(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.material("differentieren", material_text("Differentiëren in de klas"))
    port = _free_port()
    server = subprocess.Popen(
        [str(HUB), "serve", "--content", str(world.content), "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "HUB_CACHE_DIR": str(tmp_path / "cache")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/materialen/differentieren/"
    try:
        assert _wait_for(url, "Differentiëren in de klas", 90), "the preview never served the page"
        world.material("differentieren", material_text("Differentiëren met hoeken"))
        assert _wait_for(url, "Differentiëren met hoeken", 60), "the saved title never showed"
    finally:
        server.terminate()
        server.wait(timeout=30)
