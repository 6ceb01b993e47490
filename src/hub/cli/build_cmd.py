"""`hub build` and `hub serve`: the MkDocs build with a check first and an atomic output folder."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from hub.check import has_errors
from hub.cli.options import HubCommand, cache_root, content_option, require_content, today_option
from hub.context import BuildContext, brussels_now, load_context
from hub.lanes import available_lanes
from hub.problems import Severity, count_words, format_problems

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("mkdocs.yml"),
    help="Het MkDocs-configuratiebestand (standaard: mkdocs.yml).",
)


def _checked(content: Path, today: dt.datetime | None) -> BuildContext:
    """The content read and checked once; a located list of errors and exit 1 when it has any."""
    now = today if today is not None else brussels_now()
    context = load_context(
        require_content(content), now, cache_root=cache_root(), lanes=available_lanes(), for_pages=True
    )
    errors = [p for p in context.problems if p.severity == Severity.ERROR]
    if has_errors(errors):
        click.echo(format_problems(errors, "text"), err=True)
        click.echo(
            f"hub: {count_words(len(errors), 'fout', 'fouten')}: er is niets gebouwd; de vorige site is onveranderd",
            err=True,
        )
        sys.exit(1)
    return context


@click.command("build", cls=HubCommand)
@content_option
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("site"),
    help="Map voor de gebouwde site (standaard: site).",
)
@config_option
@today_option("Bouw alsof het die dag is (JJJJ-MM-DD): komende sessies, reviewstatus; standaard vandaag.")
@click.option(
    "--strict",
    is_flag=True,
    help="De publicatiebouw: elke waarschuwing laat falen, ook instellingen die nog naar example.invalid wijzen.",
)
def build(content: Path, site_dir: Path, config_file: Path, today: dt.datetime | None, strict: bool) -> None:
    """Controleer en bouw dan de statische site in SITE_DIR (pas vervangen als alles gebouwd is)."""
    from hub.mkdocs.site import PLACEHOLDER_HOST, SiteBuildError, build_site, placeholder_settings

    context = _checked(content, today)
    placeholders = placeholder_settings(config_file)
    if strict:
        _refuse_warnings(context, placeholders, config_file, PLACEHOLDER_HOST)
    try:
        build_site(config_file, content, site_dir, context=context, cache_root=cache_root())
    except SiteBuildError as exc:
        click.echo(f"hub: bouwen mislukt, de vorige site is onveranderd: {exc}", err=True)
        sys.exit(1)
    click.echo(f"site gebouwd in {site_dir}")
    for setting in placeholders:
        click.echo(
            f"hub: waarschuwing: {config_file}: {setting} wijst nog naar {PLACEHOLDER_HOST}: "
            "vul het echte adres in voor je publiceert",
            err=True,
        )


def _refuse_warnings(context: BuildContext, placeholders: list[str], config_file: Path, host: str) -> None:
    """`--strict`: every warning, and every setting still on the placeholder host, stops the build."""
    warnings = [p for p in context.problems if p.severity == Severity.WARNING]
    if warnings:
        click.echo(format_problems(warnings, "text"), err=True)
    for setting in placeholders:
        click.echo(f"hub: {config_file}: {setting} wijst nog naar {host}: vul het echte adres in", err=True)
    if warnings or placeholders:
        count = count_words(len(warnings) + len(placeholders), "waarschuwing", "waarschuwingen")
        click.echo(f"hub: --strict: {count}: er is niets gebouwd; de vorige site is onveranderd", err=True)
        sys.exit(1)


@click.command("serve", cls=HubCommand)
@content_option
@config_option
@click.option(
    "--dev-addr",
    default="127.0.0.1:8000",
    help="Adres en poort van de voorvertoning (standaard: 127.0.0.1:8000).",
)
def serve(content: Path, config_file: Path, dev_addr: str) -> None:
    """Live voorvertoning op http://127.0.0.1:8000; bouwt opnieuw als de inhoud verandert."""
    from hub.mkdocs.site import serve_site

    context = _checked(content, None)
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    serve_site(config_file, content, dev_addr, context=context, cache_root=cache_root())
