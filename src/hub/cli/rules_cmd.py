"""`hub rules [CODE]`: list the coded rules, or explain one (in Dutch)."""

from __future__ import annotations

import sys

import click

from hub.cli.options import HubCommand
from hub.problems.reference import explanation, rules_list
from hub.problems.registry import closest_code, find_rule


@click.command("rules", cls=HubCommand)
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """Toon alle controleregels, snoeibevindingen en bewerkingsweigeringen, of leg CODE uit (bv. HUB201)."""
    if code is None:
        click.echo(rules_list())
        return
    rule = find_rule(code)
    if rule is None:
        close = closest_code(code)
        hint = f" (bedoel je {close}?)" if close else ""
        click.echo(f"hub: onbekende regel '{code}'{hint}; 'hub rules' toont ze allemaal", err=True)
        sys.exit(2)
    click.echo(explanation(rule))
