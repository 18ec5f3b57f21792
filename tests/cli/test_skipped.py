"""Many skipped entries of one kind are one line in `check` and `build`; `--verbose` lists each."""

from __future__ import annotations

from pathlib import Path

import pytest

from program.cli import main
from program.cli.skipped import summarised

ALL_DAY = [
    # Like bitcoinpark/bitcoinpark.com schedule.ics (trial 2): 97 of its 120 events are all-day.
    f"BEGIN:VEVENT\r\nUID:day-{n}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    f"DTSTART;VALUE=DATE:202609{n:02d}\r\nSUMMARY:Meetup {n}\r\nEND:VEVENT\r\n"
    for n in range(1, 6)
]
TIMED = (
    "BEGIN:VEVENT\r\nUID:talk@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;TZID=America/Chicago:20260910T180000\r\nDTEND;TZID=America/Chicago:20260910T190000\r\n"
    "SUMMARY:Evening talk\r\nEND:VEVENT\r\n"
)


def _calendar(tmp_path: Path) -> Path:
    path = tmp_path / "events.ics"
    body = "".join(ALL_DAY) + TIMED
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n", encoding="utf-8"
    )
    return path


def _skipped(command: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(command)
    captured = capsys.readouterr()
    return [line.strip() for line in (captured.out + captured.err).splitlines() if "skipped: " in line]


@pytest.mark.parametrize("command", [["check"], ["build", "--no-pdf", "--out", "{out}"]])
def test_five_all_day_events_are_one_skipped_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _calendar(tmp_path)
    args = [arg.format(out=tmp_path / "out") for arg in command]

    lines = _skipped([*args, str(path), "--timezone", "America/Chicago"], capsys)

    assert lines == [
        f"skipped: {path.as_posix()}:4: all-day event 'Meetup 1' (an all-day event is no slot of a program); "
        "and 4 more like it (at 10, 16, 22, …; --verbose lists each)"
    ]


def test_verbose_lists_each_skipped_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _calendar(tmp_path)

    lines = _skipped(["check", "--verbose", str(path), "--timezone", "America/Chicago"], capsys)

    assert [line.split(": ")[1] for line in lines] == [f"{path.as_posix()}:{4 + 6 * n}" for n in range(5)]


def test_a_few_alike_and_other_lines_stay_as_they_are() -> None:
    lines = [
        "columns: time = A, title = B",
        "sheet 'Two': skipped: t.xlsx: Two!A1 (a row without a title: '2 | Ada')",
        "sheet 'Two': skipped: t.xlsx: Two!A2 (a row without a title: '3 | Bo')",
        "sheet 'Two': skipped: t.xlsx: Two!A3 (a row without a title: '4 | Cy')",
        "skipped: t.xlsx: One!A9 (the header again)",
    ]

    assert summarised(lines) == lines
    assert summarised([*lines, "sheet 'Two': skipped: t.xlsx: Two!A4 (a row without a title: '5 | Di')"]) == [
        "columns: time = A, title = B",
        "sheet 'Two': skipped: t.xlsx: Two!A1 (a row without a title: '2 | Ada'); "
        "and 3 more like it (at A2, A3, A4; --verbose lists each)",
        "skipped: t.xlsx: One!A9 (the header again)",
    ]
