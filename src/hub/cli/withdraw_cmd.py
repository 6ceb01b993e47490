"""`hub withdraw SLUG --reason TEXT [--replaced-by SLUG]`: an item is no longer current; its page stays."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from hub.cli.options import HubCommand, content_option, day_or_today, require_content, today_option
from hub.editorial.withdraw import WithdrawRefused, apply_withdraw, plan_withdraw
from hub.problems import format_problems


@click.command("withdraw", cls=HubCommand)
@content_option
@click.argument("slug")
@click.option(
    "--reason", required=True, help="Waarom het item niet meer actueel is (één regel; staat op de pagina)."
)
@click.option(
    "--replaced-by",
    "successor",
    metavar="SLUG",
    help="Het gepubliceerde item dat het vervangt (de pagina linkt ernaar).",
)
@click.option(
    "--kind",
    type=click.Choice(["material", "qa", "training"]),
    help="Soort van SLUG; alleen nodig als twee soorten dezelfde slug gebruiken.",
)
@today_option("De datum van intrekking (JJJJ-MM-DD); standaard vandaag.")
def withdraw(
    content: Path, slug: str, reason: str, successor: str | None, kind: str | None, today: dt.datetime | None
) -> None:
    """Trek een item in: het bestand blijft staan, de pagina zegt 'Niet meer actueel' (datum, reden,
    opvolger) en het item verdwijnt uit lijsten, zoekresultaten, feeds, de sitemap en agenda's."""
    root = require_content(content)
    try:
        plan = plan_withdraw(root, slug, reason, day_or_today(today), successor, kind)
        report = apply_withdraw(plan)
    except WithdrawRefused as exc:
        if exc.problems:
            click.echo(format_problems(exc.problems, "text"), err=True)
        click.echo(f"hub: {exc.code} {exc}", err=True)
        # A reason that is not one line is wrong usage (exit 2); a refusal about the content, 1.
        sys.exit(2 if exc.code == "HUB641" else 1)
    except OSError as exc:
        click.echo(f"hub: er is niets veranderd: {exc}", err=True)
        sys.exit(1)
    for line in report:
        click.echo(line)
    if plan.still_referenced:
        click.echo(
            "Deze gepubliceerde items verwijzen er nog naar ('hub check' waarschuwt tot je ze aanpast):"
        )
        click.echo(format_problems(plan.still_referenced, "text"))
