"""Trial 37's unseen static-site data (session 16): Coding da Vinci 2015's days and Simonyi Konferencia 2018's talks.

- Coding da Vinci 2015 (German Jekyll data): days `{title: "25. April", header, entries: [{content, date}]}`;
  each entry's text is under `content`, its start under `date: "2015-04-25 10:30"`. Refused before
  ("expected a list of schedule entries", the hint naming `[]`, the days).
- Simonyi Konferencia 2018 (Hungarian Gatsby data): `date: "2018-04-18T13:30Z"`, printed by the site with
  Gatsby's `formatString: "HH:mm"` (in UTC, as written): Budapest's 13:30. Read before as 15:30, and
  `presenterName` was not read.

Expectations are read from the files with PyYAML here, not from the reader's output.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import ParseError, UsageError
from program.model import Program
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
BERLIN = ZoneInfo("Europe/Berlin")
BUDAPEST = ZoneInfo("Europe/Budapest")
CDV = "codingdavinci2015-program.yml"
CDV_OST = "codingdavinci-ost2018-program.yml"
SIMONYI = "simonyi2018-presentations.yaml"


def _load(name: str) -> list[dict[str, object]]:
    loaded = yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(loaded, list)
    return loaded


def _cdv_expected(name: str = CDV) -> list[tuple[object, ...]]:
    """Each entry as the page shows its `content` (tags out, link texts in), at its date, to the day's next start."""
    found: list[tuple[object, ...]] = []
    for block in _load(name):
        entries = block.get("entries", [])
        assert isinstance(entries, list)
        starts = [datetime.fromisoformat(entry["date"]).replace(tzinfo=BERLIN) for entry in entries]
        for index, entry in enumerate(entries):
            title = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", entry["content"])).split())
            later = [start for start in starts[index + 1 :] if start > starts[index]]
            found.append((title, starts[index], later[0] if later else None))
    return found


def _read(name: str, context: ReadContext, text: str | None = None) -> Program:
    return YamlSiteReader().read(text or (DATA / name).read_text(encoding="utf-8"), source=name, context=context)


def test_codingdavinci_entries_under_days_by_their_content() -> None:
    expected = _cdv_expected()
    assert len(expected) == 32
    text = (DATA / CDV).read_text(encoding="utf-8")
    assert YamlSiteReader().detect(text)
    program = YamlSiteReader().read(text, source=CDV, context=ReadContext(timezone=BERLIN))
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    assert all(item.people == () and item.location is None for item in program.items)
    assert program.reading[0].startswith("32 entries") and "content → title, date → start" in program.reading[0]
    named = next(item for item in program.items if item.title.startswith("Inputsession 4"))
    # the names are the title's words, and their links stay links
    assert named.title == "Inputsession 4: Förderprogramme mit Christel Franz und Amelie Müller"
    assert [link.label for link in named.links] == ["Christel Franz", "Amelie Müller"]
    linked = next(item for item in program.items if item.title == "Inputsession 1: Workshop DDB API")
    assert [link.url for link in linked.links] == ["/downloads/workshops/ALPHABET-Schnittstellen.odt.pdf"]


def test_codingdavinci_ost_2018_the_same_shape_with_links_inside_titles() -> None:
    expected = _cdv_expected(CDV_OST)
    assert len(expected) == 28
    program = _read(CDV_OST, ReadContext(timezone=BERLIN))
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    iiif = next(item for item in program.items if "IIIF" in item.title)
    shown = "Input Session : International Image Interoperability Framework, IIIF (Leander Seige, UB Leipzig)"
    assert iiif.title == shown  # a link after text was no title: "Input Session : (Leander Seige, …)"
    assert [link.url for link in iiif.links] == ["https://github.com/leanderseige/cdvost2018_iiifworkshop"]


def test_codingdavinci_asks_for_the_zone() -> None:
    with pytest.raises(UsageError, match=r"codingdavinci2015-program\.yml: .*pass --timezone Area/City"):
        _read(CDV, ReadContext())


def _simonyi_expected(zone: ZoneInfo, *, utc: bool = False) -> list[tuple[object, ...]]:
    """Each talk at its `date` as the site prints it (Budapest's clock), or as UTC; its presenter, its room."""
    found: list[tuple[object, ...]] = []
    for talk in _load(SIMONYI):
        written = datetime.fromisoformat(str(talk["date"]).removesuffix("Z"))
        start = written.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone) if utc else written.replace(tzinfo=zone)
        person = re.sub(r"^Dr\.\s+", "", str(talk["presenterName"]))
        found.append((talk["title"], start, (person,), talk["location"]))
    return found


def test_simonyi_z_is_the_wall_clock_the_site_prints_and_its_presenters() -> None:
    expected = _simonyi_expected(BUDAPEST)
    assert len(expected) == 17
    program = _read(SIMONYI, ReadContext(timezone=BUDAPEST))
    assert [(item.title, item.start, item.people, item.location) for item in program.items] == expected
    assert program.items[0].start == datetime(2018, 4, 18, 13, 30, tzinfo=BUDAPEST)
    assert program.items[-1].title == "Manage 'em Fibers! – An agile approach to serve billions of people"
    assert program.items[-1].start == datetime(2018, 4, 18, 18, 15, tzinfo=BUDAPEST)
    assert [(problem.code, problem.source and problem.source.line) for problem in program.problems] == [
        ("z-wall-clock", 1)
    ]
    assert program.problems[0].message == (
        "17 times written to the minute with Z (date: '2018-04-18T13:30Z') read as Europe/Budapest's wall clock "
        "(13:30), as a site that formats them in UTC (Gatsby's formatString) shows them; if they are UTC instants "
        '(15:30 there), set [feeds.columns] z_means = "utc" in a program file'
    )
    assert "presenterName → people" in program.reading[0]


def test_simonyi_without_a_zone_is_shown_in_utc_and_told() -> None:
    program = _read(SIMONYI, ReadContext())
    assert program.timezone == "UTC"
    assert program.items[0].start == datetime(2018, 4, 18, 13, 30, tzinfo=ZoneInfo("UTC"))
    codes = {problem.code: problem.message for problem in program.problems}
    assert set(codes) == {"no-time-zone", "z-wall-clock"}
    assert codes["z-wall-clock"].endswith("pass --timezone Area/City to read them so")


def test_simonyi_program_file_says_the_z_is_utc() -> None:
    context = ReadContext(timezone=BUDAPEST, columns=(("z_means", "utc"),))
    program = _read(SIMONYI, context)
    expected = _simonyi_expected(BUDAPEST, utc=True)
    assert [(item.title, item.start) for item in program.items] == [(title, start) for title, start, *_ in expected]
    assert program.items[0].start == datetime(2018, 4, 18, 15, 30, tzinfo=BUDAPEST)
    assert not [problem for problem in program.problems if problem.code == "z-wall-clock"]
    assert 'times written with Z read as UTC (z_means = "utc")' in program.reading


def test_z_with_seconds_stays_an_instant_unless_the_program_file_says_wall_clock() -> None:
    text = re.sub(r'(T\d{2}:\d{2})Z"', r'\1:00Z"', (DATA / SIMONYI).read_text(encoding="utf-8"))
    exported = _read(SIMONYI, ReadContext(timezone=BUDAPEST), text)
    assert [item.start for item in exported.items] == [start for _, start, *_ in _simonyi_expected(BUDAPEST, utc=True)]
    assert not [problem for problem in exported.problems if problem.code == "z-wall-clock"]
    said = _read(SIMONYI, ReadContext(timezone=BUDAPEST, columns=(("z_means", "wall-clock"),)), text)
    assert [item.start for item in said.items] == [start for _, start, *_ in _simonyi_expected(BUDAPEST)]


def test_an_unknown_z_setting_is_refused() -> None:
    with pytest.raises(UsageError, match=r'z_means = "local": write "utc" or "wall-clock"'):
        _read(SIMONYI, ReadContext(timezone=BUDAPEST, columns=(("z_means", "local"),)))


def test_entries_under_an_unknown_text_key_are_refused_naming_their_list_and_key() -> None:
    text = (DATA / CDV).read_text(encoding="utf-8").replace("content:", "inhalt:")
    with pytest.raises(ParseError) as raised:
        _read(CDV, ReadContext(timezone=BERLIN), text)
    assert raised.value.source is not None and raised.value.source.line == 1
    assert raised.value.reason.endswith(
        'name them in the program file, e.g. [feeds.columns] items = "[].entries[]", title = "inhalt" '
        "(entries with times under no title key)"
    )
    columns = (("items", "[].entries[]"), ("title", "inhalt"))
    named = _read(CDV, ReadContext(timezone=BERLIN, columns=columns), text)
    assert [(item.title, item.start, item.end) for item in named.items] == _cdv_expected()


def test_a_list_of_timed_content_entries_is_detected_as_site_data() -> None:
    entries = (("10:00", "Anmeldung"), ("10:30", "Vortrag"), ("11:00", "Ende"))
    text = "".join(f'- time: "{clock}"\n  content: {what}\n' for clock, what in entries)
    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]
