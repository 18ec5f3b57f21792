"""c3voc voctosched's CSV input (GPN11, tests/data/spreadsheets/gpn11-voctosched.csv; trial 6).

Its speakers are `id:name|id:name` ("10:Konrad Meier|11:Dennis Wehrle"), and `1:diverse`
(German "various") stands where no one person speaks. Expectations written by hand from the
file: GSM, Friday 24 June 2011 17:30 for 1:00 in GroßesStudio; Lightning Talks, Saturday
18:45 for 1:00, `26:syb|1:diverse`.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from spreadsheet_files import read_csv

BERLIN = ZoneInfo("Europe/Berlin")


def test_speaker_ids_are_not_part_of_the_names_and_diverse_is_nobody() -> None:
    program = read_csv("gpn11-voctosched.csv", timezone=BERLIN)
    by_title = {item.title: item for item in program.items}

    gsm = by_title["GSM"]
    assert (gsm.start, gsm.end, gsm.location, gsm.people) == (
        datetime(2011, 6, 24, 17, 30, tzinfo=BERLIN),
        datetime(2011, 6, 24, 18, 30, tzinfo=BERLIN),
        "GroßesStudio",
        ("Konrad Meier", "Dennis Wehrle"),
    )
    assert by_title["Lightning Talks"].people == ("syb",)
    assert by_title["Ergebnisse Gamejam"].people == ()
    names = {name for item in program.items for name in item.people}
    assert not [name for name in names if name[:1].isdigit() or name.casefold() == "diverse"]
