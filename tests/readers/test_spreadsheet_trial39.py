"""Trial 39's sheets (unseen), read as their sources say (tests/data/spreadsheets/PROVENANCE.md).

Python Nordeste 2018's `programacao.csv` fills its Palestrante column with the title on breaks and
workshops (`Coffee Break | Coffee Break`) and with no person on lightning talks (`Inscrições no local`,
sign up on site): 51 of 114 items had such "people"; its breaks' `Local` is `FREETIME`. The
Semana Acadêmica CPPP 2026 sheet writes its days in an unnamed column A, once an evening, and titles
its mini-courses in `Descrição`: all three evenings fell on one day and 7 of 18 items were dropped.
Tchelinux Pelotas 2017's CSV has no header: the mapping it needs could only be written in a program file.

Expectations are worked out from the files with csv and re alone, not from our output.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.cli import main
from program.cli.options import parse_columns
from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext
from program.readers.notation.dates import parse_date
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
PYNE = DATA / "pyne2018-programacao.csv"
CPPP = DATA / "semanacppp2026-programacao.csv"
TCHELINUX = DATA / "tchelinux-pelotas2017-programacao.csv"
FORTALEZA = ZoneInfo("America/Fortaleza")
CAMPO_GRANDE = ZoneInfo("America/Campo_Grande")


def _read(path: Path, context: ReadContext) -> Program:
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=context)


def _records(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = re.findall(r"(\d{1,2}):(\d{2})", clock)[0]
    return datetime.combine(day, time(int(hour), int(minute)), zone)


def test_pyne2018_reads_no_title_and_no_placeholder_as_a_person_and_freetime_as_no_room() -> None:
    header, *rows = _records(PYNE)
    assert header[:7] == ["ID", "Data", "Início", "Final", "Local", "Título", "Palestrante"]

    program = _read(PYNE, ReadContext(timezone=FORTALEZA))

    assert len(program.items) == len(rows) == 114
    placeholders = {"Inscrições no local", "Equipes inscritas", "Keynotes"}
    for row, item in zip(rows, program.items, strict=True):
        day = date.fromisoformat(row[1][:10])
        who = row[6].strip()
        named = () if who == row[5] or who in placeholders else tuple(who.removeprefix("Prof. Dr. ").split(" e "))
        assert (item.title, item.start, item.end) == (row[5], _at(day, row[2], FORTALEZA), _at(day, row[3], FORTALEZA))
        assert item.people == named, row[0]
        assert item.location == (None if row[4] == "FREETIME" else row[4])
    breaks = [item for item in program.items if item.title == "Coffee Break"]
    assert len(breaks) == 6 and all(item.people == () and item.location is None for item in breaks)
    assert not {"Inscrições no local", "Coffee Break", "Keynotes", "Django Girls"} & {
        name for item in program.items for name in item.people
    }
    lines = program.items[-2:]
    assert [item.title for item in lines] == ["[Painel]", "Cerimônia de Encerramento"]
    assert all(item.people == () for item in lines)  # "Keynotes": no one


def test_cppp2026_dates_each_evening_by_column_a_and_titles_rows_by_their_description() -> None:
    rows = _records(CPPP)[3:]
    days = [re.search(r"\d{2}/\d{2}/\d{4}", row[0]) for row in rows]
    assert [found[0] for found in days if found] == ["16/09/2026", "17/09/2026", "18/09/2026"]

    program = _read(CPPP, ReadContext(timezone=CAMPO_GRANDE))  # no --date: column A gives every day

    assert len(program.items) == 18
    by_title = {item.title: item for item in program.items}
    banners = [item for item in program.items if item.title == "Sessão de Banners"]
    assert [item.start for item in banners] == [
        datetime(2026, 9, 17, 19, 0, tzinfo=CAMPO_GRANDE),
        datetime(2026, 9, 17, 20, 45, tzinfo=CAMPO_GRANDE),
        datetime(2026, 9, 18, 19, 0, tzinfo=CAMPO_GRANDE),
    ]
    breaks = [item for item in program.items if item.title == "intervalo"]
    assert [item.start.date() for item in breaks if item.start] == [date(2026, 9, 17), date(2026, 9, 18)]
    premiacao = by_title["Sessão de Premiação"]
    assert (premiacao.start, premiacao.end) == (
        datetime(2026, 9, 18, 20, 45, tzinfo=CAMPO_GRANDE),
        datetime(2026, 9, 18, 22, 10, tzinfo=CAMPO_GRANDE),
    )
    # the mini-courses: Atividade empty, the title under Descrição, each with its Autor and Local
    workshop = by_title["Workshop: prototipação com LLMs"]
    assert (workshop.people, workshop.location, workshop.abstract) == (("Gedson Faria",), "PTin", None)
    assert workshop.start == datetime(2026, 9, 17, 19, 0, tzinfo=CAMPO_GRANDE)
    optimisation = by_title["INTRODUÇÃO À OTIMIZAÇÃO MULTIOBJETIVO"]
    assert optimisation.start == datetime(2026, 9, 18, 19, 0, tzinfo=CAMPO_GRANDE)
    assert optimisation.people == ("Ana Paula Chorobura",)
    # line 12's round table, without its time between two rows of 21:20 - 22:30, is in that slot
    table = next(item for item in program.items if item.title.startswith("Da graduação ao mercado"))
    assert table.people == ("Mara Lucinéia Marques Correa Bueno",) and table.location is None
    assert (table.start, table.end) == (
        datetime(2026, 9, 16, 21, 20, tzinfo=CAMPO_GRANDE),
        datetime(2026, 9, 16, 22, 30, tzinfo=CAMPO_GRANDE),
    )
    assert by_title["Abertura oficial"].people == ("Priscila", "Leonardo")  # "…, coordenadores": what both are
    assert any("column A, unnamed, holds the days: 1 dia 16/09/2026" in line for line in program.reading)
    assert any("(a row without a title: 'MINI CURSOS | 19:00 - 22:00')" in line for line in program.reading)


def test_day_cells_that_number_the_day_before_its_date() -> None:
    assert parse_date("1 dia\n\n16/09/2026").resolve(None) == date(2026, 9, 16)
    assert parse_date("2º dia - 17/09/2026").resolve(None) == date(2026, 9, 17)


def test_tchelinux2017_headerless_csv_refused_with_the_columns_its_cells_suggest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / TCHELINUX.name
    feed.write_bytes(TCHELINUX.read_bytes())

    assert main(["check", str(feed), "--timezone", "America/Sao_Paulo"]) == 1
    detected = capsys.readouterr().err
    assert main(["check", str(feed), "--format", "csv", "--timezone", "America/Sao_Paulo"]) == 1
    named = capsys.readouterr().err

    assert f"{feed.as_posix()}:1: error: cannot tell the format" in detected
    assert "its cells suggest --columns time=A,title=B,people=C" in detected
    assert f"{feed.as_posix()}:1: error: expected a header row with a title column" in named
    assert "pass --columns time=A,title=B,people=C (what its cells suggest: check it)" in named


def test_tchelinux2017_read_with_columns_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / TCHELINUX.name
    feed.write_bytes(TCHELINUX.read_bytes())
    rows = _records(TCHELINUX)
    zone = ZoneInfo("America/Sao_Paulo")
    out = tmp_path / "out"

    given = ["--columns", "time=A,title=B,people=C", "--date", "2017-06-10", "--timezone", "America/Sao_Paulo"]
    status = main(["build", str(feed), *given, "--out", str(out)])

    assert status == 0, capsys.readouterr().err
    assert "columns (as given): A → time, B → title, C → people" in capsys.readouterr().err
    items = json.loads((out / "program.json").read_text(encoding="utf-8"))["items"]
    starts = sorted({row[0] for row in rows})
    day = date(2017, 6, 10)
    assert len(items) == len(rows) == 16
    by_row = {(item["title"], datetime.fromisoformat(item["start"])): item for item in items}
    for row in rows:
        later = [start for start in starts if start > row[0]]
        item = by_row[(row[1], _at(day, row[0], zone))]
        assert item["end"] == (_at(day, later[0], zone).isoformat() if later else None)
        # `Moderador: ` is the label, not the name (as "Moderator: …" in any table); "A e B" two people
        named = [name.removeprefix("Moderador: ") for name in row[2].split(" e ")]
        assert item["people"] == named


def test_columns_option_reads_letters_numbers_names_and_a_person_in_two_columns() -> None:
    assert parse_columns("time=A, title=2,people=B+C") == (
        ("time", "A"),
        ("title", "2"),
        ("people", "B"),
        ("people", "C"),
    )
    assert parse_columns("title=Talk Title,room=Sala") == (("title", "Talk Title"), ("room", "Sala"))
    with pytest.raises(UsageError, match="--columns: 'tittle' is not a field; did you mean 'title'"):
        parse_columns("tittle=B")
    with pytest.raises(UsageError, match=r"--columns: expected FIELD=COLUMN pairs .* found 'B'"):
        parse_columns("title=A,B")
