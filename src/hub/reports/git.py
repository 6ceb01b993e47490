"""The few git operations the editorial commands need, read-only except `move`."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import tarfile
from pathlib import Path


class GitError(Exception):
    """A git command failed; the message is git's own."""


def _git(cwd: Path, *args: str, binary: bool = False) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            ["git", "-C", str(cwd), *args],
            capture_output=True,
            text=not binary,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise GitError("git is niet geïnstalleerd: installeer git om deze opdracht te gebruiken") from None


def _stderr(result: subprocess.CompletedProcess) -> str:
    text = result.stderr.decode(errors="replace") if isinstance(result.stderr, bytes) else result.stderr
    return text.strip().splitlines()[-1] if text.strip() else f"git exited with {result.returncode}"


def work_tree_top(path: Path) -> Path | None:
    """The top folder of the git work tree that holds PATH, or None outside one."""
    folder = path if path.is_dir() else path.parent
    result = _git(folder, "rev-parse", "--show-toplevel")
    return Path(result.stdout.strip()).resolve() if result.returncode == 0 else None


def is_tracked(path: Path) -> bool:
    return _git(path.parent, "ls-files", "--error-unmatch", "--", path.name).returncode == 0


def move(source: Path, target: Path) -> str:
    """Move a file: `git mv` when git tracks it (history follows), a plain rename otherwise."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if work_tree_top(source) is not None and is_tracked(source):
        result = _git(source.parent, "mv", "--", source.name, str(target.resolve()))
        if result.returncode != 0:
            raise GitError(f"git mv mislukt: {_stderr(result)}")
        return "git mv"
    source.rename(target)
    return "rename"


def resolve_revision(top: Path, revision: str) -> str:
    """The commit id of REVISION, or GitError naming it."""
    result = _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if result.returncode != 0:
        raise GitError(
            f"onbekende revisie '{revision}' (haal in een ondiepe kloon de hele geschiedenis op: fetch-depth: 0)"
        )
    return result.stdout.strip()


def export_folder(top: Path, commit: str, folder: str, destination: Path) -> bool:
    """Write FOLDER (relative to the work tree top) as it is at COMMIT into DESTINATION.

    False when the folder does not exist at that commit (DESTINATION is then left empty).
    """
    if _git(top, "cat-file", "-e", f"{commit}:{folder}").returncode != 0:
        return False
    result = _git(top, "archive", "--format=tar", commit, "--", folder, binary=True)
    if result.returncode != 0:
        raise GitError(f"git archive mislukt: {_stderr(result)}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(destination, filter="data")
    return True


def last_change_dates(content_root: Path, commit: str | None = None) -> dict[str, dt.date]:
    """Path (relative to CONTENT_ROOT) -> date of the last commit that changed it, up to COMMIT.

    Empty outside a git work tree. One `git log` for the whole folder: fast on large trees.
    """
    top = work_tree_top(content_root)
    if top is None:
        return {}
    folder = content_root.resolve().relative_to(top).as_posix()
    args = ["log", "--format=%x00%cs", "--name-only", "--no-renames"]
    if folder != ".":
        args.append(f"--relative={folder}/")
    if commit:
        args.append(commit)
    result = _git(top, *args, "--", folder)
    if result.returncode != 0:
        return {}
    dates: dict[str, dt.date] = {}
    current: dt.date | None = None
    for line in result.stdout.splitlines():
        if line.startswith("\x00"):
            current = dt.date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


def local_changes(content_root: Path) -> set[str]:
    """Paths (relative to CONTENT_ROOT) that differ from the last commit: modified, added, untracked."""
    top = work_tree_top(content_root)
    if top is None:
        return set()
    result = _git(content_root, "status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ".")
    if result.returncode != 0:
        return set()
    root = content_root.resolve()
    changed: set[str] = set()
    for entry in result.stdout.split("\x00"):
        if len(entry) > 3 and entry[2] == " ":
            path = (top / entry[3:]).resolve()
            if root in path.parents:
                changed.add(path.relative_to(root).as_posix())
    return changed
