"""Every real file the project keeps is claimed by at most one reader, and its own folder's reader claims it.

Each reader's tests check its own files; this checks them all against every reader at once,
so a new reader that claims another's files fails here, naming both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from program.errors import ParseError
from program.feed_reading import _head as feed_head
from program.feed_reading import read_feed
from program.readers import READERS, ReadContext, detect_readers
from program.readers.base import BinaryReader
from program.settings import FeedSpec

DATA = Path(__file__).resolve().parent.parent / "data"
NOT_FEEDS = {"PROVENANCE.md", "README.md"}
OWNER = {
    "frab": ("frab-xml", "frab-json"),
    "ics": ("ics",),
    "indico": ("indico",),
    "sessionize": ("sessionize",),
    "open_event": ("open-event",),
    "pretalx_widget": ("pretalx-widget",),
    "yaml_site": ("yaml-site",),
    "spreadsheets": ("csv", "workbook"),
    "html_pages": ("html-page",),
    "pages": ("schedule-page",),
    "openreview": ("openreview",),
    "miniconf": ("miniconf",),
    "cmt": ("cmt",),
    "paper_lists": ("paper-list",),
    "json_rows": ("json-rows",),
    "afpy_schedule": ("afpy-schedule",),
    "konopas": ("konopas",),
    "conference_hall": ("conference-hall",),
    "js_rows": ("js-rows",),
    "hoverboard": ("hoverboard",),
    "hotcrp": ("hotcrp",),
}
"""The folders of real feeds, and the readers whose files they hold."""
ALSO_READ_BY = {"yaml_site/srccon-work-schedule.yaml": ("json-rows",)}
"""Files another reader claims on detection: SRCCON's schedule.yaml is JSON, a list of rows
(json-rows reads it; the YAML tests read it with --format yaml-site)."""

FEEDS = sorted(
    path
    for folder in OWNER
    for path in (DATA / folder).rglob("*")
    if path.is_file()
    and path.name not in NOT_FEEDS
    and path.suffix not in (".xsd", ".md")
    and "json-schema" not in path.parts
    and "expected" not in path.parts
    and path.name != "invalid-example.json"
)


def _claims(path: Path) -> list[str]:
    data = path.read_bytes()
    binary = [
        name for name, reader in READERS.items() if isinstance(reader, BinaryReader) and reader.detect_bytes(data)
    ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return binary
    opening = feed_head(data, path.name)  # what `read_feed` gives detection: 400 lines at least (a saved page's)
    claimed = {*binary, *(name for name, reader in READERS.items() if reader.detect(opening))}
    if len(claimed) != 1:  # as `read_feed`: an opening no reader (or several) knows is judged by the whole text
        claimed |= {name for name, reader in READERS.items() if reader.detect(text)}
    return sorted(claimed)


@pytest.mark.parametrize("path", FEEDS, ids=lambda path: path.relative_to(DATA).as_posix())
def test_a_real_file_is_claimed_by_its_own_reader_alone_or_by_none(path: Path) -> None:
    claimed = _claims(path)
    folder = path.relative_to(DATA).parts[0]

    assert len(claimed) <= 1, f"claimed by {claimed}"
    if claimed:
        assert claimed[0] in OWNER[folder] + ALSO_READ_BY.get(path.relative_to(DATA).as_posix(), ())


JOINED = frozenset(
    {
        *(f"json_rows/{name}" for name in ("cocoaheads2016-rooms.json", "cocoaheads2016-speakers.json")),
        "json_rows/devreltokyo2023-speakers.json",
        *(f"yaml_site/{name}" for name in ("bsidesoslo2024-talks.yml", "bytebay-sessions.yml")),
        "yaml_site/agilepaysbasque2025-talks.json",
        *(f"yaml_site/{name}" for name in ("devfest-porto-sessions.yml", "devfest-porto-speakers.yml")),
        *(f"yaml_site/{name}" for name in ("ledgerfest2019-sessions.yml", "ledgerfest2019-speakers.yml")),
        "spreadsheets/ieeevr-2024-papers.csv",
        *(f"hoverboard/devfest-porto2016/{name}" for name in ("sessions.json", "speakers.json")),
    }
)
"""Files read only as another feed's joined file (speakers, rooms, talks or papers by id): never a schedule."""


def test_most_real_files_are_detected_without_naming_their_format() -> None:
    feeds = [path for path in FEEDS if path.relative_to(DATA).as_posix() not in JOINED]
    detected = [path for path in feeds if _claims(path)]

    # Those that are not: headerless CSVs (their columns are named in the program file), one Open
    # Event file that opens with neither key, and the negative cases.
    assert len(feeds) > 80
    assert len(detected) / len(feeds) > 0.9


@pytest.mark.parametrize(
    "path", [path for path in FEEDS if path.parts[-2] == "real" and "nonfrab" in path.name], ids=lambda path: path.name
)
def test_a_file_no_reader_claims_is_refused_naming_the_formats(path: Path) -> None:
    with pytest.raises(ParseError):
        read_feed(FeedSpec(path), ReadContext())


SITE_JSON = (
    "agnbeach2026-programme.json",  # {event, copy, legend, days: [{date, sessions: [...]}]}: days after 2,500 chars
    "clin35-programme-excerpt.json",  # [{type, start, end, events: [{title, talks: [...]}]}]: slots holding sessions
    "icrs2026-programme-excerpt.json",  # {meta, days, rooms, sessions: [{talks: [...]}], events}: several lists
    "hkoscon2019-timetable.json",  # {method, status, days: [{timeslots: [{events: [...]}]}]}: one line of 59 KB
    "ponyfest2026-schedule.json",  # {rooms: {ROOM: [...]}}
    "devfestbaltics2018-schedule.json",  # [{date, timetable: [...]}]
    "euruko2017-schedule.json",  # [{date: "9/29", events: [...]}]: a file not seen before this detection
)
"""A site's schedule written as JSON, entries deeper than a table's rows: once read only with --format yaml-site."""


@pytest.mark.parametrize("name", SITE_JSON)
def test_a_sites_json_schedule_is_detected_by_its_shape(name: str) -> None:
    path = DATA / "yaml_site" / name

    assert _claims(path) == ["yaml-site"]
    # the content alone decides (detection is given no file name), and the whole document: its opening does not
    assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8"))] == ["yaml-site"]
    assert not [reader.name for reader in detect_readers(path.read_text(encoding="utf-8")[:2000])]
