"""Trial 35's sheet, its items worked out from the file with csv, re and html alone (not program).

- Hispacón 2021 (Spanish SF convention, 19-21 November 2021, Europe/Madrid): a tab-separated sheet
  in Windows-1252, `Evento Sala Fecha Duración Tipo Sede Título Link`; each row an item at its
  `Fecha` "19/11/2021 10:00" (day first: days 19 to 21), ending `Duración` minutes later; `<i>` tags
  in titles are markup, not words; no people.
"""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import datetime, timedelta

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_STAMP = re.compile(r"^(\d{2})/(\d{2})/(\d{4}) (\d{1,2}):(\d{2})$")
_TAG = re.compile(r"</?i>")


def hispacon2021(context: ReadContext) -> Expected:
    """Each row at its day-first date and time, for its minutes."""
    zone = context.timezone
    assert zone is not None
    text = (DATA / "hispacon2021-programa.tsv").read_bytes().decode("cp1252")
    header, *rows = csv.reader(io.StringIO(text), delimiter="\t")
    column = {name: index for index, name in enumerate(header)}
    expected: Expected = []
    for row in rows:
        found = _STAMP.match(row[column["Fecha"]].strip())
        assert found is not None, row
        day, month, year, hour, minute = (int(part) for part in found.groups())
        start = datetime(year, month, day, hour, minute, tzinfo=zone)
        title = " ".join(html.unescape(_TAG.sub("", row[column["Título"]])).split())
        expected.append((title, start, start + timedelta(minutes=int(row[column["Duración"]])), ()))
    return expected
