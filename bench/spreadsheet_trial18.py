"""Trial 18's TSV, counted from the file with csv for the fidelity bench: ICCA10 (Tartu, 4–9 August 2014).

No header: session code, given name, family name, title; a blank row between sessions; no times,
the code's weekday (`MON-403-1`) the day. Read with the program file's mapping `title = "D"`,
`date = "A"`, `people = ["B", "C"]` and --date 2014-08-04. A row whose given-name cell holds the
session's name and nothing else (`THU-404-1 | Introductory Discussion`) is that item, nobody's; a
row with a speaker and no title (`FRI-403-3 | Viktor | Abramov |`) is an untitled talk, title "".
"""

from __future__ import annotations

import csv
from pathlib import Path

from spreadsheet_written import Expected

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"
ICCA10_COLUMNS = (("title", "D"), ("date", "A"), ("people", "B"), ("people", "C"))


def icca10(context: ReadContext) -> Expected:
    """Each non-blank row: its title (or the session's name in the given-name cell), untimed, its person."""
    rows: Expected = []
    with (DATA / "icca10-schedule.tsv").open(encoding="utf-8", newline="") as file:
        for row in csv.reader(file, delimiter="\t"):
            code, given, family, title = (cell.strip() for cell in (row + [""] * 4)[:4])
            if not code:
                continue
            if not title and given and not family:
                rows.append((given, None, None, ()))
                continue
            rows.append((" ".join(title.split()), None, None, (" ".join(f"{given} {family}".split()),)))
    return rows
