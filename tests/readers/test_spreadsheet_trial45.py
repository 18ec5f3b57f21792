"""Trial 45's sheet (unseen), read as its source says (tests/data/spreadsheets/PROVENANCE.md).

TTA @ ICML 2025's `schedule.csv` is `Start time,Program,Paper(s)`: the Paper(s) column names the invited
speaker (`🎤 Invited Talk 1,Deepak Pathak`) or the oral talk's numbered paper (`🎙️ Oral Talk 1,72: Monitoring
Risks in Test-Time Adaptation`), and was not read (5 speakers and 6 talks' titles lost); every Program cell opens
with an emoji, which was kept in the title and hid the kind (`🎤 Invited Talk 1` was `other`).

Expectations are worked out from the file with csv alone, not from our output.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Kind, Program
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

TTA = ROOT / "tests" / "data" / "spreadsheets" / "tta-icml2025-schedule.csv"
VANCOUVER = ZoneInfo("America/Vancouver")
DAY = date(2025, 7, 18)  # the site's schedule.rst: Friday, July 18, 2025
SPEAKERS = {
    "🎤 Invited Talk 1": "Deepak Pathak",
    "🎤 Invited Talk 2": "Xiaoxiao Li",
    "🎤 Invited Talk 3": "Rahaf Aljundi",
    "🎤 Invited Talk 4": "Shuaicheng Niu",
    "🎤 Invited Talk 5": "Chelsea Finn",
}
ORALS = {
    "🎙️ Oral Talk 1": "Monitoring Risks in Test-Time Adaptation",
    "🎙️ Oral Talk 3": "e3: Learning to Explore Enables Extrapolation of Test-Time Compute for LLMs",
    "🎙️ Oral Talk 6": (
        "Adaptive Diffusion Denoised Smoothing: Certified Robustness via Randomized Smoothing "
        "with Differentially Private Guided Denoising Diffusion"
    ),
}
"""Three of the six orals, their paper's title as the cell writes it after its number (`35: e3: …` keeps `e3:`)."""


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(TTA.read_text(encoding="utf-8"))))


def _read(path: Path = TTA) -> Program:
    context = ReadContext(timezone=VANCOUVER, first_date=DAY)
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=context)


def test_tta2025_invited_talks_name_their_speaker_from_the_papers_column() -> None:
    rows = _rows()
    assert {row["Program"]: row["Paper(s)"] for row in rows if row["Program"] in SPEAKERS} == SPEAKERS
    items = {item.title: item for item in _read().items}

    for program, speaker in SPEAKERS.items():
        item = items[program.removeprefix("🎤 ")]
        assert (item.people, item.kind) == ((speaker,), Kind.INVITED_TALK)
    assert items["Invited Talk 1"].start == datetime(2025, 7, 18, 9, 15, tzinfo=VANCOUVER)
    assert items["Invited Talk 1"].end == datetime(2025, 7, 18, 9, 45, tzinfo=VANCOUVER)


def test_tta2025_an_oral_is_titled_by_its_paper_under_the_slots_name() -> None:
    items = _read().items
    by_label = {item.label: item for item in items if item.label}

    assert len(by_label) == sum(row["Program"].startswith("🎙️ Oral Talk") for row in _rows()) == 6
    for program, title in ORALS.items():
        item = by_label[program.removeprefix("🎙️ ")]
        assert (item.title, item.kind, item.people) == (title, Kind.ORAL, ())
    assert by_label["Oral Talk 1"].start == datetime(2025, 7, 18, 10, 0, tzinfo=VANCOUVER)


def test_tta2025_titles_lose_their_leading_emoji_and_lists_of_paper_numbers_name_no_one() -> None:
    rows = _rows()
    items = _read().items

    assert len(items) == len(rows) == 24
    assert [item.title for item in items][:3] == ["Opening Remarks", "Invited Talk 1", "Lightning Talk 1"]
    assert [(item.title, item.kind) for item in items if item.title in ("Break", "Lunch")] == [
        ("Lunch", Kind.BREAK),
        ("Break", Kind.BREAK),
    ]
    lightning = [item for item in items if item.title.startswith("Lightning Talk")]
    assert len(lightning) == 4 and all(not item.people and item.label is None for item in lightning)
    assert sum(len(item.people) for item in items) == len(SPEAKERS)
    assert items[-1].title == "Finish" and items[-1].end is None  # the last start: nothing after it ends it


def test_a_paper_column_beside_a_speaker_column_stays_unread(tmp_path: Path) -> None:
    sheet = tmp_path / "talks.csv"
    sheet.write_text("Time,Title,Presenter,Paper\n9:00,Opening,Ada Lovelace,Alan Turing\n", encoding="utf-8")

    item = _read(sheet).items[0]

    assert (item.title, item.people, item.label) == ("Opening", ("Ada Lovelace",), None)
