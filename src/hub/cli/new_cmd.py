"""`hub new material|qa|training SLUG`: a new file with every required key."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from hub.cli.options import HubCommand, content_option, require_content
from hub.context import brussels_now
from hub.scaffold import scaffold_item


@click.command("new", cls=HubCommand)
@content_option
@click.argument("kind", type=click.Choice(["material", "qa", "training"]))
@click.argument("slug")
def new(content: Path, kind: str, slug: str) -> None:
    """Maak content/<collectie>/SLUG.md aan als concept om in te vullen."""
    try:
        path = scaffold_item(require_content(content), kind, slug, brussels_now().date())
    except FileExistsError as exc:
        click.echo(f"hub: {exc}", err=True)
        sys.exit(1)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"aangemaakt: {path}")
