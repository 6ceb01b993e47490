"""`hub archive SLUG [--replaced-by SLUG] [--reason TEXT]`: retire an item and keep its URL alive."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hub.cli.options import HubCommand, content_option, require_content
from hub.editorial.archive import ArchiveRefused, apply_archive, plan_archive
from hub.problems import format_problems
from hub.reports.git import GitError


@click.command("archive", cls=HubCommand)
@content_option
@click.argument("slug")
@click.option(
    "--replaced-by", "successor", metavar="SLUG", help="Het gepubliceerde item dat de URL overneemt."
)
@click.option(
    "--kind",
    type=click.Choice(["material", "qa", "training"]),
    help="Soort van SLUG; alleen nodig als twee soorten dezelfde slug gebruiken.",
)
@click.option("--reason", help="Waarom het item gearchiveerd wordt (één regel; bewaard als archived_reason).")
def archive(content: Path, slug: str, successor: str | None, kind: str | None, reason: str | None) -> None:
    """Verplaats een item naar archive/, laat elke verwijzing naar de opvolger wijzen en leid de URL om."""
    root = require_content(content)
    try:
        plan = plan_archive(root, slug, successor, kind, reason)
        report = apply_archive(plan)
    except ArchiveRefused as exc:
        if exc.problems:
            click.echo(format_problems(exc.problems, "text"), err=True)
        click.echo(f"hub: {exc.code} {exc}", err=True)
        sys.exit(2 if exc.code == "HUB641" else 1)
    except (GitError, OSError) as exc:
        click.echo(f"hub: er is niets veranderd: {exc}", err=True)
        sys.exit(1)
    for line in report:
        click.echo(line)
