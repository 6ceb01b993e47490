"""Survey exports as the form tool gives them (.xlsx, Belgian and plain CSV), with personal data in
them that must never reach content/ or the site."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from openpyxl import Workbook

from tests.world import QUESTIONS

META = ["Id", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
HEADER = META + list(QUESTIONS.values())
LABELS = ["Helemaal niet akkoord", "Niet akkoord", "Neutraal", "Akkoord", "Helemaal akkoord"]
# Personal data of the export: none of it may be in an effect file or the built site.
NAMES = ["Sofie Vermeulen", "Jan Peeters", "Amina El Idrissi"]
EMAILS = ["sofie.vermeulen@sintjozef.example", "j.peeters@klimop.example", "amina.elidrissi@atheneum.example"]
IDS = ["R-7301", "R-7302", "R-7303"]
OPEN_ANSWERS = [
    "De oefening met de doelensets, Jan Peeters mag dit vaker doen.",
    "Mail me de slides: sofie.vermeulen@sintjozef.example of bel 0476 12 34 56.",
    "Meer tijd voor de casussen.",
]


def answers_to_rows(
    answers: list[list[int | None]], labels: bool = True, open_answers: bool = True
) -> list[list[object]]:
    """One row per respondent: ANSWERS holds the points (1-5, None for empty) for V1-V5."""
    rows: list[list[object]] = []
    for index, points in enumerate(answers):
        person = index % len(NAMES)
        cells = ["" if point is None else (LABELS[point - 1] if labels else str(point)) for point in points]
        rows.append(
            [
                IDS[person] + f"-{index}",
                f"20/05/2026 16:{index:02d}",
                f"20/05/2026 16:{index + 2:02d}",
                EMAILS[person],
                NAMES[person],
                *cells,
                OPEN_ANSWERS[person] if open_answers else "",
            ]
        )
    return rows


# Twelve respondents: V1 counts [0, 1, 2, 4, 5], V2 [0, 0, 3, 5, 4], V3-V5 as below, one empty V5.
TWELVE: list[list[int | None]] = [
    [5, 5, 4, 5, 3],
    [5, 4, 4, 4, 2],
    [5, 4, 3, 5, 3],
    [5, 5, 5, 4, None],
    [5, 4, 4, 3, 4],
    [4, 5, 4, 4, 2],
    [4, 4, 3, 5, 3],
    [4, 5, 4, 4, 1],
    [4, 4, 2, 3, 3],
    [3, 3, 4, 4, 2],
    [3, 3, 5, 5, 4],
    [2, 3, 4, 4, 3],
]


def write_csv(
    path: Path,
    rows: list[list[object]],
    delimiter: str = ";",
    bom: bool = True,
    header: list[str] | None = None,
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header or HEADER)
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header or HEADER)
    for row in rows:
        # Excel keeps the times as dates and numbers as numbers, as a real export does.
        cells = list(row)
        cells[1] = dt.datetime.strptime(str(cells[1]), "%d/%m/%Y %H:%M")
        cells[2] = dt.datetime.strptime(str(cells[2]), "%d/%m/%Y %H:%M")
        cells[5:10] = [int(c) if str(c).isdigit() else c for c in cells[5:10]]
        sheet.append(cells)
    book.save(path)
    return path
