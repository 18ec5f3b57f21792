"""Tables without a header: the column mapping they need, and the message that asks for it."""

import csv
from datetime import date, datetime
from typing import Any

import pytest

from program.cli import main
from program.errors import ParseError
from spreadsheet_files import BERLIN, DATA, read_csv, read_workbook


def test_csv_without_header_asks_for_a_mapping_then_reads_by_column_letter() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        read_csv("eeke-2020-program.csv", timezone=BERLIN)

    program = read_csv(
        "eeke-2020-program.csv",
        timezone=BERLIN,
        first_date=date(2020, 8, 1),
        columns=(("time", "A"), ("title", "B"), ("people", "C")),
    )

    with (DATA / "eeke-2020-program.csv").open(encoding="utf-8") as file:
        timed = [row for row in csv.reader(file, delimiter=";") if row and row[0] and row[1]]
    assert [item.title for item in program.items] == [row[1] for row in timed]
    late = program.items[-1]
    assert (late.start, late.end) == (
        datetime(2020, 8, 1, 23, 0, tzinfo=BERLIN),
        datetime(2020, 8, 2, 0, 30, tzinfo=BERLIN),
    )
    assert program.reading[2] == "columns (from the program file): A → time, B → title, C → people"
    assert (
        "skipped: eeke-2020-program.csv:4 (a section row without a time: 'Session 1 | Chair: tbd')" in program.reading
    )


def test_headerless_csv_error_names_the_file_line_and_the_key(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "eeke.csv"
    feed.write_bytes((DATA / "eeke-2020-program.csv").read_bytes())

    status = main(["check", str(feed), "--timezone", "Europe/Berlin"])

    stderr = capsys.readouterr().err
    assert status != 0
    assert f"{feed.as_posix()}:1: error: cannot tell the format" in stderr
    assert 'a table without a header row: set format = "csv" in its [[feeds]] and map its columns by letter' in stderr
    assert "[feeds.columns]" in stderr and "--format csv" in stderr


def test_headerless_csv_mapped_by_letter_in_the_program_file_needs_no_format(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eeke.csv").write_bytes((DATA / "eeke-2020-program.csv").read_bytes())
    (tmp_path / "program.toml").write_text(
        'title = "EEKE 2020"\ntimezone = "Europe/Berlin"\ndate = 2020-08-01\n\n'
        '[[feeds]]\npath = "eeke.csv"\n[feeds.columns]\ntime = "A"\ntitle = "B"\npeople = "C"\n',
        encoding="utf-8",
    )

    main(["check", str(tmp_path / "program.toml")])

    stderr = capsys.readouterr().err
    assert "eeke.csv as csv" in stderr
    assert "columns (from the program file): A → time, B → title, C → people" in stderr


def test_workbook_without_header_asks_for_a_mapping() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        read_workbook("eeke-2020-program.xlsx", timezone=BERLIN)
