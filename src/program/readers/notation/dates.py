"""Dates as organisers write them in a date column or a day heading.

ISO "2026-03-12", "12.03.2026", "14/06/2025" (day or month first: see `slash_order`),
"Monday March 2, 2026", "Monday 2020-10-05", "2 March 2026", "2020-Nov-09" (the year first),
"Thursday, Sep 4" (no year: the first day's),
"24. September 2024", "mardi 24 septembre 2024",
"Czwartek, 1.12.2022", "6月27日（金）" (`local_dates`), a weekday and a day of the month ("Monday 12":
in the first day's month, or the next), a weekday alone ("Thursday": the first
such day on or after the first day), a day number ("Day 2", "Tag 2", "Jour 2", "Día 2"), an Excel
serial number (46000.0) and `datetime.date` values. Non-breaking spaces count as spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import attrs

from program.readers.notation.local_dates import LOCAL_MONTHS, LOCAL_WEEKDAYS, folded, local_written

MONTHS: dict[str, int] = {
    **{
        name: number
        for number, name in enumerate(
            ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
        )
    },
    **{"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12},  # German
    **{"janv": 1, "févr": 2, "fév": 2, "mars": 3, "avr": 4, "juin": 6, "juil": 7, "août": 8, "aoû": 8, "déc": 12},
}
"""Month names by their first letters (English, German, French): the longest known prefix wins."""
_MONTH_WORDS: dict[str, int] = {
    **{"enero": 1, "ene": 1, "abril": 4, "abr": 4, "agosto": 8, "setiembre": 9, "diciembre": 12, "dic": 12},
    **{"maart": 3, "mrt": 3, "mei": 5},  # Dutch: "Zaterdag 13 mei" (the others' first letters are English)
    **{"gennaio": 1, "febbraio": 2, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10},  # Italian
    "dicembre": 12,
    **{"fevereiro": 2, "setembro": 9, "outubro": 10},  # Portuguese
    **{"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7},  # Polish
    **{"sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12},
    **LOCAL_MONTHS,  # Ukrainian, Russian, Turkish
}
"""Months whose first letters are no English, German or French month's, as whole words only (Spanish, Dutch,
Italian, Portuguese, Polish): "ago" alone is too often English ("3 weeks ago"), "mei" a word's start; "marzo",
"junio", "octubre"… are read by their prefixes above."""
_AMBIGUOUS_WEEKDAYS = {"mar": 1}
"""Abbreviations that are a month and a weekday: "Mar" is March, unless another word names the month ("mar. 22
juin", "Mar 22 June": mardi, martes, Tuesday)."""
WEEKDAYS: dict[str, int] = {
    **{name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6},  # German: Montag, Di, ...
    **{"lun": 0, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6},  # French ("mar" is March)
    **{"mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6},  # Spanish
}
_WEEKDAY_WORDS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<separator>[./-])(?P<b>\d{1,2})(?:(?P=separator)(?P<year>\d{2}|\d{4}))?\.?$")
_DAY_NUMBER = re.compile(r"^(?:day|tag|jour|d[ií]a|giorno|j)\s*(?P<number>\d{1,2})$", re.IGNORECASE)
_NUMBERED_DATE = re.compile(
    r"^(?:(?:day|tag|jour|d[ií]a|giorno)\s*\d{1,2}|\d{1,2}\s*[º°ª]?\s*d[ií]a)"  # "Day 1", "1 dia", "1º dia"
    r"\s*(?:[-–—:,]\s*(?P<date>\S.*)|\((?P<bracketed>[^()]+)\)|\s(?P<dated>\S.*\b\d{4}))$",
    re.IGNORECASE,
)
_WEEKDAY_CODE = re.compile(r"^(?P<weekday>[^\W\d_]{3})-(?:[^\W\d_]+|\d{3,})(?:-\w+)*$")
"""A session's code that opens with its day, then letters or a room number (ICCA10 2014's `MON-403-1`,
`TUE-PLEN-2`): the weekday alone, the rest is the session's. Not "Sat-10" (a day of the month)."""
_YEAR_FIRST = re.compile(r"^(?:[^\W\d_]+\.?,?\s+)?\d{4}\b")
"""A date opening with its year, perhaps after a weekday: "2020-Nov-09", "Mon 2020 Nov 9"."""
_LEADING_WORD = re.compile(r"^[^\W\d_]+\.?,?\s*")
_WORD = re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th|er|\.)?", re.UNICODE)
_LAST_DAY = 31
_DECEMBER = 12
_LONGEST_NUMBER = 4
"""Digits of a date's day or year; a longer number is no part of a date (4,301 digits do not even convert)."""
EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's serial dates (1900 system, past its 1900 leap-year mistake)."""


class DateError(ValueError):
    """A date cell that cannot be read as a date."""


class NeedsFirstDateError(DateError):
    """A date written without a year, as a weekday or as a day number, read without a first day."""


@attrs.frozen
class WrittenDate:
    """A date as written, perhaps without a year, or only a weekday or day number.

    Attributes:
        year: the year, or None.
        month: the month, or None.
        day: the day of the month, or None.
        weekday: 0 (Monday) to 6 when written, else None.
        day_number: the n of "Day n", else None.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    day_number: int | None = None
    either_order: bool = attrs.field(default=False, repr=False)
    """A slashed date both of whose numbers may be the month ("Tuesday, 11/5"): its weekday says which."""

    def resolve(self, first_date: date | None) -> date:
        """Return the date, completing a missing year, a weekday or a day number from `first_date`.

        Raises:
            NeedsFirstDate: when the date needs a first day and there is none.
            DateError: for an impossible date, or a weekday that is not the date's.
        """
        if self.year is not None and self.month is not None and self.day is not None:
            return _checked(self.year, self.month, self.day, self.weekday)
        if first_date is None:
            raise NeedsFirstDateError("a date without a year, a weekday or a day number needs the first day")
        if self.day_number is not None:
            return first_date + timedelta(days=self.day_number - 1)
        if self.month is None and self.day is not None:
            return _in_month_from(first_date, self.day, self.weekday)
        if self.month is not None and self.day is not None:
            return self._in_year_from(first_date)
        if self.weekday is not None:
            return first_date + timedelta(days=(self.weekday - first_date.weekday()) % 7)
        raise DateError("expected a date")

    def _in_year_from(self, first_date: date) -> date:
        readings = [self] + ([attrs.evolve(self, month=self.day, day=self.month)] if self.either_order else [])
        found: list[date] = []
        error: DateError | None = None
        for reading in readings:
            # A January after a December program start is the next year's.
            year = first_date.year + (1 if (reading.month or 0) < first_date.month - 6 else 0)
            try:
                found.append(_checked(year, reading.month or 0, reading.day or 0, reading.weekday))
            except DateError as failed:
                error = error or failed
        if not found and error is not None:
            raise error
        # US order: "Tuesday, 11/5" is November 5 when May 11 is no Tuesday, or lies before the first day.
        return min(found, key=lambda day: (day < first_date, abs((day - first_date).days)))


def _in_month_from(first_date: date, day: int, weekday: int | None) -> date:
    """The `day`th of the first day's month, or of the next month when that is before the first day."""
    year, month = first_date.year, first_date.month
    if day < first_date.day:
        year, month = (year + 1, 1) if month == _DECEMBER else (year, month + 1)
    return _checked(year, month, day, weekday)


def _checked(year: int, month: int, day: int, weekday: int | None) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise DateError(f"{year:04d}-{month:02d}-{day:02d} is not a date") from None
    if weekday is not None and result.weekday() != weekday:
        raise DateError(f"{result.isoformat()} is not a {weekday_name(weekday)}")
    return result


def parse_date(value: object, *, day_first: bool = True) -> WrittenDate:
    """Read a date cell: a date value, an Excel serial number, or a text in a notation above.

    >>> parse_date("12.03.2026"), parse_date("Day 2").day_number
    (WrittenDate(year=2026, month=3, day=12, weekday=None, day_number=None), 2)
    >>> parse_date("Monday March 2, 2026").resolve(None)
    datetime.date(2026, 3, 2)
    >>> parse_date("Tuesday 13*").resolve(date(2024, 2, 12))
    datetime.date(2024, 2, 13)

    Raises:
        DateError: for a value that is no date.
    """
    if isinstance(value, datetime):
        return WrittenDate(value.year, value.month, value.day)
    if isinstance(value, date):
        return WrittenDate(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:  # up to 9999-12-31
            raise DateError(f"expected a date, found the number {value}")
        serial = EXCEL_EPOCH + timedelta(days=int(value))
        return WrittenDate(serial.year, serial.month, serial.day)
    text = " ".join(str(value).replace("\xa0", " ").split())
    return _parse_text(text, day_first)


_BRACKET = re.compile(r"\(([^()]+)\)")


def date_in_brackets(text: str) -> WrittenDate | None:
    """The full date (a month and a day) a bracket inside a heading writes, else None.

    OSConf 2013's `Dzień 1 (piątek, 2013-03-15) - wykłady po angielsku`: the day, named in a bracket
    before the words after it (the talks' language); a bracket of a weekday or a number alone is no date here.

    >>> date_in_brackets("Dzień 2 (sobota, 2013-03-16) - wykłady po polsku").day, date_in_brackets("Room (2)")
    (16, None)
    """
    for inside in _BRACKET.findall(text):
        try:
            written = parse_date(inside)
        except DateError:
            continue
        if written.month is not None and written.day is not None:
            return written
    return None


LETTER_WEEKDAY = re.compile(r"^[MTWRFSU]\s+(?=\d{1,2}[./]\d{1,2}\b)")
"""A one-letter weekday before a numeric date (YI Summit 2022's `T 10/18`): left out, T and S two days each."""
_WEEKDAY_AFTER = re.compile(r"^(?P<date>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?)\s*[-–—,(]?\s*(?P<word>[^\W\d_]+)\)?$")


def _parse_text(text: str, day_first: bool) -> WrittenDate:
    text = LETTER_WEEKDAY.sub("", local_written(text))  # "6月27日（金）", "Quinta-feira (26/10)", "T 10/18"
    if (after := _WEEKDAY_AFTER.match(text)) is not None and _weekday(folded(after["word"])) is not None:
        text = f"{after['word']} {after['date']}"  # SComp 2017's "12/06 - Segunda": the weekday after the date
    if (numbered := _NUMBERED_DATE.match(text)) is not None:  # "DAY 1 - Mar 13", "Day 1 (Tuesday, 11/5)"
        # the date says more than the number; after a space only with its year ("Day 2 Selasa, 07 Februari 2023")
        text = numbered["date"] or numbered["bracketed"] or numbered["dated"]
    if (iso := _ISO.match(text)) is not None:
        return WrittenDate(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    if (number := _DAY_NUMBER.match(text)) is not None:
        return WrittenDate(day_number=int(number["number"]))
    if (code := _WEEKDAY_CODE.match(text)) is not None and code["weekday"].casefold() in WEEKDAYS:
        text = code["weekday"]  # "MON-403-1": Monday, read as the weekday alone
    words = _WORD.findall(folded(text))  # "5 NİSAN 2021": Turkish capitals too
    # A two-letter weekday ("Sa", "Do") only opens a date: inside a text it is a word ("Orange Polska SA").
    weekday = next(
        (
            found
            for at, word in enumerate(words)
            if (at == 0 or len(word) > 2) and (found := _weekday(word)) is not None
        ),
        None,
    )
    if weekday is None and words and (weekday := _ambiguous_weekday(words)) is not None:
        words = words[1:]  # "mar. 22 juin": the month is the other word
    rest = _LEADING_WORD.sub("", text) if weekday is not None else text
    if weekday is not None and (iso := _ISO.match(rest.strip())) is not None:  # "Monday 2020-10-05"
        return WrittenDate(int(iso["year"]), int(iso["month"]), int(iso["day"]), weekday)
    if (numeric := _NUMERIC.match(rest.strip())) is not None:
        first, second = int(numeric["a"]), int(numeric["b"])
        day_first = day_first or numeric["separator"] == "."
        # the numbers may allow one order only, whatever the usual one: "9/29" (EuRuKo 2017's days) is the 29th
        # of September, "29/9" the 29th too
        if numeric["separator"] == "/" and first <= _DECEMBER < second <= _LAST_DAY:
            day_first = False
        elif numeric["separator"] == "/" and second <= _DECEMBER < first <= _LAST_DAY:
            day_first = True
        either = numeric["separator"] == "/" and weekday is not None and first <= _DECEMBER and second <= _DECEMBER
        day_of_month, month_number = (first, second) if day_first else (second, first)
        return WrittenDate(_year(numeric["year"]), month_number, day_of_month, weekday, either_order=either)
    month = next((found for word in words if _weekday(word) is None and (found := _month(word)) is not None), None)
    # isdecimal: "²" is a digit to isdigit() and to \w but no number int() reads (fuzz found it).
    digits = [word.rstrip(".stndrhe") for word in words if word[0].isdecimal()]
    numbers = [int(number) for number in digits if len(number) <= _LONGEST_NUMBER]
    if month is not None and (named := _named_month_date(text, month, numbers, weekday)) is not None:
        return named
    if weekday is not None and (not numbers or (month is None and len(numbers) == 1 and 1 <= numbers[0] <= _LAST_DAY)):
        # "Thursday", or "Monday 12*" (SNLab's week): the day of the month in the first day's month
        return WrittenDate(day=numbers[0] if numbers else None, weekday=weekday)
    raise DateError(f"expected a date such as 2026-03-12, 12.03.2026 or 'Monday March 2, 2026', found {text!r}")


def _ambiguous_weekday(words: list[str]) -> int | None:
    """The weekday a text's first word is when it may be a month too and another word names the month."""
    first = words[0].rstrip(".")
    if first not in _AMBIGUOUS_WEEKDAYS or not any(_month(word) is not None for word in words[1:]):
        return None
    return _AMBIGUOUS_WEEKDAYS[first]


def _named_month_date(text: str, month: int, numbers: list[int], weekday: int | None) -> WrittenDate | None:
    """A date with a month's name: its day the first number, or the one after a year written first."""
    if numbers and numbers[0] <= _LAST_DAY:
        return WrittenDate(next((number for number in numbers if number > _LAST_DAY), None), month, numbers[0], weekday)
    if _YEAR_FIRST.match(text) and len(numbers) > 1 and numbers[1] <= _LAST_DAY:
        # "2020-Nov-09" (DLF Forum 2020's sessions), "2020 9 Nov": the year first, then the day
        return WrittenDate(numbers[0], month, numbers[1], weekday)
    return None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


def weekday_named(text: str) -> int | None:
    """The weekday (0 is Monday) a text names when it is one word, a day's name or its abbreviation, else None.

    >>> weekday_named("Tuesday"), weekday_named("Tues."), weekday_named("Dienstag"), weekday_named("Sunrise")
    (1, 1, 1, None)
    """
    words = text.split()
    return _weekday(folded(words[0])) if len(words) == 1 else None


def weekday_name(number: int) -> str:
    """The English name of weekday `number` (0 is Monday), for messages."""
    return list(_WEEKDAY_WORDS)[number].title()


def _weekday(word: str) -> int | None:
    word = word.rstrip(".")
    if word in _WEEKDAY_WORDS:
        return _WEEKDAY_WORDS[word]
    if word in LOCAL_WEEKDAYS:  # "Czwartek", "Quinta", "Giovedì": whole words only
        return LOCAL_WEEKDAYS[word]
    if _month(word) is not None:  # "Mar" is March before it is mardi
        return None
    # An abbreviation ("Thu", "Thurs", "Di", "mer") only when it is the start of a day's name.
    for name, number in _WEEKDAY_WORDS.items():
        if (len(word) >= 2 and name.startswith(word) and word in WEEKDAYS) or (
            len(word) >= 3 and name.startswith(word)
        ):
            return number
    # An English day's name misspelt between its first three letters and "day" (ICCSW 2017's "Wedsnesday");
    # a date beside it still has to fall on that weekday.
    if _MISSPELT_DAY.match(word):
        return _WEEKDAY_WORDS[word[:3] + _ENGLISH_ENDINGS[word[:3]]]
    return None


_ENGLISH_ENDINGS = {
    "mon": "day",
    "tue": "sday",
    "wed": "nesday",
    "thu": "rsday",
    "fri": "day",
    "sat": "urday",
    "sun": "day",
}
_MISSPELT_DAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{1,5}day$")


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    if len(word) < 3:
        return None
    if word in _MONTH_WORDS:
        return _MONTH_WORDS[word]
    for length in (5, 4, 3):
        if word[:length] in MONTHS and (len(word) <= length or word.isalpha()):
            return MONTHS[word[:length]]
    return None


def slash_order(texts: Iterable[str]) -> bool:
    """Whether a column's slashed dates are day first ("14/06/2025"): no, when one is month first.

    >>> slash_order(["06/14/2025", "06/15/2025"]), slash_order(["14/06/2025"])
    (False, True)
    """
    for text in texts:
        match = _NUMERIC.match(" ".join(str(text).split()))
        if match is not None and match["separator"] == "/":
            if int(match["b"]) > 12:
                return False
            if int(match["a"]) > 12:
                return True
    return True
