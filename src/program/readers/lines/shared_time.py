"""A series of dated entries and one time for all of them, written in a sentence (a seminar or lecture series).

SPIGL's lectures at Leipzig (2021, a Jekyll post) give each lecture a full date and no time, the
speakers, then the title, parts joined by line breaks:

    **15.06.2021** <br> Wolf Peter **Klein** (Julius-Maximilians-Universität Würzburg) <br>  *Festgeschriebene …*
    <br> <br>
    Die Vorträge finden um **18:00 Uhr** via [Zoom](…) statt.

The sentence's time is every entry's start: it is the only time the page writes (outside its front
matter), and `check` says so with the sentence's line. A page that writes several times, or none,
is not read so: which time is whose is not written (`refusal` says what to write instead). An
entry's first part is its speakers when it reads as names ("Anke Lüdeling und Julia Lukassek (HU
Berlin)"), the rest its title; no end is written, so none is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.kind_labels import kind_from_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.markup import clean
from program.readers.lines.names import speakers_of
from program.readers.lines.slots import Slot
from program.readers.notation.dates import WrittenDate
from program.readers.notation.prose import times_in
from program.readers.notation.times import TimeSpan

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_FRONT_MATTER = "---"
_DATE_WORDS = 6
"""Words at most in an entry's date part ("**Dienstag, 15. Juni 2021**"): a longer line is a sentence with a date."""
_FEWEST = 2
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_MATERIAL = re.compile(
    r"\s*\(\s*\[(?:notebook|slides|video|pdf|code|recording|paper|poster)\]\([^()\s]*\)\s*\)", re.IGNORECASE
)
_LED = re.compile(r"^(?P<date>[^:]{4,40}?)\s*(?::|\s[-–—]\s)\s*(?P<rest>\S.*)$")
"""An entry's date before a colon or a dash, its text after ("Oct 12, 2015: IPython: Beyond Normal Python")."""


@attrs.frozen
class _Entry:
    line: Line
    day: WrittenDate
    parts: tuple[str, ...]


@attrs.frozen
class SharedTime:
    """A series' entries, each at the one time the page writes.

    Attributes:
        slots: one per dated entry, in page order, at the sentence's time.
        days: each entry's date.
        used: the lines read: the entries' and the sentence's.
        said: what `check` prints of where the time came from.
    """

    slots: tuple[Slot, ...]
    days: tuple[WrittenDate, ...]
    used: frozenset[int]
    said: str


def has_shared_time(lines: Sequence[str]) -> bool:
    """Whether a page is a series of two dated entries or more with one time, written once, for all."""
    numbered = [Line(number, text) for number, text in enumerate(lines, start=1)]
    entries, clocks = _series(numbered)
    return len(entries) >= _FEWEST and len({_key(span) for _, span in clocks}) == 1


def dated_series(lines: Sequence[Line]) -> tuple[int, int] | None:
    """A series' first entry's line and its number of entries, when the page is one (two dated entries or more)."""
    entries, _ = _series(lines)
    return (entries[0].line.number, len(entries)) if len(entries) >= _FEWEST else None


def shared_time_slots(lines: Sequence[Line]) -> SharedTime | None:
    """The series' entries at its one time; None when the page is no series or writes no one time for it."""
    entries, clocks = _series(lines)
    if len(entries) < _FEWEST or len({_key(span) for _, span in clocks}) != 1:
        return None
    sentence, span = clocks[0]
    written = _clock(span.start.minutes) + (f"–{_clock(span.end_minutes)}" if span.end_minutes is not None else "")
    slots = tuple(Slot(entry.line, span, _entry_text(entry.parts), entry.day, (), ()) for entry in entries)
    used = {entry.line.number for entry in entries} | {line.number for line, _ in clocks}
    said = (
        f"every dated entry at {written}, the one time the page writes (line {sentence.number}: "
        f"{clean(sentence.text).text[:80]!r})" + ("" if span.end is not None else "; no end written")
    )
    return SharedTime(
        slots, tuple(entry.day for entry in entries), frozenset(used | _entry_lines(entries, lines)), said
    )


def refusal(lines: Sequence[Line]) -> str | None:
    """What a series of dated entries lacks to be read, or None when the page is no such series."""
    entries, clocks = _series(lines)
    if len(entries) < _FEWEST:
        return None
    first = clean(_BREAK.split(entries[0].line.text)[0]).text
    shape = f"a series of {len(entries)} dated entries (the first {first[:40]!r}, line {entries[0].line.number})"
    if not clocks:
        found = "no time for them anywhere"
    else:
        found = "several times and no one for all: " + ", ".join(
            f"{span.start.text} (line {line.number})" for line, span in clocks[:4]
        )
    return (
        f"expected a time for {shape}; found {found}. Write the one time they all start at in a sentence "
        "('Die Vorträge finden um 18:00 Uhr statt', 'Talks start at 4 pm'), or each one's after its date "
        "('**15.06.2021, 18:00**')"
    )


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _key(span: TimeSpan) -> tuple[int, int | None]:
    return span.start.minutes, span.end_minutes


def _series(lines: Sequence[Line]) -> tuple[list[_Entry], list[tuple[Line, TimeSpan]]]:
    """The dated entries (their parts after the date) and the times written outside their dates."""
    entries: list[_Entry] = []
    clocks: list[tuple[Line, TimeSpan]] = []
    current: _Entry | None = None
    for line in _body(lines):
        bare = _MATERIAL.sub("", line.text)  # "([notebook](…))" after a title: its material, no words of it
        parts = [part for part in (clean(piece).text for piece in _BREAK.split(bare)) if part]
        written = times_in(" ".join(parts))
        led = _dated(parts[0]) if parts else None
        if led is not None and not times_in(parts[0]):
            day, rest = led
            current = _Entry(line, day, (*rest, *parts[1:]))
            entries.append(current)
            clocks.extend((line, clock) for clock in written)  # a time inside an entry: no shared one
            continue
        clocks.extend((line, clock) for clock in written)
        if current is None or not parts or line.text.lstrip().startswith("#") or written:
            current = None  # a blank line, a line of breaks, a heading or the time's sentence ends the entry
            continue
        current = attrs.evolve(current, parts=(*current.parts, *parts))
        entries[-1] = current
    return entries, clocks


def _body(lines: Sequence[Line]) -> list[Line]:
    """The page's lines after its front matter (whose `date: 2021-06-13 16:58:45` is the post's, no event's)."""
    if not lines or lines[0].text.strip() != _FRONT_MATTER:
        return list(lines)
    closing = next((at for at in range(1, len(lines)) if lines[at].text.strip() == _FRONT_MATTER), None)
    return list(lines[closing + 1 :]) if closing is not None else list(lines)


def _dated(part: str) -> tuple[WrittenDate, tuple[str, ...]] | None:
    """The full date a part is or opens with before a colon ("Oct 12, 2015: Title (Name)"), and the rest."""
    text = _BULLET.sub("", part).strip(" *_#").strip()
    led = _LED.match(text)
    if led is not None and (day := _entry_date(led["date"])) is not None:
        return day, (led["rest"],)
    if ":" not in text and (day := _entry_date(text)) is not None:  # "Oct 26, 2015: AstroPy" is no heading's
        return day, ()
    return None


def _entry_date(text: str) -> WrittenDate | None:
    """The full date a text is ("15.06.2021", "Tuesday, 15 June 2021"), or None."""
    text = text.strip(" *_:#").strip()
    if len(text.split()) > _DATE_WORDS:
        return None
    day = day_heading(text)
    return day if day is not None and None not in (day.year, day.month, day.day) else None


def _entry_text(parts: Sequence[str]) -> SlotText:
    """An entry's speakers (its first part, when names) and title (the rest)."""
    if len(parts) >= _FEWEST and (people := speakers_of(parts[0])) is not None:
        title = " ".join(parts[1:])
        return SlotText(title, people, None, kind_from_title(title))
    return read_slot_text(" ".join(parts))


def _entry_lines(entries: Sequence[_Entry], lines: Sequence[Line]) -> set[int]:
    """The lines each entry's parts came from: its date's line and those below it up to the next break."""
    starts = {entry.line.number for entry in entries}
    used: set[int] = set()
    inside = False
    for line in lines:
        inside = line.number in starts or (inside and bool(clean(_BREAK.sub(" ", line.text)).text))
        if inside:
            used.add(line.number)
    return used
