"""A header-less table's timed rows: which of their three columns is the title, the label, the speakers.

`html_tables` reads a table without a header whose first column holds times; three columns wide, its second
may name the speakers (PRL 2025: "11:00 AM - 11:45 AM | Poonam Mehta | A relook at the GZK effect") or be a
short label before the title ("Lecture 01 | Title (Lecturer)"; 3DOR 2021: "3DOR Full Paper (video / live
Q&A) | <a>Title</a> (Authors)", a note on how it is given after the label), or the third may name each row's place
(VICTOR 2017: "6:30-8:30 | 早餐 | 国际青年会议酒店 餐厅", breakfast in the hotel's restaurant), its room.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.html_grid import Grid
from program.readers.lines.names import names_in
from program.readers.lines.rooms import names_place
from program.readers.tabular.cells import Cell


def title_and_rest(
    row: Sequence[Cell], listed: bool, named: bool, labelled: bool, *, placed: bool = False
) -> tuple[Cell, Sequence[Cell]]:
    """A header-less timed row's title cell and the cells after it (speakers, a type, details, a room)."""
    if named:  # "11:00 AM - 11:45 AM | Poonam Mehta | A relook at the GZK effect"
        return row[2], (row[1],)
    if placed:  # "国际青年文化中心：" over its sub-areas' rows: the colon introduces them, no part of the place
        return row[1], (attrs.evolve(row[2], value=row[2].text.rstrip(":：").strip() or None),)
    title = row[1] if len(row) > 1 else Cell(None, row[0].line)
    if labelled and listed:  # "Demos | <ul><li>Group projects …</ul>": the list is details
        return title, (Cell(None, row[0].line), row[2])
    if labelled and row[2].text and row[2].text != row[1].text and not _NOTE.match(row[2].text):
        # "Lecture 01 | Title (Lecturer)"; a label's note on how it is given ("Keynote (live)") is no kind's word
        return row[2], (attrs.evolve(row[1], value=_NOTE_AFTER.sub("", row[1].text) or row[1].text),)
    if labelled:  # a break across both columns, or beside a note ("Workshop opening (live) | (Chairs)", 3DOR 2021)
        return attrs.evolve(title, value=_NOTE_AFTER.sub("", title.text) or title.text), (Cell(None, row[0].line),)
    return title, row[2:]


def third_column(grid: Grid, timed: Sequence[int], width: int, papers: bool) -> tuple[bool, bool, bool]:
    """What a three-column table's second and third columns hold, all False for any other width.

    (the second names people, the third is each row's place, the second is a label before the title in the third)
    """
    named = width == _THREE and names_column(grid, timed)
    placed = not named and not papers and width == _THREE and room_column(grid, timed)
    labelled = not named and not placed and width == _THREE and label_column(grid, timed)
    return named, placed, labelled


_THREE = 3


def names_column(grid: Grid, timed: Sequence[int]) -> bool:
    """Whether the second column names people (or is empty) and the third holds every row's title (PRL 2025)."""
    names = [grid.cells[r][1].text for r in timed if grid.cells[r][1].text]
    titled = all(grid.cells[r][2].text and (r, 2) not in grid.listed for r in timed)
    return bool(names) and titled and all(names_in(name, words=2) is not None for name in names)


def room_column(grid: Grid, timed: Sequence[int]) -> bool:
    """Whether the third column names a place on every timed row that fills it, and the second does not (VICTOR 2017).

    Its short titles ("早餐", breakfast) beside longer places read as labels before titles otherwise.
    """
    places = [grid.cells[r][2].text for r in timed if grid.cells[r][2].text]
    titles = [grid.cells[r][1].text for r in timed if grid.cells[r][1].text]
    return (
        len(places) >= _FEWEST_PLACES
        and all(names_place(place) for place in places)
        and not all(names_place(title) for title in titles)
    )


_FEWEST_PLACES = 2


def label_column(grid: Grid, timed: Sequence[int]) -> bool:
    """Whether the second column is short labels ("Lecture 01") before the titles in the third."""
    pairs = [(grid.cells[r][1].text, grid.cells[r][2].text) for r in timed if (r, 2) not in grid.listed]
    labelled = [(label, title) for label, title in pairs if label and title and label != title]
    return len(labelled) >= 2 and all(
        len(_label_words(label)) <= 3 and not title.casefold().startswith(label.casefold())  # not details repeating it
        for label, title in labelled
    )


def _label_words(label: str) -> list[str]:
    """A label's words, without a note on how it is given ("3DOR Full Paper (video / live Q&A)", 3DOR 2021).

    A label ending in a colon before its bracket ("Theme 1: (To Be Announced)", PERLS 2021) is a topic: all its words.
    """
    bare = _NOTE_AFTER.sub("", label)
    return label.split() if bare.endswith(":") else bare.split()


_NOTE = re.compile(r"^\([^()]*\)$")
"""A cell that is only a note in brackets ("(Chairs)")."""
_NOTE_AFTER = re.compile(r"\s*\([^()]*\)$")
"""A note in brackets after a label ("Keynote (live)")."""
