"""Trial 26's unseen app JSON (session 14): HOPE 9's speakers whose names are not one person as written.

`"WJ, Alex Muentz"` is two people (a speaker known by initials, then a whole name), `"Ray H. O'Neal,
Jr."` one (a generation after the comma), `"Emmanuel Goldstein and friends"` Emmanuel Goldstein (the
friends are nobody named). Before: `['WJ']`, `["Ray H. O'Neal", 'Jr.']`, `['Emmanuel Goldstein',
'friends']`. Expectations are read from the file with the standard library's json.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.json_rows import JsonRowsReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "json_rows" / "hope9-schedule-excerpt.json"
NEW_YORK = ZoneInfo("America/New_York")
NOT_ONE = {
    "WJ, Alex Muentz": ("WJ", "Alex Muentz"),
    "Ray H. O'Neal, Jr.": ("Ray H. O'Neal, Jr.",),
    "Emmanuel Goldstein and friends": ("Emmanuel Goldstein",),
}


def test_hope9_speakers_split_as_the_people_they_name() -> None:
    rows = json.loads(PATH.read_text(encoding="utf-8"))
    expected = [
        (
            row["title"],
            datetime.fromisoformat(row["when"]).replace(tzinfo=NEW_YORK),
            tuple(
                name
                for speaker in row["speakers"]
                # a bracketed handle is left out: "Da Beave (Champ Clark III)" is Da Beave
                for name in NOT_ONE.get(speaker["name"], (re.sub(r"\s*\([^()]*\)$", "", speaker["name"]),))
            ),
        )
        for row in rows
    ]
    assert len(expected) == 38
    assert {speaker["name"] for row in rows for speaker in row["speakers"]} >= NOT_ONE.keys()
    program = JsonRowsReader().read(
        PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext(timezone=NEW_YORK)
    )
    assert [(" ".join(item.title.split()), item.start, item.people) for item in program.items] == [
        (" ".join(title.split()), start, people) for title, start, people in expected
    ]
