"""`hub archive SLUG [--replaced-by SLUG]`: retire an item and keep its URL alive."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hub.cli.options import content_option, require_content
from hub.editorial.archive import ArchiveRefused, apply_archive, plan_archive
from hub.problems import format_problems
from hub.reports.git import GitError


@click.command("archive")
@content_option
@click.argument("slug")
@click.option(
    "--replaced-by", "successor", metavar="SLUG", help="The published item that takes over its URL."
)
@click.option(
    "--kind",
    type=click.Choice(["material", "qa", "training"]),
    help="Which collection SLUG is in (only needed when two collections use the same slug).",
)
def archive(content: Path, slug: str, successor: str | None, kind: str | None) -> None:
    """Move an item to archive/, point every reference at its successor, redirect its URL."""
    root = require_content(content)
    try:
        plan = plan_archive(root, slug, successor, kind)
        report = apply_archive(plan)
    except ArchiveRefused as exc:
        if exc.problems:
            click.echo(format_problems(exc.problems, "text"), err=True)
        click.echo(f"hub: {exc.code} {exc}", err=True)
        sys.exit(1)
    except (GitError, OSError) as exc:
        click.echo(f"hub: er is niets veranderd: {exc}", err=True)
        sys.exit(1)
    for line in report:
        click.echo(line)
