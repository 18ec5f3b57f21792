"""Day headings and time-zone statements of a schedule page.

A day heading opens a day: "Day 1", "Monday March 2, 2026", "Saturday, June 14", "Sat 14 June",
"Day 1 - General overview", "Day 1, Tuesday May 2nd, 2023", "Monday:". The page's zone is the
one a line names: an IANA name ("Timezone: America/Denver"), a city ("All times are Local
(Lisbon) Time", "PST (Los Angeles time)"), an offset ("GMT+2", "UTC+2:00") or a common
abbreviation (PST, EDT, CEST) on a line that speaks of times.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import attrs

from program.errors import UsageError
from program.readers.base import Line, ReadContext
from program.readers.lines.calendar_zone import calendar_zone
from program.readers.lines.date_words import date_of
from program.readers.lines.markup import CleanLine
from program.readers.notation.dates import WrittenDate, parse_date
from program.readers.notation.local_dates import is_japanese_date, local_written
from program.readers.notation.times import parse_clock

_DAY_NUMBER = re.compile(r"^(?:day|tag|jour)\s*(?P<number>\d{1,2})\b\s*[-–—:,.]?\s*(?P<rest>.*)$", re.IGNORECASE)
_MAX_HEADING = 80
"""A day heading is short: a longer line is prose that happens to start with a date."""
_ISO_FIRST = re.compile(r"^\d{4}-\d{2}-\d{2}(?=\s|$)")
_ZONE_TAIL = re.compile(r"[\s,;:(\[–—-]+(?:all\s+)?times?\s+(?:are\s+)?(?:in\s+)?\S.*$", re.IGNORECASE)
"""What a day heading says of its times after the date ("Times in GMT+2", "(all times are CEST)")."""
_LAST_WORD_BRACKETED = re.compile(r"\((\w+|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)?\s*$")
"""EDTM 2025's "10 March 2025 (Monday)": the weekday in brackets is a word of the date; so is NeuroHackWeek
2017's date in "Monday (9/4)" (once written "Thursday (9/7", its bracket left open)."""
_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})([./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
_CJK_WEEKDAY = re.compile(r"\s*[(（][一二三四五六日天][)）]\s*$")
"""A weekday in Chinese or Japanese brackets after a date ("2018.08.27 (一)"): the date says the day."""
_DATE_LABEL = re.compile(r"^(?:date|datum|when)\s*:\s*(?P<date>[^()]+?)\s*(?:\(.*\))?$", re.IGNORECASE)
"""A date given with a label, what it says of the time after it in brackets (DMAIL 2025)."""
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
    >>> day_heading("10/28 議程表")
    SlashedDate(year=None, month=10, day=28, weekday=None, day_number=None)
    """
    if is_japanese_date(text):  # "2日目　6月27日（金）" (biomol51 2025): all of it the date
        return parse_date(text)
    text = _AGENDA.sub("", text.replace("\ufeff", "").strip())  # "10/27 議程表"
    text = _PROGRAMME_OF.sub("", text)  # "Programmübersicht Freitag, 25.2.2022"
    text = _CJK_WEEKDAY.sub("", local_written(text))  # "Quinta-feira (26/10)"
    labelled = _DATE_LABEL.match(text.strip())
    text = labelled["date"] if labelled else text  # "Date: Friday 14 November 2025 (Eastern Standard Time …)"
    text = _YEAR_FIRST.sub(r"\g<year>-\g<month>-\g<day>", text.strip())  # "2018/08/27", "2018.08.27" (WASN 2018)
    text = _LAST_WORD_BRACKETED.sub(r" \1", text).strip().rstrip(":").strip()
    if not text or len(text) > _MAX_HEADING:
        return None
    numbered = _DAY_NUMBER.match(text)
    if numbered is not None:
        dated = date_of(numbered["rest"])  # "Day 1, Tuesday May 2nd, 2023": the date says more
        iso = _ISO_FIRST.match(numbered["rest"])  # "Day 1 2020-07-27 Introduction to …": the day's theme after it
        dated = dated or (date_of(iso[0]) if iso else None)
        return dated if dated is not None and dated.day is not None else WrittenDate(day_number=int(numbered["number"]))
    zone_said = _ZONE_TAIL.search(text)  # "Friday July 4th, 2025 Times in GMT+2": the zone is `page_zone`'s
    found = date_of(text[: zone_said.start()] if zone_said else text)
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


_IANA = re.compile(
    r"\b(?P<zone>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*(?P<sign>[+−–-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\b")
_LARGEST_OFFSET = 14
"""Hours; no zone is further from UTC (Etc/GMT-14)."""
_CITY = re.compile(r"\((?:local\s+)?(?P<city>[A-Z][\w .'-]*?)(?:\s+time)?\)", re.IGNORECASE)
_SPEAKS_OF_TIME = re.compile(r"\btim(?:e|es|ezone|ing)\b|\bzone\b|\bslots?\b", re.IGNORECASE)
_SPEAKS_OF_DEADLINES = re.compile(
    r"\b(?:deadlines?|due|submissions?|submit|camera[- ]ready|notifications?|registration\s+closes|extended\s+to"
    r"|AoE|anywhere\s+on\s+earth)\b",
    re.IGNORECASE,
)
"""A line about a deadline ("Submission deadline is extended to Sep 12 12:59 PM (UTC-0)", BLP 2023): the zone it
names is the deadline's (often UTC or AoE), not the schedule's."""
ABBREVIATIONS: dict[str, str] = {
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PACIFIC": "America/Los_Angeles",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "EASTERN": "America/New_York",
    "BST": "Europe/London",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "IST": "Asia/Kolkata",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "HST": "Pacific/Honolulu",
    "AKDT": "America/Anchorage",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}
"""Abbreviations pages write, each as the zone of its best-known city (CEST: Paris; every
zone that writes CEST keeps the same clock)."""
AFTER_TIMES = ABBREVIATIONS | {"UTC": "UTC", "GMT": "UTC"}
"""The abbreviations a page writes right after its times ("16:00 UTC:"): UTC and GMT too, which on a
line of their own name a zone only with an offset ("GMT+1")."""
_ABBREVIATION = re.compile(rf"\b(?P<name>{'|'.join(ABBREVIATIONS)})\b", re.IGNORECASE)
SPELLED_OUT: dict[str, str] = {
    "central european summer time": "CEST",
    "central european time": "CET",
    "eastern european summer time": "EEST",
    "eastern european time": "EET",
    "british summer time": "BST",
    "pacific daylight time": "PDT",
    "pacific standard time": "PST",
    "eastern daylight time": "EDT",
    "eastern standard time": "EST",
    "central daylight time": "CDT",
    "central standard time": "CST",
    "mountain daylight time": "MDT",
    "mountain standard time": "MST",
    "japan standard time": "JST",
    "korea standard time": "KST",
}
"""Abbreviations written out ("Central European Summer Time", AMTE 2024): the zone of their abbreviation."""
_SPELLED_OUT = re.compile(rf"\b(?P<name>{'|'.join(SPELLED_OUT)})\b", re.IGNORECASE)


PLACES: dict[str, str] = {
    "new orleans": "America/Chicago",
    "san diego": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "baltimore": "America/New_York",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "pittsburgh": "America/New_York",
    "nashville": "America/Chicago",
    "austin": "America/Chicago",
    "kigali": "Africa/Kigali",
    "italy": "Europe/Rome",
    "padova": "Europe/Rome",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul",
    "india": "Asia/Kolkata",
    "china": "Asia/Shanghai",
    "singapore": "Asia/Singapore",
}
"""Places conference pages name for their zone that are no IANA zone's city: host cities, and
countries of one zone ("(based on Italy time zone)")."""
_PLACE = re.compile(rf"\b(?P<place>{'|'.join(PLACES)})\b", re.IGNORECASE)


@cache
def _cities() -> dict[str, str]:
    """Every IANA zone by its city's name, case-folded ("lisbon": "Europe/Lisbon"), and the `PLACES`."""
    return PLACES | {
        zone.rsplit("/", 1)[-1].replace("_", " ").casefold(): zone
        for zone in sorted(available_timezones())
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/"))
    }


def named_zone(text: str) -> ZoneInfo | None:
    """Return the zone a line names, or None.

    >>> named_zone("Timezone: America/Denver").key, named_zone("All times are Local (Lisbon) Time").key
    ('America/Denver', 'Europe/Lisbon')
    >>> named_zone("All times are in PST (Los Angeles time)").key, named_zone("| **Time (GMT+2)** | Event |").key
    ('America/Los_Angeles', 'Etc/GMT-2')
    >>> named_zone("| Time (New Orleans) | Morning |").key, named_zone("(based on Italy time zone)").key
    ('America/Chicago', 'Europe/Rome')
    """
    found = zone_and_words(text)
    return found[0] if found is not None else None


def zone_and_words(text: str) -> tuple[ZoneInfo, str] | None:
    """Return the zone a line names and the words that name it, or None.

    The one reading of a zone a page names, for pages copied as text and saved as HTML alike.
    An IANA name or a UTC/GMT offset names a zone wherever it stands; a city in brackets
    and an abbreviation ("PST", "Pacific") only on a line that speaks of times.

    >>> zone_and_words("All times are in Pacific Time")
    (zoneinfo.ZoneInfo(key='America/Los_Angeles'), 'Pacific')
    >>> zone_and_words("(UTC+2)")
    (zoneinfo.ZoneInfo(key='Etc/GMT-2'), 'UTC+2')
    """
    found = zones_named(text)
    return found[0] if found else None


def zones_named(text: str) -> list[tuple[ZoneInfo, str]]:
    """Every zone a line names and the words that name each, the one `zone_and_words` follows first.

    A line may name its zone two ways ("Central European Summer Time (UTC+1)"): `lines.zone_clash`
    warns when they disagree. A line about a deadline names none: its zone is the deadline's.

    >>> [(zone.key, words) for zone, words in zones_named("All times are in Central European Summer Time (UTC+1)")]
    [('Europe/Paris', 'Central European Summer Time'), ('Etc/GMT-1', 'UTC+1')]
    >>> zones_named("Sep 9, 2023: Submission deadline is extended to Sep 12 12:59 PM (UTC-0).")
    []
    """
    return [] if _SPEAKS_OF_DEADLINES.search(text) else _zones_in(text)


def deadline_zone(text: str) -> str | None:
    """The words that name a zone on a line about a deadline (set aside: the deadline's zone), or None.

    >>> deadline_zone("Submission deadline is extended to Sep 12 12:59 PM (UTC-0)."), deadline_zone("(UTC+2)")
    ('UTC-0', None)
    """
    found = _zones_in(text) if _SPEAKS_OF_DEADLINES.search(text) else []
    return found[0][1] if found else None


def _zones_in(text: str) -> list[tuple[ZoneInfo, str]]:
    found: list[tuple[ZoneInfo, str]] = []
    if (iana := _IANA.search(text)) is not None and iana["zone"] in available_timezones():
        found.append((ZoneInfo(iana["zone"]), iana["zone"]))
    if _SPEAKS_OF_TIME.search(text):
        found.extend(said for said in (_place_zone(text), _written_zone(text)) if said is not None)
    offset = _OFFSET.search(text)
    if offset is not None and offset["minutes"] in (None, "00") and int(offset["hours"]) <= _LARGEST_OFFSET:
        hours = int(offset["hours"])
        sign = "-" if offset["sign"] == "+" else "+"  # Etc/GMT-2 is two hours ahead of UTC
        found.append(((ZoneInfo(f"Etc/GMT{sign}{hours}") if hours else ZoneInfo("UTC")), offset[0]))
    return found


def _place_zone(text: str) -> tuple[ZoneInfo, str] | None:
    """The zone of a city in brackets ("(Lisbon)") or of a place the line names ("Italy time"), and its words."""
    for city in _CITY.finditer(text):
        zone = _cities().get(" ".join(city["city"].split()).casefold())
        if zone is not None:
            return ZoneInfo(zone), city["city"]
    place = _PLACE.search(text)  # "(based on Italy time zone)"
    return (ZoneInfo(PLACES[place["place"].casefold()]), place["place"]) if place is not None else None


def _written_zone(text: str) -> tuple[ZoneInfo, str] | None:
    """The zone of an abbreviation the line writes ("PST", "Pacific", "Central European Summer Time"), and its words."""
    spelled = _SPELLED_OUT.search(text)
    if spelled is not None:
        return ZoneInfo(ABBREVIATIONS[SPELLED_OUT[spelled["name"].casefold()]]), spelled["name"]
    for abbreviation in _ABBREVIATION.finditer(text):
        name = abbreviation["name"]
        if name.isupper() or name.casefold() in ("pacific", "eastern"):
            return ZoneInfo(ABBREVIATIONS[name.upper()]), name
    return None


def zone_statement(cleaned: Sequence[tuple[Line, CleanLine]]) -> tuple[Line, str] | None:
    """The first line that names a zone, and its text without markup: the page's zone is read from it."""
    return next(((line, text.text) for line, text in cleaned if named_zone(text.text) is not None), None)


def page_zone(
    cleaned: Sequence[tuple[Line, CleanLine]],
    context: ReadContext,
    source: str,
    needed: bool,
    after_times: Sequence[tuple[Line, str]] = (),
) -> tuple[ZoneInfo, list[str]]:
    """The zone a page's times are in: --timezone, else the zone the page names (an error when times need one).

    A page that names none in its text may embed a Google Calendar whose `ctz` is the zone (`calendar_zone`).

    `after_times`: abbreviations written after a time ("08:30 a.m. PDT"), with their lines,
    used when no line names a zone.
    """
    named = next(((line, zone) for line, text in cleaned if (zone := named_zone(text.text)) is not None), None)
    said = "from the page, line {}"
    if named is None and len({AFTER_TIMES[name] for _, name in after_times}) == 1:  # one zone after every time
        named = after_times[0][0], ZoneInfo(AFTER_TIMES[after_times[0][1]])
        said = f"from the times: {after_times[0][1]!r} after them, line {{}}; pass --timezone for another place"
    if named is None and (linked := calendar_zone([line for line, _ in cleaned])) is not None:
        named = linked[0], linked[1]  # CSST 2025's embedded calendar: "&ctz=America%2FNew_York"
        said = f"from the page's Google Calendar link, ctz={linked[2]}, line {{}}; pass --timezone for another place"
    if context.timezone is not None:
        if named is not None and named[1].key != context.timezone.key:
            said = f"the page names {named[1].key} at line {named[0].number}"
            return context.timezone, [f"zone: {context.timezone.key} (from --timezone; {said})"]
        return context.timezone, [f"zone: {context.timezone.key} (from --timezone)"]
    if named is not None:
        return named[1], [f"zone: {named[1].key} ({said.format(named[0].number)})"]
    if not needed:
        return ZoneInfo("UTC"), []
    raise UsageError(f"{source}: the page names no time zone; give one with --timezone (e.g. --timezone Europe/Lisbon)")


def wall_clock(midnight: datetime, minutes: int) -> datetime:
    """The wall-clock time `minutes` after `midnight` in its zone (a DST day keeps its clock times)."""
    days, minute = divmod(minutes, 24 * 60)
    day = (midnight + timedelta(days=days)).date()
    clock = parse_clock(f"{minute // 60}:{minute % 60:02d}")
    return datetime(day.year, day.month, day.day, clock.minutes // 60, clock.minutes % 60, tzinfo=midnight.tzinfo)
