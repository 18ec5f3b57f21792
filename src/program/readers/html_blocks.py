"""A saved page's body as the blocks a schedule is made of: headings, tables and lines of text.

Each block keeps the line lxml found it on (`sourceline`), so what is not placed can be named.
Navigation, scripts and forms are not the page's content and are left out.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from program.model import Link
from program.readers.html_bootstrap_rows import bootstrap_table
from program.readers.html_day_tables import day_table
from program.readers.notation.dates import DateError, parse_date

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

SKIPPED = frozenset({"script", "style", "noscript", "nav", "form", "button", "select", "svg", "template", "iframe"})
"""Elements that are never a schedule's content."""
BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header", "footer", "aside",
     "blockquote", "pre", "figure", "center", "details", "summary", "body", "html", "address", "hr", "tr", "td", "th"}
)  # fmt: skip
"""Elements that start a line of their own."""
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TIME_CELL = re.compile(
    r"<t[dh][^>]*>\s*(?:\d{4}-\d{2}-\d{2}(?:T\s?|\s))?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:[ap]\.?m\.?\s*)?(?:[-–—]|to\b|</t[dh]>)|(?::\d{2})?\s?(?:Z|[+-]\d{2}:?\d{2})\s*</t[dh]>"
    r"|\s*<(?:p|span|small)\b[^>]*>\s*\d{1,3}\s*(?:分|min))",
    re.IGNORECASE,
)
"""A table cell opening with a time: `<td>9:00 - 9:15`, `<td>14:00</td>`, a row's `<th scope="row">8:00am</th>`,
a whole moment (MEEC 2022: `<td id="time-1" >2022-10-17T 13:00:00+09:00</td>`), a start over its length
(OSH 2014: `<td class="time">10:10 <p class="time-span">90分</p> 11:40</td>`)."""
_BREAK = "\x1e"
"""Where a line ends (a `<br>` or a block's edge), apart from the source's own line ends, which are spaces."""


@attrs.frozen
class Heading:
    """A heading, or a paragraph that is all bold ("**Day 1 - Saturday 11 March**").

    Attributes:
        text: what it says.
        line: its line in the page.
    """

    text: str
    line: int
    pane: bool = False
    """Whether it is a tab's words opening the pane the tab shows (`html_blocks._tab_names`), not the page's own."""


@attrs.frozen
class TextLine:
    """A line of text: a list item, a paragraph, or a part of one between line breaks.

    Attributes:
        text: what it says, white space collapsed.
        line: its line in the page.
        group: an id shared by the lines of one list item or one small block (a time and its
            title in two paragraphs of one `div`), which read as one entry.
        links: the links in its element.
        linked: the words of every link in its element, local ones too (`<a href="/bios/ada.html">Ada
            Lovelace</a>`): a speaker part made only of them is names, whatever their shape.
    """

    text: str
    line: int
    group: int
    links: tuple[Link, ...] = ()
    linked: tuple[str, ...] = ()


@attrs.frozen
class TableBlock:
    """A table (not nested in another).

    Attributes:
        element: the `<table>` element.
        line: its line in the page.
    """

    element: etree._Element
    line: int

    def holds_times(self) -> bool:
        """Whether the table has times (a side table of deadlines, BLP 2023, leaves time headings read)."""
        from lxml import etree  # noqa: PLC0415 (the page is parsed already: see the TYPE_CHECKING import above)

        return holds_time_table(etree.tostring(self.element, encoding="unicode"))


Block = Heading | TextLine | TableBlock


def holds_time_table(text: str) -> bool:
    """Whether a page's opening holds an HTML table with times in two cells or more (HTML inside Markdown).

    The opening is long enough for a first row of whole sessions (SPIN 2024: its second time cell
    is 2,400 characters in, after a row of two days' sessions).
    """
    head = text[:_TABLE_OPENING]
    return "<table" in head.lower() and (len(_TIME_CELL.findall(head)) >= 2 or len(_SPLIT_RANGE.findall(head)) >= 2)


_TABLE_OPENING = 8000
_MARKED = r"(?:<(?:b|strong|em|i|span)\b[^>]*>\s*)*"
_UNMARKED = r"(?:</(?:b|strong|em|i|span)>\s*)*"
_SPLIT_RANGE = re.compile(
    rf"<t[dh][^>]*>\s*{_MARKED}\d{{1,2}}[:.]\d{{2}}\s*{_UNMARKED}</t[dh]>\s*<t[dh][^>]*>\s*{_MARKED}[-–—]\s*{_UNMARKED}</t[dh]>",
    re.IGNORECASE,
)
"""A row's start and the dash before its end in cells of their own (TAROT 2024: `<td><b>9:00</b></td>
<td><b> - </b></td> <td><b>10:30</b></td>`); a start alone in bold (JNIC 2022's `<td><b>11:30</b></td>`) is none."""


def tag_of(element: etree._Element) -> str:
    """An element's tag in lower case, "" for comments and processing instructions."""
    return element.tag.lower() if isinstance(element.tag, str) else ""


def collapse(text: str) -> str:
    """White space (and non-breaking spaces) collapsed to single spaces; soft hyphens, never shown unbroken, dropped."""
    return " ".join(text.replace("\xa0", " ").replace("\xad", "").split())


_PROMPT = re.compile(
    r"^(?:(?:click|tap)\s+(?:here|to|for)\b|(?:show|read|see)\s+more\b|expand\b|\(?(?:show|hide)\)?$)", re.IGNORECASE
)
"""A `<summary>` that only asks to be opened ("Click here to expand and see the recording.", LIKE23): no title."""


_FOOTNOTE_MARK = re.compile(r"[*†‡§¹²³]+")
"""A superscript that only marks a footnote: no part of the text it follows."""


def element_lines(element: etree._Element) -> list[str]:
    """The lines an element shows: `<br>` and block children break lines; each line collapsed, empty ones dropped."""
    return [line for _, line in placed_lines(element)]


def placed_lines(element: etree._Element) -> list[tuple[int, str]]:
    """The lines an element shows, each with its offset from the element's line: the source's line ends before it.

    WHG 2019's `<p>` over `&bdquo;Theme&rdquo;<br>` on the next line: the theme is a line below the `<p>`.
    """
    pieces: list[str] = []
    _text_pieces(element, pieces)
    placed: list[tuple[int, str]] = []
    ends = 0
    for piece in "".join(pieces).split(_BREAK):
        if line := collapse(piece):
            placed.append((ends + piece[: len(piece) - len(piece.lstrip())].count("\n"), line))
        ends += piece.count("\n")
    return placed


def _text_pieces(element: etree._Element, pieces: list[str]) -> None:
    tag = tag_of(element)
    if tag in SKIPPED or (tag == "summary" and _PROMPT.search(collapse(element.text_content()))):
        return
    if tag == "sup" and _FOOTNOTE_MARK.fullmatch(
        collapse(element.text_content())
    ):  # CICA 2017's `Talleres <sup>*</sup>`
        return
    if tag == "br" or tag in BLOCKS or tag in HEADINGS:
        pieces.append(_BREAK)
    quoted = tag == "q" and _alone(element)  # a line that is a quotation: a title (Check4facts 2022's translations)
    pieces.extend(["“"] * quoted)
    if element.text and tag:
        pieces.append(element.text)
    for child in element:
        _text_pieces(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    pieces.extend(["”"] * quoted)
    if tag in BLOCKS or tag in HEADINGS:
        pieces.append(_BREAK)


def _alone(element: etree._Element) -> bool:
    """Whether an element is all its parent shows: no words beside it (`<strong><q>Title</q></strong>`)."""
    parent = element.getparent()
    if parent is None or len(parent) != 1:
        return False
    return not collapse(parent.text or "") and not collapse(element.tail or "")


def element_links(element: etree._Element) -> tuple[Link, ...]:
    """The web links (http, https) inside an element, each once, labelled with its text."""
    links: dict[str, Link] = {}
    for anchor in element.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href.startswith(("http://", "https://")) and href not in links:
            links[href] = Link(collapse(anchor.text_content()) or href, href)
    return tuple(links.values())


def blocks(root: etree._Element) -> Iterator[Block]:
    """The page's blocks in reading order; a tab's pane opens with its tab's words as a heading ("Day 2")."""
    counter = iter(range(1, 1 << 62))
    yield from _walk(root, counter, None, _tab_names(root))


def _tab_names(root: etree._Element) -> dict[str, str]:
    """The words of each tab by the id of the pane it shows (Bootstrap's `data-bs-target="#nav-profile"`).

    Datamatix 2025 shows its days as tabs, "Day 1" and "Day 2", each over a pane of its sessions.
    """
    names: dict[str, str] = {}
    for tab in root.iter():
        if not isinstance(tab.tag, str) or tab.get("role") != "tab":
            continue
        target = tab.get("data-bs-target") or tab.get("data-target") or tab.get("href") or ""
        if target.startswith("#") and len(target) > 1 and (words := collapse(tab.text_content())):
            names.setdefault(target[1:], words)
    return names


def _walk(element: etree._Element, counter: Iterator[int], group: int | None, tabs: dict[str, str]) -> Iterator[Block]:
    tag = tag_of(element)
    line = element.sourceline or 1
    if tag in SKIPPED or tag == "head" or not tag:
        return
    if (pane := tabs.get(str(element.get("id", "")))) is not None:
        yield Heading(pane, line, pane=True)
    if tag == "table" and (day := day_table(element)) is not None:
        yield Heading(day, line)  # `<table><tr><th><center>Day 2 - July 5, 2015</center></th></tr></table>`
        return
    if tag == "table":
        yield TableBlock(element, line)
        return
    if (grid := _css_grid_table(element)) is not None or (grid := bootstrap_table(element)) is not None:
        yield TableBlock(grid, line)
        return
    if tag in HEADINGS or _all_bold(element) or dated_leaf(element):
        text = collapse(element.text_content())
        if text:
            yield Heading(text, line)
        return
    if (tag in ("li", "dd", "dt") and not _holds_list(element)) or not _has_blocks(element):
        yield from _lines(element, group or next(counter))
        return
    # A block with blocks inside: its own loose text is read as lines between them. A small
    # block of leaf blocks (a time and a title in two paragraphs of one div) is one entry, and
    # so is its disclosure of an abstract (`<details><summary>Abstract</summary><div>…`: EDTM
    # 2025), which passes the entry's group on to its own lines.
    own = group if group is not None else next(counter)
    children = [child for child in element if tag_of(child) in BLOCKS]
    small = tag not in ("ul", "ol", "dl") and len(children) <= _SMALL  # a list's items are entries of their own
    nested = [child for child in children if tag_of(child) != "details" and _has_blocks(child)]
    inherited = own if small and not nested else None
    yield from _own_text(element, line, own)
    for child in element:
        if tag_of(child) in BLOCKS | HEADINGS or tag_of(child) == "table":
            yield from _walk(child, counter, inherited, tabs)
        elif tag_of(child) and tag_of(child) not in SKIPPED:
            yield from _lines(child, own)
        if child.tail and child.tail.strip():
            yield from _loose(child.tail, child.sourceline or line, own)


_GRID_COLUMNS = re.compile(r"^grid-cols-(?P<columns>[2-8])$")


def _css_grid_table(element: etree._Element) -> etree._Element | None:
    """A CSS grid of N columns (Tailwind's `grid grid-cols-3`) of leaf cells, as a `<table>` of rows of N; else None.

    PRL 2025 writes each session as `<div class="grid grid-cols-3">` of `<span>`s, three to a row
    (time, speaker, title); read as text, each session was one line. The cells are copies that keep
    their lines in the page; the page itself is left as it is.
    """
    classes = str(element.get("class", "")).split()
    found = [match for token in classes if (match := _GRID_COLUMNS.match(token))] if "grid" in classes else []
    cells = [child for child in element if tag_of(child)]
    if not found or not cells or len(cells) % (width := int(found[0]["columns"])) or len(cells) == width:
        return None
    if any(tag_of(cell) in SKIPPED or tag_of(cell) == "table" or _has_blocks(cell) for cell in cells):
        return None
    table = element.makeelement("table", {})  # an lxml.html element, as the page's are
    table.sourceline = element.sourceline
    for start in range(0, len(cells), width):
        row = element.makeelement("tr", {})
        row.sourceline = cells[start].sourceline
        table.append(row)
        for cell in cells[start : start + width]:
            copied = copy.deepcopy(cell)
            copied.tag, copied.tail = "td", None
            row.append(copied)
    return table


def _own_text(element: etree._Element, line: int, group: int) -> Iterator[Block]:
    """A block's text before its first child: lines, or a list's day (`<ul id='dia2'>Día 2 <li>…`) as a heading."""
    if tag_of(element) in ("ul", "ol") and _writes_day(element.text or ""):
        yield Heading(collapse(element.text or ""), line)
    elif element.text and element.text.strip():
        yield from _loose(element.text, line, group)


def dated_leaf(element: etree._Element) -> bool:
    """Whether a `<div>` or `<p>` of no blocks writes a whole date alone: a day's heading.

    Deutscher Tourismustag 2014: `<div class="programmHeader"><span>Mittwoch, den 22. Oktober 2014</span></div>`.
    """
    if tag_of(element) not in ("div", "p") or _has_blocks(element):
        return False
    text = collapse(element.text_content())
    if not text or len(text) > _DAY_AT_MOST or not any(char.isdigit() for char in text):
        return False
    try:
        written = parse_date(text)
    except DateError:
        return False
    return written.month is not None and written.day is not None


def _writes_day(text: str) -> bool:
    """Whether a list's own text before its items is a day alone ("Día 2", "Monday, June 1")."""
    words = collapse(text)
    if not words or len(words) > _DAY_AT_MOST:
        return False
    try:
        parse_date(words)
    except DateError:
        return False
    return True


_DAY_AT_MOST = 40


def _loose(text: str, line: int, group: int) -> Iterator[TextLine]:
    """Loose text between blocks as lines: a Markdown heading on a line of its own is a line of its own.

    A Markdown page's text around its HTML tables is loose text: "## Workshop Day 1 (Monday,
    December 13th)" after the front matter and a paragraph must stay a heading, not their end.
    """
    for part in _MARKDOWN_HEADING_LINE.split(text):
        if collapse(part):  # its line: where its first word is, counted from where the text starts
            yield TextLine(collapse(part), line + part[: len(part) - len(part.lstrip())].count("\n"), group)
        line += part.count("\n")


_MARKDOWN_HEADING_LINE = re.compile(r"(?m)^(#{1,6}[ \t]+\S.*)$")
"""A Markdown heading line, kept by `split` as a part of its own."""
_SMALL = 4
"""How many leaf blocks a block may hold and still be one entry."""


def _lines(element: etree._Element, group: int) -> Iterator[TextLine]:
    links = element_links(element)
    linked = tuple(words for anchor in element.iter("a") if (words := collapse(anchor.text_content())))
    line = element.sourceline or 1
    for offset, text in placed_lines(element):
        yield TextLine(text, line + offset, group, links, linked)


def _holds_list(element: etree._Element) -> bool:
    """Whether a list item holds a list (a session's chair over its talks, BLP 2023), or a heading and a table.

    Inmunología 2016 puts each day's table in an accordion's `<li>`, under an `<h2>` of its date; a slot's
    small table alone in an item (a Granada congress, 2015) stays the item's lines.
    """
    inside = [tag_of(child) for child in element.iter() if child is not element]
    return any(tag_of(child) in ("ul", "ol") for child in element) or (
        "table" in inside and any(tag in HEADINGS for tag in inside)
    )


def _has_blocks(element: etree._Element) -> bool:
    return any(
        tag_of(child) in BLOCKS | HEADINGS or tag_of(child) == "table"
        for child in element.iter()
        if child is not element
    )


def _all_bold(element: etree._Element) -> bool:
    """Whether a paragraph is all bold text (a day heading written as `<p><strong>…</strong></p>`)."""
    if tag_of(element) != "p":
        return False
    text = collapse(element.text_content())
    bold = collapse(" ".join(child.text_content() for child in element if tag_of(child) in ("b", "strong")))
    return bool(text) and text == bold
