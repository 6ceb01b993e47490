"""Attachments: present, inside content/materials/files/, no symlinks, allowed types, at most 20 MB."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.checking import no_problems, the_problem
from tests.world import World

HEAD = "content/materials/bijlage.md:13: error: attachments.file:"


def _attach(world: World, file: str) -> None:
    world.material("bijlage", attachments=f"\n  - file: '{file}'\n    title: De fiche")


def test_existing_allowed_attachments_pass(world: World) -> None:
    world.write("materials/files/fiche.pdf", b"%PDF-1.7\n")
    world.write("materials/files/sub/klank.mp3", b"ID3")
    world.material("bijlage", attachments="\n  - file: fiche.pdf\n  - file: sub/klank.mp3")
    no_problems(world)


def test_missing_attachment(world: World) -> None:
    _attach(world, "weg.pdf")
    assert "'weg.pdf' bestaat niet" in the_problem(world, HEAD)


@pytest.mark.parametrize("file", ["../../qa/geheim.pdf", "../files/../../taxonomy/x.pdf", "/etc/passwd.pdf"])
def test_path_traversal_is_refused(world: World, file: str) -> None:
    world.write("qa/geheim.pdf", b"%PDF")
    _attach(world, file)
    assert "moet een pad binnen content/materials/files/ zijn" in the_problem(world, HEAD)


def test_symlink_is_refused(world: World) -> None:
    outside = world.write("geheim.pdf", b"%PDF")
    files = world.content / "materials" / "files"
    files.mkdir(parents=True)
    os.symlink(outside, files / "link.pdf")
    _attach(world, "link.pdf")
    assert "symbolische link" in the_problem(world, HEAD)


def test_symlinked_folder_is_refused(world: World) -> None:
    world.write("elders/fiche.pdf", b"%PDF")
    files = world.content / "materials" / "files"
    files.mkdir(parents=True)
    os.symlink(world.content / "elders", files / "map")
    _attach(world, "map/fiche.pdf")
    assert "symbolische link" in the_problem(world, HEAD)


@pytest.mark.parametrize("file", ["script.exe", "pagina.html", "fiche.pdf.js", "zonder-extensie"])
def test_disallowed_type(world: World, file: str) -> None:
    world.write(f"materials/files/{file}", b"x")
    _attach(world, file)
    line = the_problem(world, HEAD)
    assert "bestandstype dat niet is toegestaan" in line and ".pdf" in line


def test_upper_case_extension_is_allowed(world: World) -> None:
    world.write("materials/files/FOTO.JPG", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    _attach(world, "FOTO.JPG")
    no_problems(world)


def test_attachment_over_20_mb(world: World) -> None:
    big = world.write("materials/files/groot.pdf", b"")
    os.truncate(big, 20 * 1024 * 1024 + 1)  # sparse: fast and takes no disk space
    _attach(world, "groot.pdf")
    assert "de grens is 20 MB" in the_problem(world, HEAD)


def test_attachment_of_exactly_20_mb_passes(world: World) -> None:
    big = world.write("materials/files/precies.pdf", b"%PDF-1.7\n")
    os.truncate(big, 20 * 1024 * 1024)
    _attach(world, "precies.pdf")
    no_problems(world)


def test_executable_renamed_pdf_is_refused(world: World) -> None:
    world.write("materials/files/factuur.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64)
    _attach(world, "factuur.pdf")
    line = the_problem(world, HEAD)
    assert "heet .pdf" in line and ".exe" in line


def test_text_renamed_docx_is_refused(world: World) -> None:
    world.write("materials/files/verslag.docx", "gewoon tekst, geen Word-bestand\n")
    _attach(world, "verslag.docx")
    assert "geen herkenbaar bestand" in the_problem(world, HEAD)


def test_linked_files_folder_is_refused(world: World, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (elsewhere / "fiche.pdf").write_bytes(b"%PDF-1.7\n")
    files = world.content / "materials" / "files"
    if files.exists():
        shutil.rmtree(files)
    files.parent.mkdir(parents=True, exist_ok=True)
    files.symlink_to(elsewhere, target_is_directory=True)
    _attach(world, "fiche.pdf")
    assert "content/materials/files' is een symbolische link" in the_problem(world, HEAD)
