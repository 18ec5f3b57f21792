"""A JSON programme a new user tried unseen (trial 14): ISGIE 2022's `_data/program.json`.

Each row is `{time: "08:05-08:20", session, speaker}` with HTML in the values. A speaker is a card,
`Mr Xiaohan Hao, <br>SonoScape Medical Corp, China<br>(virtual, registered)`: the name, then where the
speaker works, then a note; `Chairs of the Workshop` names nobody; the award's title links its
sponsor, `sponsored by <a href="https://www.olympus-global.com/">Olympus</a>`. The workshop was on
Sunday 18 September 2022 in Singapore (the site's program.md). Expectations written from the file.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Link, Program
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "json_rows" / "isgie2022-program.json"
SINGAPORE = ZoneInfo("Asia/Singapore")


def _read() -> Program:
    context = ReadContext(first_date=date(2022, 9, 18), timezone=SINGAPORE)
    return JsonRowsReader().read(decode_feed(PATH.read_bytes(), PATH.name), source=PATH.name, context=context)


def _at(hour: int, minute: int) -> datetime:
    return datetime(2022, 9, 18, hour, minute, tzinfo=SINGAPORE)


def test_isgie_2022_speaker_cards_name_the_speaker_with_the_lines_after_as_affiliation() -> None:
    program = _read()
    people = {item.title: item.people for item in program.items}

    assert len(program.items) == 13
    # lines 9-10: "Mr Xiaohan Hao, <br>SonoScape Medical Corp, China<br>(virtual, registered)"
    assert people["Oral session 1: Light Adaptation for Classification of the Upper Gastrointestinal Sites"] == (
        "Xiaohan Hao [SonoScape Medical Corp, China]",
    )
    # lines 14-15: "Mr Chu-Min Nien, <br>National Chung Hsing University, Taiwan<br>(virtual, registered)"
    assert people[
        "Oral session 2: Criss-Cross Attention based Multi-Level Fusion Network for Gastric Intestinal "
        "Metaplasia Segmentation"
    ] == ("Chu-Min Nien [National Chung Hsing University, Taiwan]",)
    # lines 54-55: "Prof Ho Khek Yu, <br>National University of Singapore"
    assert people["KEYNOTE 3: Latest Advances of Robotics in Endoscopy: Clinical Prospective"] == (
        "Ho Khek Yu [National University of Singapore]",
    )
    assert people["Introduction to the Workshop"] == ()  # "Chairs of the Workshop"
    assert sum(1 for names in people.values() if names) == 9
    assert "9 people" in " ".join(program.reading)


def test_isgie_2022_a_titles_link_is_the_items_not_its_text() -> None:
    award = next(item for item in _read().items if item.start == _at(11, 15))

    # line 59: "<b>Best Paper Award: US$ 1000 </b>sponsored by <a href=\"https://www.olympus-global.com/\">Olympus</a>"
    assert award.title == "Best Paper Award: US$ 1000 sponsored by Olympus"
    assert award.links == (Link("Olympus", "https://www.olympus-global.com/"),)
    assert award.end == _at(11, 20)
