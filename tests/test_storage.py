"""Atomic writes: the new text or the old one, and both the file and its folder flushed to disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hub import storage


def test_write_atomic_syncs_the_file_and_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "qa" / "vraag.md"
    storage.write_atomic(target, "---\ntitle: Vraag\n---\n")
    assert target.read_text(encoding="utf-8") == "---\ntitle: Vraag\n---\n"
    assert any(Path(path).name.startswith(".vraag.md.") for path in synced)  # the file, before the rename
    assert str(target.parent) in synced  # the folder, after it


def test_a_failed_write_leaves_the_old_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "vraag.md"
    target.write_text("oud", encoding="utf-8")

    def broken_replace(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.write_atomic(target, "nieuw")
    assert target.read_text(encoding="utf-8") == "oud"
    assert [path.name for path in tmp_path.iterdir()] == ["vraag.md"]
