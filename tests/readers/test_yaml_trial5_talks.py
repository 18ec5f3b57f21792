"""Static-site YAML a tester tried unseen (trial 5): BSides Oslo 2024's slots naming talks by key.

`_data/program.yml` lists slots (`timeStart`, `timeEnd`) with a `title` or `talk: kim`, a key of
`_data/talks.yml` (`kim:` → `name`, `title`, `abstract`); its last five rows have `timeEnd`
only, which the site's template shows as their time. Expectations written by hand from
tests/data/yaml_site/bsidesoslo2024-*.yml (PROVENANCE.md).
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.loading import load_program
from program.model import Program
from program.readers import READERS, ReadContext
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
SCHEDULE, TALKS = DATA / "bsidesoslo2024-program.yml", DATA / "bsidesoslo2024-talks.yml"
OSLO = ZoneInfo("Europe/Oslo")
DAY = date(2024, 10, 14)


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 10, 14, hour, minute, tzinfo=OSLO)


def _check_read(program: Program) -> None:
    items = program.items
    assert len(items) == 19
    by_title = {item.title: item for item in items}
    # talk: hallvard, 09:00-09:45; talks.yml: name Hallvard Nygård, title "Keynote - Exploring …"
    keynote = by_title[
        "Keynote - Exploring the World of Ethical Hacking: From Web Vulnerabilities to Election Security"
    ]
    assert (keynote.people, keynote.start, keynote.end) == (("Hallvard Nygård",), _at(9), _at(9, 45))
    assert keynote.abstract is not None
    assert keynote.abstract.startswith("In this talk, Hallvard will dive into the process")
    # talk: kim, 16:00-16:20
    kim = items[13]
    assert (kim.title, kim.people, kim.start) == (
        "The Law of Jante (janteloven) in Cybersecurity - Breaking the myth of America's superiority over Norway",
        ("Kim Engebretsen",),
        _at(16),
    )
    # `name: Stian Kristoffersen ` (a trailing space) on "End-to-end Supply Chain Integrity", 13:00
    assert by_title["End-to-end Supply Chain Integrity"].people == ("Stian Kristoffersen",)
    assert not [item for item in items if item.title in ("hallvard", "kim", "stian")]
    # the nine talks' speakers are the nine people
    assert len({person for item in items for person in item.people}) == 9
    # `- timeEnd: "16:20"` / `title: Closing note`: shown at 16:20, with no end
    closing = by_title["Closing note"]
    assert (closing.start, closing.end) == (_at(16, 20), None)
    assert (items[-1].title, items[-1].start) == ("Event closed", _at(22))
    assert not program.problems


def test_bsides_slots_take_their_talks_from_the_talks_file_given_with_them() -> None:
    loaded = load_program(Settings(feeds=(FeedSpec(SCHEDULE), FeedSpec(TALKS)), timezone=OSLO, first_date=DAY))
    _check_read(loaded.program)


def test_a_talks_yml_beside_the_schedule_is_joined(tmp_path: Path) -> None:
    shutil.copy(SCHEDULE, tmp_path / "program.yml")
    shutil.copy(TALKS, tmp_path / "talks.yml")
    source = (tmp_path / "program.yml").as_posix()
    program = YamlSiteReader().read(
        SCHEDULE.read_text(encoding="utf-8"), source=source, context=ReadContext(first_date=DAY, timezone=OSLO)
    )
    _check_read(program)
    assert program.sources == (source, (tmp_path / "talks.yml").as_posix())


def test_without_its_talks_file_the_keys_are_said_to_be_references() -> None:
    program = YamlSiteReader().read(
        SCHEDULE.read_text(encoding="utf-8"), source=SCHEDULE.name, context=ReadContext(first_date=DAY, timezone=OSLO)
    )
    assert any("slots name talks by key (talk: antonis)" in line for line in program.reading)


def test_time_start_keys_are_detected() -> None:
    claimed = [name for name, reader in READERS.items() if reader.detect(SCHEDULE.read_text(encoding="utf-8"))]
    assert claimed == ["yaml-site"]


def test_a_key_the_talks_file_lacks_is_said_and_kept_as_the_title(tmp_path: Path) -> None:
    (tmp_path / "talks.yml").write_text("kim:\n  name: Kim E\n  title: A talk\n", encoding="utf-8")
    text = "- timeStart: '9:00'\n  talk: kim\n- timeStart: '10:00'\n  talk: nobody\n"
    program = YamlSiteReader().read(
        text, source=(tmp_path / "program.yml").as_posix(), context=ReadContext(first_date=DAY, timezone=OSLO)
    )
    assert [(item.title, item.people) for item in program.items] == [("A talk", ("Kim E",)), ("nobody", ())]
    assert program.reading[-1].endswith("by key: 1 talk; slots naming one: 1; keys it lacks, kept as titles: nobody")
