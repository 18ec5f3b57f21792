"""Copies of a schedule page, brought into one line shape before any entry is read.

The same page reaches a user in several shapes, depending on the browser and text
extractor that copied it. Every shape is rewritten into the shape of seed 002 (the
canonical one), keeping each piece's original line number:

- a preamble before the first time line (the workshop's description, a ``Timezone: »``
  line) is set apart as the page's description;
- separators glued to line ends (``SlidesLive Video » |``, ``Kellin Pelrine 🔗 |``, a
  whole entry on one line ``Lunch ( Break ) link » | 🔗 |``) become lines of their own;
- the link icon glued to the people line (``Ada Lovelace · Alan Turing 🔗``) is split
  off: ``🔗`` is never part of a name;
- a kind label over three lines (``(`` / ``Spotlight Talk`` / ``)``) or with spaces
  inside (``( gather.town )``) becomes one ``(label)`` line;
- a link label glued to the abstract (``SlidesLive Video » Temporal graphs…``) becomes a
  link line and an abstract line, and labels glued to the title are split off it;
- a page without ``|`` lines gets them back: after each time line, before the people
  line (the line that ends with ``🔗``) and after ``🔗``;
- a time line inside a segment (a ``|`` lost by the copy) starts a segment of its own,
  so one broken entry never swallows the next.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import attrs

from program.readers.base import Line
from program.readers.clock import LOOKS_LIKE_TIME_LINE, TIME_LINE, WEEKDAY
from program.readers.kind_labels import is_kind_label
from program.readers.page_labels import LINK_MARK, merged_kind_lines, unglued_labels

SEPARATOR = "|"
END_MARK = "🔗"
UNTIMED = "-"

Segment = tuple[Line, ...]

_INNER_SEPARATOR = re.compile(r"\s+\|\s+")
_ENDS_WITH_LABEL = re.compile(r"\(\s*(?P<label>[^()]+?)\s*\)$")


@attrs.define
class Page:
    """A schedule page in the canonical line shape, its segments read as they are needed.

    Attributes:
        description: the preamble's paragraphs (blank-line separated), or None.
        segments: the runs of lines between separators, blank lines dropped, in page order;
            an iterator, so a large page is never held whole (read them once).
        separated: whether the copy had ``|`` separators (False: they were put back).
        guessed_people: lines taken as people lines by their shape alone (``🔗`` on a line of
            its own on a page without ``|`` lines); complete once `segments` is exhausted.
        blank: whether the page had no text at all (only blank lines).
    """

    description: str | None
    segments: Iterator[Segment]
    separated: bool
    guessed_people: list[Line] = attrs.field(factory=list)
    blank: bool = False


_STARTS_LIKE_TIME = re.compile(rf"\s*{WEEKDAY}", re.IGNORECASE)
"""What every time line starts with: a cheap test that spares most lines the whole pattern."""


def is_time_text(text: str) -> bool:
    """Whether a line is, or tries to be, a time line (or the untimed mark ``-``)."""
    if text == UNTIMED:
        return True
    if not _STARTS_LIKE_TIME.match(text):  # neither pattern can match
        return False
    return _time_like(text)[0]


def is_strict_time(text: str) -> bool:
    """Whether a line is a whole time line ("Sat Dec 3 8:30 a.m. - 8:40 a.m.") or ``-``."""
    if text == UNTIMED:
        return True
    return _STARTS_LIKE_TIME.match(text) is not None and _time_like(text)[1]


@lru_cache(maxsize=1 << 12)  # a page repeats its time lines, and each is asked about at every step
def _time_like(text: str) -> tuple[bool, bool]:
    """(whether `text` tries to be a time line, whether it is a whole one), for a text that starts like one."""
    strict = TIME_LINE.match(" ".join(text.split())) is not None
    return bool(LOOKS_LIKE_TIME_LINE.match(text)) or strict, strict


def layout(lines: str | Iterable[str]) -> Page:
    """Bring a copied schedule page (its text, or its lines one by one) into the canonical shape.

    Only the preamble, and on a page without ``|`` lines the lines up to the first ``|``, are
    held at once: the segments are made as they are read.
    """
    numbered = enumerate(lines.split("\n") if isinstance(lines, str) else lines, start=1)
    preamble: list[str] = []
    first: Line | None = None
    for number, raw in numbered:
        stripped = raw.strip()
        if stripped and _is_first_entry_line(stripped):
            first = Line(number, stripped)
            break
        preamble.append(raw)
    description = _description(preamble)
    if first is None:
        blank = not any(raw.strip() for raw in preamble)
        return Page(description, iter(()), separated=False, blank=blank)
    ahead, merged, separated = _until_separator(first, numbered)
    page = Page(description, iter(()), separated)
    if separated:  # each segment made canonical as it is cut
        page.segments = _separated_segments(itertools.chain(ahead, merged), numbered)
    else:
        page.segments = map(_canonical_body, _split_segments(_separators_put_back(ahead, page.guessed_people)))
    return page


def _stripped(first: Line, numbered: Iterator[tuple[int, str]]) -> Iterator[Line]:
    yield first
    for number, raw in numbered:
        if stripped := raw.strip():
            yield Line(number, stripped)


def _kind_merged_pieces(first: Line, numbered: Iterator[tuple[int, str]]) -> Iterator[_Piece]:
    """The canonical pieces of the lines from a line that is only "(" on (a kind label over three lines, rare)."""
    for line in merged_kind_lines(_stripped(first, numbered)):
        yield from _split_line(line)


def _until_separator(first: Line, numbered: Iterator[tuple[int, str]]) -> tuple[list[_Piece], Iterator[_Piece], bool]:
    """The pieces of the lines up to the first holding a ``|`` (all when none), and whether there is one.

    Whether the copy has separators decides how every line is read, so a copy without them is
    read whole; a copy with them only up to its first one (the first entry's time line). From
    a line that is only "(" on, the lines are read through `_kind_merged_pieces`: the pieces
    of it not yet read are given back with those read.
    """
    ahead = _split_line(first)  # a time line, "|" or "🔗": never "("
    if any(piece.text == SEPARATOR for piece in ahead):
        return ahead, iter(()), True
    for number, raw in numbered:
        text = raw.strip()
        if not text:
            continue
        if text == "(":
            merged = _kind_merged_pieces(Line(number, text), numbered)
            for piece in merged:
                ahead.append(piece)
                if piece.text == SEPARATOR:
                    return ahead, merged, True
            return ahead, iter(()), False
        pieces = _split_line(Line(number, text))
        ahead += pieces
        if any(piece.text == SEPARATOR for piece in pieces):
            return ahead, iter(()), True
    return ahead, iter(()), False


def _is_first_entry_line(text: str) -> bool:
    """Whether a line (stripped, not blank) belongs to an entry: a time line, `|` or `🔗`."""
    text = text.rstrip(f" {SEPARATOR}{END_MARK}")  # "Sat 8:30 a.m. - 8:40 a.m. |"
    return not text or is_strict_time(text) or LOOKS_LIKE_TIME_LINE.match(text) is not None


def _description(raw: Sequence[str]) -> str | None:
    """The preamble's paragraphs, each joined into one line, without link-only lines."""
    paragraphs: list[list[str]] = [[]]
    for line in raw:
        stripped = " ".join(line.split())
        if not stripped:
            paragraphs.append([])
        elif LINK_MARK not in stripped:  # "Timezone: »", "Event URL: » …": controls of the page, not text
            paragraphs[-1].append(stripped)
    kept = [paragraph for paragraph in paragraphs if paragraph and paragraph != [paragraph[0].split(" ")[0]]]
    text = "\n\n".join(" ".join(paragraph) for paragraph in kept)  # without one-word headings ("Schedule")
    return text or None


class _Piece(NamedTuple):
    """A canonical line cut from a copied line; `people` when `🔗` was glued after it."""

    number: int
    text: str
    people: bool = False


def _split_line(line: Line) -> list[_Piece]:
    """Cut a copied line into canonical pieces: text, `|` and `🔗`."""
    text = line.text
    if text in (SEPARATOR, END_MARK) or (SEPARATOR not in text and not text.endswith(END_MARK)):
        return [_Piece(line.number, text)]  # most lines: one piece, nothing to cut
    tail: list[str] = []
    while text not in (SEPARATOR, END_MARK):
        if text.endswith(SEPARATOR):
            tail.insert(0, SEPARATOR)
            text = text[: -len(SEPARATOR)].rstrip()
        elif text.endswith(END_MARK):
            tail.insert(0, END_MARK)
            text = text[: -len(END_MARK)].rstrip()
        else:
            break
    if not text:  # the line was only separators and marks
        return [_Piece(line.number, mark) for mark in tail]
    head = _split_inner_separators(text)
    glued_people = bool(tail) and tail[0] == END_MARK and head[-1] not in (SEPARATOR, END_MARK)
    pieces = [_Piece(line.number, part) for part in head]
    if glued_people:
        pieces[-1] = _Piece(line.number, head[-1], people=True)
    return pieces + [_Piece(line.number, mark) for mark in tail]


def _split_inner_separators(text: str) -> list[str]:
    """A ``|`` inside a line is a separator only right after a link label or a kind label.

    "Poster Session | Coffee Break" is a title; "Lunch (Break) | 🔗" and "link » | 🔗" are
    an entry on one line.
    """
    head: list[str] = []
    start = 0
    for found in _INNER_SEPARATOR.finditer(text):
        before = text[start : found.start()]
        label = _ENDS_WITH_LABEL.search(before)
        spaced = label is not None and before[label.start() + 1].isspace()
        if before.endswith(LINK_MARK) or (label and (spaced or is_kind_label(label["label"]))):
            head.extend([before, SEPARATOR])
            start = found.end()
    head.append(text[start:])
    return head


def _with_separators(pieces: Iterable[_Piece]) -> Iterator[Line]:
    """A copy with separators: only time lines get separators of their own (for resynchronising)."""
    for piece in pieces:
        if piece.text != UNTIMED and is_strict_time(piece.text):
            yield from (Line(piece.number, SEPARATOR), Line(piece.number, piece.text), Line(piece.number, SEPARATOR))
        elif piece.people and _INNER_SEPARATOR.search(piece.text):
            # "Q&A | Ada Lovelace · Grace Hopper 🔗 |": names never hold a "|", so the last one separates
            *_, last = _INNER_SEPARATOR.finditer(piece.text)
            title, people = piece.text[: last.start()], piece.text[last.end() :]
            yield from (Line(piece.number, title), Line(piece.number, SEPARATOR), Line(piece.number, people))
        else:
            yield Line(piece.number, piece.text)


def _separated_segments(pieces: Iterable[_Piece], numbered: Iterator[tuple[int, str]]) -> Iterator[Segment]:
    """The segments of `pieces`, then of the lines `numbered` gives, each made canonical as it is cut.

    `map(_canonical_body, _split_segments(_with_separators(…)))` of the lines' pieces, in one
    pass: most lines are one piece as they are, and are read as `_with_piece` would read it,
    without being made a piece.
    """
    current: list[Line] = []
    marked = False  # whether `current` holds a line that is only 🔗
    for piece in pieces:
        current, marked = yield from _with_piece(piece, current, marked)
    for number, raw in numbered:
        text = raw.strip()
        if not text:
            continue
        if text == "(":  # from here on, through `_kind_merged_pieces` (rare)
            for piece in _kind_merged_pieces(Line(number, text), numbered):
                current, marked = yield from _with_piece(piece, current, marked)
            break
        if text not in (SEPARATOR, END_MARK) and (SEPARATOR in text or text.endswith(END_MARK)):
            for piece in _split_line(Line(number, text)):
                current, marked = yield from _with_piece(piece, current, marked)
        elif text == SEPARATOR or (text != UNTIMED and is_strict_time(text)):
            if current:
                yield _cut(current, marked)
                current, marked = [], False
            if text != SEPARATOR:
                yield (Line(number, text),)
        else:
            current.append(Line(number, text))
            marked = marked or text == END_MARK
    if current:
        yield _cut(current, marked)


def _with_piece(piece: _Piece, current: list[Line], marked: bool) -> Generator[Segment, None, tuple[list[Line], bool]]:
    """Add a piece to the segment being cut (`current`, `marked`: whether it holds 🔗); yield the segments it ends.

    Returns:
        The segment being cut and its mark, after the piece.
    """
    text = piece.text
    if text == SEPARATOR or (text != UNTIMED and is_strict_time(text)):
        if current:
            yield _cut(current, marked)
            current, marked = [], False
        if text != SEPARATOR:
            yield (Line(piece.number, text),)
    elif piece.people and _INNER_SEPARATOR.search(text):
        for line in _with_separators((piece,)):
            if line.text == SEPARATOR:
                if current:
                    yield _cut(current, marked)
                current, marked = [], False
            else:
                current.append(line)
                marked = marked or line.text == END_MARK
    else:
        current.append(Line(piece.number, text))
        marked = marked or text == END_MARK
    return current, marked


def _cut(current: list[Line], marked: bool) -> Segment:
    """The segment of the lines cut, canonical: one holding 🔗 is as it is."""
    return tuple(current) if marked else _unmarked_body(tuple(current))


def _separators_put_back(pieces: Sequence[_Piece], guesses: list[Line]) -> list[Line]:
    """A copy without `|` lines: entries end at `🔗`, the people line is the one `🔗` ends.

    When `🔗` stands alone, the line before it is the people line if it has the shape of
    names and is not the entry's title; that is a guess, added to `guesses`.
    """
    lines: list[Line] = []
    for index, piece in enumerate(pieces):
        line = Line(piece.number, piece.text)
        if is_time_text(piece.text):
            lines.extend([Line(piece.number, SEPARATOR), line, Line(piece.number, SEPARATOR)])
        elif piece.people:
            lines.extend([Line(piece.number, SEPARATOR), line])
        elif piece.text == END_MARK:
            glued = index > 0 and pieces[index - 1].people and pieces[index - 1].number == piece.number
            if not glued and _people_shaped_after_title(lines):
                guesses.append(lines[-1])
                lines.insert(len(lines) - 1, Line(lines[-1].number, SEPARATOR))
            elif not glued:
                lines.append(Line(piece.number, SEPARATOR))
            lines.extend([line, Line(piece.number, SEPARATOR)])
        else:
            lines.append(line)
    return lines


_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|(?:van|von|der|den|de|da|del|di|du|la|le|bin|al|el|ter|ten|y))$")


def _people_shaped_after_title(lines: Sequence[Line]) -> bool:
    """Whether the last line is a people line: names joined by " · ", not the title or a label."""
    if len(lines) < 3 or lines[-2].text == SEPARATOR or lines[-1].text == SEPARATOR:  # [-2] is at least the title
        return False
    text = lines[-1].text
    if text.endswith((".", "!", "?", ":", LINK_MARK, ")")) or text.startswith("("):
        return False
    names = [name.strip() for name in text.split("·")]
    return all(
        1 <= len(name.split()) <= 6
        and len(name) <= 80
        and all(_NAME_WORD.match(word) for word in name.split())
        and name[0].isupper()
        for name in names
    )


def _split_segments(lines: Iterable[Line]) -> Iterator[Segment]:
    current: list[Line] = []
    for line in lines:
        if line.text == SEPARATOR:
            if current:
                yield tuple(current)
            current = []
        else:
            current.append(line)
    if current:
        yield tuple(current)


def _canonical_body(segment: Segment) -> Segment:
    """A body segment with its glued labels split off (`unglued_labels`); time lines and people segments as they are."""
    if any(line.text == END_MARK for line in segment):
        return segment
    return _unmarked_body(segment)


def _unmarked_body(segment: Segment) -> Segment:
    """`_canonical_body` of a segment without a ``🔗`` line."""
    return segment if is_time_text(segment[0].text) else unglued_labels(segment)
