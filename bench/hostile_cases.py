r"""Hostile inputs for every reader: a small real sample of its format with hostile values put in.

The values are those that broke readers before (issue 32): integers beyond 64 bits or
over 4,300 digits, far years (0000, 9999, 10000), times past midnight, lone surrogates
as each syntax escapes them (`\ud800`, `&#xD800;`), nesting deep enough to exhaust the
stack, and the damage real feeds suffer (lines cut, duplicated, bytes dropped). Each
case is made from a `random.Random`, so a case is its seed: bench/fuzz_readers.py runs
tens of thousands a reader, tests/fuzz/test_fuzz_hostile.py a few through hypothesis.

The sample of each reader is the smallest file of its format among the test data, made
smaller still (lists cut to three entries, XML to three of each element, text to 40
lines): a case then costs a millisecond or so, not the tens a whole feed would.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import zipfile
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from program.errors import InputError, ParseError, UsageError
from program.readers import READERS, ReadContext, decode_feed
from program.readers.base import BinaryReader

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = ReadContext(first_date=date(2022, 12, 3), timezone=ZoneInfo("America/Chicago"))
OUR_ERRORS = (ParseError, InputError, UsageError)
"""What a reader may raise: anything else is a traceback found."""

SAMPLES = {
    "schedule-page": "tests/data/pages/esp8266-agenda.md",
    "paper-listing": "seeds/003_fa518e10fecf02ab.txt",
    "abstracts": "seeds/000_e17b5acdc5194782.txt",
    "abstract-lines": "seeds/001_df4a941bcae02b05.txt",
    "frab-xml": "tests/data/frab/real/jekyll-lswt2019.xml",
    "frab-json": "tests/data/frab/excerpts/pretalx-rc3-ids-20-21.json",
    "program-json": "tests/golden/mlsys2022/program.json",
    "yaml-site": "tests/data/yaml_site/acm-cre-schedule.yml",
    "indico": "tests/data/indico/indico-docs-137346-contributions.json",
    "ics": "tests/golden/mlsys2022/people/jeff-dean.ics",
    "sessionize": "tests/data/sessionize/qa-or-the-highway-2026-before-acceptance.json",
    "open-event": "tests/data/open_event/opentechsummit2018-sessions.json",
    "pretalx-widget": "tests/data/pretalx_widget/pydata-london-2023-v2.json",
    "csv": "tests/data/spreadsheets/purplecon-2019-schedule.csv",
    "workbook": "tests/data/spreadsheets/eeke-2020-program.xlsx",  # its sheet's XML is what changes
    "openreview": "tests/data/openreview/iclr2020-notes-as-v2.json",
    "miniconf": "tests/data/miniconf/ozchi2022-papers.csv",
    "cmt": "tests/data/cmt/icwsm2021-cmt-shaped.tsv",
    "html-page": "tests/data/html_pages/user2015-conference-overview.php",
    "paper-list": "tests/data/paper_lists/ppdp-2025-list.md",
    "json-rows": "tests/data/json_rows/devreltokyo2023-sessions.json",  # JavaScript dates, a Sheets duration
    "afpy-schedule": "tests/data/afpy_schedule/pyconfr2024-schedule.json",  # its days are objects: kept whole
    "konopas": "tests/data/konopas/ccscne2015-program.js",  # a script assigning the list: its opening matters
    "js-rows": "tests/data/js_rows/raade2025-scheduleData.ts",  # an interface, two lists named by day
    "conference-hall": "tests/data/conference_hall/devquest2026-schedule-excerpt.json",  # Z times, timeZone
    "django-fixture": "tests/data/django_fixture/pyconkr2014-fixture-excerpt.json",  # rows joined by primary key
    "hoverboard": "tests/data/hoverboard/devfest-ohio2023-excerpt.json",  # cells of ids joined to sessions{}
    "hotcrp": "tests/data/hotcrp/hotcrp-decisions-derived.json",  # every way HotCRP writes a decision
}
"""The sample each reader's cases start from (the smallest file of its format in the test data)."""

HUGE_INTEGERS = (
    "18446744073709551616",
    "-9223372036854775809",
    "9" * 4301,
    "1" + "0" * 400,
    "-1",
    "0",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
)
FAR_YEARS = ("0000", "0001", "9999", "10000", "275760", "-001")
BAD_TIMES = ("24:00", "99:99", "23:59:60", "-1:00", "00:00:00.99999999999")
BAD_DATES = ("2025-13-45", "2025-02-30", "31/13/2025", "13/13/13", "Monday 2025-06-03", "00.00.0000", "9999-12-31")
"""Dates that name no day, or a weekday not theirs (a review found a csv Date cell of 2025-13-45 a traceback)."""
BAD_BASIC_DATES = ("20251345", "20250230", "00000000", "99991231")
"""The same in iCalendar's basic form, before a `T`."""
SURROGATES = ("\\ud800", "\\udfff", "\\ud800\\u0041", "&#xD800;", "&#55296;", "&#0;", "&#x110000;")


def _deep(rng: random.Random) -> str:
    depth = rng.choice((100, 1_000, 30_000))
    opening, closing = rng.choice((("[", "]"), ('{"a":', "}"), ("<a>", "</a>"), ("- ", ""), ("(", ")")))
    return opening * depth + (closing * depth if rng.random() < 0.5 else "")


def _replace_one(pattern: re.Pattern[str], values: tuple[str, ...]) -> Callable[[str, random.Random], str]:
    def replace(text: str, rng: random.Random) -> str:
        found = [match.span() for match in pattern.finditer(text)]
        if not found:
            return text
        start, end = rng.choice(found)
        return text[:start] + rng.choice(values) + text[end:]

    return replace


def _insert(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    value = rng.choice((*SURROGATES, _deep(rng), rng.choice(HUGE_INTEGERS), "\u2028", "\ufeff", "\x1b[2J"))
    return text[:at] + value + text[at:]


def _in_a_string(text: str, rng: random.Random) -> str:
    quotes = [match.end() for match in re.finditer(r'"[^"\\\n]{0,40}', text)]
    if not quotes:
        return _insert(text, rng)
    at = rng.choice(quotes)
    return text[:at] + rng.choice(SURROGATES) + text[at:]


def _lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    start = rng.randrange(len(lines))
    end = min(len(lines), start + rng.randint(1, 10))
    action = rng.randrange(3)
    if action == 0:
        del lines[start:end]
    elif action == 1:
        lines[end:end] = lines[start:end]
    else:
        return text[: rng.randrange(len(text) + 1)]
    return "\n".join(lines)


INJECTIONS: tuple[Callable[[str, random.Random], str], ...] = (
    _replace_one(re.compile(r"\d+"), HUGE_INTEGERS),
    _replace_one(re.compile(r"\b(?:19|20)\d\d\b"), FAR_YEARS),
    _replace_one(re.compile(r"\b\d{1,2}:\d\d\b"), BAD_TIMES),
    # a date alone or in a date-time ("2022-12-03T09:00", iCalendar's "20221203T090000")
    _replace_one(re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}(?=\b|T)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"), BAD_DATES),
    _replace_one(re.compile(r"(?<![\d-])(?:19|20)\d{6}(?=T\d)"), BAD_BASIC_DATES),
    _in_a_string,
    _insert,
    _lines,
)


def _shrunk_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_shrunk_json(entry) for entry in value[:3]]
    if isinstance(value, dict):
        return {key: _shrunk_json(entry) for key, entry in value.items()}
    return value


def _shrunk_xml(text: str) -> str:
    from lxml import etree  # noqa: PLC0415 (only for the XML sample)

    root = etree.fromstring(text.encode())
    for element in root.iter():
        seen: dict[str, int] = {}
        for child in list(element):
            seen[str(child.tag)] = seen.get(str(child.tag), 0) + 1
            if seen[str(child.tag)] > 3:
                element.remove(child)
    return str(etree.tostring(root, encoding="unicode"))


@cache
def sample(name: str) -> str:
    """The reader's sample, made small."""
    text = decode_feed((ROOT / SAMPLES[name]).read_bytes(), SAMPLES[name])
    if text.lstrip().startswith(("{", "[")):
        return json.dumps(_shrunk_json(json.loads(text)), indent=1, ensure_ascii=False)
    if text.lstrip().startswith("<?xml"):
        return _shrunk_xml(text)
    return "\n".join(text.split("\n")[:40])


def case(name: str, rng: random.Random) -> str:
    """One hostile case for reader `name`: its sample with one to three hostile changes."""
    text = sample(name)
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(INJECTIONS)(text, rng)
    return text


WORKBOOK_PARTS = ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")
"""The parts of the .xlsx sample its cases change: the cells and their strings."""
ODS_SAMPLE = "tests/data/spreadsheets/capitole-du-libre-2011-programme.ods"
XLS_SAMPLE = "tests/data/spreadsheets/whova-template-agenda.xls"
REPEATS = ("0", "-1", "2", "100", "16384", "20000001", "99999999999", "9" * 5000, "1e9", "x")
"""Counts an .ods repeats a row or a cell by: none, few, a sheet's most columns, past the cells a sheet may
span, past any sheet, not a number. (Not a million rows of a few columns: allowed, and seconds a case.)"""
XLS_ROWS = (0, 77, 1000, 0xFFFF, 0x100000, 0xFFFFFFFF)
XLS_COLUMNS = (0, 7, 50, 0xFF, 0x4000, 0xFFFF)
_XLS_DIMENSIONS = b"\x00\x02\x0e\x00"
_XLS_LABELSST = b"\xfd\x00\x0a\x00"


@cache
def _zip_parts(path: str) -> dict[str, bytes]:
    with zipfile.ZipFile(ROOT / path) as book:
        return {name: book.read(name) for name in book.namelist()}


def _zipped(parts: dict[str, bytes]) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as book:
        for name, content in parts.items():
            book.writestr(name, content)
    return data.getvalue()


def _injected(text: str, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(INJECTIONS)(text, rng)
    return text.encode("utf-8", "surrogatepass")


def _xlsx(rng: random.Random) -> bytes:
    """The .xlsx sample with hostile values put into its cells or its strings."""
    parts = dict(_zip_parts(SAMPLES["workbook"]))
    changed = rng.choice(WORKBOOK_PARTS)
    parts[changed] = _injected(parts[changed].decode(), rng)
    return _zipped(parts)


def _repeated(text: str, rng: random.Random) -> str:
    """A row or a cell of content.xml repeated by a hostile count (a value put in it, half the time)."""
    found = [match.end() for match in re.finditer(r"<table:table-(?:row|cell)\b", text)]
    if not found:
        return text
    at = rng.choice(found)
    what = "rows" if text[at - 3 : at] == "row" else "columns"
    value = ' office:value-type="float" office:value="1"' if rng.random() < 0.5 else ""
    return f'{text[:at]} table:number-{what}-repeated="{rng.choice(REPEATS)}"{value}{text[at:]}'


def _ods(rng: random.Random) -> bytes:
    """The .ods sample with hostile repeats, or hostile values, put into its content.xml."""
    parts = dict(_zip_parts(ODS_SAMPLE))
    text = parts["content.xml"].decode()
    for _ in range(rng.randint(1, 3)):
        text = _repeated(text, rng)
    parts["content.xml"] = _injected(text, rng) if rng.random() < 0.5 else text.encode()
    return _zipped(parts)


@cache
def _xls_sample() -> bytes:
    return (ROOT / XLS_SAMPLE).read_bytes()


def _xls(rng: random.Random) -> bytes:
    """The .xls sample with its DIMENSIONS record, a cell's position or a few bytes changed."""
    data = bytearray(_xls_sample())
    for _ in range(rng.randint(1, 3)):
        change = rng.randrange(3)
        if change == 0:
            at = data.index(_XLS_DIMENSIONS) + len(_XLS_DIMENSIONS)
            rows = (rng.choice(XLS_ROWS), rng.choice(XLS_ROWS))
            columns = (rng.choice(XLS_COLUMNS), rng.choice(XLS_COLUMNS))
            struct.pack_into("<IIHH", data, at, *sorted(rows), *columns)
            if rng.random() < 0.2 and min(rows) < max(rows):  # rows backwards now and then
                struct.pack_into("<II", data, at, max(rows), min(rows))
        elif change == 1:
            cells = [found.end() for found in re.finditer(re.escape(_XLS_LABELSST), data)]
            position = rng.choice(((0, 0), (1000, 50), (0x3FFF, 0), (0xFFFF, 0xFFFF)))
            struct.pack_into("<HH", data, rng.choice(cells), *position)
        else:
            at = rng.randrange(512, len(data))  # past the container's header: the sheets' records
            data[at] = rng.randrange(256)
    return bytes(data)


WORKBOOKS: dict[str, Callable[[random.Random], bytes]] = {"feed.xlsx": _xlsx, "feed.ods": _ods, "feed.xls": _xls}
"""A workbook case is one of these, chosen by the case's seed."""


def read_case(name: str, rng: random.Random) -> None:
    """Read one hostile case with reader `name`; our errors are answers, anything else escapes."""
    reader = READERS[name]
    if name == "workbook":
        assert isinstance(reader, BinaryReader)
        source = rng.choice(sorted(WORKBOOKS))
        reader.read_bytes(WORKBOOKS[source](rng), source=source, context=CONTEXT)
        return
    text = case(name, rng)
    reader.detect(text)
    if isinstance(reader, BinaryReader):  # a calendar is read from its bytes
        reader.read_bytes(text.encode("utf-8", "surrogatepass"), source="feed", context=CONTEXT)
    else:
        reader.read(text, source="feed", context=CONTEXT)
