"""`hub qa import|publish|trends`: the helpdesk's path from a form export to a published answer."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from hub.cli.options import HubGroup, content_option, require_content
from hub.context import brussels_now
from hub.helpdesk.drafts import DraftImporter, ImportReport
from hub.helpdesk.export import ExportError, read_export
from hub.helpdesk.mapping import MappingError, load_mapping
from hub.helpdesk.publish import PublishError, QuestionNotFound, publish_question
from hub.load.loader import load_content
from hub.problems import format_problems
from hub.problems.registry import get_rule
from hub.reports.trends import question_trends, trends_table
from hub.scaffold.slugs import slug_problem

PROGRESS_FROM = 50  # rows; smaller exports import without a progress bar


def _date(value: str | None, option: str) -> dt.date:
    """The option's date, or today in Brussels when it is not given."""
    if value is None:
        return brussels_now().date()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum JJJJ-MM-DD", param_hint=option) from None


@click.group("qa", cls=HubGroup)
def qa() -> None:
    """Helpdeskvragen: een formulierexport importeren, een antwoord publiceren, terugkerende thema's zien."""


def _summary(report: ImportReport) -> None:
    click.echo(f"{len(report.created)} concepten aangemaakt, {len(report.skipped)} rijen overgeslagen")
    for created in report.created:
        click.echo(f"  + {created.path}")
    for skipped in report.skipped:
        reference = f" (Id {skipped.source})" if skipped.source else ""
        click.echo(f"  - rij {skipped.row}{reference}: {skipped.reason}")
    if report.suggestions:
        click.echo(f"{len(report.suggestions)} concepten met een voorstel om te controleren:")
        for created in report.suggestions:
            click.echo(f"  ? {created.slug}: {'; '.join(created.notes)}")
    if report.personal_removed:
        click.echo(f"{report.personal_removed} persoonsgegevens uit de vraagteksten verwijderd")


@qa.command("import")
@content_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--mapping",
    "mapping_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="YAML-bestand met de kolomnamen van de export (zie README).",
)
@click.option("--today", "today", help="Importdatum (JJJJ-MM-DD), voor 'reviewed'; standaard vandaag.")
def import_(content: Path, file: Path, mapping_file: Path | None, today: str | None) -> None:
    """Maak van een formulierexport FILE (.xlsx of .csv) conceptvragen in content/qa/."""
    content = require_content(content)
    try:
        mapping = load_mapping(mapping_file)
        rows = read_export(file)
    except (MappingError, ExportError) as exc:
        located = exc.problem is not None
        click.echo(str(exc) if located else f"hub: {exc.code} {exc}", err=True)
        sys.exit(2 if isinstance(exc, MappingError) else 1)
    missing = mapping.missing([str(h) for row in rows[:1] for h in row])
    if rows and missing:
        message = get_rule("HUB621").message("columns", name=file.name, missing=", ".join(missing))
        click.echo(f"hub: HUB621 {message}", err=True)
        sys.exit(1)
    importer = DraftImporter(content, mapping, today=_date(today, "--today"))
    numbered = list(enumerate(rows, start=2))  # row 1 is the header
    if len(numbered) >= PROGRESS_FROM:
        with click.progressbar(numbered, label="Vragen importeren", file=sys.stderr) as bar:
            for number, row in bar:
                importer.add(number, row)
    else:
        for number, row in numbered:
            importer.add(number, row)
    _summary(importer.report)


@qa.command("publish")
@content_option
@click.argument("slug")
@click.option("--answered", help="Datum van het antwoord (JJJJ-MM-DD); standaard vandaag.")
def publish(content: Path, slug: str, answered: str | None) -> None:
    """Publiceer content/qa/SLUG.md: status published en de datum answered, als 'hub check' akkoord is."""
    content = require_content(content)
    problem = slug_problem(slug)
    if problem:
        raise click.UsageError(problem)
    try:
        day = brussels_now().date()
        answered_on = _date(answered, "--answered") if answered else day
        result = publish_question(content, slug, answered_on, today=day)
    except QuestionNotFound as exc:
        click.echo(f"hub: {exc}", err=True)
        sys.exit(1)
    except PublishError as exc:
        if exc.problems:
            click.echo(format_problems(exc.problems, "text"), err=True)
        click.echo(f"hub: {exc.code} {exc}; het bestand is niet veranderd", err=True)
        sys.exit(1)
    click.echo(f"gepubliceerd: {result.path} (beantwoord op {result.answered.isoformat()})")


@qa.command("trends")
@content_option
@click.option(
    "--months",
    default=12,
    type=click.IntRange(1, 120),
    help="Aantal maanden in de tabel (standaard: 12).",
)
@click.option(
    "--threshold",
    default=5,
    type=click.IntRange(1, None),
    help="Vragen in de laatste drie maanden die van een thema een kandidaat voor Helpdesk Live maken (standaard: 5).",
)
@click.option("--today", "today", help="Tel tot en met deze datum (JJJJ-MM-DD); standaard vandaag.")
def trends(content: Path, months: int, threshold: int, today: str | None) -> None:
    """Vragen per thema per maand, concepten inbegrepen, en de kandidaten voor Helpdesk Live."""
    catalog, _ = load_content(require_content(content))
    result = question_trends(catalog, months, threshold, _date(today, "--today"))
    click.echo(trends_table(result))
    click.echo()
    if result.candidates:
        click.echo(f"Kandidaten voor Helpdesk Live ({threshold} of meer vragen in de laatste drie maanden):")
        for row in result.candidates:
            click.echo(f"  - {row.label} ({row.theme}): {row.recent} vragen")
    else:
        click.echo(f"Geen thema kwam de laatste drie maanden {threshold} keer of meer terug.")
