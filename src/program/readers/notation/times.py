"""Clock times and time ranges in every notation organisers use.

"8:30am", "08:30 AM", "8:30 a.m.", "8:am" (minutes left out), "8.30", "17h15", "17h", "09h30m", "900", "1800",
"14:00 Uhr", "8:00:00" (seconds, read to the minute), "noon", "12:00 Noon", an Excel time fraction (0.5 is noon) or a
`datetime.time`; ranges joined by a dash or a word ("to", "bis", "à", "a", "às", "alle", "hasta", "tot", "do", "до":
see `_RANGE_SEPARATOR`): "14:00-15:30 Uhr", "10h à 13h", "9:00 a 11:00", "23:00-0:30" (past midnight) and
"1:45-3:15" (a 12-hour clock without am/pm: the end after the start, so 3:15 p.m.).
"""

from __future__ import annotations

import re
from datetime import datetime, time

import attrs

from program.readers.notation.lengths import without_length

_MERIDIEM = r"(?P<meridiem>[ap])(?:\.?\s*m\.?|(?<=\d[ap]))"
"""a.m./p.m. as written ("8am", "8 a.m."), or a bare a or p glued to the digits ("9:10a", "12:30p")."""
_CLOCK = re.compile(
    r"^(?:"
    # 8:30, 8.30, 17h15, 17h, 8, 8:am; seconds only after a colon: "8:00:00" (EDUCAUSE 2016's scraped sheet);
    # minutes marked "m" after an hour marked "h": "09h30m" (I ENPEB 2012)
    r"(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:(?<=h\d{2})m)?|:(?=\s*[ap]))?(?:\s*h)?"
    r"|(?P<compact_hour>\d{1,2})(?P<compact_minute>\d{2})"  # 900, 1800, 0930
    r")\s*(?:" + _MERIDIEM + r")?\s*(?:uhr|hrs?|o'?clock|godz\.?|hod\.?|ч\.?|น\.)?$",
    re.IGNORECASE,
)
_NAMED = {"noon": 12 * 60, "midday": 12 * 60, "mittag": 12 * 60, "midi": 12 * 60, "midnight": 0, "minuit": 0}
_TWELVE = re.compile(r"^12(?:[:.]00)?\s+(?=[a-z])")
"""The clock written before a named time that is its own ("12:00 Noon", "12 midnight")."""
RANGE_WORDS = r"\s*\b(?:to|until|bis|à|às|as|alle|hasta|até|tot|do|до)\b\s*|(?<=[\dh])\s+a\s+(?=\d)"
_RANGE_SEPARATOR = re.compile(r"\s*[-–—~]+\s*|" + RANGE_WORDS, re.IGNORECASE)
"""A dash or a word between a range's start and end: "9:00 bis 11:00", "10h à 13h", "9h às 10h" (Portuguese),
"9:00 alle 11:00" (Italian), "9:00 hasta 11:00", "9:00 tot 11:00" (Dutch), "9:00 do 11:00" (Polish), "9:00 до
11:00" (Russian). Spanish and Portuguese "a" ("9:00 a 11:00": AAHD 2026) is also an article, and the "a" of "a.m.":
a range word only alone between two clock times."""
_TRAILING = re.compile(
    r"\s*(?:uhr|horas|h|hrs|o'?clock|godz|hod|ч)\.?$|\s*น\.$|\s+(?:on|onwards)\.?$|(?<=\d)\s*\+$|(?<=\d)\s*[-–—~]?\s*(?:\.{2,}|…)$"
    r"|(?<=\d)\s*(?:起|开始|開始)$",
    re.IGNORECASE,
)
"""Words after a time that are no part of it: "14:00 Uhr", "10h", "19 horas" (Cartagena 2020), the Polish, Czech and
Bulgarian hour's words ("10:00 godz.", "10:00 hod.", "10:00 ч."), the Thai "น." (นาฬิกา, o'clock: "08.00 - 08.30 น.",
THRF14 2020), "18:00 onwards" (not
the "on" of "Noon"), "20:00+" (eRum 2016's evening: from eight on), "17:00 – ..." (byteMAL 2024's drinks: open),
the Chinese "from" after a start ("8:30起", VICTOR 2017's check-in)."""
_FROM = re.compile(
    r"^(?:godz(?:\.|ina)\s*)?(?:(?:a\s+partir\s+de(?:\s+las?)?|desde\s+las?|à\s+partir\s+de|from|ab"
    r"|de(?:\s+las?)?|das|dalle|dal|von|van|od|с)\s+)?(?:(?:ca\.|circa|approx\.)\s*)?(?=\d)",
    re.IGNORECASE,
)
"""Words before a start alone: "A partir de las 21:00 hrs." (CICA 2017: from nine), "ab 19 Uhr", "from 18:00"; about
a time is at it ("ab ca. 15.00 Uhr", "ca. 9.30 Uhr": Deutscher Tourismustag 2014). The Polish hour's word before a time
is part of it ("godz. 10:00 - 10:20": at 10:00 o'clock, O tym się nie mówi 2016). The "from" of a range: "de 9:00 a
11:00", "das 9h às 10h", "dalle 9 alle 11", "von 9 bis 11 Uhr", "van 9 tot 11", "od 9 do 11", "с 9 до 11"."""
CLOCK_WORD_FIRST = re.compile(r"^godz(?:\.|ina)\s*(?=\d)", re.IGNORECASE)
"""The Polish word for the hour written before a time ("godz. 10:00"): part of the time, never a title."""
_DASHED_START = re.compile(r"^(\d{1,2})-(\d{2})(\s*[-–]\s*\d{1,2}[:.]\d{2})$")
"""A start with a dash for its colon before a clock: "09-55-11.05" (SMITE 2020); "12-05-2020" stays no time."""
DAY = 24 * 60
HOUR_MARKED = r"\d{1,2}h(?:\d{2}m?(?![^\W\d_])|(?=\s*[-–—]))"
"""A clock marked with "h" as a line's lead (Portuguese and French pages): "09h30m", "16h30", or a whole hour before
a dash, "08h - Credenciamento", "14h - 15h - Mesas Redondas" (I ENPEB 2012); "2h workshop" is a length, no clock."""
_OPEN_END = re.compile(
    r"^(?:(?:till|until|'?til|bis)\s+)?(?:late|spät|open(?:[\s-]end(?:ed)?)?|offen|ende\s+offen|end|tbd|tba|¿*\?+"
    r"|[-–—]|\.{2,}|…)\.?!?$",
    re.IGNORECASE,
)


def is_open_end(text: str) -> bool:
    """Whether an end written in words leaves the end open ("late", "till late", "open end", "tbd", "-").

    Climate workshop 2023's BBQ is `start: "18:00"`, `end: "late"`: a start, and no end given;
    DevFest Córdoba 2015's closing party `endTime: "¿?"` (Spanish opens a question with "¿").

    >>> [is_open_end(text) for text in ("late", "Till late", "open end", "open-ended", "offen", "-", "¿?", "18:00")]
    [True, True, True, True, True, True, True, False]
    """
    return _OPEN_END.match(" ".join(text.split())) is not None


class ClockError(ValueError):
    """A time that has the right shape but an impossible value, or no time at all."""


@attrs.frozen
class ClockTime:
    """A wall-clock time of day.

    Attributes:
        minutes: minutes since midnight (0 to 1439).
        meridiem: "a" or "p" when the feed wrote a.m./p.m., None for a 24-hour time.
        text: the time as written.
    """

    minutes: int
    meridiem: str | None
    text: str
    moment: bool = False
    """Whether it is the clock of a moment written with its offset ("2022-10-17T13:00:00+09:00" shown in
    Paris: 06:00), never on a 12-hour clock."""

    @property
    def twelve_hour(self) -> bool:
        """Whether the time could be on a 12-hour clock without am/pm (hours 1 to 12)."""
        return self.meridiem is None and not self.moment and 1 <= self.minutes // 60 <= 12


@attrs.frozen
class TimeSpan:
    """A time range as written, read into minutes since the day's midnight.

    Attributes:
        start: when it starts.
        end: when it ends, or None when only a start is written.
        end_minutes: the end in minutes after the start day's midnight (more than a day's
            1440 when it ends past midnight), or None.
    """

    start: ClockTime
    end: ClockTime | None
    end_minutes: int | None


def parse_clock(text: str) -> ClockTime:
    """Parse one clock time in any notation above.

    >>> parse_clock("17h15").minutes, parse_clock("8.30 p.m.").minutes, parse_clock("900").minutes
    (1035, 1230, 540)
    >>> parse_clock("12:00 Noon").minutes, parse_clock("12 midnight").minutes
    (720, 0)
    >>> parse_clock("8:am").minutes, parse_clock("12:pm").minutes  # LedgerFest 2019's minutes left out
    (480, 720)
    >>> parse_clock("0:00 a.m.").minutes, parse_clock("0:30 a.m.").minutes
    (0, 30)
    >>> parse_clock("8:00:00").minutes, parse_clock("14:25:00").minutes  # seconds, read to the minute
    (480, 865)

    Raises:
        ClockError: for a text that is not a time, or an hour or minute out of range.
    """
    written = " ".join(text.replace("\xa0", " ").split())
    named = _NAMED.get(_TWELVE.sub("", written.casefold().rstrip(".")))  # "12:00 Noon" is noon
    if named is not None:
        return ClockTime(named, None, written)
    parts = _CLOCK.match(written)
    if parts is None:
        raise ClockError(f"expected a clock time such as '8:30 a.m.' or '14:30', found {text!r}")
    compact = parts["compact_hour"] is not None
    hour = int(parts["compact_hour"] if compact else parts["hour"])
    minute = int((parts["compact_minute"] if compact else parts["minute"]) or 0)
    meridiem = parts["meridiem"].lower() if parts["meridiem"] else None
    if minute > 59 or int(parts["second"] or 0) > 59:
        raise ClockError(f"{'minutes' if minute > 59 else 'seconds'} must be 00 to 59 in {written!r}")
    if meridiem is None:
        if hour > 24 or (hour == 24 and minute):
            raise ClockError(f"hours must be 0 to 23 in {written!r}")
        return ClockTime(hour % 24 * 60 + minute, None, written)
    if hour == 0 and meridiem == "a":  # "0:00 a.m.": midnight, as a 24-hour clock writes it (Sendezentrum 31C3)
        return ClockTime(minute, meridiem, written)
    if not 1 <= hour <= 12:
        raise ClockError(f"a 12-hour clock has hours 1 to 12, found {written!r}")
    hour_24 = hour % 12 + (12 if meridiem == "p" else 0)
    return ClockTime(hour_24 * 60 + minute, meridiem, written)


def clock_value(value: object) -> ClockTime:
    """Return the time of a spreadsheet value: a time, a datetime, an Excel day fraction, or a text.

    >>> clock_value(0.5).minutes, clock_value(time(9, 15)).minutes
    (720, 555)

    Raises:
        ClockError: for a value that is no time.
    """
    if isinstance(value, datetime):
        return ClockTime(value.hour * 60 + value.minute, None, value.strftime("%H:%M"), value.tzinfo is not None)
    if isinstance(value, time):
        return ClockTime(value.hour * 60 + value.minute, None, value.strftime("%H:%M"))
    if isinstance(value, float) and 0 <= value < 1:  # Excel keeps a time as a fraction of a day
        minutes = round(value * DAY) % DAY
        return ClockTime(minutes, None, f"{minutes // 60:02d}:{minutes % 60:02d}")
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return parse_clock(str(int(value)))  # 900 read as a number
    return parse_clock(str(value))


def is_clock(text: str) -> bool:
    """Whether the text is one clock time, as `parse_clock` reads it."""
    try:
        parse_clock(text)
    except ClockError:
        return False
    return True


def is_span(text: str) -> bool:
    """Whether the text is a time range or a lone start, as `parse_span` reads them."""
    try:
        parse_span(text)
    except ClockError:
        return False
    return True


def parse_span(text: str) -> TimeSpan:
    """Parse a time range ("14:00-15:30 Uhr", "10h à 13h", "7:00 AM - 11:59 PM") or a lone start.

    An end before its start ends the next day ("23:00-0:30"), unless the end is on a
    12-hour clock without am/pm and 12 hours later is after the start ("12:00-1:30" ends 13:30).

    >>> span = parse_span("1:45-3:15")
    >>> span.start.minutes, span.end_minutes
    (105, 195)
    >>> parse_span("23:00-0:30").end_minutes, parse_span("18:00 – open end").end_minutes
    (1470, None)
    >>> [parse_span(text).end_minutes for text in ("godz. 10:00 - 10:20", "9:00 - 10:30 hod.", "10:00 - 11:00 ч.")]
    [620, 630, 660]
    >>> parse_span("von 11:00 Uhr bis 14:00 Uhr").end_minutes
    840
    >>> parse_span("Until 10:45 am")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ClockError: expected a start before the end, found only an end in 'Until 10:45 am'

    Raises:
        ClockError: when a side is not a time.
    """
    written = _FROM.sub("", _TRAILING.sub("", " ".join(text.replace("\xa0", " ").split())))
    written, length = without_length(written)
    written = _DASHED_START.sub(r"\1:\2\3", _TRAILING.sub("", written))
    pieces = _RANGE_SEPARATOR.split(written, maxsplit=1)
    if len(pieces) == 2 and not pieces[0] and pieces[1]:  # "Until 10:45 am" (NDN Hackathon 2021): an end only
        raise ClockError(f"expected a start before the end, found only an end in {text!r}")
    pieces = [piece for piece in pieces if piece]
    if len(pieces) == 1:
        start = parse_clock(pieces[0])
        ends = start.minutes + length if length else None  # "10:00 (5分)": the start and its length
        return (
            TimeSpan(start, ClockTime(ends % DAY, None, f"{ends // 60 % 24}:{ends % 60:02d}"), ends)
            if ends
            else TimeSpan(start, None, None)
        )
    if len(pieces) != 2:
        raise ClockError(f"expected a time range such as '14:00-15:30', found {text!r}")
    start_text, end_text = pieces
    if is_open_end(end_text):  # "18:00 – open end" (GEBF 2015): a start, its end left open
        return TimeSpan(parse_clock(start_text), None, None)
    end = parse_clock(_TRAILING.sub("", end_text))
    start = start_before(start_text, end)
    start, end = _noon_written_as_am(start, end)
    return TimeSpan(start, end, end_after(start, end))


def start_before(start_text: str, end: ClockTime) -> ClockTime:
    """The start of a range whose end is `end`: a meridiem written once, at the end, holds for both.

    "3:30-4:30pm" is 15:30 to 16:30 and "5-6pm" 17:00 to 18:00; when the end's half of the
    day would put the start after the end, the start is the morning ("11:30-12:30 pm",
    "10-1pm"): of the two readings, the one that makes a range of under 12 hours. A start
    with its own meridiem, or on a 24-hour clock ("13:00-2pm"), is read as written.

    >>> start_before("3:30", parse_clock("4:30pm")).minutes, start_before("11:30", parse_clock("12:30 pm")).minutes
    (930, 690)

    Raises:
        ClockError: when `start_text` is not a time.
    """
    start = parse_clock(start_text)
    if end.meridiem is None or start.meridiem is not None or not start.twelve_hour:
        return start
    afternoon = parse_clock(f"{start_text} {end.meridiem}m")
    return afternoon if afternoon.minutes <= end.minutes else parse_clock(f"{start_text} am")


_NOON_AT_MOST = 2 * 60
_ELEVEN = 11
"""How long a range may last when its "12 am" is read as noon ("11-12am", "12am-1pm": an hour each)."""


def _noon_written_as_am(start: ClockTime, end: ClockTime) -> tuple[ClockTime, ClockTime]:
    """A "12 am" meant as noon: read so when midnight makes the range longer than 12 hours and noon short.

    Instincts 2014 heads its columns "11-12am", "12am-1pm": read as written, 11:00 to midnight
    and midnight to 13:00. "06:30 PM - 12:00 AM" and "12:00 AM - 11:59 PM" stay as written. A "pm" start
    before a "pm" end just after noon is the morning's (Inmunología 2016: "11:55 pm - 12:35 pm"), and so is a "pm"
    end in the hour before noon after a morning start (its row before: "11:15 am - 11:55 pm", not 12 hours 40).
    """
    if start.meridiem == "a" and start.minutes >= 60 and is_twelve_am(end):
        noon = attrs.evolve(end, minutes=end.minutes + 12 * 60, meridiem="p")
        return (start, noon) if 0 < noon.minutes - start.minutes <= _NOON_AT_MOST else (start, end)
    # Noon only when it is before the end: "12:01-12pm" (its start read as 12:01 a.m.) stays in the morning.
    if end.meridiem == "p" and is_twelve_am(start) and 0 < end.minutes - (start.minutes + 12 * 60) <= _NOON_AT_MOST:
        return attrs.evolve(start, minutes=start.minutes + 12 * 60, meridiem="p"), end
    if start.meridiem == end.meridiem == "p" and 0 < end.minutes - start.minutes + 12 * 60 <= _NOON_AT_MOST:
        return attrs.evolve(start, minutes=start.minutes - 12 * 60, meridiem="a"), end  # "11:55 pm - 12:35 pm": a.m.
    morning_end = end.minutes - 12 * 60
    if start.meridiem == "a" and end.meridiem == "p" and morning_end // 60 == _ELEVEN:
        short = 0 < morning_end - start.minutes <= _NOON_AT_MOST  # "9:00 am - 11:30 pm" may be a long day's
        return (start, attrs.evolve(end, minutes=morning_end, meridiem="a")) if short else (start, end)
    return start, end


def is_twelve_am(clock: ClockTime) -> bool:
    """Whether a clock was written in the hour after midnight as "12:xx am"."""
    return clock.meridiem == "a" and clock.minutes < 60


def noon_by_running_order(start: ClockTime, latest: int) -> bool:
    """Whether a start written "12:xx am" after a day's morning or afternoon starts is noon: a day runs forward.

    ML for Systems 2023 lists "11:30AM Poster Session 1", "12:30AM Lunch", "1:30 PM …".

    >>> [noon_by_running_order(parse_clock(text), 11 * 60 + 30) for text in ("12:30AM", "12:30 PM", "1:00 am")]
    [True, False, False]
    >>> noon_by_running_order(parse_clock("12:30 am"), 23 * 60)  # a late night goes past midnight
    False
    """
    return is_twelve_am(start) and 6 * 60 <= latest < 18 * 60


def is_noon_written_as_am(clock: ClockTime) -> bool:
    """Whether a clock was written "12 am" and read as noon (see `parse_span`), for the reading lines."""
    return clock.meridiem == "p" and clock.minutes // 60 == 12 and re.search(r"a\.?\s*m", clock.text, re.I) is not None


def end_after(start: ClockTime, end: ClockTime) -> int:
    """Return the end's minutes after the start day's midnight, placing it after the start.

    >>> end_after(parse_clock("12:00"), parse_clock("1:30")), end_after(parse_clock("11 pm"), parse_clock("1 am"))
    (810, 1500)
    """
    if end.minutes > start.minutes or (end.minutes == start.minutes and end.meridiem is None):
        return end.minutes
    if end.twelve_hour and start.meridiem is None and end.minutes + 12 * 60 > start.minutes:
        return end.minutes + 12 * 60
    return end.minutes + DAY


def crosses_midnight(start: ClockTime, end: ClockTime) -> bool:
    """Whether an end earlier than its start means the next day.

    Only a range from the evening into the small hours crosses midnight:
    "11:50 p.m. - 12:20 a.m." does, "9:30 a.m. - 9:00 a.m." is a mistake.
    """
    if start.meridiem and end.meridiem:
        return start.meridiem == "p" and end.meridiem == "a"
    return start.minutes >= 12 * 60 and end.minutes < 12 * 60
