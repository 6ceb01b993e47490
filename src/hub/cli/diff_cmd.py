"""`hub diff BASE [HEAD]`: what a change does to the site, as Markdown for a pull request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from hub.cli.options import HubCommand, content_option, day_or_today, today_option
from hub.editorial.diff import site_diff
from hub.editorial.diff_report import as_markdown
from hub.reports.git import GitError


@click.command("diff", cls=HubCommand)
@content_option
@click.argument("base")
@click.argument("head", default="HEAD")
@today_option("Beoordeel reviewdata alsof het die dag is (JJJJ-MM-DD); standaard vandaag.")
def diff(content: Path, base: str, head: str, today: dt.datetime | None) -> None:
    """Vergelijk de inhoudsmap in git-versies BASE en HEAD (standaard de laatste commit, HEAD).

    Beide kanten komen uit git, nooit uit je werkmap: commit dus eerst. Haal in CI de volledige
    geschiedenis op (actions/checkout met fetch-depth: 0), zodat BASE bestaat.
    """
    try:
        change = site_diff(content, base, head, day_or_today(today))
    except GitError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(as_markdown(change, base, head), nl=False)
