"""A realistic, hostile export of the question form, as Excel (.xlsx) and as Belgian CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "Id",
    "Begintijd",
    "Tijd van voltooien",
    "E-mail",
    "Naam",
    "Vraag",
    "Thema",
    "Onderwijsniveau",
    "School",
]
LONG_QUESTION = (
    "Hoe pakken we taal aan in alle vakken wanneer de helft van onze leerlingen thuis een andere taal "
    "spreekt en de collega's het gevoel hebben dat ze geen taalleraar zijn, terwijl de resultaten "
    "op begrijpend lezen al drie jaar dalen en we niet weten waar te beginnen "
) * 12 + "en wat raden jullie aan?"
# Personal data that must never reach a content file (compared case-insensitively).
PERSONAL = [
    "Sofie",
    "Vermeulen",
    "sofie.vermeulen@sintjozef.be",
    "Sint-Jozefcollege Aalst",
    "Peeters",
    "j.peeters@telenet.be",
    "De Klimop",
    "0476 12 34 56",
    "+32 2 123 45 67",
    "0032 (0)9 234 56 78",
    "02/123.45.67",
    "0498-12-34-56",
    "85.07.30-033.61",
]


def rows(emoji: bool = True) -> list[list[object]]:
    """Header plus rows: names in the text, phones, formulas, HTML, empty and repeated rows."""
    smile = " 😀" if emoji else ""
    first = [
        101,
        dt.datetime(2026, 10, 5, 9, 12),
        dt.datetime(2026, 10, 5, 9, 20),
        "sofie.vermeulen@sintjozef.be",
        "Sofie Vermeulen",
        "Dag, ik ben Sofie Vermeulen van het Sint-Jozefcollege Aalst. Hoe differentieer ik bij kleuters "
        "zonder drie lessen voor te bereiden? Bel me gerust op 0476 12 34 56 of +32 2 123 45 67 of "
        "0032 (0)9 234 56 78, of mail sofie.vermeulen@sintjozef.be. Groeten, sofie "
        "(rijksregisternummer 85.07.30-033.61)",
        "Doelgerichte differentiatie",
        "Kleuteronderwijs",
        "Sint-Jozefcollege Aalst",
    ]
    return [
        HEADER,
        first,
        [
            102,
            "06/10/2026 14:30",
            "",
            "x@example.org",
            "",
            '=HYPERLINK("https://evil.example/x","klik hier")',
            "GSL",
            "BaO; SO",
            "",
        ],
        [
            103,
            "2026-10-07T08:00:00",
            "",
            "",
            "",
            "<script>alert('x')</script> Wat is <b>GSL</b> & hoe start ik? "
            f"[klik](javascript:alert(1)) Zoë's café aan het begin van het jaar{smile}\n"
            '<img src=x onerror="alert(1)"> {: onclick="alert(2)" }',
            "onbestaand thema",
            "",
            "",
        ],
        [None] * len(HEADER),
        list(first),
        [104, "08/10/2026 10:00", "", "", "Li", LONG_QUESTION, "taal", "secundair", ""],
        [105, "09/10/2026 10:00", "", "j.peeters@telenet.be", "Jan Peeters", "", "Taal", "", "De Klimop"],
        [
            106,
            "10/10/2026 11:15",
            "",
            "j.peeters@telenet.be",
            "Jan Peeters",
            "Bel me op 02/123.45.67 of 0498-12-34-56 over de kleuters van De Klimop, groeten Jan Peeters",
            "",
            "kleuters",
            "De Klimop",
        ],
    ]


def write_xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows():
        sheet.append(row)
    workbook.save(path)
    return path


def _csv_cell(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return "" if value is None else str(value)


def write_csv(path: Path, delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    """CSV as Belgian Excel writes it: semicolons, and UTF-8 with BOM or Windows-1252."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows(emoji=encoding != "cp1252"):
        writer.writerow([_csv_cell(v) for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
