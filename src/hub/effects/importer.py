"""`hub effect import`: plan (read the export, match its columns to the fiche, count, validate), then
write. Nothing is written unless the whole export is understood.

Only counts leave the export: per closed question how many answered 1..5. Names, e-mail addresses,
response ids and times are never kept; open answers, with personal data removed, go only to the file
the begeleider names with --open-answers (outside content/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from hub.effects.answers import NotOnScale, scale_point
from hub.effects.columns import Column, ColumnMatch, match_columns
from hub.helpdesk.drafts import parse_asked
from hub.helpdesk.export import Row, Table, read_table
from hub.helpdesk.mapping import ColumnMapping
from hub.helpdesk.text import clean_text, remove_personal_data
from hub.model.catalog import Catalog
from hub.model.effects import EFFECTS_FOLDER, SCALE_POINTS
from hub.model.items import EvaluationQuestion, Fiche, Offering
from hub.model.norms import required_responses
from hub.problems import Problem, allowed_list, did_you_mean, problem
from hub.problems.registry import get_rule

OPEN_ANSWER_SUFFIXES = (".csv", ".md")
CELL_SHOWN = 40  # characters of a refused cell in a message
HEADER_SHOWN = 100  # characters of a column header (a question's text) in a message


class EffectImportRefused(Exception):
    """The export cannot be imported as asked: a coded message, or the located PROBLEMS (file, row,
    column) that stand in the way. Nothing has been written."""

    def __init__(
        self, code: str = "", variant: str = "", *, problems: list[Problem] | None = None, **values: object
    ) -> None:
        self.problems = problems or []
        self.code = self.problems[0].code if self.problems else code
        if self.problems:
            count = len(self.problems)
            super().__init__(f"{count} {'probleem' if count == 1 else 'problemen'} in de export")
        else:
            super().__init__(get_rule(code).message(variant, **values))


@dataclass(frozen=True)
class OpenAnswer:
    question: EvaluationQuestion
    text: str  # personal data removed


@dataclass
class EffectImport:
    """What an export says about one session, ready to be written."""

    offering: Offering
    fiche: Fiche
    session: dt.date
    session_from_export: bool
    participants: int
    responses: int
    counts: dict[str, list[int]]  # question id -> answers 1..5, in the fiche's order
    needed: int | None = None  # what the response norm asks for this group
    open_answers: list[OpenAnswer] = field(default_factory=list)
    open_count: int = 0  # filled-in open answers in the export (kept only with --open-answers)
    warnings: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Dutch remarks for the summary
    personal_removed: int = 0

    def effect_path(self, content_root: Path) -> Path:
        return content_root / EFFECTS_FOLDER / self.offering.slug / f"{self.session.isoformat()}.yml"


def _offering_and_fiche(catalog: Catalog, slug: str) -> tuple[Offering, Fiche]:
    offering = catalog.offerings.get(slug)
    if offering is None:
        raise EffectImportRefused("HUB630", "unknown", slug=slug, hint=did_you_mean(slug, catalog.offerings))
    fiche = catalog.fiche_for(offering.form)
    if fiche is None:
        raise EffectImportRefused("HUB630", "no_fiche", slug=slug, form=offering.form)
    if fiche.evaluation is None or not fiche.evaluation.closed:
        raise EffectImportRefused("HUB630", "no_questions", path=fiche.path)
    return offering, fiche


def _cell(value: object, limit: int = CELL_SHOWN) -> str:
    """A cell as a message may show it: one line, no control characters, at most LIMIT characters."""
    text = " ".join(clean_text(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _match(table: Table, fiche: Fiche, shown: str) -> tuple[ColumnMatch, list[Problem]]:
    """The export's columns per question; refuses a missing core question or a doubled column."""
    assert fiche.evaluation is not None
    match = match_columns(table.headers, fiche.evaluation.questions)
    errors = [
        problem("HUB631", shown, 1, "", id=q.id, text=q.text, path=fiche.path)
        for q in match.missing(fiche.evaluation.closed)
        if q.core
    ]
    errors += [
        problem(
            "HUB638",
            shown,
            1,
            "",
            column=column.index + 1,
            column_name=column.letter,
            header=_cell(column.header, HEADER_SHOWN),
            id=question_id,
            first=first.letter,
        )
        for column, question_id, first in match.duplicates
    ]
    if errors:
        raise EffectImportRefused(problems=errors)
    warnings = [
        problem(
            "HUB637",
            shown,
            1,
            "",
            column=column.index + 1,
            column_name=column.letter,
            header=_cell(column.header, HEADER_SHOWN),
            path=fiche.path,
        )
        for column in match.unknown
    ]
    return match, warnings


def _responses(table: Table) -> list[tuple[int, Row]]:
    """(export line, row) of every row with anything in it: each is one filled-in questionnaire."""
    return [
        (number, row)
        for number, row in enumerate(table.rows, start=2)
        if any(str(value).strip() for value in row.values())
    ]


def _count(rows: list[tuple[int, Row]], match: ColumnMatch, fiche: Fiche, shown: str) -> dict[str, list[int]]:
    assert fiche.evaluation is not None
    labels = fiche.evaluation.labels
    counts: dict[str, list[int]] = {}
    errors: list[Problem] = []
    for question in fiche.evaluation.closed:
        column = match.columns.get(question.id)
        if column is None:
            continue
        tally = [0] * SCALE_POINTS
        for number, row in rows:
            try:
                point = scale_point(row.get(column.header), labels)
            except NotOnScale as exc:
                errors.append(_off_scale(shown, number, column, str(exc), labels))
                continue
            if point is not None:
                tally[point - 1] += 1
        counts[question.id] = tally
    if errors:
        raise EffectImportRefused(problems=errors)
    return counts


def _off_scale(shown: str, number: int, column: Column, value: str, labels: tuple[str, ...]) -> Problem:
    return problem(
        "HUB632",
        shown,
        number,
        "",
        column=column.index + 1,
        column_name=column.letter,
        header=_cell(column.header, HEADER_SHOWN),
        value=_cell(value),
        labels=", ".join(labels),
    )


def _open_answers(
    rows: list[tuple[int, Row]], match: ColumnMatch, fiche: Fiche
) -> tuple[list[OpenAnswer], int]:
    """The open answers without personal data (the name, e-mail address and school of everyone in the
    export, and every e-mail address, phone, national register and account number), and how many
    pieces were removed."""
    assert fiche.evaluation is not None
    mapping = ColumnMapping()
    # Everyone in the export is known: an answer that names another respondent loses that name too.
    everyone = [str(mapping.value(row, "name")) for _, row in rows]
    personal = sorted({value for _, row in rows for value in mapping.personal_values(row)})
    found: list[OpenAnswer] = []
    removed = 0
    for question in fiche.evaluation.questions:
        column = match.columns.get(question.id)
        if question.scale != "open" or column is None:
            continue
        for _, row in rows:
            text = clean_text(row.get(column.header, ""))
            if not text:
                continue
            scrubbed, count = remove_personal_data(
                text, personal, str(mapping.value(row, "name")), other_names=everyone
            )
            removed += count
            found.append(OpenAnswer(question, scrubbed))
    return found, removed


def _session(
    given: str | None, rows: list[tuple[int, Row]], today: dt.date, shown: str
) -> tuple[dt.date, bool]:
    """--session, or the date of the last response; never after today."""
    if given is not None:
        try:
            day = dt.date.fromisoformat(given.strip())
        except ValueError:
            raise EffectImportRefused("HUB634", "format", value=given) from None
        from_export = False
    else:
        mapping = ColumnMapping()
        days = [
            day
            for _, row in rows
            if (
                day := parse_asked(mapping.value(row, "completed"))
                or parse_asked(mapping.value(row, "asked"))
            )
        ]
        if not days:
            raise EffectImportRefused(problems=[problem("HUB634", shown, 1, "", "missing")])
        day, from_export = max(days), True
    if day > today:
        raise EffectImportRefused("HUB634", "future", date=day.isoformat(), today=today.isoformat())
    return day, from_export


def _session_notes(offering: Offering, day: dt.date, from_export: bool) -> list[str]:
    """A hint when the date is no session of the offering (the last response often comes days later)."""
    days = sorted({s.start.date() for s in offering.sessions})
    if not days or day in days:
        return []
    before = [d for d in days if d < day]
    source = "de datum van het laatste antwoord" if from_export else "--session"
    note = f"{source} ({day.isoformat()}) is geen sessie van '{offering.slug}'"
    if before:
        note += f"; de laatste sessie ervoor was {before[-1].isoformat()}: geef --session {before[-1].isoformat()}"
    return [note]


def check_open_answers_path(path: Path | None, content_root: Path) -> None:
    """Refuse an --open-answers file inside content/ (published), of another kind, or a folder."""
    if path is None:
        return
    resolved = path.expanduser().resolve()
    content = content_root.resolve()
    if resolved == content or content in resolved.parents:
        raise EffectImportRefused("HUB636", "inside", path=path, content=content_root)
    if resolved.is_dir():
        raise EffectImportRefused("HUB636", "folder", path=path)
    if resolved.suffix.lower() not in OPEN_ANSWER_SUFFIXES:
        raise EffectImportRefused("HUB636", "suffix", path=path)


def plan_import(
    catalog: Catalog,
    content_root: Path,
    export: Path,
    offering_slug: str,
    participants: int,
    *,
    today: dt.date,
    session: str | None = None,
    open_answers: Path | None = None,
) -> EffectImport:
    """Read and understand EXPORT for OFFERING_SLUG; raise EffectImportRefused with located problems
    (the file, the row and the column) for anything that would make the counts wrong."""
    offering, fiche = _offering_and_fiche(catalog, offering_slug)
    check_open_answers_path(open_answers, content_root)
    shown = str(export)
    table = read_table(export)
    match, warnings = _match(table, fiche, shown)
    rows = _responses(table)
    if not rows:
        raise EffectImportRefused("HUB635", name=export.name)
    if len(rows) > participants:
        raise EffectImportRefused("HUB633", responses=len(rows), participants=participants)
    counts = _count(rows, match, fiche, shown)
    day, from_export = _session(session, rows, today, shown)
    answers, removed = _open_answers(rows, match, fiche)
    assert fiche.evaluation is not None
    skipped = [q.id for q in match.missing(fiche.evaluation.closed)]
    notes = _session_notes(offering, day, from_export)
    if skipped:
        notes.append(f"geen kolom voor de bijvragen {allowed_list(skipped)}: niet geteld")
    return EffectImport(
        offering=offering,
        fiche=fiche,
        session=day,
        session_from_export=from_export,
        participants=participants,
        responses=len(rows),
        counts=counts,
        needed=required_responses(catalog.response_norms, participants),
        open_answers=answers if open_answers is not None else [],
        open_count=len(answers),
        warnings=warnings,
        notes=notes,
        personal_removed=removed if open_answers is not None else 0,
    )
