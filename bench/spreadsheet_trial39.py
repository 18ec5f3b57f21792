r"""Trial 39's sheets, their items worked out from the files with csv and re alone (not program).

- Python Nordeste 2018 (`ID,Data,Início,Final,Local,Título,Palestrante,…`, America/Fortaleza): a row an
  item; its people the Palestrante cell split at ` e `, `Prof. Dr.` left out; nobody where the cell
  repeats the title (`Coffee Break | Coffee Break`) or holds no person (`Inscrições no local`, sign up on
  site; `Equipes inscritas`, the registered teams; `Keynotes`).
- Semana Acadêmica CPPP 2026 (America/Campo_Grande): the day in unnamed column A (`1 dia⏎⏎16/09/2026`)
  until the next; the title the Atividade cell, else the Descrição cell; a row without a time between two
  rows of one slot in that slot; no row without a title and a description (the `MINI CURSOS` label);
  people the Autor cell split at commas, the role `coordenadores` no one.
- Tchelinux Pelotas 2017 (no header: time, title, speaker, level; 10 June 2017 per the site's
  index.html, America/Sao_Paulo): each start ends at the day's next later start, the last has no end;
  people split at ` e `, a `Moderador: ` label left off the name.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_NOBODY = {"Inscrições no local", "Equipes inscritas", "Keynotes"}


def _clock(day: date, text: str, context: ReadContext) -> datetime:
    hour, minute = re.findall(r"(\d{1,2}):(\d{2})", text)[0]
    return datetime.combine(day, time(int(hour), int(minute)), context.timezone)


def pyne2018(context: ReadContext) -> Expected:
    """A row an item, at its Data, Início and Final."""
    text = (DATA / "pyne2018-programacao.csv").read_text(encoding="utf-8")
    expected: Expected = []
    for row in csv.DictReader(io.StringIO(text)):
        day = date.fromisoformat(row["Data"][:10])
        who = row["Palestrante"].strip()
        nobody = who == row["Título"].strip() or who in _NOBODY
        people = () if nobody else tuple(re.sub(r"^Prof\. Dr\. ", "", name) for name in who.split(" e "))
        expected.append(
            (row["Título"], _clock(day, row["Início"], context), _clock(day, row["Final"], context), people)
        )
    return expected


def cppp2026(context: ReadContext) -> Expected:
    """Each row with a title or description, on the day column A last named, in its slot."""
    text = (DATA / "semanacppp2026-programacao.csv").read_text(encoding="utf-8")
    expected: Expected = []
    day: date | None = None
    slot = ""
    rows = list(csv.reader(io.StringIO(text)))[3:]
    for at, row in enumerate(rows):
        if found := re.search(r"(\d{2})/(\d{2})/(\d{4})", row[0]):
            day = date(int(found[3]), int(found[2]), int(found[1]))
        title = row[2].strip() or row[4].strip()
        if not title:
            continue
        assert day is not None
        slot = row[3] or (slot if at + 1 < len(rows) and rows[at + 1][3] == slot else "")
        start, end = (_clock(day, part, context) for part in slot.split("-"))
        people = tuple(name.strip() for name in row[6].split(",") if name.strip() and name.strip() != "coordenadores")
        expected.append((title, start, end, people))
    return expected


def tchelinux2017(context: ReadContext) -> Expected:
    """Each row at its start on 10 June 2017, ending at the next later start."""
    text = (DATA / "tchelinux-pelotas2017-programacao.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    day = date(2017, 6, 10)
    starts = sorted({row[0] for row in rows})
    expected: Expected = []
    for row in rows:
        later = [start for start in starts if start > row[0]]
        end = _clock(day, later[0], context) if later else None
        people = tuple(name.removeprefix("Moderador: ") for name in row[2].split(" e "))
        expected.append((row[1], _clock(day, row[0], context), end, people))
    return expected
