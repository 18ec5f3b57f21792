"""`program ics`: a calendar filtered by person, kind or paper."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest

from program.cli.main import main

from helpers import SAMPLE_PROGRAM_FILE, SEEDS


def _summaries(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    status = main(["ics", str(SAMPLE_PROGRAM_FILE), *args])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return [str(event["SUMMARY"]) for event in icalendar.Calendar.from_ical(captured.out).events]


def test_a_person_gets_everything_they_are_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert _summaries(["--person", "David Pan"], capsys) == [
        "Posters · Poster Session | Coffee Break",
        "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression",
        "Posters · Poster Session | Coffee Break",
    ]


def test_a_person_is_found_by_any_spelling_or_id(capsys: pytest.CaptureFixture[str]) -> None:
    by_alias = _summaries(["--person", "antoine dupret"], capsys)
    by_id = _summaries(["--person", "antoine-dupret"], capsys)

    assert by_alias == by_id == ["Poster · Lattice Quantization"] * 2


def test_kinds_select_their_items(capsys: pytest.CaptureFixture[str]) -> None:
    summaries = _summaries(["--kind", "spotlight,invited-talk"], capsys)

    assert len(summaries) == 6 + 5
    assert "Opening Remarks" not in summaries


def test_filters_of_different_sorts_must_all_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert _summaries(["--person", "David Pan", "--kind", "spotlight"], capsys) == [
        "HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression"
    ]
    assert _summaries(["--person", "Jeff Dean", "--person", "Dawn Song"], capsys) == [
        "Jeff Dean - Invited Talk",
        "Dawn Song - Invited Talk",
    ]


def test_a_paper_by_title_gives_its_talk_and_its_poster_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    title = "Lattice Quantization"

    assert _summaries(["--paper", title], capsys) == ["Poster Session | Coffee Break"] * 2


def test_unknown_names_are_usage_errors_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["ics", str(SAMPLE_PROGRAM_FILE), "--person", "David Pann"])
    error = capsys.readouterr().err

    assert status == 2
    assert "no person 'David Pann' in the program; did you mean 'David Pan'" in error
    assert main(["ics", str(SAMPLE_PROGRAM_FILE), "--kind", "lecture"]) == 2
    assert "unknown kind 'lecture'; known kinds: opening, closing" in capsys.readouterr().err


def test_out_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mine.ics"

    status = main(["ics", str(SAMPLE_PROGRAM_FILE), "--person", "Jeff Dean", "--alarm", "10m", "--out", str(target)])

    assert status == 0
    assert capsys.readouterr().err == f"wrote {target.as_posix()}\n"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "ML for Systems Workshop at NeurIPS 2022: Jeff Dean"
    assert [
        alarm.TRIGGER
        for event in calendar.events
        for alarm in event.subcomponents
        if isinstance(alarm, icalendar.Alarm)
    ] == [-timedelta(minutes=10)]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["mine.ics"]


def test_a_bad_alarm_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ics", str(SAMPLE_PROGRAM_FILE), "--alarm", "ten minutes"]) == 2
    assert "expected a length such as 10m, 1h or 1h30m" in capsys.readouterr().err


def test_every_calendar_link_of_the_index_has_its_file_and_pool_authors_have_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pools = sorted(str(path) for path in SEEDS.glob("00[34]_*.txt"))
    out = tmp_path / "out"
    assert main(["build", "--no-pdf", str(SAMPLE_PROGRAM_FILE), *pools, "--out", str(out)]) == 0
    capsys.readouterr()

    linked = set(re.findall(r'class="calendar" href="(people/[^"]+)"', (out / "speakers.html").read_text("utf-8")))
    written = {f"people/{path.name}" for path in (out / "people").iterdir()}
    people = json.loads((out / "program.json").read_text("utf-8"))["people"]

    assert linked == written
    assert len(written) == 105 < len(people)


def test_one_persons_calendar_shows_their_poster_sessions_as_busy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ics", str(SAMPLE_PROGRAM_FILE), "--person", "Ryan Adams"]) == 0
    calendar = icalendar.Calendar.from_ical(capsys.readouterr().out)

    assert [(str(event["SUMMARY"]), str(event["TRANSP"])) for event in calendar.events] == [
        ("Poster · A code superoptimizer through neural Monte-Carlo tree search", "OPAQUE"),
        ("A code superoptimizer through neural Monte-Carlo tree search", "OPAQUE"),
        ("Poster · A code superoptimizer through neural Monte-Carlo tree search", "OPAQUE"),
    ]
