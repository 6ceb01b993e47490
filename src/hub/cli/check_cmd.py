"""`hub check`: validate the content tree."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from hub.check import check_content, has_errors
from hub.check.config import read_rule_config
from hub.cli.options import content_option, day_or_today, require_content, today_option
from hub.problems import format_problems, summary_line


@click.command("check")
@content_option
@click.option("--strict", is_flag=True, help="Warnings fail too.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text", show_default=True
)
@today_option("Judge review dates as on this day (YYYY-MM-DD); default: today.")
def check(content: Path, strict: bool, fmt: str, today: dt.datetime | None) -> None:
    """Validate every content file; one line per problem (hub.yml next to content/ sets the rules)."""
    root = require_content(content)
    _, problems = check_content(root, day_or_today(today), read_rule_config(root))
    # Problems are errors of the content: text goes to stderr; json and github (annotations) to stdout.
    if problems or fmt == "json":
        click.echo(format_problems(problems, fmt), err=fmt == "text")
    if fmt == "text":
        click.echo(summary_line(problems), err=True)
    sys.exit(1 if has_errors(problems, strict=strict) else 0)
