"""A saved day page whose entries give a time and a programme code above the title (EDTM 2025, trial 4).

tests/data/html_pages/edtm2025-day1.html is an excerpt, lines 1–165 (PROVENANCE.md there); every slot's
fields are compared with the hand-typed expected/edtm2025-day1.html.json by test_html_page.py.
Here: what that comparison does not see (labels, abstracts, the lines left unplaced).
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Item
from program.readers import READERS, ReadContext
from program.readers.coded_entries import author_names

PAGE = Path(__file__).resolve().parent.parent / "data" / "html_pages" / "edtm2025-day1.html"


def _items() -> tuple[Item, ...]:
    context = ReadContext(timezone=ZoneInfo("Asia/Hong_Kong"))
    return READERS["html-page"].read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context).items


def test_the_code_is_the_label_and_the_title_div_the_title() -> None:
    items = _items()

    assert [item.label for item in items] == [
        None, "Plenary #1", "Plenary #2", None, *(f"M-3-1-{number}" for number in range(1, 8)),
        *(f"M-4-1-{number}" for number in range(1, 7)),
    ]  # fmt: skip
    assert items[1].title == "Transient Electronics – From Bioelectronic Medicines to Environmental Monitors"
    assert items[1].abstract is None  # a plenary gives no abstract


def test_the_abstract_is_the_disclosures_text_without_its_label() -> None:
    charge_trapping = _items()[4]

    assert charge_trapping.abstract is not None
    assert charge_trapping.abstract.startswith("Charge trapping at oxide defects is a significant reliability issue")
    assert charge_trapping.abstract.endswith("ensure robust electronic circuit designs.")


def test_session_chairs_and_track_names_are_listed_as_not_placed() -> None:
    context = ReadContext(timezone=ZoneInfo("Asia/Hong_Kong"))
    program = READERS["html-page"].read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context)

    notes = [line for line in program.reading if "not placed" in line]
    assert [note.split("not placed: ")[1] for note in notes] == [
        "Session Chair: Yansong Yang",
        "Track 3 Advanced Semiconductor (Logic) Devices M-3-1",
        "Session Chairs: Yuda Zhao, Heng Wu",
        "Track 4 Memory Technologies M-4-1",
        "Session Chairs: Can Li, Toshihiko Miyashita",
    ]


def test_an_author_line_gives_its_names_and_leaves_where_they_work() -> None:
    assert author_names("Ling Li, Institute of Microelectronics, CAS, China ") == ("Ling Li",)
    assert author_names("Jianting Wu,xiaoci liang,Chuan Liu, Sun Yat-sen University, China") == (
        "Jianting Wu",
        "xiaoci liang",
        "Chuan Liu",
    )
    assert author_names("Tianshuo Zhao, University of Hong Kong, Hong Kong SAR, China") == ("Tianshuo Zhao",)
    assert author_names("Northwestern University, USA") == ()


def test_a_kind_mark_before_a_title_gives_the_kind_and_leaves_the_title() -> None:
    items = {item.label: item for item in _items()}

    marked = [(items[code].kind.value, items[code].title) for code in ("M-3-1-1", "M-4-1-1")]
    assert marked == [
        ("invited-talk", "Impact of Charge Trapping at Defects on the Robustness of Electronic Circuits"),
        ("keynote", "Content Addressable Memory Hierarchies for Computing in Memory"),
    ]
