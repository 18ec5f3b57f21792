"""A schedule page a tester tried unseen (trial 4): IEEE EDTM 2025's program as a one-column CSV.

Its papers are a time and a code, the title, then the authors quoted with where they work
("10:30am M-3-1-1 [Invited]" / title / "Michael Waltl, TU Wien, Germany").
Its days are lines "10 March 2025 (Monday)" (line 1, after a BOM), "11 March 2025 (Tuesday)"
(line 379) and "12 March 2025 (Wednesday)" (line 973); a wrapped title line opens with a
measure, "0.18 μm Bipolar-CMOS-DMOS Technology" (line 1224). Expectations written by hand
from tests/data/pages/edtm2025-program.csv (PROVENANCE.md).
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Item, Kind, Program
from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

EDTM = ROOT / "tests" / "data" / "pages" / "edtm2025-program.csv"
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
DAY_LINES = {1: date(2025, 3, 10), 379: date(2025, 3, 11), 973: date(2025, 3, 12)}


@functools.cache
def _read() -> Program:
    context = ReadContext(first_date=None, timezone=HONG_KONG)  # the page dates itself: no --date
    return SchedulePageReader().read(EDTM.read_text(encoding="utf-8"), source=EDTM.name, context=context)


def test_each_item_is_on_the_day_of_the_day_line_above_it() -> None:
    program = _read()
    for item in program.items:
        day = item.day or (item.start.date() if item.start else None)
        assert item.source.line is not None
        expected = DAY_LINES[max(line for line in DAY_LINES if line <= item.source.line)]
        assert day == expected, item
    assert {item.start.date() for item in program.items if item.start} == set(DAY_LINES.values())


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        (
            13,
            datetime(2025, 3, 10, 9, 0, tzinfo=HONG_KONG),
            datetime(2025, 3, 10, 9, 40, tzinfo=HONG_KONG),
        ),  # Plenary #1
        (
            969,
            datetime(2025, 3, 11, 19, 0, tzinfo=HONG_KONG),
            datetime(2025, 3, 11, 21, 0, tzinfo=HONG_KONG),
        ),  # Banquet
        (
            974,
            datetime(2025, 3, 12, 8, 40, tzinfo=HONG_KONG),
            datetime(2025, 3, 12, 9, 20, tzinfo=HONG_KONG),
        ),  # Plenary #4
        (1222, datetime(2025, 3, 12, 11, 40, tzinfo=HONG_KONG), datetime(2025, 3, 12, 11, 55, tzinfo=HONG_KONG)),
    ],
)
def test_times_on_their_days(line: int, start: datetime, end: datetime) -> None:
    item = next(item for item in _read().items if item.source.line == line)
    assert (item.start, item.end) == (start, end)


def test_a_measure_opening_a_wrapped_title_is_no_time() -> None:
    program = _read()
    assert not [item for item in program.items if item.source.line == 1224]
    assert not [item for item in program.items if item.start is not None and item.start.hour < 6]


def _at(line: int) -> Item:
    return next(item for item in _read().items if item.source.line == line)


def _at_hk(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=HONG_KONG)


# Typed from the source: a coded line ("10:30am M-3-1-1 [Invited]", "9:00am to 9:40am" / "Plenary #1"), its title
# (on one line or two), its quoted author line ("A,B, Affiliation, Country", wrapped over two or three lines).
CODED = {
    13: (
        "Plenary #1",
        "Transient Electronics – From Bioelectronic Medicines to Environmental Monitors",
        (_at_hk(10, 9, 0), _at_hk(10, 9, 40)),
        ("Prof. John A. Rogers",),
        Kind.KEYNOTE,
        None,  # the plenaries of 10 March name no venue
    ),
    49: (
        "M-3-1-4",
        "Investigation of Passivation Layers for Self-aligned Top-Gate Amorphous InGaZnO Thin-Film Transistors with "
        "Metal-Reacted Low-Resistance Source/Drain",
        (_at_hk(10, 11, 30), _at_hk(10, 11, 45)),
        ("Yuhan Zhang", "Jiye Li", "Hao Pen", "Huan Yang", "Lei Lu", "Shengdong Zhang"),
        Kind.TALK,
        "Conference Hall 4&5, 2/F, 8W&10W",
    ),
    60: (
        "M-3-1-7",
        "Optimizing ALD-deposited IGZO TFT Thermal Stability through Compositional Adjustments",
        (_at_hk(10, 12, 15), _at_hk(10, 12, 30)),  # the last of its track: to the block's end ("10:30am to 12:30pm")
        ("Jianting Wu", "Huajian Zheng", "Min Guo", "Yi Huang", "xiaoci liang", "Qian Wu", "Chuan Liu"),
        Kind.TALK,
        "Conference Hall 4&5, 2/F, 8W&10W",
    ),
    65: (
        "M-4-1-1 [Keynote]",
        "Content Addressable Memory Hierarchies for Computing in Memory",
        (_at_hk(10, 10, 30), _at_hk(10, 10, 50)),
        ("John Paul Strachan",),  # "…, Forschungszentrum Juelich/RWTH" / "Aachen University, Germany"
        Kind.KEYNOTE,
        "Grand Hall A, 1/F, 12W",
    ),
    88: (
        "M-5-1-1 [Invited]",
        "CMOS Compatible Spike Vision Sensor",
        (_at_hk(10, 10, 30), _at_hk(10, 10, 50)),
        ("Kai Wang",),
        Kind.INVITED_TALK,
        "Conference Hall 6&7, 2/F, 8W & 10W",
    ),
    260: (
        "M-6-1-2 [Keynote]",
        "Challenges in Accelerating Power SiC Device Commercialization",
        (_at_hk(10, 14, 5), _at_hk(10, 14, 30)),
        ("Victor Veliadis",),  # "…, North Carolina State University;" / "Power America, USA"
        Kind.KEYNOTE,
        "Grand Hall A, 1/F, 12W",
    ),
    372: (
        "Talk 4",
        "History in Korea and Samsung",
        (_at_hk(10, 17, 25), _at_hk(10, 17, 50)),  # "5:50 pm Closing Remarks" follows in its room
        ("Dr. Dae-Je CHIN",),
        Kind.TALK,
        "Grand Hall A, 1/F, 12W",
    ),
    380: (
        "Plenary #3",
        "The Future of Hardware Technologies for Computing",
        (_at_hk(11, 8, 40), _at_hk(11, 9, 20)),
        ("Subhasish MITRA",),  # its venue line above its speaker
        Kind.KEYNOTE,
        "Grand Hall A, 1/F, 12W",
    ),
    669: (
        "T-13-3-5",
        "Spintronic Stochastic Neuron -based Deep Belief Networks for Image Classification",
        (_at_hk(11, 12, 10), _at_hk(11, 12, 30)),
        (  # a name cut by the line's end: "…,Hossein" / "Fariborzi,Gianluca Setti, King Abdullah University …"
            "Aijaz Lone", "Meng Tang", "Daniel N. Rahimi", "Divyanshu Divyanshu", "Camelia Florica", "Selma Amara",
            "Hossein Fariborzi", "Gianluca Setti",
        ),
        Kind.TALK,
        "Conference Hall 6&7, 2/F, 8W & 10W",
    ),
}  # fmt: skip


@pytest.mark.parametrize("line", list(CODED))
def test_a_coded_line_takes_its_title_authors_and_venue_from_the_lines_below(line: int) -> None:
    label, title, (start, end), people, kind, room = CODED[line]

    item = _at(line)

    assert (item.label, item.title, item.start, item.end) == (label, title, start, end)
    assert (item.people, item.kind, item.location) == (people, kind, room)


def test_a_block_whose_venue_line_comes_before_its_title() -> None:
    item = _at(1461)  # "5:10pm to 5:30pm" / "Venue: Grand Hall A, 1/F, 12W" / "Closing Ceremony & Awards"

    assert (item.title, item.location) == ("Closing Ceremony & Awards", "Grand Hall A, 1/F, 12W")
    assert (item.start, item.end) == (_at_hk(12, 17, 10), _at_hk(12, 17, 30))


def test_every_time_led_line_is_one_item_and_no_code_is_a_title_nor_a_place_a_person() -> None:
    text = EDTM.read_text(encoding="utf-8-sig")
    timed = [line for line in text.split("\n") if re.match(r"[0-9]{1,2}(?::[0-9]{2})?(?:-[0-9:]+)? ?[ap]m", line)]

    program = _read()

    assert len(program.items) == len(timed) == 382
    assert not [item.title for item in program.items if re.fullmatch(r"[A-Z]-\d+-\d+-\d+(?: \[\w+\])?", item.title)]
    people = {name for item in program.items for name in item.people}
    assert not [name for name in people if re.search(r"University|Institute|Academy|China|USA|Hall", name)]
    assert {"Prof. John A. Rogers", "Kai Wang", "xiaoci liang", "Hossein Fariborzi"} <= people
