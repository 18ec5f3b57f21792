"""What a build needs besides the feeds: title, first day, time zone, venue, url.

They come from a program file (TOML) and the command line, the command line winning::

    title = "ML for Systems Workshop at NeurIPS 2022"
    acronym = "mlsys2022"         # short name for schedule.xml / schedule.json
    date = 2022-12-03
    timezone = "America/Chicago"
    venue = "New Orleans"
    url = "https://mlforsystems.org/"
    locale = "de"                 # optional: labels, dates, clock and name filing (default: root, English)

    [[feeds]]
    path = "002_84455bf78bc88092.txt"
    format = "schedule-page"      # optional: detected from the content otherwise
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from program.checks.rules import Level, level_problem
from program.errors import ParseError, UsageError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import SourceRef
from program.model.ids import ACRONYM
from program.model.text import did_you_mean
from program.model.zones import place_zone
from program.readers import READERS

_KEYS = frozenset(
    {"title", "acronym", "date", "timezone", "venue", "url", "updated", "locale", "feeds", "people", "checks"}
)

_PEOPLE_KEYS = frozenset({"aliases", "different", "locale", "keep_case"})
_FEED_KEYS = frozenset({"path", "format", "columns"})


MAX_FEED_SIZE = 200 * 1000 * 1000
"""Feeds larger than this (200 MB) are refused before any work, unless raised with --max-size."""

_SIZE = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>[kKmMgG]?)[bB]?")
_UNITS = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def parse_size(text: str) -> int:
    """Return the number of bytes in "200MB", "1.5G", "500k" or "1000" (decimal units).

    Raises:
        UsageError: for any other text.
    """
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise UsageError(f"expected a size such as 200MB, 1GB or 500kB, found {shortened(text)}")
    size = float(match["number"]) * _UNITS[match["unit"].lower()]
    if size > _LARGEST_SIZE:  # 9…9GB is infinite as a float
        raise UsageError(f"expected a size of at most {_LARGEST_SIZE // 1000**3}GB, found {shortened(text)}")
    return int(size)


_LARGEST_SIZE = 1000**6
"""An exabyte: larger than any file, small enough for every integer type."""


def shortened(text: str, limit: int = 40) -> str:
    """`text` quoted, cut after `limit` characters (a value of 5,000 digits is not shown whole)."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


@attrs.frozen
class FeedSpec:
    """One input feed.

    Attributes:
        path: the file to read.
        format: the reader's name, or None to detect it from the content.
        columns: our field and the feed's name for it (`[feeds.columns] title = "Talk"`),
            for the readers of tables and site data.
    """

    path: Path
    format: str | None = None
    columns: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Settings:
    """Everything a build is told, after program file and command line are merged.

    Attributes:
        feeds: the inputs, in order.
        title: the program's title (defaults to the first feed's name).
        first_date: the date of the first day, for feeds that give weekdays only.
        first_start: the time the first day's items start, for a page that gives durations only.
        timezone: the zone of the feeds' wall-clock times.
        venue: where the event is.
        url: the event's web page.
        acronym: a short lower-case name for schedule exports ("mlsys2022").
        updated: when the program last changed, for calendar timestamps.
        locale: the locale of the outputs' language, dates and clock, and of filing names ("root" unless told).
        keep_case: show names as written, even family names in capitals.
        aliases: spelling -> spelling of the person it names.
        different: pairs of spellings that name two different people.
        max_feed_size: the largest feed read, in bytes; larger ones are refused unread.
        check_levels: rule code -> the level the program file gives it (`[checks]`).
        twelve_hour: times in problem messages on a 12-hour clock ("1:55 p.m."), else "13:55".
    """

    feeds: tuple[FeedSpec, ...]
    title: str | None = None
    first_date: date | None = None
    first_start: time | None = None
    timezone: ZoneInfo | None = None
    venue: str | None = None
    url: str | None = None
    acronym: str | None = None
    updated: datetime | None = None
    locale: str | None = None
    keep_case: bool | None = None
    aliases: Mapping[str, str] = attrs.field(factory=dict)
    different: tuple[tuple[str, str], ...] = ()
    max_feed_size: int = MAX_FEED_SIZE
    check_levels: Mapping[str, Level] = attrs.field(factory=dict)
    twelve_hour: bool = True

    def merged_with(self, **overrides: Any) -> Settings:
        """Return these settings with every override that is not None applied."""
        return attrs.evolve(self, **{key: value for key, value in overrides.items() if value is not None})


def parse_timezone(name: str) -> ZoneInfo:
    """Return the IANA zone called `name`.

    Raises:
        UsageError: when there is no such zone.
    """
    try:
        return place_zone(name)
    except ValueError:
        shown = name if len(name) <= 40 else f"{name[:40]}…"
        raise UsageError(f"unknown time zone {shown!r}: expected an IANA name such as 'America/Chicago'") from None


def load_program_file(path: Path) -> Settings:
    """Read a program file (TOML) into settings; feed paths are relative to the file.

    Raises:
        ParseError: naming the file and line of anything that is not as expected.
    """
    data, lines = read_toml(path, "a TOML program file")
    return settings_from(data, lines, path.parent)


def read_toml(path: Path, expected: str) -> tuple[dict[str, Any], KeyLines]:
    """Return a TOML file's tables and a way to name the line of each key.

    Raises:
        UsageError: when the file cannot be read.
        ParseError: when it is not TOML, at the line tomllib names.
    """
    source = path.as_posix()
    raw = read_input(path, expected, MAX_SETTINGS_SIZE)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"{source}: cannot read {expected}: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = _toml_error_line(str(error))
        raise ParseError(f"expected {expected}: {error}", SourceRef(source, line)) from None
    except RecursionError:
        raise ParseError(f"expected {expected} nested less deeply", SourceRef(source, 1)) from None
    except ValueError:  # an integer of more digits than int() converts
        found = re.search(rf"\d{{{(sys.get_int_max_str_digits() or 4300) + 1},}}", text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        digits = sys.get_int_max_str_digits() or 4300
        message = f"expected {expected}: a number of more than {digits} digits"
        raise ParseError(message, SourceRef(source, line)) from None
    return data, KeyLines(source, text)


@attrs.frozen
class KeyLines:
    """A TOML file's text, to point errors at the line where a key is set."""

    source: str
    text: str

    def at(self, key: str, after: int = 0) -> SourceRef:
        """Where `key` is first set on or after line `after` (the whole file when it is not found)."""
        start = 0
        for _ in range(max(after - 1, 0)):
            start = self.text.find("\n", start) + 1
        match = re.compile(rf"^\s*{re.escape(key)}\s*=", re.MULTILINE).search(self.text, start)
        return SourceRef(self.source, self.text.count("\n", 0, match.start()) + 1 if match else None)

    def table_line(self, header: str, number: int) -> int | None:
        """The line of the `number`-th (0-based) `[[header]]` table."""
        found = list(re.finditer(rf"^\s*\[\[\s*{re.escape(header)}\s*\]\]", self.text, re.MULTILINE))
        return self.text.count("\n", 0, found[number].start()) + 1 if number < len(found) else None

    def header_line(self, header: str) -> int | None:
        """The line of the `[header]` table, if the file has one."""
        found = re.search(rf"^\s*\[\s*{re.escape(header)}\s*\]", self.text, re.MULTILINE)
        return self.text.count("\n", 0, found.start()) + 1 if found else None

    def fail(self, key: str, expected: str, found: object, after: int = 0) -> ParseError:
        """An error naming `key`, what was expected and what was found, at the key's line."""
        return ParseError(f"{key}: expected {expected}, found {found!r}", self.at(key, after))


_LONGEST = timedelta(days=366)
_DURATION = re.compile(r"(?:(?P<hours>\d+)h)?(?:(?P<minutes>\d+)m)?(?:(?P<seconds>\d+)s)?")


def parse_duration(text: str) -> timedelta:
    """Return the length of time written as 10m, 1h, 90s or 1h30m.

    Raises:
        UsageError: for any other text.

    >>> parse_duration("1h30m")
    datetime.timedelta(seconds=5400)
    """
    match = _DURATION.fullmatch(text.strip())
    if not match or not any(match.groupdict().values()):
        raise UsageError(f"expected a length such as 10m, 1h or 1h30m, found {text!r}")
    too_long = UsageError(f"expected a length of at most {_LONGEST.days} days, found {shortened(text)}")
    if any(len(amount.lstrip("0")) > 12 for amount in match.groupdict().values() if amount):
        raise too_long  # over 4,300 digits int() refuses; far fewer are already too long
    amounts = {unit: int(amount) for unit, amount in match.groupdict().items() if amount}
    seconds = amounts.get("hours", 0) * 3600 + amounts.get("minutes", 0) * 60 + amounts.get("seconds", 0)
    if seconds > _LONGEST.total_seconds():
        raise too_long
    return timedelta(seconds=seconds)


def settings_from(data: dict[str, Any], lines: KeyLines, folder: Path) -> Settings:
    """Return the settings a program file's tables give (feed paths relative to `folder`).

    Raises:
        ParseError: at the line of the first key that is unknown or not as expected.
    """
    _refuse_unknown_keys(data, _KEYS, lines)
    first_date = data.get("date")
    first_start = None
    if isinstance(first_date, datetime) and first_date.tzinfo is None:  # 2025-06-01T09:00:00: a durations page's start
        first_start = first_date.time()
        first_date = first_date.date()
    if first_date is not None and (not isinstance(first_date, date) or isinstance(first_date, datetime)):
        raise lines.fail(
            "date", "a date such as 2022-12-03 (no quotes), or 2022-12-03T09:00:00 with the first start", first_date
        )
    zone = _text(data, "timezone", lines)
    try:
        timezone_info = parse_timezone(zone) if zone is not None else None
    except UsageError as error:
        raise ParseError(str(error), lines.at("timezone")) from None
    return Settings(
        feeds=_feeds(data.get("feeds", []), lines, folder),
        title=_text(data, "title", lines),
        first_date=first_date,
        first_start=first_start,
        timezone=timezone_info,
        venue=_text(data, "venue", lines),
        url=_text(data, "url", lines),
        acronym=_acronym(data, lines),
        updated=_updated(data.get("updated"), lines),
        check_levels=_check_levels(data.get("checks", {}), lines),
        **_people_settings(data.get("people", {}), lines, _text(data, "locale", lines)),
    )


def _refuse_unknown_keys(table: Mapping[str, object], known: frozenset[str], lines: KeyLines, after: int = 0) -> None:
    """Raise at the line of the first key of `table` that is not one of `known`, with the nearest known one."""
    unknown = sorted(set(table) - known)
    if unknown:
        key = unknown[0]
        hint = did_you_mean(key, sorted(known)) or f"; known keys: {', '.join(sorted(known))}"
        raise ParseError(f"unknown key {key!r}{hint}", lines.at(key, after))


def _check_levels(table: object, lines: KeyLines) -> dict[str, Level]:
    if not isinstance(table, dict):
        raise lines.fail("checks", 'a [checks] table of rule = "error" / "warning" / "off"', table)
    levels = {}
    for rule, level in table.items():
        wrong = level_problem(rule, level) if isinstance(level, str) else f"{rule}: expected a quoted level"
        if wrong is not None:
            raise ParseError(f"[checks] {wrong}", lines.at(rule))
        levels[rule] = Level(level)
    return levels


def _people_settings(table: object, lines: KeyLines, locale: str | None) -> dict[str, Any]:
    """The [people] table's settings; `locale` is the top-level one (the language and the filing of names)."""
    if not isinstance(table, dict):
        raise lines.fail("people", f"a [people] table with {', '.join(sorted(_PEOPLE_KEYS))}", table)
    _refuse_unknown_keys(table, _PEOPLE_KEYS, lines, lines.header_line("people") or 0)
    aliases = table.get("aliases", {})
    if not isinstance(aliases, dict) or not all(isinstance(v, str) for v in aliases.values()):
        raise lines.fail("aliases", 'a table of "spelling" = "name" pairs', aliases)
    different = table.get("different", [])
    pairs_ok = isinstance(different, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(name, str) for name in pair) for pair in different
    )
    if not pairs_ok:
        raise lines.fail("different", 'a list of name pairs such as [["Dan Zhang", "David Zhang"]]', different)
    keep_case = table.get("keep_case")
    if keep_case is not None and not isinstance(keep_case, bool):
        raise lines.fail("keep_case", "true or false", keep_case)
    filing = _text(table, "locale", lines)
    if locale is not None and filing is not None and filing != locale:
        raise lines.fail("locale", f"one locale: the top-level locale is {locale!r}, [people] says", filing)
    return {
        "aliases": aliases,
        "different": tuple((first, second) for first, second in different),
        "locale": locale or filing,
        "keep_case": keep_case,
    }


def _text(data: dict[str, Any], key: str, lines: KeyLines) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise lines.fail(key, "a quoted string", value)
    return value


def _acronym(data: dict[str, Any], lines: KeyLines) -> str | None:
    acronym = _text(data, "acronym", lines)
    if acronym is not None and not ACRONYM.fullmatch(acronym):
        raise lines.fail("acronym", "4 or more lower-case letters, digits or underscores", acronym)
    return acronym


def _updated(value: object, lines: KeyLines) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise lines.fail("updated", "a date-time with offset such as 2022-11-20T12:00:00Z", value)
    return value.astimezone(UTC)


def _feeds(entries: object, lines: KeyLines, folder: Path) -> tuple[FeedSpec, ...]:
    if not isinstance(entries, list):
        raise lines.fail("feeds", "[[feeds]] tables", entries)
    feeds = []
    for number, entry in enumerate(entries):
        table = lines.table_line("feeds", number) or 0
        if isinstance(entry, dict):
            _refuse_unknown_keys(entry, _FEED_KEYS, lines, table)
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise lines.fail("path", "[[feeds]] tables with path and optional format", entry, table)
        feed_format = entry.get("format")
        if feed_format is not None and (not isinstance(feed_format, str) or feed_format not in READERS):
            known = sorted(READERS)
            hint = did_you_mean(str(feed_format), known) or f"; known formats: {', '.join(known)}"
            raise ParseError(f"format: unknown input format {feed_format!r}{hint}", lines.at("format", table))
        path = folder / entry["path"]
        if not path.exists():  # a path that is not a file is refused when read, saying what it is
            # Said at the program file's line: that is where the mistake is.
            raise ParseError(
                f"path: no feed file {entry['path']!r} (looked for {path.as_posix()})", lines.at("path", table)
            )
        feeds.append(FeedSpec(path, feed_format, _columns(entry.get("columns", {}), lines, table)))
    return tuple(feeds)


def _columns(entry: object, lines: KeyLines, table: int) -> tuple[tuple[str, str], ...]:
    """A feed's `columns`: our fields and the feed's names; `people = ["B", "C"]`, a person's parts, once per column.

    (Given name, family name: ICCA10's headerless TSV; the table reader joins them, `tabular/names.py`.)
    """
    people = entry.get("people") if isinstance(entry, dict) else None
    parts = isinstance(people, list) and len(people) >= 2 and all(isinstance(part, str) for part in people)
    if not isinstance(entry, dict) or not all(
        isinstance(key, str) and (isinstance(value, str) or (key == "people" and parts)) for key, value in entry.items()
    ):
        raise lines.fail(
            "columns", 'a [feeds.columns] table of names (title = "Talk", people = ["B", "C"])', entry, table
        )
    return tuple((key, name) for key, value in entry.items() for name in ([value] if isinstance(value, str) else value))


def _toml_error_line(message: str) -> int | None:
    match = re.search(r"at line (\d+)", message)
    return int(match[1]) if match else None
