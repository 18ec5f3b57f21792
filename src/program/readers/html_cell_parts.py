"""What a table cell's markup says beyond its text: the title in bold, the authors in italics, talks in a list.

Saved workshop pages mark a cell's parts rather than give them columns of their own:

- AACL SRW 2023: ``<b>Title</b> <br> <em>Ada Lovelace and Mary Somerville</em>``, a keynote
  ``<b>Keynote Address: </b> <br> <b>Title</b> <br> <i>Name <a>Keynote information</a></i>``
  and ``<b>Welcome</b> <a>pdf</a>``: the bold lines are the title (one ending in a colon is
  its label), the italic lines its people, a link's text beside them neither;
- SecHOPE 2023: a session's title, then ``<ul>`` of its talks, ``<li>Title, <b>Speaker</b></li>``,
  or a panel's panelists, ``<li><b>Name</b>, Role</li>``, and ``Moderator: <b>Name</b>, Role``
  after the list: the talks are the session's, the bold names the panel's people.

A cell is read this way only when all of it has one of these shapes; any other cell (plain
text, a list of notes, a name on a plain line) gives None and is read from its text as before.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import BLOCKS, HEADINGS, SKIPPED, collapse, tag_of
from program.readers.html_cell_lines import kind_by_speaker, labelled_talk, speaker_line, title_over_authors
from program.readers.kind_labels import label_kind
from program.readers.lines.entry import role_and_people
from program.readers.lines.names import names_in
from program.readers.notation.times import ClockError, TimeSpan, parse_span
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import field_of

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em"})
_LISTS = frozenset({"ul", "ol"})
_PUNCTUATION = " ,;:–—-"
Run = tuple[str, str]
"""A piece of a line's text and how it is marked: "bold", "italic", "link" or "plain"."""


@attrs.frozen
class Talk:
    """A talk a cell lists inside its session: its title, its speakers, its line in the page and its own time.

    `span` is the time the item writes ("<b>10:35-11:00</b>", CILC 2025), on its session's day; None
    when it writes none (the talk is shown at its session).
    """

    title: str
    people: tuple[str, ...]
    line: int
    span: TimeSpan | None = None
    label: str | None = None
    """What it says it is ("keynote", SPIN 2024's `(keynote)`), else None."""
    abstract: str | None = None
    """What the talk is about, when its box says (`html_row_talks`)."""


@attrs.frozen
class CellParts:
    """A cell's title, people, label and talks, as its markup gives them.

    Attributes:
        title: the title (the bold lines, or the text before a list of talks).
        people: the italic names, or a panel's bold names.
        label: a bold line ending in a colon ("Keynote Address"), else None.
        talks: the talks listed inside the cell.
        abstract: a paragraph about the talk (a keynote box's, `html_class_cells`), else None.
        room: where it is, from a "Location: …" line (`html_class_cells`), else None.
    """

    title: str
    people: tuple[str, ...] = ()
    label: str | None = None
    talks: tuple[Talk, ...] = ()
    abstract: str | None = None
    room: str | None = None


def cell_parts(cell: etree._Element) -> CellParts | None:
    """The parts of a table cell its markup gives, or None when it is read as its text."""
    lists = [child for child in cell.iter() if tag_of(child) in _LISTS]
    if lists:
        return _listed(cell, lists)
    return _marked_lines(marked_lines(_unlinked(cell)))


def _unlinked(cell: etree._Element) -> etree._Element:
    """The cell, or the one link that wraps all of it as a span: its text is the cell's, not a link's label.

    ML for Systems 2023: ``<td><a href="#dally_talk"><b>Special Speaker: …</b><br/><i>NVIDIA</i></a></td>``.
    """
    children = list(cell)
    outside = (cell.text or "") + (children[0].tail or "" if children else "")
    if len(children) != 1 or tag_of(children[0]) != "a" or outside.strip():
        return cell
    span = copy.deepcopy(children[0])
    span.tag = "span"
    return span


def _marked_lines(lines: list[list[Run]]) -> CellParts | None:
    """Bold lines (the title, a label), italic lines (its people) and link texts: None for any other line."""
    # "**Keynote**<br/>[Name -- Title](…)" (BAFA 2017); "Invited Talk by **Name**<br>*Title*" (UNCV 2025)
    given = kind_by_speaker(lines) or speaker_line(lines) or labelled_talk(lines) or title_over_authors(lines)
    shaped = (_marked_then_names(lines[0]) if len(lines) == 1 else None) or _chaired_talk(lines)
    if (shaped := shaped or _labelled_speaker(lines) or (CellParts(*given) if given else None)) is not None:
        return shaped
    title: list[str] = []
    people: list[str] = []
    label: str | None = None
    dropped = False
    for runs in lines:
        styles = _styles(runs)
        dropped = dropped or any(style == "link" for _, style in runs)
        text = collapse(" ".join(piece for piece, style in runs if style != "link"))
        if styles == {"bold"} and text.endswith(":") and label is None and not title:
            label = text.rstrip(": ")
        elif styles == {"bold"}:
            title.append(text)
        elif styles == {"italic"} and title and (names := names_in(text, words=2)) is not None:
            people.extend(names)
        elif styles:
            return None  # a plain line, or an italic one that names no one: the cell's text is read as it is
    if not title or not (people or label or dropped):
        return None
    return CellParts(" ".join(title), tuple(people), label)


def _labelled_speaker(lines: list[list[Run]]) -> CellParts | None:
    """A bold "Invited Speaker: Name" and, in italics under it, where they work (ML for Systems 2023), else None."""
    shown = [(collapse(" ".join(text for text, style in runs if style != "link")), _styles(runs)) for runs in lines]
    if not 1 <= len(shown) <= 2 or shown[0][1] != {"bold"} or (labelled := role_and_people(shown[0][0])) is None:
        return None
    label, names = labelled
    if len(shown) == 1:
        return CellParts(shown[0][0], names, label)
    where, styles = shown[1]
    if styles != {"italic"} or len(names) != 1 or len(where.split()) > _AFFILIATION_WORDS:
        return None  # a second line no affiliation's ("UT Austin", "NVIDIA"): read the cell as before
    return CellParts(shown[0][0], names, label)  # where they work left out, as a table's people cells do


_AFFILIATION_WORDS = 4


def _styles(runs: list[Run]) -> set[str]:
    return {style for _, style in runs if style != "link"}


def _chaired_talk(lines: list[list[Run]]) -> CellParts | None:
    """A kind in bold, its chair in italics, the speaker in bold and the title in italics, else None.

    CILC 2025: ``<strong>Invited Talk</strong><br><em>Chair: Laura Giordano</em><br><br><strong>Stefano
    Bistarelli, University of Perugia, Italy</strong><br><em>Arguing Together: …</em>``: the speaker
    without the affiliation after the first comma; the kind its label (so the item's kind), and the
    chair's line its abstract (an item's people have one role, here the speaker's).
    """
    styles = [{style for _, style in runs} for runs in lines]
    if len(lines) != 4 or styles != [{"bold"}, {"italic"}, {"bold"}, {"italic"}]:
        return None
    kind, chair, speaker, title = (collapse(" ".join(piece for piece, _ in runs)) for runs in lines)
    chaired = _CHAIR_AFTER.match(f" {chair}")
    names = names_in(speaker.split(",")[0], words=2)
    if label_kind(kind) is None or chaired is None or not names or not title:
        return None
    return CellParts(title, names, kind, abstract=chair)


def _marked_then_names(runs: list[Run]) -> CellParts | None:
    """One line of a bold or italic title and then plain names: "<em> Workshop </em> Marcel Binz".

    Or italic names and a colon, then the title (APM 2025: "<em>Davide Sangiorgi:</em> asyncrony in process calculi").
    """
    if (named := _names_then_title(runs)) is not None:
        return named
    if len(runs) != 2 or runs[0][1] not in ("bold", "italic") or runs[1][1] != "plain":
        return None
    if collapse(runs[0][0]).endswith(":"):  # "<em>Invited Talk:</em> On Engines": a lead-in, the title after it
        return None
    names = names_in(collapse(runs[1][0]), words=2)
    return CellParts(collapse(runs[0][0]), names) if names else None


def _names_then_title(runs: list[Run]) -> CellParts | None:
    """A line "<em>Name and Name:</em> Title" (the title plain or a link): None for any other line.

    Only italics: a bold "Invited Talk:" is a label, and a kind's name is never a person's.
    """
    if len(runs) < 2 or runs[0][1] != "italic" or any(style not in ("plain", "link") for _, style in runs[1:]):
        return None
    lead = collapse(runs[0][0])
    title = collapse(" ".join(piece for piece, _ in runs[1:]))
    if not lead.endswith(":") or not title or label_kind(lead.rstrip(": ")) is not None:
        return None
    names = names_in(lead.rstrip(": "), words=2)
    return CellParts(title, names) if names else None


def _listed(cell: etree._Element, lists: list[etree._Element]) -> CellParts | None:
    """A session's title and its talks, or a panel's title and its people; None for any other list."""
    items = [item for found in lists for item in found if tag_of(item) == "li"]
    before, after = _around(cell, lists[0], lists[-1])
    title = collapse(before)
    if not title or not items:
        return None
    talks: list[Talk] = []
    people: list[str] = []
    for item in items:
        runs = [run for line in marked_lines(item) for run in line]
        if (timed := _timed_talk(runs, item.sourceline or cell.sourceline or 1)) is not None:
            talks.append(timed)  # CILC 2025: "<b>10:35-11:00</b><br> A, B <br><em>Title</em>", shown at the session
            continue
        bold = [piece for piece, style in runs if style == "bold"]
        named = names_in(collapse(" ".join(bold)), words=2) if bold else None
        if named is None:
            return None  # a note ("selected from participants"), no one named in bold
        if runs[0][1] == "bold":  # "<b>Lea Kissner</b>, former CISO": a panelist
            people.extend(named)
        elif runs[-1][1] == "bold":  # "Title, <b>Speaker</b>": a talk
            lead = collapse(" ".join(piece for piece, style in runs if style != "bold")).rstrip(_PUNCTUATION)
            talks.append(Talk(lead, named, item.sourceline or cell.sourceline or 1))
        else:
            return None
    people.extend(name for name in after if name not in people)
    chair = _CHAIR_AFTER.search(title)  # "Session I: Application (Part I) <em>Chair: Marco Gavanelli</em>"
    label = chair.group(0).strip() if chair and chair.start() else None
    return CellParts(title[: chair.start()].strip() if label and chair else title, tuple(people), label, tuple(talks))


_CHAIR_AFTER = re.compile(r"\s+(?:session\s+)?chairs?\s*:\s*\S.*$", re.IGNORECASE)


def _timed_talk(runs: list[Run], line: int) -> Talk | None:
    """A list item of a time in bold, its authors in plain text and its title in italics, else None."""
    span = _span(runs[0][0]) if runs and runs[0][1] == "bold" else None
    if span is None:
        return None
    # The title's pieces as the page joins them: "DL-Lite<sub>R</sub> with" is "DL-LiteR with".
    italic = collapse("".join(piece for piece, style in runs[1:] if style == "italic"))
    names = names_in(collapse(" ".join(piece for piece, style in runs[1:] if style == "plain")), words=2)
    return Talk(italic, names, line, span) if italic and names else None


def _span(text: str) -> TimeSpan | None:
    try:
        return parse_span(collapse(text))
    except ClockError:
        return None


def _around(cell: etree._Element, first: etree._Element, last: etree._Element) -> tuple[str, list[str]]:
    """The cell's text before its first list, and the bold names after its last ("Moderator: <b>Name</b>")."""
    before: list[str] = []
    after: list[str] = []
    state = "before"
    for piece, style, where in _pieces(cell):
        if where is first:
            state = "inside"
        if state == "before" and where is None:
            before.append(piece)
        elif state == "after" and style == "bold" and (names := names_in(collapse(piece), words=2)):
            after.extend(names)
        if where is last:
            state = "after"
    return " ".join(before), after


def _pieces(element: etree._Element, style: str = "plain") -> Iterator[tuple[str, str, etree._Element | None]]:
    """The element's text pieces with their marking; a list (not entered) as ("", style, the list)."""
    if element.text:
        yield element.text, style, None
    for child in element:
        tag = tag_of(child)
        if tag in _LISTS:
            yield "", style, child
        elif tag and tag not in SKIPPED:
            yield from _pieces(child, _style_of(tag, style))
        if child.tail:
            yield child.tail, style, None


def marked_lines(element: etree._Element) -> list[list[Run]]:
    """The element's lines (broken at `<br>` and blocks), each its non-empty runs of marked text."""
    lines: list[list[Run]] = [[]]
    _runs(element, "plain", lines)
    return [line for line in lines if line]


def _runs(element: etree._Element, style: str, lines: list[list[Run]]) -> None:
    tag = tag_of(element)
    if tag in SKIPPED:
        return
    style = _style_of(tag, style)
    breaks = tag == "br" or tag in BLOCKS or tag in HEADINGS
    if breaks:
        lines.append([])
    if element.text and element.text.strip():
        lines[-1].append((element.text, style))
    for child in element:
        _runs(child, style, lines)
        if child.tail and child.tail.strip():
            lines[-1].append((child.tail, style))
    if breaks:
        lines.append([])


def _style_of(tag: str, outer: str) -> str:
    """A link's text is a link's whatever it is in; bold and italics are the innermost marking."""
    if outer == "link" or tag == "a":
        return "link"
    if tag in _BOLD:
        return "bold"
    if tag in _ITALIC:
        return "italic"
    return outer


@attrs.frozen
class PartedRows:
    """A table's rows with its marked title cells split: the title, a Speakers and a Type column, the talks.

    Attributes:
        rows: the rows, each as long as the header.
        talks: each session's talks, by the line of its row's first cell (the line its item is read at).
        said: what was split, for `reading` ("" when no cell was).
    """

    rows: list[tuple[Cell, ...]]
    talks: dict[int, tuple[Talk, ...]]
    said: str = ""


_EXTRA_COLUMNS = (
    ("Speakers", "people", "people"),
    ("Type", "kind", "label"),
    ("Details", "abstract", "abstract"),
    ("Room", "room", "room"),
)
"""The columns a cell's parts add (name, its field, the part's attribute) unless the header has that field."""


def _field_columns(header: Sequence[Cell]) -> dict[str | None, int]:
    """The column of each field a header names (its first, when two name one)."""
    found: dict[str | None, int] = {}
    for c, cell in enumerate(header):
        found.setdefault(field_of(cell.text), c)
    return found


def with_parts(rows: list[tuple[Cell, ...]], parts: Sequence[CellParts | None], title: int, head: int) -> PartedRows:
    """`rows` (a header at `head`, the titles in column `title`) with each marked title cell's parts in columns.

    `parts` runs along `rows` (None for the header, a day row, a cell read as its text). People go
    to a new Speakers column unless the header has a people column (then its cells win), a label
    to a new Type column unless it has a type column.
    """
    found = [(r, part) for r, part in enumerate(parts) if part is not None and r != head]
    if not found:
        return PartedRows(rows, {})
    fields = {field_of(cell.text) for cell in rows[head]}
    extra = [
        name
        for name, field, wanted in _EXTRA_COLUMNS
        if field not in fields and any(getattr(part, wanted) for _, part in found)
    ]
    width = len(rows[head])
    cells = [[*row, *(Cell(None, row[0].line) for _ in range(width - len(row)))] for row in rows]  # extras line up
    cells[head].extend(Cell(name, rows[head][0].line) for name in extra)
    held = {
        name: fields_at[field]
        for name, field, _ in _EXTRA_COLUMNS
        if field in (fields_at := _field_columns(rows[head]))
    }
    for r, row in enumerate(cells):
        if r == head:
            continue
        part = parts[r]
        line = row[title].line
        row[title] = attrs.evolve(row[title], value=part.title) if part else row[title]
        values = {
            "Speakers": "; ".join(part.people) if part else "",
            "Type": (part.label if part else "") or "",
            "Details": (part.abstract if part else "") or "",
            "Room": (part.room if part else "") or "",
        }
        for name, column in held.items():  # the header's own column: its cell wins, an empty one takes the part's
            if values[name] and not row[column].text:
                row[column] = Cell(values[name], line)
        row.extend(Cell(values[name] or None, line) for name in extra)
    talks = {cells[r][0].line: part.talks for r, part in found if part.talks}
    said = f"{len(found)} cells read by their markup (a bold title, italic names, a list of talks)"
    return PartedRows([tuple(row) for row in cells], talks, said)
