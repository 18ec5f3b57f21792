"""A JSON programme a new user tried unseen (trial 12): MILC 2023's `_data/schedule.json`.

Eight rows `{id, start_time, end_time, title}` in UTC ("2023-03-27T21:30:00Z"). Two of them end
before they start, on the same written day: the talk at 22:55 "ends" 2023-03-27T13:15:00Z, the
break that follows starts 2023-03-28T13:15:00Z and "ends" 2023-03-28T00:00:00Z (the site's
slips, probably 23:15 for 13:15; the file cannot say). Expectations are read from the file with
`json` (tests/data/json_rows, PROVENANCE.md).
"""

from __future__ import annotations

import json
from datetime import datetime

from program.model import Program
from program.readers import ReadContext
from program.readers.json_rows import JsonRowsReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "json_rows" / "milc2023-schedule.json"


def _read() -> Program:
    return JsonRowsReader().read(PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext())


def test_rows_read_at_their_instants_and_backward_ends_left_out_and_said() -> None:
    rows = json.loads(PATH.read_text(encoding="utf-8"))
    program = _read()

    assert len(program.items) == len(rows) == 8
    by_title = {item.title: item for item in program.items}
    for row in rows:
        item = by_title[row["title"]]
        start, end = (datetime.fromisoformat(row[key]) for key in ("start_time", "end_time"))
        assert item.start == start
        assert item.end == (end if end > start else None), row["title"]  # never the next day's 13:15
    backward = [problem for problem in program.problems if problem.code == "end-before-start"]
    assert [(problem.source and problem.source.line, problem.message) for problem in backward] == [
        (
            26,
            "'Composing with Generative Systems in the Digital Audio Workstation' (/4): its end '13:15' is written "
            "before its start '22:55', both on 2023-03-27; read as a start only",
        ),
        (
            32,
            "'Break' (/5): its end '00:00' is written before its start '13:15', both on 2023-03-28; "
            "read as a start only",
        ),
    ]


def test_an_end_on_the_next_written_day_still_ends_then() -> None:
    text = (
        '[{"start_time": "2023-03-27T23:30:00Z", "end_time": "2023-03-28T00:15:00Z", "title": "Late talk"},'
        ' {"start_time": "2023-03-28T00:15:00Z", "end_time": "2023-03-28T00:30:00Z", "title": "Closing"}]'
    )
    program = JsonRowsReader().read(text, source="late.json", context=ReadContext())

    assert (program.items[0].start, program.items[0].end) == (
        datetime.fromisoformat("2023-03-27T23:30:00Z"),
        datetime.fromisoformat("2023-03-28T00:15:00Z"),
    )
    assert not [problem for problem in program.problems if problem.code == "end-before-start"]
