"""Reading a question form's export (.xlsx or .csv) as rows of text cells keyed by column header."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

Row = dict[str, Any]  # header -> cell value (str, or a datetime for Excel date cells)

DELIMITERS = ";,\t"


class ExportError(ValueError):
    """An export that cannot be read at all (wrong format, no header row)."""


def _cell_text(value: Any) -> Any:
    """A cell as text; formulas stay their own text ('=HYPERLINK(...)'), dates stay datetimes."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(header: list[Any], records: list[list[Any]]) -> list[Row]:
    names = [str(name).strip() if name is not None else "" for name in header]
    if not any(names):
        raise ExportError("the first row holds no column names")
    rows = []
    for record in records:
        cells = [_cell_text(value) for value in record]
        cells += [""] * (len(names) - len(cells))
        rows.append({name: cell for name, cell in zip(names, cells, strict=False) if name})
    return rows


def read_xlsx(path: Path) -> list[Row]:
    """The first sheet; formula cells are read as their formula text, never evaluated."""
    from openpyxl import load_workbook

    try:
        # data_only=False: a cell like =HYPERLINK(...) comes back as its text, not a cached value.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises several types for a file that is no workbook
        raise ExportError(f"{path.name} is not a readable .xlsx workbook ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    if not values:
        raise ExportError(f"{path.name} is empty")
    return _rows(values[0], values[1:])


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 the way Belgian Excel saves 'CSV'."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def delimiter_of(header_line: str) -> str:
    """The delimiter of a CSV export, judged from its header line."""
    try:
        return csv.Sniffer().sniff(header_line, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: header_line.count(d) for d in DELIMITERS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(path: Path) -> list[Row]:
    text = decode(path.read_bytes())
    if not text.strip():
        raise ExportError(f"{path.name} is empty")
    header_line = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(header_line))
    records = [record for record in reader]
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    return _rows(records[0], records[1:])


def read_export(path: Path) -> list[Row]:
    """Rows of a form export: .xlsx, or .csv with comma or semicolon."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    raise ExportError(f"{path.name}: expected an .xlsx or .csv export of the question form")
