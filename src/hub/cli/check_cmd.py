"""`hub check`: validate the content tree."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from hub.check import check_content, has_errors
from hub.check.config import read_rule_config
from hub.cli.options import HubCommand, content_option, day_or_today, require_content, today_option
from hub.lanes import available_lanes
from hub.problems import format_problems, summary_line


@click.command("check", cls=HubCommand)
@content_option
@click.option("--strict", is_flag=True, help="Ook waarschuwingen laten falen.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "github", "json"]),
    default="text",
    help="text (standaard), github (annotaties voor GitHub Actions) of json.",
)
@today_option("Beoordeel reviewdata alsof het die dag is (JJJJ-MM-DD); standaard vandaag.")
def check(content: Path, strict: bool, fmt: str, today: dt.datetime | None) -> None:
    """Controleer elk inhoudsbestand; één regel per probleem (hub.yml naast content/ stelt de regels in)."""
    root = require_content(content)
    _, problems = check_content(root, day_or_today(today), read_rule_config(root), available_lanes())
    # Problems are errors of the content: text goes to stderr; json and github (annotations) to stdout.
    if problems or fmt == "json":
        click.echo(format_problems(problems, fmt), err=fmt == "text")
    if fmt == "text":
        click.echo(summary_line(problems), err=True)
    sys.exit(1 if has_errors(problems, strict=strict) else 0)
