"""`hub effect import|report`: the EDBI questionnaire of a session becomes counts in content/effects/,
and the evaluation per session and per form and school year (the meta-analysis)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import click

from hub.cli.options import HubGroup, content_option, day_or_today, require_content, today_option
from hub.effects.files import write_effect, write_open_answers
from hub.effects.importer import EffectImport, EffectImportRefused, plan_import
from hub.helpdesk.export import ExportError
from hub.load.loader import load_content
from hub.problems import format_problems
from hub.reports.effects import (
    VERDICTS,
    in_school_year,
    report_text,
    roll_up,
    rollup_csv,
    session_results,
)

# Refusals about the command's options (exit 2); the others are about the export (exit 1).
USAGE_CODES = {"HUB630", "HUB633", "HUB634", "HUB636"}


@click.group("effect", cls=HubGroup)
def effect() -> None:
    """Effectmeting (EDBI): de bevraging van een sessie importeren, de resultaten per sessie en per schooljaar."""


def _summary(found: EffectImport, path: Path, changed: bool, open_answers: Path | None) -> None:
    state = "geschreven" if changed else "ongewijzigd (deze export was al geïmporteerd)"
    source = " (de datum van het laatste antwoord)" if found.session_from_export else ""
    rate = round(100 * found.responses / found.participants)
    click.echo(f"{path}: {state}")
    click.echo(
        f"  sessie {found.session.isoformat()}{source}: {found.responses} antwoorden van "
        f"{found.participants} deelnemers ({rate}%)"
    )
    if found.needed is not None:
        verdict = VERDICTS[found.responses >= found.needed]
        click.echo(f"  de norm vraagt {found.needed} antwoorden: {verdict}")
    for note in found.notes:
        click.echo(f"  let op: {note}")
    if open_answers is not None:
        removed = f", {found.personal_removed} persoonsgegevens verwijderd" if found.personal_removed else ""
        click.echo(f"  {len(found.open_answers)} open antwoorden naar {open_answers}{removed}")
    elif found.open_count:
        click.echo(
            f"  {found.open_count} open antwoorden niet bewaard (geef --open-answers BESTAND.csv buiten content/)"
        )


@effect.command("import")
@content_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--offering", "offering", required=True, metavar="SLUG", help="Het aanbod van de sessie.")
@click.option(
    "--participants",
    required=True,
    type=click.IntRange(1, None),
    help="Aantal deelnemers van de sessie (uit de inschrijvingen): de noemer van de responsgraad.",
)
@click.option(
    "--session",
    metavar="JJJJ-MM-DD",
    help="Datum van de sessie; zonder deze optie de datum van het laatste antwoord.",
)
@click.option(
    "--open-answers",
    "open_answers",
    type=click.Path(path_type=Path),
    help="Bewaar de open antwoorden, zonder persoonsgegevens, in dit .csv- of .md-bestand buiten "
    "content/ (voor de begeleider); zonder deze optie worden ze niet bewaard.",
)
@today_option("Vandaag (JJJJ-MM-DD): een sessie na die dag wordt geweigerd; standaard vandaag.")
def import_(
    content: Path,
    file: Path,
    offering: str,
    participants: int,
    session: str | None,
    open_answers: Path | None,
    today: dt.datetime | None,
) -> None:
    """Tel de antwoorden van een bevragingsexport FILE (.xlsx of .csv) in content/effects/<aanbod>/<datum>.yml."""
    root = require_content(content)
    catalog, _ = load_content(root)
    try:
        found = plan_import(
            catalog,
            root,
            file,
            offering,
            participants,
            today=day_or_today(today),
            session=session,
            open_answers=open_answers,
        )
    except ExportError as exc:
        click.echo(str(exc) if exc.problem else f"hub: {exc.code} {exc}", err=True)
        click.echo("hub: er is niets geschreven", err=True)
        sys.exit(1)
    except EffectImportRefused as exc:
        if exc.problems:
            click.echo(format_problems(exc.problems, "text"), err=True)
            click.echo(f"hub: {exc}; er is niets geschreven", err=True)
        else:
            click.echo(f"hub: {exc.code} {exc}; er is niets geschreven", err=True)
        sys.exit(2 if exc.code in USAGE_CODES else 1)
    if found.warnings:
        click.echo(format_problems(found.warnings, "text"), err=True)
    written = write_effect(root, found)
    if open_answers is not None:
        write_open_answers(open_answers, found)
    _summary(found, written.path, written.changed, open_answers)


def _school_year(value: str | None) -> str | None:
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{4})", value.strip())
    if not match or int(match[2]) != int(match[1]) + 1:
        raise click.BadParameter(f"'{value}' is geen schooljaar zoals 2025-2026", param_hint="--school-year")
    return match[0]


@effect.command("report")
@content_option
@click.option("--json", "as_json", is_flag=True, help="Een JSON-lijst met een object per sessie.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "csv"]),
    default=None,
    help="text (standaard), json (per sessie) of csv (de meta-analyse per vorm en schooljaar).",
)
@click.option("--school-year", "year", metavar="JJJJ-JJJJ", help="Alleen dit schooljaar, bv. 2025-2026.")
def report(content: Path, as_json: bool, fmt: str | None, year: str | None) -> None:
    """De evaluatie per aanbod en sessie tegen de responsnorm, en de meta-analyse per vorm en schooljaar."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError("--json en --format text/csv sluiten elkaar uit")
    fmt = "json" if as_json else fmt or "text"
    catalog, _ = load_content(require_content(content))
    results = in_school_year(session_results(catalog), _school_year(year))
    rolled = roll_up(results)
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(rollup_csv(rolled), nl=False)
    else:
        labels = {entry.id: entry.label for entry in catalog.taxonomies["forms"]}
        click.echo(report_text(results, rolled, labels) if results else "Geen evaluaties gevonden.")
    if not results:
        sys.exit(1)
