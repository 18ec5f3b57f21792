"""Time-zone statements of a schedule page (its day headings: `day_headings`).

The page's zone is the one a line names: an IANA name ("Timezone: America/Denver"), a city ("All times are Local
(Lisbon) Time", "PST (Los Angeles time)"), an offset ("GMT+2", "UTC+2:00") or a common
abbreviation (PST, EDT, CEST) on a line that speaks of times.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from program.errors import UsageError
from program.readers.base import Line, ReadContext
from program.readers.lines.calendar_zone import calendar_zone
from program.readers.lines.markup import CleanLine
from program.readers.notation.times import parse_clock

_IANA = re.compile(
    r"\b(?P<zone>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?)\b"
)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*(?P<sign>[+−–-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\b")
_LARGEST_OFFSET = 14
"""Hours; no zone is further from UTC (Etc/GMT-14)."""
_CITY = re.compile(r"\((?:local\s+)?(?P<city>[A-Z][\w .'-]*?)(?:\s+time)?\)", re.IGNORECASE)
_SPEAKS_OF_TIME = re.compile(r"\btim(?:e|es|ezone|ing)\b|\bzone\b|\bslots?\b", re.IGNORECASE)
_STATES_TIME = re.compile(
    r"\btime[\s-]*zones?\b|\bzeitzone\b|\bfuseau\s+horaire\b|\bzona\s+horaria\b|\blocal\s+time\b|\bortszeit\b"
    r"|\bheure\s+locale\b|\bhora\s+local\b|\b(?:all\s+)?times?\s+(?:are|is|in|shown|given|listed|displayed)\b"
    r"|\btimes?\s*\(|\([^()]*\btime\s*\)",
    re.IGNORECASE,
)
"""A line that states the page's time ("All times are …", "(based on Italy time zone)", "Time (New Orleans)",
"(Los Angeles time)"): only there does a place name the zone. A title that merely holds the word and a
country ("… in the Time of the Internet in China", DVCS 2021) names none."""
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
    "WIB": "Asia/Jakarta",  # Waktu Indonesia Barat (western Indonesia: RAKERNAS 2023's "08:30 WIB")
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
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
    place = _place_zone(text) if _STATES_TIME.search(text) else None
    written = _written_zone(text) if _SPEAKS_OF_TIME.search(text) else None
    found.extend(said for said in (place, written) if said is not None)
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
