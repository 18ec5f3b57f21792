"""A static site that writes each talk's speaker as `name` beside its `title` (OWASP Norway Day 2018).

Expectations written by hand from tests/data/yaml_site/owaspnorway2018-program.yml
(PROVENANCE.md): 13 entries, 8 with a speaker and a company, `time` a start only.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Program
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

OWASP = ROOT / "tests" / "data" / "yaml_site" / "owaspnorway2018-program.yml"
OSLO = ZoneInfo("Europe/Oslo")


def _read(text: str, source: str = "program.yml") -> Program:
    context = ReadContext(first_date=date(2018, 9, 27), timezone=OSLO)
    return YamlSiteReader().read(text, source=source, context=context)


def _owasp() -> Program:
    return _read(OWASP.read_text(encoding="utf-8"), OWASP.name)


@pytest.mark.parametrize(
    ("title", "person", "hour", "minute"),
    [
        ("What We’ve Learned From Billions of Security Reports", "Scott Helme [Security Researcher]", 9, 15),
        ("Building an agile Security Organization", "Monica Verma [PwC Digital Trust]", 10, 15),
        ("Linux Security APIs and the Chromium Sandbox", "Patricia Aas [TurtleSec]", 15, 45),
        ("VG under Attack! War Stories from the Ops Trenches", "Audun Ytterdal [Schibsted Media Group]", 16, 45),
    ],
)
def test_the_name_is_the_speaker_and_the_company_their_affiliation(
    title: str, person: str, hour: int, minute: int
) -> None:
    item = next(item for item in _owasp().items if item.title == title)
    assert (item.people, item.start) == ((person,), datetime(2018, 9, 27, hour, minute, tzinfo=OSLO))


def test_entries_with_an_empty_name_have_no_people() -> None:
    program = _owasp()
    assert len(program.items) == 13
    without = [item.title for item in program.items if not item.people]
    assert without == ["Registration opens", "Welcome", "Lunch break", "Closing", "After-party"]


def test_check_names_name_and_company_as_read_and_image_and_bio_as_not() -> None:
    reading = "\n".join(_owasp().reading)
    assert "name → people" in reading
    assert "not read: image, bio" in reading


_NOT_NAMES = """\
- {name: workshop, title: Fuzzing, time: "09:00"}
- {name: keynote, title: Opening words, time: "10:00"}
- {name: talk, title: Closing words, time: "11:00"}
"""


def test_a_name_beside_a_title_that_is_no_person_is_not_read_as_one() -> None:
    program = _read(_NOT_NAMES)
    assert [(item.title, item.people) for item in program.items] == [
        ("Fuzzing", ()),
        ("Opening words", ()),
        ("Closing words", ()),
    ]
    assert "not read: name" in "\n".join(program.reading)


_NAME_IS_TITLE = """\
- {name: Registration, time: "09:00"}
- {name: Ada Lovelace, time: "10:00"}
- {name: Grace Hopper, time: "11:00"}
- {name: Alan Turing, time: "12:00"}
"""


def test_a_name_without_a_title_beside_it_is_the_title() -> None:
    titles = [(item.title, item.people) for item in _read(_NAME_IS_TITLE).items]
    assert titles == [("Registration", ()), ("Ada Lovelace", ()), ("Grace Hopper", ()), ("Alan Turing", ())]
