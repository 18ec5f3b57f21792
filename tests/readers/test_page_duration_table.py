"""A page whose one table gives durations only, and no clock time anywhere (CDAAI's agenda, trial 13 #4).

tests/data/pages/cdaai-workshop-agenda.md: `| Workshop Item | Duration |` over rows such as
`| Welcome and opening remarks | 10 minutes |`, `| Lightning Talks 1 | 5 x 10 minute talks 50 minutes |`
and section rows with no duration (`| Part 1: … | |`). Expectations come from the source by a regular
expression here: each item's length is the last number of minutes its Duration cell writes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.cli.main import main
from program.errors import UsageError
from program.readers import ReadContext, detect_readers

NAME = "cdaai-workshop-agenda.md"
PAGE = Path(__file__).resolve().parent.parent / "data" / "pages" / NAME
NAIROBI = ZoneInfo("Africa/Nairobi")  # a zone for the test: the page names none, and its workshop's place is no matter
_ROW = re.compile(r"^\|\s*(?P<title>[^|]+?)\s*\|\s*(?P<duration>[^|]*?)\s*\|$")


def _source() -> list[tuple[str, int]]:
    rows = [found for line in PAGE.read_text(encoding="utf-8").splitlines() if (found := _ROW.match(line.strip()))]
    return [
        (row["title"], int(re.findall(r"(\d+) minutes", row["duration"])[-1]))
        for row in rows[1:]  # the header
        if "minutes" in row["duration"]
    ]


def test_without_a_start_the_error_names_the_option_that_gives_one() -> None:
    text = PAGE.read_text(encoding="utf-8")
    reader = detect_readers(text)[0]

    with pytest.raises(UsageError) as raised:
        reader.read(text, source=NAME, context=ReadContext(date(2025, 6, 1), NAIROBI))

    assert reader.name == "schedule-page"
    assert str(raised.value) == (
        f"{NAME}:13: a table of durations with no time to start from ('| Welcome and opening remarks | 10 minutes |'); "
        "give the first day and the time its first item starts with --date YYYY-MM-DDTHH:MM (in a program file: "
        "date = YYYY-MM-DDTHH:MM:00)"
    )


def test_with_a_start_the_items_run_end_to_end_from_it() -> None:
    text = PAGE.read_text(encoding="utf-8")
    context = ReadContext(date(2025, 6, 1), NAIROBI, first_start=time(9, 0))

    program = detect_readers(text)[0].read(text, source=NAME, context=context)

    expected, start = [], datetime(2025, 6, 1, 9, 0, tzinfo=NAIROBI)
    for title, minutes in _source():
        expected.append((title, start, start + timedelta(minutes=minutes)))
        start += timedelta(minutes=minutes)
    assert len(expected) == 11 and expected[-1][2] == datetime(2025, 6, 1, 15, 30, tzinfo=NAIROBI)
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    people = {item.title: item.people for item in program.items if item.people}
    assert people == {
        "First keynote: Joan Kinyua": ("Joan Kinyua",),
        "Second Keynote: Girmaw Abebe Tadesse": ("Girmaw Abebe Tadesse",),
    }
    unplaced = [line for line in program.reading if "not placed" in line and NAME in line]
    assert [line.split(":")[1] for line in unplaced] == ["14", "20"]  # the "Part 1:", "Part 2:" section rows


def test_the_command_line_gives_the_start_with_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(PAGE), "--timezone", "Africa/Nairobi", "--date", "2025-06-01T09:00"])
    captured = capsys.readouterr()

    assert status == 0, captured.err
    assert "11 items" in captured.err
    assert main(["check", str(PAGE), "--timezone", "Africa/Nairobi", "--date", "2025-06-01"]) == 2
    assert "--date YYYY-MM-DDTHH:MM" in capsys.readouterr().err


def test_a_program_file_gives_the_start_with_its_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program_file = tmp_path / "cdaai.toml"
    program_file.write_text(
        f'title = "CDAAI"\ndate = 2025-06-01T09:30:00\ntimezone = "Africa/Nairobi"\n\n[[feeds]]\npath = "{PAGE}"\n',
        encoding="utf-8",
    )

    status = main(["ics", str(program_file)])
    captured = capsys.readouterr()

    assert status == 0, captured.err
    assert "DTSTART;TZID=Africa/Nairobi:20250601T093000" in captured.out
    assert "DTEND;TZID=Africa/Nairobi:20250601T160000" in captured.out  # 6 h 30 of durations after 09:30
