"""`hub diff BASE [HEAD]`: what a change does to the site, as Markdown for a pull request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from hub.cli.options import content_option, day_or_today, today_option
from hub.editorial.diff import site_diff
from hub.editorial.diff_report import as_markdown
from hub.reports.git import GitError


@click.command("diff")
@content_option
@click.argument("base")
@click.argument("head", default="HEAD")
@today_option("Judge review dates as on this day (YYYY-MM-DD); default: today.")
def diff(content: Path, base: str, head: str, today: dt.datetime | None) -> None:
    """Compare the content folder at git revisions BASE and HEAD (default: the last commit, HEAD).

    Both sides are read from git, never from the working tree: commit first. In CI, check out with
    full history (actions/checkout with fetch-depth: 0) so that BASE exists.
    """
    try:
        change = site_diff(content, base, head, day_or_today(today))
    except GitError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(as_markdown(change, base, head), nl=False)
