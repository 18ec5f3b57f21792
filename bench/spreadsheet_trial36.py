r"""Trial 36's sheets, their items worked out from the files with csv, re and unicodedata alone (not program).

- DANE 2024 (Design and Analysis of Networked Experiments, King's College London, 17-19 July 2024,
  Europe/London): `day,time,Session,speaker,affiliation,title,abstract`, weekdays for days, times
  `10.55 - 11.00`, `09:30-10:30` or a start alone (`17:00`, the day's close: no end); a row's title is
  its `title` cell, else its `Session` cell (breaks, the welcome, the closings); its people the
  speaker with the affiliation in brackets, or the panel's `Panellists: …` abstract.
- Astronomía en los Andes 2015 (`charlas.csv`, excerpt): Mac Roman bytes, CR line ends, accents written
  as LaTeX commands (`Garz\'on`, `a\~nos`); untimed rows, titled `Titulo`, by `Nombre Apellido`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date, datetime, timedelta

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})")
_DAYS = ("Wednesday", "Thursday", "Friday")


def dane2024(context: ReadContext) -> Expected:
    """Each row at its weekday (Wednesday the first date) and times; titled by `title`, else `Session`."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    text = (DATA / "dane2024-programme.csv").read_text(encoding="utf-8-sig")
    expected: Expected = []
    for row in csv.DictReader(io.StringIO(text)):
        day = first + timedelta(days=_DAYS.index(row["day"].strip()))
        clocks = [
            datetime.combine(day, datetime.min.time().replace(hour=int(h), minute=int(m)), zone)
            for h, m in _CLOCK.findall(row["time"])
        ]
        speaker, affiliation = row["speaker"].strip(), row["affiliation"].strip()
        people = (f"{speaker} [{affiliation}]" if affiliation else speaker,) if speaker else ()
        if (panel := re.match(r"Panellists:\s*(.*)", row["abstract"].strip())) is not None:
            people = tuple(name.strip() for name in panel.group(1).split(","))
        title = row["title"].strip() or row["Session"].strip()
        expected.append((title, clocks[0], clocks[1] if len(clocks) > 1 else None, people))
    return expected


_ACUTE = re.compile(r"\\'([A-Za-z])")
_TILDE = re.compile(r"\\~([nN])")


def _latex(text: str) -> str:
    r"""The file's two accent commands as the letters they spell (`\\'i` is í: LaTeX's dotless i under the accent)."""
    text = _ACUTE.sub(lambda found: found.group(1) + "\u0301", text)
    return " ".join(unicodedata.normalize("NFC", _TILDE.sub(lambda found: found.group(1) + "\u0303", text)).split())


def astroandes2015(context: ReadContext) -> Expected:
    """Each contribution untimed, its `Titulo` and its one author, `Nombre Apellido`."""
    assert context.first_date is None or isinstance(context.first_date, date)
    text = (DATA / "astroandes2015-charlas-excerpt.csv").read_bytes().decode("mac_roman")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][1:6] == ["Apellido", "Nombre", "Instituto", "Tipo", "Titulo"]
    return [(_latex(row[5]), None, None, (_latex(f"{row[2]} {row[1]}"),)) for row in rows[1:]]
