"""Reading a question form's export (.xlsx or .csv) as rows of text cells keyed by column header."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hub.problems import Problem, problem
from hub.problems.registry import get_rule

Row = dict[str, Any]  # header -> cell value (str, or a datetime for Excel date cells)

DELIMITERS = ";,\t"
# A question is a few paragraphs; a cell above this is no question (a pasted file, an attack).
MAX_CELL = 100_000


class ExportError(ValueError):
    """An export that cannot be read at all (HUB621: wrong format, no header row), or a located cell
    that cannot be a question (`problem`, HUB620)."""

    def __init__(self, variant: str = "", *, located: Problem | None = None, **values: object) -> None:
        text = located.as_text() if located else get_rule("HUB621").message(variant, **values)
        super().__init__(text)
        self.problem = located
        self.code = located.code if located else "HUB621"


def _cell_text(value: Any) -> Any:
    """A cell as text; formulas stay their own text ('=HYPERLINK(...)'), dates stay datetimes."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column (0 -> A, 27 -> AB)."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")  # Dutch thousands separator


def _check_sizes(file_name: str, names: list[str], records: list[list[Any]]) -> None:
    """Refuse, naming row and column, a cell too large to be a question."""
    for row, record in enumerate(records, start=2):
        for column, value in enumerate(record):
            if isinstance(value, str) and len(value) > MAX_CELL:
                header = names[column] if column < len(names) and names[column] else "zonder naam"
                located = problem(
                    "HUB620",
                    file_name,
                    row,
                    "",
                    column=column + 1,
                    column_name=column_letter(column),
                    header=header[:40],
                    size=_count(len(value)),
                    limit=_count(MAX_CELL),
                )
                raise ExportError(located=located)


@dataclass(frozen=True)
class Table:
    """An export as read: the header cells in column order ('' for an empty one) and the rows."""

    headers: list[str]
    rows: list[Row]


def _table(header: list[Any], records: list[list[Any]], file_name: str = "export") -> Table:
    names = [str(name).strip() if name is not None else "" for name in header]
    if not any(names):
        raise ExportError("header")
    _check_sizes(file_name, names, records)
    rows = []
    for record in records:
        cells = [_cell_text(value) for value in record]
        cells += [""] * (len(names) - len(cells))
        rows.append({name: cell for name, cell in zip(names, cells, strict=False) if name})
    return Table(names, rows)


def read_xlsx(path: Path) -> Table:
    """The first sheet; formula cells are read as their formula text, never evaluated."""
    from openpyxl import load_workbook

    try:
        # data_only=False: a cell like =HYPERLINK(...) comes back as its text, not a cached value.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises several types for a file that is no workbook
        raise ExportError("workbook", name=path.name, detail=exc) from None
    try:
        sheet = workbook.worksheets[0]
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    if not values:
        raise ExportError("empty", name=path.name)
    return _table(values[0], values[1:], str(path))


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 the way Belgian Excel saves 'CSV'."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def delimiter_of(sample: str) -> str:
    """The delimiter of a CSV export, judged from its first lines: the one that splits the header into
    the most columns and the next lines into as many (a question text may hold a comma or a semicolon)."""

    def score(delimiter: str) -> tuple[int, int]:
        try:
            widths = [len(record) for record in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            return (0, 0)
        widths = [width for width in widths if width > 0][:10] or [0]
        if widths[0] < 2:
            return (0, 0)
        return (sum(width == widths[0] for width in widths), widths[0])

    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(sample) + 1))  # an oversized cell is reported later, located
    try:
        scores = {delimiter: score(delimiter) for delimiter in DELIMITERS}
    finally:
        csv.field_size_limit(previous)
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best] > (0, 0) else ","


def _csv_records(text: str, delimiter: str) -> list[list[str]]:
    """Every record; the csv module's field limit is lifted for the read, so that an oversized cell is
    reported with its row and column (`_check_sizes`) rather than as a parser error."""
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, len(text) + 1))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ExportError("csv", detail=exc) from None
    finally:
        csv.field_size_limit(previous)


def _head(text: str, lines: int = 11) -> str:
    """The first LINES lines of TEXT (enough to judge the delimiter; a cut quoted cell is harmless)."""
    return "\n".join(text.splitlines()[:lines])


def read_csv(path: Path) -> Table:
    text = decode(path.read_bytes())
    if not text.strip():
        raise ExportError("empty", name=path.name)
    records = _csv_records(text, delimiter_of(_head(text.lstrip("\r\n"))))
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    return _table(records[0], records[1:], str(path))


def read_table(path: Path) -> Table:
    """A form export with its header: .xlsx, or .csv with comma or semicolon."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    raise ExportError("format", name=path.name)


def read_export(path: Path) -> list[Row]:
    """Rows of a form export: .xlsx, or .csv with comma or semicolon."""
    return read_table(path).rows
