"""Trial 24's sheet (unseen): the Turing poster showcase 2020's poster ids (`10:00,07,08`) are no clock times.

Expectations from the file with csv (tests/data/spreadsheets/PROVENANCE.md): each row's `time` is
the start of the posters whose ids it lists, on --date (24 September 2020), ending at the next row's
start (17:00, the last, none). The ids were read as 07:00 and 08:00 before (items 08:00–10:00 titled
with the Zoom links, 12 overlap warnings). Joined to posters.csv (both files given, or the program
file's `join_file`), each id is the poster it names: its `title`, its `student`s (`A;B`), its
abstract, and the Zoom link beside it (`zoom_link_1` beside `poster_id_1`) as its link.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from program.feed_reading import read_feeds
from program.model import Kind, Program
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.settings import MAX_FEED_SIZE, FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
LONDON = ZoneInfo("Europe/London")
FIRST = date(2020, 9, 24)


def test_turingposters2020_poster_ids_beside_times_are_not_times() -> None:
    text = (DATA / "turingposters2020-programme.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    starts = [datetime.combine(FIRST, time.fromisoformat(row["time"]), LONDON) for row in rows]
    expected = [
        (line, row[column], start, end, column)
        for line, row, start, end in zip(range(2, len(rows) + 2), rows, starts, [*starts[1:], None], strict=True)
        for column in ("poster_id_1", "poster_id_2")
    ]
    assert len(expected) == 16
    program = SpreadsheetCsvReader().read(
        text, source="turingposters2020-programme.csv", context=ReadContext(timezone=LONDON, first_date=FIRST)
    )
    read = [
        (item.source.line, item.title, item.start, item.end, item.location)
        for item in program.items
        if item.location in ("poster_id_1", "poster_id_2")
    ]
    assert read == expected
    assert all(item.start in starts for item in program.items)  # the Zoom links too: at their row's time


def _posters_by_id() -> dict[str, dict[str, str]]:
    text = (DATA / "turingposters2020-posters.csv").read_text(encoding="utf-8")
    return {record["poster_id"]: record for record in csv.DictReader(io.StringIO(text))}


def _expected_joined() -> list[tuple[object, ...]]:
    """Each id cell as the poster it names (title, `student` split at `;`), at its row's time, with its Zoom link."""
    rows = list(csv.DictReader(io.StringIO((DATA / "turingposters2020-programme.csv").read_text(encoding="utf-8"))))
    posters = _posters_by_id()
    starts = [datetime.combine(FIRST, time.fromisoformat(row["time"]), LONDON) for row in rows]
    return [
        (
            line,
            posters[row[f"poster_id_{number}"]]["title"],
            start,
            end,
            tuple(name.strip() for name in posters[row[f"poster_id_{number}"]]["student"].split(";")),
            row[f"zoom_link_{number}"],
        )
        for line, row, start, end in zip(range(2, len(rows) + 2), rows, starts, [*starts[1:], None], strict=True)
        for number in (1, 2)
    ]


def _joined(program: Program) -> list[tuple[object, ...]]:
    return [
        (item.source.line, item.title, item.start, item.end, item.people, item.links[0].url)
        for item in program.items
        if len(item.links) == 1
    ]


def test_turingposters2020_poster_ids_joined_to_posters_csv_by_the_program_files_join_file() -> None:
    expected = _expected_joined()
    assert len(expected) == 16
    assert expected[1][4] == ("Keri Grieman", "Joseph Early")
    context = ReadContext(timezone=LONDON, first_date=FIRST, columns=(("join_file", "turingposters2020-posters.csv"),))
    path = DATA / "turingposters2020-programme.csv"
    program = SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)
    assert len(program.items) == 16  # the Zoom links are the posters' links, not items
    assert _joined(program) == expected
    assert all(item.location is None for item in program.items)  # `poster_id_1` names no room
    assert all(item.abstract for item in program.items)
    assert {item.kind for item in program.items} == {Kind.POSTER}  # the rows of posters.csv
    assert any("grid cells 'poster_id_1', 'poster_id_2'" in line for line in program.reading)


def test_turingposters2020_both_files_given_read_as_one_feed() -> None:
    programme, posters = DATA / "turingposters2020-programme.csv", DATA / "turingposters2020-posters.csv"
    feeds = read_feeds(
        [FeedSpec(programme), FeedSpec(posters)],
        ReadContext(timezone=LONDON, first_date=FIRST),
        MAX_FEED_SIZE,
        lambda _: None,
    )
    assert _joined(feeds[0].program) == _expected_joined()
    assert len(feeds[0].program.items) == 16
    assert feeds[1].joined_by == programme.as_posix()
    assert not feeds[1].program.items  # posters.csv alone is untimed posters: read with the grid, not twice
