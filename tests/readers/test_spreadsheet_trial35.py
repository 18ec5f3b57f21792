"""Trial 35's Spanish TSV (unseen), read as its source says (tests/data/spreadsheets/PROVENANCE.md).

Hispacón 2021's `data/programa.txt`: tab-separated, Windows-1252, `Evento Sala Fecha Duración Tipo Sede
Título Link`, each `Fecha` a date and a time in one cell ("19/11/2021 10:00"), `Duración` in minutes.
Before, all 67 rows were refused: the date column's cell was read as a date alone.

Expectations are worked out from the file with csv, re and html alone, not from the program's output.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
NAME = "hispacon2021-programa.tsv"
MADRID = ZoneInfo("Europe/Madrid")
_STAMP = re.compile(r"^(\d{2})/(\d{2})/(\d{4}) (\d{1,2}):(\d{2})$")

Entry = tuple[str, datetime | None, datetime | None, str]


def _order(entry: Entry) -> tuple[str, str]:
    return (entry[1].isoformat() if entry[1] else "", entry[0])


def _expected() -> list[Entry]:
    """Each row at its day-first date and time (days 19 to 21 settle the order), for its minutes, in its Sala."""
    rows = list(csv.reader(io.StringIO((DATA / NAME).read_bytes().decode("cp1252")), delimiter="\t"))
    assert rows[0] == ["Evento", "Sala", "Fecha", "Duración", "Tipo", "Sede", "Título", "Link"]
    items: list[Entry] = []
    for row in rows[1:]:
        found = _STAMP.match(row[2])
        assert found is not None, row
        day, month, year, hour, minute = (int(part) for part in found.groups())
        start = datetime(year, month, day, hour, minute, tzinfo=MADRID)
        title = " ".join(re.sub(r"</?i>", "", row[6]).split())  # `<i>` is markup, not words
        items.append((title, start, start + timedelta(minutes=int(row[3])), row[1]))
    return sorted(items, key=_order)


def _read(text: str, context: ReadContext) -> list[Entry]:
    program = SpreadsheetCsvReader().read(text, source=NAME, context=context)
    return sorted(
        ((item.title, item.start, item.end, item.location or "") for item in program.items),
        key=_order,
    )


def test_hispacon2021_date_and_time_in_the_date_column() -> None:
    text = (DATA / NAME).read_bytes().decode("cp1252")
    expected = _expected()
    assert len(expected) == 67
    assert _read(text, ReadContext(timezone=MADRID)) == expected
    program = SpreadsheetCsvReader().read(text, source=NAME, context=ReadContext(timezone=MADRID))
    assert all(item.people == () for item in program.items)
    assert not [problem for problem in program.problems if problem.code in ("ambiguous-date", "unreadable-row")]


def test_ambiguous_date_and_time_cell_is_read_day_first_with_a_warning() -> None:
    # "07/04/2026 10:00" is 7 April or 4 July: the same rule as a date alone (date_order.py)
    text = "Sala\tFecha\tDuración\tTítulo\nA\t07/04/2026 10:00\t30\tApertura\nA\t07/04/2026 11:00\t60\tCierre\n"
    program = SpreadsheetCsvReader().read(text, source="t.tsv", context=ReadContext(timezone=MADRID))
    starts = [(item.title, item.start) for item in program.items]
    assert starts == [
        ("Apertura", datetime(2026, 4, 7, 10, 0, tzinfo=MADRID)),
        ("Cierre", datetime(2026, 4, 7, 11, 0, tzinfo=MADRID)),
    ]
    warnings = [problem.message for problem in program.problems if problem.code == "ambiguous-date"]
    assert len(warnings) == 1
    assert "'07/04/2026' could be 7 Apr 2026 or 4 Jul 2026" in warnings[0]
    assert "--date 2026-07-04" in warnings[0]
    # the first day given settles it the other way: 4 July
    july = SpreadsheetCsvReader().read(
        text, source="t.tsv", context=ReadContext(timezone=MADRID, first_date=date(2026, 7, 4))
    )
    assert [item.start for item in july.items] == [
        datetime(2026, 7, 4, 10, 0, tzinfo=MADRID),
        datetime(2026, 7, 4, 11, 0, tzinfo=MADRID),
    ]
    assert not [problem for problem in july.problems if problem.code == "ambiguous-date"]
