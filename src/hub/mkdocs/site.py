"""Building and serving the site with MkDocs: an atomic output folder, and the hand-over of what
the command already knows (content folder, checked context, clock) to the plugin."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from hub.context import BuildContext
from hub.mkdocs.handoff import Preset, hand_over


class SiteBuildError(Exception):
    """The generator failed; the message says why."""


PLACEHOLDER_HOST = "example.invalid"


def placeholder_settings(config_file: Path) -> list[str]:
    """Settings in mkdocs.yml that still point at the placeholder host (fine for previews only)."""
    import yaml

    try:
        settings = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except (OSError, yaml.YAMLError):
        return []
    found = []
    if PLACEHOLDER_HOST in str(settings.get("site_url", "")):
        found.append("site_url")
    for key, value in (settings.get("extra") or {}).items():
        if PLACEHOLDER_HOST in str(value):
            found.append(f"extra.{key}")
    return found


def build_site(
    config_file: Path,
    content: Path,
    site_dir: Path,
    *,
    context: BuildContext | None = None,
    cache_root: Path | None = None,
    lanes: int | None = None,
) -> None:
    """Build into a fresh folder next to SITE_DIR, then swap it in: a failed build changes nothing.

    CONTEXT is the content already loaded and checked by the command (read once per build); without
    it the plugin loads and checks the content itself. LANES: processes that render pages at once
    (default: one per core)."""
    from jinja2 import TemplateError
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from hub.lanes import LaneFailed, available_lanes
    from hub.mkdocs.lane_build import build

    site_dir = site_dir.resolve()
    _refuse_unsafe_site_dir(site_dir, content.resolve(), config_file.resolve().parent)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        lanes = lanes or available_lanes()
        with hand_over(config_file, Preset(content.resolve(), context, cache_root, lanes)):
            config = load_config(str(config_file), site_dir=str(staging))
            build(config, lanes)
    except (MkDocsException, OSError, ValueError, TemplateError, LaneFailed) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteBuildError(str(exc)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_in(staging, site_dir)


def _refuse_unsafe_site_dir(site_dir: Path, content: Path, project: Path) -> None:
    """The output folder is replaced whole: never let that be the content, the project or other files."""
    for precious in (content, project):
        if site_dir == precious or site_dir in precious.parents:
            raise SiteBuildError(f"{site_dir} holds {precious}: choose another --site-dir, e.g. site/")
    if site_dir.exists() and not site_dir.is_dir():
        raise SiteBuildError(f"{site_dir} is a file, not a folder: choose another --site-dir")
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / "index.html").is_file():
        raise SiteBuildError(
            f"{site_dir} is not empty and is not a built site (no index.html): choose another --site-dir"
        )


def _swap_in(staging: Path, site_dir: Path) -> None:
    retired = site_dir.with_name(f".{site_dir.name}.old")
    shutil.rmtree(retired, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(retired)
    staging.rename(site_dir)
    shutil.rmtree(retired, ignore_errors=True)


def serve_site(
    config_file: Path,
    content: Path,
    dev_addr: str,
    *,
    context: BuildContext | None = None,
    cache_root: Path | None = None,
) -> None:
    """Live preview; the first build uses CONTEXT, later ones re-read only the files that changed."""
    from mkdocs.commands.serve import serve

    # MkDocs warns (in English) before every dirty build; for the preview that is the point.
    logging.getLogger("mkdocs.commands.build").addFilter(_NotTheDirtyBuildWarning())
    with hand_over(config_file, Preset(content.resolve(), context, cache_root)):
        # A dirty build renders again only the pages whose source or data changed (the plugin tells).
        serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, build_type="dirty")


class _NotTheDirtyBuildWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()
