"""`hub search` and `hub similar`: editor search and the helpdesk's duplicate check."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from hub.cli.options import HubCommand, cache_root, content_option, require_content
from hub.index import Hit, SearchOutcome, search_outcome, similar
from hub.model.kinds import BY_CODE


def _limit_option(default: int) -> Callable[[Any], Any]:
    return click.option(
        "--limit",
        type=click.IntRange(1, 1000),
        default=default,
        help=f"Hoogstens zoveel resultaten (standaard: {default}).",
    )


json_option = click.option(
    "--json", "as_json", is_flag=True, help="Een JSON-lijst van resultaten, beste eerst."
)


def _report(hits: list[Hit], as_json: bool) -> None:
    if as_json:
        rows = [
            {"slug": h.slug, "kind": h.kind, "title": h.title, "score": h.score, "url": h.url} for h in hits
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            click.echo(
                f"{hit.score:8.2f}  {BY_CODE[hit.kind].noun if hit.kind in BY_CODE else hit.kind:9}  {hit.slug}  {hit.title}"
            )
    if not hits:
        click.echo("geen resultaten", err=True)
        sys.exit(1)


def _notes(outcome: SearchOutcome) -> None:
    """What the site search shows above the results, on stderr (stdout stays the results)."""
    for entry in outcome.absent:
        nearby = ", ".join(n.label for n in entry.nearby)
        click.echo(entry.message + (f" Kijk ook bij: {nearby}." if nearby else ""), err=True)
    if outcome.suggestion:
        click.echo(f"Bedoelde je: {outcome.suggestion}?", err=True)


@click.command("search", cls=HubCommand)
@click.argument("query")
@click.option("--kind", type=click.Choice(["material", "qa", "training"]), help="Alleen deze soort item.")
@_limit_option(10)
@json_option
@content_option
def search_command(query: str, kind: str | None, limit: int, as_json: bool, content: Path) -> None:
    """Zoek in gepubliceerde inhoud (woordstammen, synoniemen, aliassen; accenten en een tikfout zijn geen
    probleem)."""
    outcome = search_outcome(
        None, require_content(content), query, kind=kind, limit=limit, cache_root=cache_root()
    )
    _notes(outcome)
    _report(outcome.hits, as_json)


@click.command("similar", cls=HubCommand)
@click.argument("text")
@_limit_option(5)
@json_option
@content_option
def similar_command(text: str, limit: int, as_json: bool, content: Path) -> None:
    """Gepubliceerde vragen en materialen die het dichtst bij TEXT liggen: zoek eerst een bestaand antwoord."""
    _report(similar(None, require_content(content), text, limit=limit, cache_root=cache_root()), as_json)
