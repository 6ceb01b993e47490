"""Which export column answers which question of the kwaliteitsfiche, matched by the question's text
(or id) regardless of case, accents, spacing and punctuation."""

from __future__ import annotations

from dataclasses import dataclass, field

from hub.helpdesk.export import column_letter
from hub.helpdesk.mapping import DEFAULT_COLUMNS, fold
from hub.model.items import EvaluationQuestion

# Columns every form export has that are no question: who answered and when. Never read as answers.
META_FIELDS = ("id", "asked", "completed", "email", "name", "school")
EXTRA_META = ("Tijd van laatste wijziging",)


def meta_headers() -> set[str]:
    """The folded headers of the export's own columns (Id, Begintijd, E-mail, Naam, ...)."""
    names = [header for name in META_FIELDS for header in DEFAULT_COLUMNS[name]]
    return {fold(name) for name in (*names, *EXTRA_META)}


@dataclass(frozen=True)
class Column:
    index: int  # 0-based position in the export
    header: str

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class ColumnMatch:
    """Questions with their column, and what did not match."""

    columns: dict[str, Column] = field(default_factory=dict)  # question id -> its column
    unknown: list[Column] = field(default_factory=list)  # neither a question nor a meta column
    duplicates: list[tuple[Column, str, Column]] = field(default_factory=list)  # (column, id, first)

    def missing(self, questions: list[EvaluationQuestion]) -> list[EvaluationQuestion]:
        return [question for question in questions if question.id not in self.columns]


def match_columns(headers: list[str], questions: list[EvaluationQuestion]) -> ColumnMatch:
    """Match every non-empty header to a question by its folded text or id."""
    by_key: dict[str, str] = {}
    for question in questions:
        by_key.setdefault(fold(question.text), question.id)
        by_key.setdefault(fold(question.id), question.id)
    meta = meta_headers()
    found = ColumnMatch()
    for index, header in enumerate(headers):
        key = fold(header)
        if not key or key in meta:
            continue
        column = Column(index, header)
        question_id = by_key.get(key)
        if question_id is None:
            found.unknown.append(column)
        elif question_id in found.columns:
            found.duplicates.append((column, question_id, found.columns[question_id]))
        else:
            found.columns[question_id] = column
    return found
