"""A time or time range that opens a line ("8:30am - 8:45am Welcome", "11.30-11.50Position Paper"): `leading_span`.

Time-led lines are how most schedule pages write their slots; the clocks are read by `times`.
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.day_parts import DAY_PART_WORD
from program.readers.notation.times import (
    CLOCK_WORD_FIRST,
    ClockError,
    ClockTime,
    TimeSpan,
    end_after,
    is_span,
    is_twelve_am,
    parse_clock,
    parse_span,
)

_LEAD_CLOCK = r"\d{1,2}(?:\s*[:.h]\s*\d{2}(?:[ap](?![a-z\d]))?|h(?![^\W\d_]))?(?:\s*[ap]\.?\s*m\.?(?-i:(?![a-z])))?"
_LEADING = re.compile(
    rf"^(?P<start>{_LEAD_CLOCK})"
    rf"(?:(?P<separator>\s*(?:--?|[–—~]|\bto\b|\buntil\b)\s*|\s+(?:(?:a|às|bis)\s+)?(?=\d{{1,2}}[:.]\d{{2}})"
    r"|:(?=\d{2}:\d{2}(?![\d:])))"
    rf"(?P<about>~\s*)?(?P<end>{_LEAD_CLOCK}))?"
    r"(?![\d:.]*\d)",
    re.IGNORECASE,
)
"""A time or time range opening a line: "8:30am - 8:45am", "09:00 - 09:30", "11.30-11.50",
"08:45 09:00" (two clocks after each other), "8:50 am", "11:30a - 12:30p" (a bare a or p glued to the minutes,
Monash 2025), "14:00 - ~19:00" (an approximate end, BilboStack 2025: read, with a note), "09:00:10:15" (a colon
typed for the dash, JPF 2017: read, with a note), "10:30 a 13:00" (Spanish and Portuguese "a", "às", German "bis"
between two clocks: FLISoL Sucre 2019); the rest may follow without a space."""
_PART_CLOCK = r"\d{1,2}(?:\s*[:.]\s*\d{2})?"
_DAY_PART_LEAD = re.compile(
    rf"^{_PART_CLOCK}(?:\s*{DAY_PART_WORD})?\s*(?:--?|[–—]|\bto\b|\bhingga\b|\bsampai\b)\s*{_PART_CLOCK}\s*{DAY_PART_WORD}"
    rf"|^{_PART_CLOCK}\s*{DAY_PART_WORD}",
    re.IGNORECASE,
)
"""A time or range that opens a line with the part of the day after it for its am/pm ("8.30 – 10.30 mlm",
"11.00 pagi – 1.00 ptg": `day_parts`); "hingga" and "sampai" (Malay and Indonesian "until") join a range."""
_APPROXIMATE = re.compile(r"^(?:(?:ca\.?|approx\.?|circa)\s+|~\s*)(?=\d)", re.IGNORECASE)
"""An approximate time's word or sign ("ca. 12.45", "approx. 17:00", SiMLInt 2023's "~10:00 - 13:00"): the time is
read, with a note."""
_FROM = re.compile(r"^(?:ab|after|from)\s+(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)
"""German or English "from" before a start ("Ab 8:30 Registrierung der Teilnehmer:innen", DVCS 2021; a row's
"After 19:00", IICCSSS 2023): a start only."""
_OPEN_END = re.compile(r"^\s*(?:[-–—~]+\s*(?:\.{2,}|…|la:?te\b)(?!\S)|[~〜～](?!\s*\d))", re.IGNORECASE)
"""A range whose end is left open: "17:00 – ..." (byteMAL 2024's drinks), "17:30-la:te" (JPF 2017's dinner), and the
Korean, Japanese and Chinese "from" written as a tilde with no end ("19:00 ~ 참석자 뒷풀이", transparency hackathon
2015's after-party): a start only."""
_HOUR_WORD = re.compile(r"^(?:uhr|hs\.?|godz\.|hod\.|ч\.|น\.)(?![^\s:])\s*", re.IGNORECASE)
"""The hour's word after a line's time ("14:00 - 15:30 Uhr Keynote", Thai "08.00 - 08.30 น." with น. for นาฬิกา,
o'clock: THRF14 2020; Argentina's "15:00 hs: Charla", FLISoL Río Grande 2016): part of the time, no title."""
_HAS_MINUTES_OR_MERIDIEM = re.compile(r"[:.h]\s*\d{2}|[ap]\.?\s*m", re.IGNORECASE)
_WHOLE_HOURS = re.compile(r"\d{1,2}h\d{1,2}h$", re.IGNORECASE)
"""A range of whole hours each marked "h" ("14h-18h": French pages); a bare "9-12" stays no time."""
_HOUR_BEFORE_TITLE = re.compile(r"^(?:[6-9]|1\d|2[0-3])h\s+(?=[^\W\d_])(?-i:(?=[A-ZÀ-Ý]))", re.IGNORECASE)
"""A whole hour of the day alone before a capitalised title ("20h Dîner de Gala", "12h Repas": French pages); "2h
workshop" and "2h Workshop" stay lengths (no day's event starts at 2 a.m. that way)."""
_WRITTEN_MERIDIEM = re.compile(r"\s*[ap]\.?\s*m\.?$", re.IGNORECASE)
_STRAY_MERIDIEM_NOTE = "a 24-hour time written with am/pm"


@attrs.frozen
class LeadingSpan:
    """A time range that opens a line, and what follows it.

    Attributes:
        span: the range (or a lone start) as read.
        rest: the text after it, stripped.
        notes: what was read other than as written ("13:15 pm" read as 13:15).
    """

    span: TimeSpan
    rest: str
    notes: tuple[str, ...]


_MEASURE = re.compile(r"\s*(?:[μµnmcuk]m|[mk]?V|[kMGT]?Hz|dB[m]?|eV|%|°C)(?![^\W\d_])")
"""A unit after a number: the number is a measure ("0.18 μm", "3.3 V", "2.45 GHz"), no clock time."""


def leading_span(text: str) -> LeadingSpan | None:
    """Return the time range opening `text`, or None when the line does not open with a time.

    A bare number opens no line ("2023 …", "3 talks"): a time has minutes or am/pm. A 24-hour
    time written with am/pm ("13:15 pm") is read as the 24-hour time, with a note.

    >>> found = leading_span("11.30-11.50Position Paper: Ada Lovelace")
    >>> found.span.start.minutes, found.span.end_minutes, found.rest
    (690, 710, 'Position Paper: Ada Lovelace')
    >>> leading_span("8:30am - 8:45am Welcome").span.end_minutes
    525
    >>> leading_span("2023 was a good year") is None
    True
    >>> leading_span("0.18 μm Bipolar-CMOS-DMOS Technology") is None
    True
    >>> leading_span("17:00 – ... Drinks").rest, leading_span("19:00 ~ 참석자 뒷풀이").rest
    ('Drinks', '참석자 뒷풀이')
    >>> leading_span("19:00 ~").span.end, leading_span("19:00 ~").rest
    (None, '')
    >>> leading_span("Ab 8:30 Registrierung").rest, leading_span("godz. 10:00 - 10:20 Otwarcie").rest
    ('Registrierung', 'Otwarcie')
    >>> leading_span("08.00 - 08.30 น.").rest, leading_span("14:00 - 15:30 Uhr Keynote").rest
    ('', 'Keynote')
    >>> leading_span("ca. 12.45 End of day 1").notes
    ("'ca. 12.45': an approximate time, read as 12.45",)
    >>> leading_span("09:00:10:15 Session I").notes, leading_span("17:30-la:te Dinner").rest
    (("'09:00:10:15': a colon between two times, read as 09:00-10:15",), 'Dinner')
    >>> found = leading_span("14:00 - ~19:00")
    >>> found.span.end_minutes, found.notes
    (1140, ("'14:00 - ~19:00': an approximate end, read as 19:00",))
    """
    written = text.replace("\xa0", " ").lstrip()
    approximate = _APPROXIMATE.match(written)
    written = written[approximate.end() :] if approximate else written
    written = CLOCK_WORD_FIRST.sub("", _FROM.sub("", written))  # "godz. 10:00 - 10:20": the hour's word, no title
    written, typed = _colon_for_dash(written)
    if (in_day_part := _day_part_span(written)) is not None:
        return in_day_part
    match = _LEADING.match(written)
    if match is None or not (
        _HAS_MINUTES_OR_MERIDIEM.search(match["start"] + (match["end"] or ""))
        or (match["end"] is not None and _WHOLE_HOURS.match(match["start"] + match["end"]))
        or (match["end"] is None and _HOUR_BEFORE_TITLE.match(written))
    ):
        return _military_cell(written)
    if match["end"] is None and _MEASURE.match(written[match.end() :]):
        return None  # "0.18 μm Bipolar-CMOS-DMOS Technology" (EDTM 2025): a measure, not a time
    notes = (
        [f"{approximate[0] + match[0].strip()!r}: an approximate time, read as {match[0].strip()}"]
        if approximate
        else []
    )
    if match["about"]:
        notes.append(f"{match[0].strip()!r}: an approximate end, read as {match['end'].strip()}")
    if match["separator"] == ":":
        notes.append(f"{match[0]!r}: a colon between two times, read as {match['start']}-{match['end']}")
    try:
        start = lenient_clock(match["start"], notes)
        end = lenient_clock(match["end"], notes) if match["end"] else None
    except ClockError:
        return None
    if end is not None and end.meridiem and start.meridiem is None and not notes:
        # "8:30-9:45 pm": the meridiem written once holds for both (parse_span decides the start's).
        span = parse_span(f"{match['start']}-{match['end']}")
    elif end is not None and start.meridiem == "a" and is_twelve_am(end) and not notes:
        # "11:20am – 12:00 am" (CVDD 2025, before "12:00 pm Lunch"): noon meant, not the next midnight
        span = parse_span(f"{match['start']}-{match['end']}")
        if span.end is not None and span.end.minutes != end.minutes:
            notes.append(f"read the end {match['end'].strip()!r} as 12:{end.minutes:02d}: noon, after a morning start")
    else:
        span = TimeSpan(start, end, end_after(start, end) if end is not None else None)
    rest = _HOUR_WORD.sub("", written[match.end() :].lstrip())
    if end is None and (open_end := _OPEN_END.match(rest)) is not None:
        rest = rest[open_end.end() :]
    return LeadingSpan(span, rest.strip(), (*typed, *notes))


def _day_part_span(text: str) -> LeadingSpan | None:
    """The range opening `text` when a word for the part of the day stands for its am/pm, else None.

    >>> found = leading_span("11.00 – 1.00 tgh Slot 3")
    >>> found.span.start.minutes, found.span.end_minutes, found.rest
    (660, 780, 'Slot 3')
    """
    found = _DAY_PART_LEAD.match(text)
    if found is None:
        return None
    try:
        span = parse_span(re.sub(r"\s+(?:hingga|sampai)\s+", " - ", found[0], flags=re.IGNORECASE))
    except ClockError:
        return None
    return LeadingSpan(span, text[found.end() :].strip(), ())


_DASH_FOR_COLON = re.compile(r"^(?P<start>\d{1,2}[:.]\d{2}\s*[-–—]\s*)(?P<hour>\d{1,2})-(?P<minutes>[0-5]\d)(?![\d:.])")
"""A range whose end has a dash typed for its colon: "11:00-11-15" (an ENT course in Kyiv, 2019) is 11:00-11:15."""


def _colon_for_dash(text: str) -> tuple[str, tuple[str, ...]]:
    """The text with a range's end "11-15" written "11:15", and the note saying so; as it is for any other text.

    >>> found = leading_span("11:00-11-15 Coffee break")
    >>> found.span.end_minutes, found.rest, found.notes
    (675, 'Coffee break', ("'11:00-11-15': a dash for the end's colon, read as 11:15",))
    >>> _colon_for_dash("9:00-10 - 15 minutes"), _colon_for_dash("10:00-11-2024")
    (('9:00-10 - 15 minutes', ()), ('10:00-11-2024', ()))
    """
    found = _DASH_FOR_COLON.match(text)
    if found is None:
        return text, ()
    end = f"{found['hour']}:{found['minutes']}"
    written = found[0]
    return f"{found['start']}{end}{text[found.end() :]}", (f"{written!r}: a dash for the end's colon, read as {end}",)


_MILITARY = re.compile(r"^(?P<start>(?:[01]\d|2[0-3])[0-5]\d)\s*[-–—]\s*(?P<end>(?:[01]\d|2[0-4])[0-5]\d)\s*$")
"""A cell that is only a range of four-digit clocks: "0800 – 0830" (UTM's URC 2023 schedule table)."""
_YEARS = range(1900, 2200)
"""Four digits that read as a year as well: "2010 – 2015" is no range of evening minutes."""


def _military_cell(text: str) -> LeadingSpan | None:
    """A text that is only a range of four-digit clocks ("0800 – 0830"), else None; year ranges are none.

    Only a whole text (a table's time cell), never the opening of a line: a line that opens with
    "2019 - 2020" is a career's, not an evening's.
    """
    found = _MILITARY.match(text)
    if found is None or (int(found["start"]) in _YEARS and int(found["end"]) in _YEARS):
        return None
    try:
        span = parse_span(f"{found['start']}-{found['end']}")
    except ClockError:
        return None
    later = span.end_minutes is not None and span.end_minutes > span.start.minutes
    return LeadingSpan(span, "", ()) if later else None


_ONE_DIGIT_ZERO = re.compile(r"^\s*(?P<hour>\d{1,2}):0\s*$")
"""A whole hour whose minutes lost a zero: Innova Ciencias' `horaFin: "14:0"` beside its siblings' "14:00"."""


def one_digit_minute(text: str) -> tuple[ClockTime, str] | None:
    """A clock whose minutes are one "0" ("14:0") read as the whole hour, with the note saying so; else None.

    Only a zero: "14:3" may be 14:03 or 14:30, and stays refused.

    >>> clock, note = one_digit_minute("14:0")
    >>> clock.minutes, note
    (840, "read '14:0' as 14:00: a minute written with one digit")
    >>> one_digit_minute("14:3"), one_digit_minute("25:0")
    (None, None)
    """
    found = _ONE_DIGIT_ZERO.match(text)
    if found is None:
        return None
    try:
        clock = parse_clock(f"{found['hour']}:00")
    except ClockError:
        return None
    whole = f"{clock.minutes // 60:02d}:00"
    return attrs.evolve(clock, text=text.strip()), f"read {text.strip()!r} as {whole}: a minute written with one digit"


def lenient_clock(text: str, notes: list[str]) -> ClockTime:
    """A clock time; one written with am/pm but an hour past 12 ("13:15 pm") is read as the 24-hour time."""
    try:
        return parse_clock(text)
    except ClockError:
        bare = _WRITTEN_MERIDIEM.sub("", text)
        if bare == text:
            raise
        clock = parse_clock(bare)
        notes.append(
            f"read {' '.join(text.split())!r} as {clock.minutes // 60:02d}:{clock.minutes % 60:02d}: "
            + _STRAY_MERIDIEM_NOTE
        )
        return clock


def stray_meridiem_span(text: str) -> tuple[TimeSpan, tuple[str, ...]] | None:
    """A whole text that is a range of 24-hour times with a stray am/pm ("12:30 - 13:15 PM"), with its notes; else None.

    BSides CDMX 2018's time cells write `13:30 - 14:00 PM` beside `10:00 - 10:45 AM`: the hour past
    12 says the clock is 24-hour, so the meridiem is read as a slip, said in a note. Only that
    liberty is taken here: any other text is `parse_span`'s to read or refuse.

    >>> span, notes = stray_meridiem_span("12:30 - 13:15 PM")
    >>> span.start.minutes, span.end_minutes, notes
    (750, 795, ("read '13:15 PM' as 13:15: a 24-hour time written with am/pm",))
    >>> stray_meridiem_span("12:30 - 1:15 PM") is None, stray_meridiem_span("13:00 Lunch") is None
    (True, True)
    """
    found = leading_span(text)
    if found is None or found.rest or not found.notes:
        return None
    if not all(note.endswith(_STRAY_MERIDIEM_NOTE) for note in found.notes):
        return None
    return found.span, found.notes


_TRAILING_RANGE = re.compile(
    r"^(?P<title>[A-Z][^\d:|]{1,60}?)\s+(?P<range>(?P<start>\d{1,2}[:.]\d{2}|\d{4})\s*[-–—]\s*(?P<end>\d{1,2}[:.]\d{2}|\d{4}))"
    r"(?P<rest>[.;,]\s.*|[.;,]?)$"
)
_NOT_A_LABEL = re.compile(r"\b(?:is|are|was|will|runs?|from|at|between|until|opens?|starts?|ends?)\b", re.I)
_MOST_LABEL_WORDS = 5


def trailing_span(text: str) -> str | None:
    """A short label followed by its time range, rewritten time first; None for any other text.

    ICCSW 2017 writes a few slots title first, between its time-led lines: "Lunch Break 12:10 - 13:45",
    "Social Event 1700 - 2130. Mystery social event and dinner..." (compact times only as a range).

    >>> trailing_span("Lunch Break 12:10 - 13:45")
    '12:10 - 13:45 Lunch Break'
    >>> trailing_span("Social Event 1700 - 2130. Mystery social event and dinner...")
    '17:00 - 21:30 Social Event. Mystery social event and dinner...'
    >>> trailing_span("The workshop runs 9:00 - 17:00"), trailing_span("Room 101 9:00 - 10:00")
    (None, None)
    """
    found = _TRAILING_RANGE.match(text.strip())
    if found is None or len(found["title"].split()) > _MOST_LABEL_WORDS or _NOT_A_LABEL.search(found["title"]):
        return None
    start, end = (_with_colon(found[part]) for part in ("start", "end"))
    try:
        span = parse_span(f"{start}-{end}")
    except ClockError:
        return None
    if span.end is None:
        return None
    return f"{start} - {end} {found['title'].strip()}{found['rest']}"


def _with_colon(clock: str) -> str:
    return f"{clock[:2]}:{clock[2:]}" if clock.isdigit() else clock


_CLOCK_LAST = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?)?|\d{1,2}\s*[ap]\.?\s*m\.?"
_TITLE_THEN_TIME = re.compile(
    rf"^(?P<title>[^\W\d_].*?[^\s\-–—,:])\s+(?P<span>(?:{_CLOCK_LAST})(?:\s*(?:[-–—]|\bto\b)\s*(?:{_CLOCK_LAST}))?)\s*$",
    re.IGNORECASE,
)
_MOST_TITLE_WORDS = 10
_RANGE_MARK = re.compile(r"[-–—]|\bto\b", re.IGNORECASE)


def title_then_time(text: str) -> str | None:
    """A line whose title comes before its time ("Parallel sessions 1 9:00 am - 10:30 am"), rewritten time first.

    EAAE 2023 writes its whole programme so, `<b>Keynote 3</b> 5:00 pm - 6:00 pm`, `<i>Gala dinner</i> 8:00 pm`:
    a range, or one time with minutes or am/pm. None for a sentence ("The bus leaves at 9:00 am") or
    a longer text; readers rewrite lines so only on a page that writes no line time first.

    >>> title_then_time("Opening Keynote Speech 1 5:00 pm - 6:30 pm")
    '5:00 pm - 6:30 pm Opening Keynote Speech 1'
    >>> title_then_time("Council Dinner 8:00pm")
    '8:00pm Council Dinner'
    >>> title_then_time("The bus leaves at 9:00 am"), title_then_time("Chapter 12")
    (None, None)
    """
    found = _TITLE_THEN_TIME.match(" ".join(text.split()))
    if found is None or len(found["title"].split()) > _MOST_TITLE_WORDS or _NOT_A_LABEL.search(found["title"]):
        return None
    if not _RANGE_MARK.search(found["span"]) and not re.search(r":|[ap]\.?\s*m", found["span"], re.IGNORECASE):
        return None  # "Version 1.20": a lone time needs a colon or am/pm
    return f"{found['span']} {found['title']}" if is_span(found["span"]) else None
