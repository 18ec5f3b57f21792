"""Trial 32's unseen files (session 15): a paper table, a renamed CMT export, and three sites' YAML/JSON data.

Expectations are worked out here from each source with the csv, json and yaml modules, not from `program`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.checks.checks import check_items
from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import Kind, Program, Role
from program.readers import ReadContext, detect_readers
from program.readers.base import decode_feed
from program.readers.cmt import CmtReader
from program.readers.json_rows import JsonRowsReader
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data"
TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
BAHIA_BLANCA = ZoneInfo("America/Argentina/Buenos_Aires")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
AUTHORS = "Authors_Name (comma separated)"


def _text(path: Path) -> str:
    return decode_feed(path.read_bytes(), path.name)


def test_iswc2016_papers_each_at_its_own_time_and_the_posters_share_their_hall_without_warnings() -> None:
    path = DATA / "spreadsheets" / "iswc2016-papers-excerpt.csv"
    records = list(csv.DictReader(io.StringIO(_text(path), newline="")))
    expected = [
        (
            record["Title"],
            datetime.fromisoformat(record["Start"]).replace(tzinfo=TOKYO),
            datetime.fromisoformat(record["End"]).replace(tzinfo=TOKYO),
            (record["Presenter"],),
            record["Room"] or None,
        )
        for record in records
    ]

    assert [reader.name for reader in detect_readers(_text(path))] == ["csv"]
    program = SpreadsheetCsvReader().read(_text(path), source=path.name, context=ReadContext(timezone=TOKYO))

    assert len(expected) == 60
    assert [(item.title, item.start, item.end, item.people, item.location) for item in program.items] == expected
    kinds = {record["Title"]: record["Track"] for record in records}
    assert {item.kind for item in program.items if kinds[item.title] == "poster"} == {Kind.POSTER}
    assert {item.kind for item in program.items if kinds[item.title] == "demo"} == {Kind.DEMO}
    shown = [item for item in program.items if item.location == "3rd Floor"]
    assert len(shown) == 36 and len({(item.start, item.end) for item in shown}) == 1
    # posters and demos side by side in one hall for three hours: no overlap between them, nor for Jędrzej
    # Potoniec's two demos; his and others' talks elsewhere still meet the checks
    codes = [problem.code for problem in check_items(program.items)]
    assert "overlap" not in codes and "speaker-conflict" not in codes


def test_offlinerl2021_cmt_export_with_renamed_headers_reads_as_cmt() -> None:
    path = DATA / "cmt" / "offlinerl2021-papers.csv"
    records = list(csv.DictReader(io.StringIO(_text(path), newline="")))
    expected = [
        # "*" after a name marks equal contribution, as CMT marks its contact author: no part of the name; nor
        # the "and" before a list's last name
        (
            " ".join(record["Paper_Title"].split()),
            tuple(re.sub(r"^and ", "", name.strip(" *\n")) for name in record[AUTHORS].split(",")),
        )
        for record in records
    ]

    assert [reader.name for reader in detect_readers(_text(path))] == ["cmt"]
    program = CmtReader().read(_text(path), source=path.name, context=ReadContext())
    named = CmtReader().read_bytes(path.read_bytes(), source=path.name, context=ReadContext())  # --format cmt

    assert len(expected) == 42
    assert [(paper.title, paper.authors) for paper in program.papers] == expected
    assert [paper.number for paper in program.papers] == [int(record["CMT_Paper_ID"]) for record in records]
    assert named.papers == program.papers
    assert "42 papers of 42 submissions (CMT export)" in program.reading


def test_a_header_of_unknown_names_is_not_called_a_table_without_one(tmp_path: Path) -> None:
    renamed = tmp_path / "papers.csv"
    renamed.write_text("Paper_Ref,Paper_Heading,Writers_Name\n4,DCUR: Data Curriculum,Daniel Seita\n", "utf-8")

    with pytest.raises(ParseError) as refused:
        read_feed(FeedSpec(renamed), ReadContext())

    said = str(refused.value)
    assert "its first row is a header whose names are none we know (Paper_Ref, Paper_Heading, Writers_Name)" in said
    assert "without a header row" not in said


def test_hm_studieninfotag2020_german_keys_ende_and_raum() -> None:
    path = DATA / "yaml_site" / "hm-studieninfotag2020-programm.yml"
    entries = yaml.load(_text(path), Loader=yaml.BaseLoader)
    expected = [
        (
            " ".join(entry["name"].split()),
            datetime.fromisoformat(entry["start"]).replace(tzinfo=BERLIN),
            datetime.fromisoformat(entry["ende"]).replace(tzinfo=BERLIN),
            entry["raum"],
        )
        for entry in entries
    ]

    program = YamlSiteReader().read(_text(path), source=path.name, context=ReadContext(timezone=BERLIN))

    assert len(expected) == 5
    assert [(item.title, item.start, item.end, item.location) for item in program.items] == expected
    assert "name → title, start → start, ende → end, raum → room" in program.reading[0]
    assert "not read: nummer, stg, aaspf_echt" in program.reading


_RANGE = re.compile(r"^(?P<start>\d{1,2}(?::\d{2})?)(?: a (?P<end>\d{1,2}:\d{2}))?$")


def _aahd_at(day: str, clock: str | None) -> datetime | None:
    if clock is None:
        return None
    hour, _, minute = clock.partition(":")
    return datetime(2026, 11, int(day.split(maxsplit=1)[0]), int(hour), int(minute or 0), tzinfo=BAHIA_BLANCA)


def _aahd_people(written: str) -> tuple[str, ...]:
    """One person a line, "Surname, Given (Affiliation)": the affiliation as the model keeps it, in square brackets."""
    lines = [" ".join(line.split()) for line in written.split("\n") if line.strip()]
    return tuple(re.sub(r"\s*\((.+)\)$", r" [\1]", line) for line in lines)


def test_aahd2026_spanish_ranges_rooms_and_the_talks_a_session_holds() -> None:
    path = DATA / "yaml_site" / "aahd2026-programa.json"
    rows = json.loads(_text(path), strict=False)
    expected = []
    for row in rows:
        times = _RANGE.match(row["horario"])
        assert times is not None
        expected.append(
            (
                " ".join(row["titulo"].split()),
                _aahd_at(row["dia"], times["start"]),
                _aahd_at(row["dia"], times["end"]),
                None if row["espacio"] == "Pausa" else row["espacio"],  # "Pausa" (a break) is no place
            )
        )
        expected += [(" ".join(talk["titulo"].split()), None, None, None) for talk in row.get("ponencias", [])]

    assert [reader.name for reader in detect_readers(_text(path))] == ["yaml-site"]
    context = ReadContext(first_date=datetime(2026, 11, 11).date(), timezone=BAHIA_BLANCA)
    program = YamlSiteReader().read(_text(path), source=path.name, context=context)

    assert len(expected) == 21
    got = [(item.title, item.start, item.end if item.end else None, item.location) for item in program.items]
    # a start written alone ("13:00", "16:00", "20:00") ends at the day's next start, the day's last not at all
    ends = {"ALMUERZO": _aahd_at("11", "14:00"), "CAFÉ": _aahd_at("11", "16:30")}
    expected = [(title, start, ends.get(title, end), room) for title, start, end, room in expected]
    talks = {" ".join(talk["titulo"].split()) for row in rows for talk in row.get("ponencias", [])}
    assert [one for one in got if one[0] not in talks] == [one for one in expected if one[0] not in talks]
    held = [item for item in program.items if item.title in talks]
    session = next(item for item in program.items if item.title == "Archivos, Patrimonio y Arqueología")
    assert [item.title for item in held] == [one[0] for one in expected if one[0] in talks]
    assert all(item.start is None and item.sessions == (session.id,) for item in held)  # untimed, at their session
    assert session.people == ("Romina De León",) and session.role is Role.CHAIR  # "Modera: Romina De León"
    people = {" ".join(row["titulo"].split()): row.get("expositores", "") for row in rows}
    for row in rows:
        people |= {" ".join(talk["titulo"].split()): talk["expositores"] for talk in row.get("ponencias", [])}
    ordinary = [item for item in program.items if people.get(item.title) and item.title != session.title]
    assert len(ordinary) == 17
    # the committee (`Comité organizador AAHD · CIEDIS, UNRN`) is no person; "(Colombia)" after a university
    # written outside the brackets stays part of the name
    awkward = ("Acreditación y apertura Palabras de bienvenida", "Transitando el archivo")
    assert [(item.title, item.people) for item in ordinary if not item.title.startswith(awkward)] == [
        (item.title, _aahd_people(people[item.title])) for item in ordinary if not item.title.startswith(awkward)
    ]
    assert not [problem for problem in program.problems if problem.code == "unreadable-entry"]


def _bylines(description: str) -> tuple[str, ...]:
    """The names after "por" when every line of the description is a byline or a title with one under it."""
    lines = [line for line in description.split("<br>") if line]
    said = [line.startswith("por ") or (at + 1 < len(lines) and lines[at + 1].startswith("por ")) for at, line in
            enumerate(lines)]  # fmt: skip
    return tuple(line.removeprefix("por ") for line in lines if line.startswith("por ")) if all(said) else ()


def test_frontinvale2023_descriptions_that_are_bylines_name_the_speakers() -> None:
    path = DATA / "json_rows" / "frontinvale2023-schedule.json"
    rows = json.loads(_text(path))
    bylines = [_bylines(row["description"]) for row in rows]
    starts = [datetime.fromisoformat(f"2023-09-02T{row['hour']}").replace(tzinfo=SAO_PAULO) for row in rows]

    context = ReadContext(first_date=datetime(2023, 9, 2).date(), timezone=SAO_PAULO)
    program: Program = JsonRowsReader().read(_text(path), source=path.name, context=context)

    assert [(item.title, item.start, item.people) for item in program.items] == [
        (" ".join(row["title"].replace("<br>", " ").split()), start, names)
        for row, start, names in zip(rows, starts, bylines, strict=True)
    ]
    assert sum(1 for names in bylines if names) == 8 and len(bylines[4]) == 5
    talk = program.items[2]
    assert talk.people == ("Thomas Alvarenga",) and talk.abstract is None  # "por Thomas Alvarenga" was all it said
    assert program.items[4].abstract is not None  # a round's description lists its talks' titles
    assert program.items[0].people == ()  # "Momento da chegada no evento …" names nobody
