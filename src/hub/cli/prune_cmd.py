"""`hub prune`: the pruning report (a report: exit 0 even with findings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from hub.check.config import read_rule_config
from hub.cli.options import HubCommand, content_option, day_or_today, require_content, today_option
from hub.context import BuildContext
from hub.load.loader import load_content
from hub.problems import Severity
from hub.render.pages import site_paths
from hub.reports.findings import as_json, as_markdown, as_text, summary
from hub.reports.prune import prune as prune_report


@click.command("prune", cls=HubCommand)
@content_option
@today_option("Beoordeel reviewdata en concepten alsof het die dag is (JJJJ-MM-DD); standaard vandaag.")
@click.option(
    "--json", "as_json_flag", is_flag=True, help="Een JSON-lijst van bevindingen (zoals --format json)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default=None,
    help="text (standaard), json of markdown (per verantwoordelijk team).",
)
@click.option("--online", is_flag=True, help="Controleer ook externe links (traag; vraagt internet).")
def prune(
    content: Path, today: dt.datetime | None, as_json_flag: bool, fmt: str | None, online: bool
) -> None:
    """Het snoeirapport: review verlopen, dubbel, verweesd, zwakke tags, kapotte link, groot bestand, oud concept."""
    if as_json_flag and fmt not in (None, "json"):
        raise click.UsageError("--json en --format markdown/text sluiten elkaar uit")
    fmt = "json" if as_json_flag else fmt or "text"
    root = require_content(content)
    day = day_or_today(today)
    catalog, problems = load_content(root)
    context = BuildContext(catalog, root.resolve(), now=dt.datetime.combine(day, dt.time()))
    errors = sum(p.severity == Severity.ERROR for p in problems)
    if errors:
        click.echo(
            f"hub: de content heeft {errors} fouten (zie 'hub check'); het rapport gaat over wat geladen is",
            err=True,
        )
    found = prune_report(catalog, root, day, online=online, generated=lambda: site_paths(context))
    findings = read_rule_config(root).apply_findings(found)
    if fmt == "json":
        click.echo(as_json(findings))
    elif fmt == "markdown":
        click.echo(as_markdown(catalog, findings, day.isoformat()), nl=False)
    else:
        if findings:
            click.echo(as_text(findings))
        click.echo(summary(findings), err=True)
