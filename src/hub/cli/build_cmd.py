"""`hub build` and `hub serve`: the MkDocs build with a check first and an atomic output folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from hub.check import check_content, has_errors
from hub.cli.options import content_option, require_content
from hub.problems import Severity, format_problems
from hub.site import PLACEHOLDER_HOST, SiteBuildError, build_site, placeholder_settings, serve_site


def _checked(content: Path) -> None:
    _, problems = check_content(require_content(content))
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if has_errors(errors):
        click.echo(format_problems(errors, "text"), err=True)
        click.echo(f"hub: {len(errors)} errors: nothing was built; the previous site is untouched", err=True)
        sys.exit(1)


@click.command("build")
@content_option
@click.option(
    "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("site"), show_default=True
)
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=Path("mkdocs.yml")
)
def build(content: Path, site_dir: Path, config_file: Path) -> None:
    """Check, then build the static site into SITE_DIR (replaced only after a complete build)."""
    _checked(content)
    try:
        build_site(config_file, content, site_dir)
    except SiteBuildError as exc:
        click.echo(f"hub: build failed, the previous site is untouched: {exc}", err=True)
        sys.exit(1)
    click.echo(f"site built in {site_dir}")
    for setting in placeholder_settings(config_file):
        click.echo(
            f"hub: warning: {config_file}: {setting} still points at {PLACEHOLDER_HOST}: "
            "set the real address before publishing",
            err=True,
        )


@click.command("serve")
@content_option
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=Path("mkdocs.yml")
)
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True)
def serve(content: Path, config_file: Path, dev_addr: str) -> None:
    """Live preview on http://127.0.0.1:8000, rebuilding when content changes."""
    _checked(content)
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    serve_site(config_file, content, dev_addr)


def register(group: click.Group) -> None:
    group.add_command(build)
    group.add_command(serve)
