"""A JSON programme a new user brought unseen (session 11): NCPCE 2026's `assets/data/programme.json`.

The National Conference on Pharmaceutical Crime Enforcement (Malaysia, 27–29 July 2026) keeps its
programme as a sheet exported to JSON: `date` "2026-07-27T00:00:00", `time_start`/`time_end` as
Excel times on 1899-12-30 ("1899-12-30T14:30:00"; an empty end on three rows), the title in Malay
and English (`title_ms`, `title_en`, several lines), `speaker` one a line and numbered on the panel
("1. YBrs. Tuan Haji …⏎2. Pn Asniza …"), `venue`, `organisation_en`. It names no zone.
Expectations are counted from the file with `json`, or written by hand from it.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "json_rows"
NAME = "ncpce2026-programme.json"
KUALA_LUMPUR = ZoneInfo("Asia/Kuala_Lumpur")

# The people of each row with speakers, by the row's index: the panel's numbers and "Dr" left out,
# each one speaker row's organisation as their affiliation
PEOPLE = {
    1: ("YBrs. Tuan Haji Mohd Zawawi bin Abdullah [BPFKKM]",),
    5: (
        "YBrs. Tuan Haji Mohd Zawawi bin Abdullah",
        "Pn Asniza binti Alias",
        "Mohd Shakrie Palan Bin Abdullah",
        "Pn Siti Mariaton binti Abd Moksin",
        "Pn Nor Aza binti Hassan",
        "En Mohd Azaruddin bin Aziz",
    ),
    11: ("En Ahmad Edihafriz bin Kamarol Fauzi [Netsmart Sdn Bhd]",),
    14: ("Insp. Ganesh a/l Raman [PDRM]",),
    15: ("Ts. Nur Syafiqah binti Mohd Shamsuddin [MCMC]",),
    19: ("En Mohd Asriq bin Lamit [NFCC]",),
    20: ("Pn Nor Azizah binti Aling [AGC]",),
}


def _read(context: ReadContext) -> Program:
    return JsonRowsReader().read(decode_feed((DATA / NAME).read_bytes(), NAME), source=NAME, context=context)


def _moment(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day[:10]), time.fromisoformat(clock[11:]), KUALA_LUMPUR)


def test_ncpce_rows_with_excel_times_multiline_titles_and_a_numbered_panel() -> None:
    rows = json.loads((DATA / NAME).read_text(encoding="utf-8"))
    program = _read(ReadContext(timezone=KUALA_LUMPUR))

    assert len(rows) == len(program.items) == 24
    starts = [_moment(row["date"], row["time_start"]) for row in rows]
    for index, (row, item) in enumerate(zip(rows, program.items, strict=True)):
        assert item.title == " ".join(row["title_en"].split())
        assert item.start == starts[index]
        if row["time_end"]:
            assert item.end == _moment(row["date"], row["time_end"])
        else:  # a start alone ends when the day's next row starts; the day's last keeps no end
            later = [start for start in starts if start.date() == item.start.date() and start > item.start]
            assert item.end == (min(later) if later else None)
        assert item.location == (row["venue"] or None)
        assert tuple(item.people) == PEOPLE.get(index, ())
    assert [index for index, row in enumerate(rows) if not row["time_end"]] == [2, 6, 17]
    mapping = "columns: date → date, time_start → start, time_end → end, title_en → title"
    assert any(mapping in line for line in program.reading)


def test_ncpce_without_a_zone_asks_for_one() -> None:
    with pytest.raises(UsageError, match=r"--timezone"):
        _read(ReadContext())
