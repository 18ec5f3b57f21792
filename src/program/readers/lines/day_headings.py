"""Day headings of a schedule page: the lines that open a day.

A day heading opens a day: "Day 1", "Monday March 2, 2026", "Saturday, June 14", "Sat 14 June",
"Day 1 - General overview", "Day 1, Tuesday May 2nd, 2023", "Monday:". The date's words are read by
`notation.dates`; here is only whether a line is all date (a longer line is prose that opens with one).
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.dates import LETTER_WEEKDAY, DateError, WrittenDate, parse_date
from program.readers.notation.local_dates import is_japanese_date, local_written

_ORDINAL_DAYS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7}
"""Malay and Indonesian ordinals after "Hari" (day): "Hari Kedua: Khamis, 2 Oktober 2025" is day 2 (JKR 2025)."""
_DAY_NUMBER = re.compile(
    r"^(?:(?:day|tag|jour|dag|hari|d[ií]a)\s*(?P<number>\d{1,2})\b"
    r"|hari\s+(?P<ordinal>" + "|".join(_ORDINAL_DAYS) + r")\b)"
    r"\s*[-–—:,.]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_SYMBOLS_FIRST = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\s]+")
"""Emoji before a heading's words ("🗓️ Hari Pertama: Rabu, 1 Oktober 2025"): no part of its date."""
_MAX_HEADING = 80
"""A day heading is short: a longer line is prose that happens to start with a date."""
_ISO_FIRST = re.compile(r"^\d{4}-\d{2}-\d{2}(?=\s|$)")
_ZONE_TAIL = re.compile(r"[\s,;:(\[–—-]+(?:all\s+)?times?\s+(?:are\s+)?(?:in\s+)?\S.*$", re.IGNORECASE)
"""What a day heading says of its times after the date ("Times in GMT+2", "(all times are CEST)")."""
_PART_OF_DAY = re.compile(r",\s*(?:morning|afternoon|evening)\b(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
"""JURIX 2023's "Tuesday 19th December, morning (parallel sessions)": the half of the day, and what it holds, after
the date; the heading opens that day (its afternoon heading too)."""
_LAST_WORD_BRACKETED = re.compile(r"\((\w+|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)?\s*$")
"""EDTM 2025's "10 March 2025 (Monday)": the weekday in brackets is a word of the date; so is NeuroHackWeek
2017's date in "Monday (9/4)" (once written "Thursday (9/7", its bracket left open)."""
_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})([./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
_CJK_WEEKDAY = re.compile(r"\s*[(（][一二三四五六日天][)）]\s*$")
"""A weekday in Chinese or Japanese brackets after a date ("2018.08.27 (一)"): the date says the day."""
_DAY_WORD_DATE = re.compile(r"^(?:day|d[ií]a|tag|jour|dag|giorno)\s+(?=\d{1,2}([./])\d{1,2}(?:\1\d{2,4})?(?!\d))", re.I)
"""The word "day" before a numeric date ("Dia 30/08/2018", SciPy LA 2018): the date names the day, no day's number."""
_DATE_LABEL = re.compile(r"^(?:date|datum|data|when)\s*:\s*(?P<date>[^()]+?)\s*(?:\(.*\))?$", re.IGNORECASE)
"""A date given with a label ("Data:" in Italian and Portuguese), what it says of the time after it in brackets (DMAIL
2025)."""
_PIECES = re.compile(r"\s+[-–—|]\s+|:\s+|\s*[:]$")
_AGENDA = re.compile(r"\s*(?:議程表|议程表|議程|议程)$")
""""Agenda" after a day's date in Chinese ("10/27 議程表", MOPCON 2012): the heading of that day's programme."""
_PROGRAMME_OF = re.compile(
    r"^(?:programm(?:übersicht)?|program(?:me)?|schedule|agenda|zeitplan)(?:\s+(?:for|of|on|für|am))?\s*[:,–—-]?\s+(?=\S)",
    re.IGNORECASE,
)
""""Programme" before a day's date ("Programmübersicht Donnerstag, 24.2.2022", SEUH 2022): that day's heading."""


def day_heading(text: str) -> WrittenDate | None:
    """Return the day a heading line names, or None when the line is no day heading.

    >>> day_heading("Day 1 - General overview and scientific presentations").day_number
    1
    >>> day_heading("Day 1, Tuesday May 2nd, 2023")
    WrittenDate(year=2023, month=5, day=2, weekday=1, day_number=None)
    >>> day_heading("Monday:").weekday, day_heading("Coffee break") is None
    (0, True)
    >>> day_heading("Day 1 2020-07-27 Introduction to Single-Cell RNA-Seq").day
    27
    >>> day_heading("Friday July 4th, 2025 Times in GMT+2")
    WrittenDate(year=2025, month=7, day=4, weekday=4, day_number=None)
    >>> day_heading("10 March 2025 (Monday)")
    WrittenDate(year=2025, month=3, day=10, weekday=0, day_number=None)
    >>> day_heading("Date: Friday 14 November 2025 (Eastern Standard Time (EST), USA and Canada)").day
    14
    >>> day_heading("Programmübersicht Freitag, 25.2.2022")
    WrittenDate(year=2022, month=2, day=25, weekday=4, day_number=None)
    >>> day_heading("Tuesday 19th December, morning (parallel sessions)").day
    19
    >>> day_heading("Dia 30/08/2018")
    SlashedDate(year=2018, month=8, day=30, weekday=None, day_number=None)
    >>> day_heading("10/28 議程表")
    SlashedDate(year=None, month=10, day=28, weekday=None, day_number=None)
    """
    if is_japanese_date(text):  # "2日目　6月27日（金）" (biomol51 2025): all of it the date
        return parse_date(text)
    text = _AGENDA.sub("", _SYMBOLS_FIRST.sub("", text.replace("\ufeff", "").strip()))  # "10/27 議程表"
    text = _PROGRAMME_OF.sub("", text)  # "Programmübersicht Freitag, 25.2.2022"
    text = _DAY_WORD_DATE.sub("", text)  # "Dia 30/08/2018": not day 30
    text = LETTER_WEEKDAY.sub("", _CJK_WEEKDAY.sub("", local_written(text)))  # "Quinta-feira (26/10)", "T 10/18"
    labelled = _DATE_LABEL.match(text.strip())
    text = labelled["date"] if labelled else text  # "Date: Friday 14 November 2025 (Eastern Standard Time …)"
    text = _PART_OF_DAY.sub("", text.strip())  # "Tuesday 19th December, morning (parallel sessions)"
    text = _YEAR_FIRST.sub(r"\g<year>-\g<month>-\g<day>", text.strip())  # "2018/08/27", "2018.08.27" (WASN 2018)
    text = _LAST_WORD_BRACKETED.sub(r" \1", text).strip().rstrip(":").strip()
    if not text or len(text) > _MAX_HEADING:
        return None
    numbered = _DAY_NUMBER.match(text)
    if numbered is not None:
        dated = _date_of(numbered["rest"])  # "Day 1, Tuesday May 2nd, 2023": the date says more
        iso = _ISO_FIRST.match(numbered["rest"])  # "Day 1 2020-07-27 Introduction to …": the day's theme after it
        dated = dated or (_date_of(iso[0]) if iso else None)
        number = int(numbered["number"]) if numbered["number"] else _ORDINAL_DAYS[numbered["ordinal"].casefold()]
        return dated if dated is not None and dated.day is not None else WrittenDate(day_number=number)
    zone_said = _ZONE_TAIL.search(text)  # "Friday July 4th, 2025 Times in GMT+2": the zone is `page_zone`'s
    found = _date_of(text[: zone_said.start()] if zone_said else text)
    if found is not None and found.month is not None and found.day is not None and _SLASHED.search(text):
        return SlashedDate(found.year, found.month, found.day, found.weekday)
    return found


_SLASHED = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d])")


@attrs.frozen
class SlashedDate(WrittenDate):
    """A day heading's date written with a slash ("Monday (9/4)"), read day first: `place_slots` may turn it."""

    def month_first(self) -> WrittenDate | None:
        """The date read month first ("9/4": 4 September), or None when that is no date (a day above 12)."""
        if self.day is None or self.day > _MONTHS:
            return None
        return WrittenDate(self.year, self.day, self.month, self.weekday)


_MONTHS = 12


def _date_of(text: str) -> WrittenDate | None:
    """The date a text opens with ("Day 1 - June 15, 2025" after "Day 1 - ", "Monday, June 2")."""
    for written in (text, *_PIECES.split(text)[:1]):
        piece = written.strip(" ,.-–—")
        if not piece or (piece[0].isdigit() and ":" in piece):
            continue
        try:
            found = parse_date(piece, day_first=True)
        except DateError:
            continue
        if _only_date_words(piece):
            return found
    return None


_DATE_WORD = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th|er|\.)?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{4})?"
    r"|[^\W\d_]+\.?)$"
)
"""A date's word: a number (an ordinal's ending too: English "2nd", French "1er"), an ISO or slashed date, a dotted
one ("24.2.2022", SEUH 2022), a day's or month's name."""
_JOINS = re.compile(r"[,()]|\s/\s|(?:(?<=\b\d)|(?<=\b\d\d))-(?=[^\W\d_]{3,})|(?<=[^\W\d_])-(?=\d{4}\b)")
"""What joins a date's words: a comma, brackets, and the hyphens of Cartagena 2020's "5-febrero-2020" and "26 de
febrero-2020"."""
_DATE_FILLERS = frozenset({"de", "del", "of", "the"})
"""Words joining a date's parts: "martes 22 de junio de 2021", "22nd of June", "Wednesday (6th of April)" (BBS
Springschool 2022, its brackets left out too)."""


def _only_date_words(text: str) -> bool:
    """Whether every word is a number or a day/month name ("Monday March 2, 2026", "Thursday / 26 October")."""
    words = [word for word in _JOINS.sub(" ", text).split() if word.casefold() not in _DATE_FILLERS]
    if not words or len(words) > 5:
        return False
    for word in words:
        if not _DATE_WORD.match(word):
            return False
        if word[0].isalpha() and not _is_day_or_month(word):
            return False
    return True


def _is_day_or_month(word: str) -> bool:
    """Whether a word names a weekday ("Sat", "Monday") or a month ("June", "Dec.")."""
    for text in (word, f"{word} 1"):
        try:
            found = parse_date(text)
        except DateError:
            continue
        if found.weekday is not None or found.month is not None:
            return True
    return False


def in_page_year(heading: WrittenDate | None, before: WrittenDate | None) -> WrittenDate | None:
    """A day heading without a year, in the year of the page's day heading before it, when that one writes its year.

    An ENT course in Kyiv heads `19 Листопада 2019`, then `21 Листопада`: a --date of another year
    put the 21st in that year. A January after a December heading is the next year's.

    >>> in_page_year(parse_date("21 November"), parse_date("19 November 2019")).year
    2019
    >>> in_page_year(parse_date("2 January"), parse_date("30 December 2019")).year
    2020
    """
    if heading is None or heading.year is not None or heading.month is None or heading.day is None:
        return heading
    if before is None or before.year is None or before.month is None or before.day is None:
        return heading
    try:
        return attrs.evolve(heading, year=heading.resolve(before.resolve(None)).year)
    except DateError:  # a weekday not the date's, in that year: read as before, from --date
        return heading
