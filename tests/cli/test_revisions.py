"""Re-building after a schedule change: what changes in the calendars, and what `program diff` says.

The issue's acceptance check: on the sample, moving one talk by 15 minutes and re-building
with --previous changes exactly that event's DTSTART, DTEND and SEQUENCE in the .ics, and
`program diff` reports exactly that move.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
from pathlib import Path

import icalendar
import pytest

from program.cli.main import main

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under

MOVED_TALK = "Riyadh Baghdadi - Invited Talk"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    """A copy of the sample program file and its page, to edit."""
    shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name)
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    return tmp_path


def _move_the_last_talk(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.count("Sat 3:45 p.m. - 4:30 p.m.") == 1
    page.write_text(text.replace("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m."), encoding="utf-8")


def _build(workshop: Path, out: str, capsys: pytest.CaptureFixture[str], *more: str) -> None:
    status, _, stderr = _run(
        ["build", "--no-pdf", str(workshop / "mlsys2022.toml"), "--out", str(workshop / out), *more], capsys
    )
    assert status == 0, stderr


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    old, new = before.decode().splitlines(), after.decode().splitlines()
    return [
        line
        for line in difflib.unified_diff(old, new, n=0, lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]


def test_moving_one_talk_changes_only_its_times_and_sequence(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(workshop, "first", capsys)
    _move_the_last_talk(workshop / SAMPLE_PAGE.name)
    _build(workshop, "second", capsys, "--previous", str(workshop / "first" / "program.json"))
    before, after = files_under(workshop / "first"), files_under(workshop / "second")

    expected = [
        "-DTSTART;TZID=America/Chicago:20221203T154500",
        "-DTEND;TZID=America/Chicago:20221203T163000",
        "+DTSTART;TZID=America/Chicago:20221203T160000",
        "+DTEND;TZID=America/Chicago:20221203T164500",
        "-SEQUENCE:0",
        "+SEQUENCE:1",
    ]
    calendars = [name for name in before if name.endswith(".ics")]
    changed = {name: _changed_lines(before[name], after[name]) for name in calendars if before[name] != after[name]}
    assert sorted(changed) == ["kinds/invited-talk.ics", "people/riyadh-baghdadi.ics", "program.ics"]
    assert all(sorted(lines) == sorted(expected) for lines in changed.values())
    [event] = [
        event for event in icalendar.Calendar.from_ical(after["program.ics"]).events if event["SUMMARY"] == MOVED_TALK
    ]
    assert (event.start.strftime("%H:%M"), event.end.strftime("%H:%M"), event["SEQUENCE"]) == ("16:00", "16:45", 1)


def test_a_second_move_gives_the_next_sequence(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _build(workshop, "first", capsys)
    _move_the_last_talk(workshop / SAMPLE_PAGE.name)
    _build(workshop, "second", capsys, "--previous", str(workshop / "first" / "program.json"))
    page = workshop / SAMPLE_PAGE.name
    page.write_text(
        page.read_text(encoding="utf-8").replace("Sat 4:00 p.m. - 4:45 p.m.", "Sat 4:05 p.m. - 4:50 p.m."),
        encoding="utf-8",
    )
    _build(workshop, "third", capsys, "--previous", str(workshop / "second" / "program.json"))

    sequences = {
        str(event["SUMMARY"]): event.sequence
        for event in icalendar.Calendar.from_ical((workshop / "third" / "program.ics").read_bytes()).events
    }
    assert sequences.pop(MOVED_TALK) == 2
    assert set(sequences.values()) == {0}


def test_without_previous_nothing_counts_as_changed(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _move_the_last_talk(workshop / SAMPLE_PAGE.name)
    _build(workshop, "out", capsys)

    assert b"SEQUENCE:1" not in (workshop / "out" / "program.ics").read_bytes()


def test_diff_reports_exactly_the_move(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = workshop / "old.toml"
    shutil.copy(workshop / "mlsys2022.toml", old)
    (workshop / "old.txt").write_bytes((workshop / SAMPLE_PAGE.name).read_bytes())
    old.write_text(old.read_text(encoding="utf-8").replace(SAMPLE_PAGE.name, "old.txt"), encoding="utf-8")
    _move_the_last_talk(workshop / SAMPLE_PAGE.name)

    status, text, _ = _run(["diff", str(old), str(workshop / "mlsys2022.toml")], capsys)
    json_status, document, _ = _run(["diff", "--json", str(old), str(workshop / "mlsys2022.toml")], capsys)

    assert status == json_status == 0
    assert text.splitlines() == [
        "ML for Systems Workshop at NeurIPS 2022: 1 item changed",
        "",
        "Moved (1):",
        f"- {MOVED_TALK} (invited talk): Sat 3 Dec, 3:45 p.m.–4:30 p.m. → Sat 3 Dec, 4:00 p.m.–4:45 p.m.",
    ]
    [change] = json.loads(document)["changes"]
    assert (change["changes"], change["matched_by"], change["old"]["start"], change["new"]["start"]) == (
        ["moved"],
        "id",
        "2022-12-03T15:45:00-06:00",
        "2022-12-03T16:00:00-06:00",
    )


def test_diff_of_two_built_programs(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _build(workshop, "first", capsys)
    page = workshop / SAMPLE_PAGE.name
    page.write_text(
        page.read_text(encoding="utf-8").replace("Riyadh Baghdadi - Invited Talk", "Riyadh Baghdadi - Keynote"),
        encoding="utf-8",
    )
    _build(workshop, "second", capsys)

    status, text, _ = _run(
        ["diff", str(workshop / "first" / "program.json"), str(workshop / "second" / "program.json")], capsys
    )

    assert status == 0
    assert text.splitlines()[2:] == [
        "Renamed (1):",
        "- “Riyadh Baghdadi - Invited Talk” → “Riyadh Baghdadi - Keynote” (keynote)",
        "",
        "Kind changed (1):",
        "- Riyadh Baghdadi - Keynote: invited talk → keynote",
    ]


def test_no_changes_is_said_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, text, _ = _run(["diff", str(SAMPLE_PROGRAM_FILE), str(SAMPLE_PROGRAM_FILE)], capsys)

    assert (status, text) == (0, "ML for Systems Workshop at NeurIPS 2022: no changes.\n")


def test_previous_that_is_not_a_built_program_is_refused(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, stderr = _run(
        [
            "build",
            "--no-pdf",
            str(workshop / "mlsys2022.toml"),
            "--out",
            str(workshop / "out"),
            "--previous",
            str(workshop / SAMPLE_PAGE.name),
        ],
        capsys,
    )

    assert status == 1
    assert stderr.startswith(f"{(workshop / SAMPLE_PAGE.name).as_posix()}:1: error: ")
    assert not (workshop / "out").exists()


def test_a_renamed_talk_keeps_its_uid_and_guid_through_later_builds(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(workshop, "first", capsys)
    page = workshop / SAMPLE_PAGE.name
    page.write_text(
        page.read_text(encoding="utf-8").replace(MOVED_TALK, "Riyadh Baghdadi: Invited Talk"), encoding="utf-8"
    )
    _build(workshop, "second", capsys, "--previous", str(workshop / "first" / "program.json"))
    _move_the_last_talk(page)
    _build(workshop, "third", capsys, "--previous", str(workshop / "second" / "program.json"))

    def identities(out: str) -> dict[str, tuple[str, int]]:
        calendar = icalendar.Calendar.from_ical((workshop / out / "program.ics").read_bytes())
        return {str(event["SUMMARY"]): (str(event["UID"]), event.sequence) for event in calendar.events}

    def guids(out: str) -> set[str]:
        return set(re.findall(r'guid="([0-9a-f-]{36})" id=', (workshop / out / "schedule.xml").read_text("utf-8")))

    first, third = identities("first"), identities("third")
    assert third.pop("Riyadh Baghdadi: Invited Talk") == (first.pop(MOVED_TALK)[0], 1)
    assert third == first
    assert guids("third") == guids("first")
