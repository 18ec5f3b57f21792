"""A Bootstrap grid of schedule rows, a time column and one or more columns of items, as a `<table>`.

3D GeoInfo 2021 writes each slot as `<div class="row"><div class="col-md-2"><time><b>08:30</b></time></div>
<div class="col-md-10"><h4>Title</h4><p>People</p></div></div>`, and two parallel papers as two
`col-md-5` columns of `<h4>1A-1 <span>Authors</span></h4><p>Title</p>`; a session opens with
`<h4>Section 1A: …</h4><h4><span>Chair: …</span></h4>`. Its headings were read as headings (so
the times stood alone: "found none"). Datamatix 2025's grid of one row per block is read as lines
(`html_lines._title_beside`); Frontendconf 2011 (a 960 grid, `column grid_2` then `column grid_10`) writes
its titles as a column's text alone. A block of two such rows or more is read here: a `Time | Title |
Speakers | Details` table, one row per filled column, that `html_tables` and `tabular` read as any
other (the page's own lines kept, its links in the Details cell).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from program.readers.kind_labels import label_kind
from program.readers.lines.names import names_in
from program.readers.notation.times import is_span

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_CODED = re.compile(r"^(?P<code>\d{1,2}[A-Z]{1,2}-\d{1,2})\s+(?P<people>\S.*)$")
"""A paper's code and its authors in one heading: "1A-1 Markus Wilhelm Jahn and Patrick Erik Bradley"."""
_ROLE = r"(?:(?:co-?)?chairs?(?:/co-?chairs?)?|moderators?|panel(?:ist)?s?|speakers?|presenters?|hosts?|discussants?)"
_LABEL = re.compile(rf"(?:^|(?<=,\s)){_ROLE}:\s*", re.IGNORECASE)
"""A role before names: "Chair/Co-Chair: ", "Moderator: ", ", Panelists: "."""
_OTHER_LABEL = re.compile(r"^[^:]{1,30}:\s")
"""Any other lead-in ("Supported by: Lux Modus"): what follows is no one's name."""
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_AUTHORS = re.compile(r"\s*(?:,|;|\band\b)\s*")
"""How a paper's authors are joined, for a name longer than `names_in` takes ("Wan Nor Fa'Aizah Wan Abdul Basir")."""
_HEADER = ("Time", "Title", "Speakers", "Type", "Details")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FEWEST = 2
"""How many time rows a block needs to be read as a grid (one is a line: Datamatix 2025)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters an lxml text cannot hold (a NUL the page's parser let through): left out of the table's cells."""


def bootstrap_table(element: etree._Element) -> etree._Element | None:
    """A block whose every child is a Bootstrap row led by a time column, as a table; else None."""
    rows = [child for child in element if tag_of(child)]
    if len(rows) < _FEWEST or not all(_time_column(row) is not None for row in rows):
        return None
    table = element.makeelement("table", {})
    table.sourceline = element.sourceline
    table.append(_row(element, [element.makeelement("th", {}) for _ in _HEADER], _HEADER, rows[0].sourceline))
    for row in rows:
        time = _time_column(row) or ""
        for column in [child for child in row if tag_of(child)][1:]:
            parts = _column(column)
            if parts is not None:
                cells = [element.makeelement("td", {}) for _ in _HEADER]
                cells[-1].extend(copy.deepcopy(anchor) for anchor in column.iter("a"))
                table.append(_row(element, cells, (time, *parts), column.sourceline))
    return table


def _row(
    element: etree._Element, cells: list[etree._Element], texts: tuple[str, ...], line: int | None
) -> etree._Element:
    row = element.makeelement("tr", {})
    row.sourceline = line
    for cell, text in zip(cells, texts, strict=True):
        for anchor in cell:
            anchor.tail = None
            anchor.text = ""  # the link is kept, its words ("Zoom Link") are no detail
        cell.text, cell.sourceline = _NOT_XML.sub("", text), line
        row.append(cell)
    return row


def _time_column(row: etree._Element) -> str | None:
    """The time a Bootstrap row's first column holds alone ("08:30", "10:30-12:15"), else None."""
    columns = [child for child in row if tag_of(child)]
    classes = [str(column.get("class", "")).split() for column in columns]
    if "row" not in str(row.get("class", "")).split() or len(columns) < 2:
        return None
    if not all(any(token.startswith("col") for token in tokens) for tokens in classes):
        return None
    text = collapse(columns[0].text_content())
    return text if is_span(text) else None


def _column(column: etree._Element) -> tuple[str, str, str, str] | None:
    """A column's title, people ("A; B"), type and details, or None for an empty one (a track with nothing then).

    The type is a title's lead-in that names a kind ("Keynote: 3D Spaces …"); the title keeps it.
    """
    heads = [_words(node) for node in column.iter() if tag_of(node) in _HEADINGS]
    paragraphs = [_words(node) for node in column.iter("p")]
    heads, paragraphs = [text for text in heads if text], [text for text in paragraphs if text]
    coded = _CODED.match(heads[0]) if heads and paragraphs else None
    if coded is not None:  # "1A-1 Authors" over the paper's title
        authors = _names(coded["people"]) or tuple(filter(None, _AUTHORS.split(coded["people"])))
        return paragraphs[0], "; ".join(authors), "", coded["code"]
    lines = heads + paragraphs or list(filter(None, [_words(column)]))  # a column of text alone (Frontendconf 2011)
    if not lines:
        return None
    people: list[str] = []
    details: list[str] = []
    for line in lines[1:]:
        names = _names(line)
        people.extend(names or ())
        if names is None:
            details.append(line)
    lead = lines[0].split(":", 1)[0] if ":" in lines[0] else ""
    kind = lead if lead and label_kind(lead.split()[-1]) is not None else ""  # "Opening Keynote: …"
    return lines[0], "; ".join(dict.fromkeys(people)), kind, "\n".join(details)


def _names(line: str) -> tuple[str, ...] | None:
    """The names a line gives after their roles, without affiliations: "Moderator: A, Panelists: B (Org)"."""
    plain = _LABEL.sub("", _BRACKETS.sub("", line)).strip(" ,")
    return None if _OTHER_LABEL.match(plain) else names_in(plain, words=2)


def _words(node: etree._Element) -> str:
    """An element's words without its links' ("Poster Session <a>See Program Here</a>" is "Poster Session")."""
    pieces: list[str] = []
    _pieces(node, pieces)
    return collapse(" ".join(pieces))


def _pieces(node: etree._Element, pieces: list[str]) -> None:
    if tag_of(node) != "a":
        pieces.append(node.text or "")
        for child in node:
            _pieces(child, pieces)
    pieces.append(node.tail or "")


def tag_of(element: etree._Element) -> str:
    """An element's tag in lower case, "" for a comment (as `html_blocks`'s, which calls this module)."""
    return element.tag.lower() if isinstance(element.tag, str) else ""


def collapse(text: str) -> str:
    """White space and non-breaking spaces collapsed (`html_blocks.collapse`, which this module cannot import)."""
    return " ".join(text.replace("\xa0", " ").split())
