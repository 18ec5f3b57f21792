"""The booklet's timetable boxes: a name is printed whole or not at all.

A box that leaves people out says where they all are: "et al. → p. 3", the running order.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from program.loading import Loaded, load_program
from program.model import Program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.booklet import BookletWriter, booklet_data, icons_printable, pdf_available
from program.writers.booklet_fonts import BODY_FONT, FontChoice, missing_characters
from program.writers.booklet_timetable import CHAR_WIDTH, PADDING, REFERENCE_CHARS
from program.writers.shown_names import NamedPeople

from helpers import FRAB

CONGRESSES = [
    FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml",
    FRAB / "real" / "voc-36c3-everything.xml",
]


def _boxes(program: Program) -> list[dict[str, Any]]:
    data = booklet_data(program, RenderOptions())
    return [box for day in data["days"] for part in day["parts"] for box in part["boxes"]]


def _cut_names(box: dict[str, Any], people: list[str]) -> list[str]:
    """The people whose name the box starts and cuts with "…" ("Dan…" for Dan Zhang)."""
    text = " ".join(box["lines"])
    return [name for name in people for end in range(2, len(name)) if f"{name[:end].rstrip()}…" in text]


def _check_boxes(program: Program) -> tuple[list[str], list[str], int]:
    """(people cut, boxes saying "et al." without the running order's page, boxes saying "et al.").

    A box narrower than the reference leaves it out (see `BoxText.more`).
    """
    names = NamedPeople(program)
    items = program.items_by_id()
    cut, silent, et_al = [], [], 0
    for box in _boxes(program):
        cut += _cut_names(box, names.shown_on(items[box["id"]]))
        room = box["width"] - 2 * PADDING
        if " ".join(box["lines"]).rstrip().endswith(" et\u00a0al."):
            et_al += 1
            if not box["more"] and room >= (REFERENCE_CHARS + 3) * CHAR_WIDTH:
                silent.append(box["id"])
        if box["more"]:  # the reference the template adds fits the last line
            assert (len(box["lines"][-1]) + REFERENCE_CHARS) * CHAR_WIDTH <= room, box
    return cut, silent, et_al


def test_sample_boxes_name_the_first_author_and_et_al_when_all_do_not_fit(sample: Loaded) -> None:
    cut, silent, et_al = _check_boxes(sample.program)
    lines = {line for box in _boxes(sample.program) for line in box["lines"]}

    assert (cut, silent) == ([], [])
    assert et_al == 4
    assert (
        "Multi-Agent Reinforcement Learning for Microprocessor Design Space Exploration — "
        "Srivatsan Krishnan et\u00a0al." in lines
    )


@pytest.mark.parametrize("feed", CONGRESSES, ids=lambda path: path.name)
def test_congress_boxes_never_cut_a_name(feed: Path) -> None:
    program = load_program(Settings(feeds=(FeedSpec(feed),))).program

    cut, silent, et_al = _check_boxes(program)

    assert (cut, silent) == ([], [])
    assert et_al > 0


@pytest.mark.skipif(not pdf_available(), reason="Typst (the pdf extra) is not installed")
def test_printed_timetable_cuts_no_name_and_points_at_the_running_order(sample: Loaded) -> None:
    pdf = BookletWriter().write(sample.program, RenderOptions())
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    timetable = pages[1]
    people = [person.display for person in sample.program.people]
    cut = [name for name in people for end in range(2, len(name)) if f"{name[:end].rstrip()}…" in timetable]
    running_order = next(number for number, page in enumerate(pages, 1) if "Running order" in page)

    assert cut == []
    assert re.findall(r"et\sal\. → p\.\s(\d+)$", timetable, re.MULTILINE) == [str(running_order)] * 4


@pytest.mark.skipif(not pdf_available(), reason="Typst (the pdf extra) is not installed")
def test_kinds_icons_print_where_the_fonts_have_them(sample: Loaded) -> None:
    """Typst's own fonts have every icon (☆ and ▣ from its fallback); a character no font has is found missing."""
    pdf = BookletWriter().write(sample.program, RenderOptions())
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    plain = booklet_data(sample.program, RenderOptions())

    assert icons_printable()
    assert missing_characters("☆▣🎉", FontChoice((), (BODY_FONT,)), None) == ["🎉"]
    assert "☆ Invited talk" in pages[0]  # the legend
    assert "☆ 8:40 a.m. Invited talk\nJeff Dean" in pages[1]
    assert "8:40 a.m.–9:30 a.m.\n☆ Invited talk\nJeff Dean" in pages[2]  # the running order
    assert plain["icons"] is False
    assert not any(box["lines"][0].startswith("☆") for box in _boxes(sample.program))
