"""A static site's schedule in YAML: Jekyll or Hugo `_data/schedule.yml` and its kin.

Every scalar is read as the string written (PyYAML's BaseLoader): `9.30` is half past nine,
not the float 9.3, and a session id `010` stays "010", not octal 8. Where the entries sit
and which keys hold which fields is found in the file (see `program.readers.yaml_shape`)
or named in the program file's `[feeds.columns]`. A timeslot that lists session ids
(`sessionIds: [101, 102]`) is joined with the sessions file (`sessions_file`, else a
`sessions.yml` beside the feed), and speaker ids with the speakers file likewise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import attrs

from program.errors import ParseError, UsageError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import Item, Problem, Program, Severity, SourceRef
from program.readers.app_json import offset_context
from program.readers.base import FRONT_MATTER, ReadContext, decode_feed
from program.readers.js_literal import ASSIGNMENT
from program.readers.js_objects import OBJECT_ASSIGNMENT
from program.readers.json_keyed_slots import keyed_slots
from program.readers.json_shape import hoverboard_days, is_site_schedule
from program.readers.metadata_header import without_metadata_header
from program.readers.yaml_by_id import entries_by_id, joined_only
from program.readers.yaml_dates import DATE_ONLY, DAY_MONTH, is_date_only
from program.readers.yaml_day_lists import ListedDays, listed_days, with_speaker_titles, without_repeats
from program.readers.yaml_described import with_described_titles
from program.readers.yaml_document import named_zone, other_entry_lists, with_room_names
from program.readers.yaml_entry import EntryReader
from program.readers.yaml_front_matter import front_matter, front_matter_reading
from program.readers.yaml_grid_rows import grid_rows
from program.readers.yaml_keyed_program import KEYED_SLOT, keyed_program
from program.readers.yaml_keys import day_flags, title_then_session
from program.readers.yaml_legends import with_legends
from program.readers.yaml_located import Joins, Located
from program.readers.yaml_papers import paper_list
from program.readers.yaml_people import organisations_note
from program.readers.yaml_session_rows import rows_read
from program.readers.yaml_shape import (
    FIELDS,
    Found,
    dated_only,
    detect_path,
    folded,
    inherited,
    parse_path,
    walk,
    written_day,
)
from program.readers.yaml_subtitle import with_papers
from program.readers.yaml_suggested import suggested_path, untitled_entries
from program.readers.yaml_talks import TALKS_FILE, join_talks
from program.readers.yaml_times import TimeError, parse_day, parse_moment
from program.readers.yaml_typed import day_text, with_typed_titles
from program.readers.yaml_wall_z import Z_SETTING, read_z_as_wall_clock

_KEY_LINE = re.compile(r"^\s*(?:-\s+)?\{?\s*[\w-]+\s*:(?:\s|$)", re.MULTILINE)
_TIME_KEY = re.compile(
    r"^\s*(?:-\s+)?\{?\s*[\"']?"
    r"(?:start[-_ ]?time|time[-_ ]?start|time|start|date|from|horari?o|horário|hora|hour|heure|in[ií]cio)"
    r"[\"']?\s*:\s*[\"']?(?:\d{4}-\d{1,2}-\d{1,2}[ T])?\d{1,2}[:.h]\d{2}",
    re.MULTILINE | re.IGNORECASE,
)
"""A start key with a clock time: `time: 9:30`, `horario: 09h00-10h40` (SEMEF 2021), `heure: 14:00 - 16:00` (French)."""
_DATE_KEY = re.compile(
    rf"^\s*(?:-\s+)?\{{?\s*[\"']?(?:date|data|fecha)[\"']?\s*:\s*[\"']?{DATE_ONLY}[\"']?\s*$", re.MULTILINE
)
"""A date without a time (`date: "January 26, 2023"`; `data:`, `fecha:`): a list of dated meetings, or a day's date."""
_TITLE_KEY = re.compile(
    r"^\s*(?:-\s+)?\{?\s*(?:title|session|name|talk|event|evento|t[ií]tulo|atividade|actividad|palestra|charla|ponencia|content)\s*:",
    re.MULTILINE | re.IGNORECASE,
)
_DAY_MONTH_KEY = re.compile(
    rf"^\s*(?:-\s+)?\{{?\s*[\"']?(?:date|data|fecha)[\"']?\s*:\s*[\"']?(?P<date>{DAY_MONTH})[\"']?\s*$", re.MULTILINE
)
"""A day of a named month without a year (ENEEM 2019's days: `date: 15 Abril`), checked to name a month."""
_LISTED_TITLE = re.compile(r"^\s*-\s+[\"']?(?:title|authors)[\"']?\s*:", re.MULTILINE | re.IGNORECASE)
"""A list's entry opening with its title or its authors (AI4QC's papers: `- authors: …` then `title: …`)."""
_AUTHORS_KEY = re.compile(r"^\s*(?:-\s+)?[\"']?authors[\"']?\s*:", re.MULTILINE | re.IGNORECASE)
"""A list of entries titled, with authors: a list of papers (SURE's accepted_papers.yml), no times needed."""
_DATED_START = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_SIBLINGS = {"sessions_file": "sessions.yml", "speakers_file": "speakers.yml"}


def load_yaml(text: str, source: str) -> tuple[Any, list[str]]:
    """`yaml_load.load_yaml`, imported when a YAML feed is read.

    PyYAML is a hundredth of a second of every start-up, and every feed's format is detected by this module.
    """
    from program.readers.yaml_load import load_yaml as loaded  # noqa: PLC0415

    return loaded(text, source)


class YamlSiteReader:
    """Reads a static site's YAML schedule (Jekyll/Hugo `_data/*.yml`)."""

    name: ClassVar[str] = "yaml-site"
    description: ClassVar[str] = (
        "a static site's schedule data, YAML or JSON (Jekyll/Hugo _data/schedule.yml, a site's programme.json), "
        "every value a string"
    )

    def detect(self, text: str) -> bool:
        """Return whether the opening is YAML with key lines, a title key and a time (or date) key, or a site's JSON.

        JSON is a site's when the whole document holds schedule entries deeper than a table's
        rows (see `json_shape.is_site_schedule`): an opening cut short never is, so such JSON is claimed when
        detection, knowing no reader by the opening, asks with the whole text.

        Or a list of titled entries with authors: a list of papers (see `yaml_papers`).

        A Markdown page's front matter is YAML too, but the page below it is not: only what
        follows it is looked at (fenced by `---`, or Pelican's key lines over a page that is no YAML).
        """
        # a Gatsby page whose front matter is the programme (WEPGCOMP's keyed by day, room and time)
        front = front_matter(text, _TIME_KEY) or front_matter(text, KEYED_SLOT)
        text = front or without_metadata_header(FRONT_MATTER.sub("", text))  # Pelican's "Key: value" lines too
        opening = text.lstrip("\ufeff \n")
        if opening[:1] in ("{", "[") and not opening.startswith("[]"):
            return is_site_schedule(text)
        if opening[:1] == "<" or ASSIGNMENT.search(text[:4000]) or OBJECT_ASSIGNMENT.search(text[:4000]):
            return False  # a script's `export const x = [` or `const data = {`: js-rows'

        dated = _TIME_KEY.search(text) or _DATE_KEY.search(text)
        dated = dated or next((found for found in _DAY_MONTH_KEY.finditer(text) if is_date_only(found["date"])), None)
        dated = dated or (_LISTED_TITLE.search(text) and _AUTHORS_KEY.search(text)) or KEYED_SLOT.search(text)
        return len(_KEY_LINE.findall(text)) >= 3 and bool(dated) and bool(_TITLE_KEY.search(text))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the schedule's entries into items.

        Raises:
            ParseError: when the text is not YAML, or holds no list of schedule entries.
            UsageError: when the program file's columns name an unknown field, or the zone is missing.
        """
        mapping = dict(context.columns)
        unknown = sorted(set(mapping) - set(FIELDS) - set(_SIBLINGS) - {"duration_unit", TALKS_FILE, Z_SETTING})
        if unknown:
            raise UsageError(
                f"{source}: [feeds.columns] {', '.join(unknown)}: a YAML feed knows "
                f"{', '.join((*FIELDS, *_SIBLINGS, TALKS_FILE, 'duration_unit', Z_SETTING))}"
            )
        front = front_matter(text, _TIME_KEY) or front_matter(text, KEYED_SLOT)
        data, reading = load_yaml(front or text, source)
        if front is not None:
            reading.extend(front_matter_reading(data, front))
        document = data  # its settings (a zone) stay where they are written when its entries are reshaped
        data, days, described = _prepared(data, mapping, reading)
        if (papers := paper_list(data, source, mapping)) is not None:
            return attrs.evolve(papers, reading=(*reading, *papers.reading))
        steps = parse_path(mapping["items"]) if "items" in mapping else detect_path(data, mapping)
        if steps is None:
            _refuse_joined_file(data, source, mapping)
            suggested, untitled = suggested_path(data), untitled_entries(data)
            where = (
                "it is Hoverboard's data (days of timeslots placing sessions by id): pass --format hoverboard"
                if hoverboard_days(document) is not None
                else f'name them in the program file, e.g. [feeds.columns] items = "{untitled[0]}", title = '
                f'"{untitled[1]}" (entries with times under no title key)'
                if untitled
                else f'name it in the program file, e.g. [feeds.columns] items = "{suggested}" (a list in this file)'
                if suggested
                else "found no list of mappings in the file"
            )
            raise ParseError(
                f"expected a list of schedule entries (each with a title and a time or a date); {where}",
                SourceRef(source, 1),
            )
        read_key = steps[0] if steps and steps[0] not in ("[]", "*") else ""
        extra = other_entry_lists(data, read_key, mapping) if read_key and "items" not in mapping else []
        entries = [*walk(data, steps), *(one for key in extra for one in walk(data, (key, "[]")))]
        reading.extend(f"also the entries at {key}[] ({len(data[key])})" for key in extra)
        found, talk_reading, talk_paths = join_talks(source, mapping, context.companions, entries, _load_file)
        found = rows_read(found, mapping, reading, described)
        z_reading, z_problems = read_z_as_wall_clock(found, mapping, context, source)
        reading.extend(z_reading)
        context, offset_problems = offset_context(context, _written_offsets(found, mapping), source)
        if context.timezone is None and (zoned := named_zone(document, source)) is not None:
            context = attrs.evolve(context, timezone=zoned[0])
            reading.append(f"times read in {zoned[0].key}, the zone the file names ({zoned[1]})")
            offset_problems = (*offset_problems, *([zoned[2]] if zoned[2] else []))
        if context.timezone is None and not all(dated_only(one, mapping) for one in found):
            raise UsageError(_missing_settings(source, found, mapping, context))
        joins, join_reading, joined = _joins(source, mapping, context.companions)
        mapping.update(title_then_session(found, mapping))
        reader = EntryReader(source, context, mapping, joins)
        items, problems = reader.read_all(found)
        items = _once(items, days, reading)
        items, named_rooms = with_room_names(items, data)
        problems = [*z_problems, *offset_problems, *problems]
        reading.extend([named_rooms] if named_rooms else [])
        reading.extend([*reader.notes, *join_reading, *talk_reading])
        reading.extend(note for note in [organisations_note([one.entry for one in found], mapping)] if note)
        reading.insert(0, reader.summary(items, "".join(f".{step}" if step != "[]" else step for step in steps)))
        if len(listed := with_papers(items, found, mapping)) > len(items):
            reading.append(f"{len(listed) - len(items)} papers listed in sessions' subtitles, shown at their session")
        items = listed
        if not items and not problems:
            problems.append(Problem(Severity.ERROR, "empty-feed", "the schedule lists no entries", SourceRef(source)))
        return Program(
            title=Path(source).stem,
            timezone=context.timezone.key if context.timezone else "UTC",  # no entry has a time
            items=tuple(items),
            problems=tuple(problems),
            sources=(source, *joined, *talk_paths),
            reading=tuple(reading),
        )


def _prepared(
    data: Any, mapping: dict[str, str], reading: list[str]
) -> tuple[Any, ListedDays | None, tuple[list[Located], int]]:
    """The document with what its shape leaves unsaid written in (titles, days), each step said in `reading`.

    And the entries titled by their description, with the place in `reading` to say those of them read.
    """
    listed: ListedDays | None = None
    if typed := with_typed_titles(data, mapping):
        reading.append(f"{typed} entries without a title titled by their type")
    described, at = with_described_titles(data, mapping), len(reading)
    if "items" not in mapping:
        data = with_legends(data, reading)
    if "items" not in mapping and (listed := listed_days(data)) is not None:
        data = listed.days
        reading.append(f"days keyed {', '.join(listed.keys)} read as one list of days (dayN from --date)")
        if titled := with_speaker_titles(data, mapping):
            reading.append(f"{titled} entries naming only their speaker titled by the speaker")
    if "items" not in mapping and (program := keyed_program(data)) is not None:
        data = program[0]
        untitled = f"; {program[1]} talks without a title left out" if program[1] else ""
        reading.append(
            f"entries keyed by day, room and time read as one list, each ending at its day's next time{untitled}"
        )
    if "items" not in mapping and (slots := keyed_slots(data)) is not None:
        data = slots
        reading.append(
            "sessions keyed by start time, then track and slot number: read as one list, times `…_utc` as UTC"
        )
    if "items" not in mapping and (grid := grid_rows(data)) is not None:
        data = grid[0]
        dated = ", on the event's day" if grid[1] else ""
        reading.append(f"a timetable of rows of cells read as one list: each cell at its row's time{dated}")
    return data, listed, (described, at)


def _once(items: list[Item], listed: ListedDays | None, reading: list[str]) -> list[Item]:
    """The items with a dated day's repeats of a keyed day's entries read once (see `yaml_day_lists`)."""
    if listed is None:
        return items
    kept, repeats = without_repeats(items, listed.dated_lines)
    reading.extend([f"{repeats} entries of the dated days repeating a keyed day's read once"] if repeats else [])
    return kept


def _written_offsets(found: Sequence[Found], mapping: dict[str, str]) -> tuple[timedelta, ...]:
    """The UTC offsets the entries' starts are written with; () when a start is written without one.

    PonyFest 2026 writes `startTime: "2026-01-24T12:45:00-05:00"`: such a file names its instants,
    and needs no --timezone to be read (trial 6: it was asked for, "wall-clock times only").
    """
    offsets = []
    for one in found:
        start = inherited(one, "start", mapping)[0]
        if not isinstance(start, str):
            continue
        try:
            offset = parse_moment(start).offset
        except TimeError:
            return ()
        if offset is None or (delta := offset.utcoffset(None)) is None:
            return ()
        offsets.append(delta)
    return tuple(offsets)


def _missing_settings(source: str, found: Sequence[Found], mapping: dict[str, str], context: ReadContext) -> str:
    """The zone is missing: say so, and name the first day too when some entry needs it, in one message."""
    undated = next((day for one in found if (day := _undated_day(one, mapping)) is not None), None)
    if context.first_date is not None or undated is None:
        return f"{source}: a site's schedule has wall-clock times only; pass --timezone Area/City"
    return (
        f"{source}: a site's schedule has wall-clock times only, and days without a year or date ({undated}); "
        "pass --timezone Area/City and --date YYYY-MM-DD (the first day)"
    )


def _undated_day(found: Found, mapping: dict[str, str]) -> str | None:
    """How an entry names a day that needs the first day to be a date ('Thursday', 'day flags'), else None."""
    if day_flags(found) is not None:
        return "day1, day2, … flags"
    start = inherited(found, "start", mapping)[0]
    if isinstance(start, str) and _DATED_START.match(start.strip()):
        return None
    written = day_text(written_day(found, mapping)[0])
    if not isinstance(written, str):
        return "no day"
    try:
        return repr(written) if parse_day(written, None, 0) is None else None
    except TimeError:  # the entry's own error says what is wrong with it
        return None


def _joins(source: str, mapping: dict[str, str], companions: Sequence[str]) -> tuple[Joins, list[str], list[str]]:
    """The sessions and speakers files the entries' ids refer to, by id; the reading lines; the paths joined.

    Each is the file the program file names, else `sessions.yml` (`speakers.yml`) beside the
    feed, else a YAML feed given with this one whose entries have ids and titles (names for
    speakers) and no times.
    """
    found: dict[str, dict[str, Located]] = {}
    types: tuple[str, ...] = ()
    reading: list[str] = []
    paths: list[str] = []
    others = [(path, _load_file(Path(path))) for path in companions if Path(path).suffix in (".yml", ".yaml")]
    for key, sibling in _SIBLINGS.items():
        named = mapping.get(key)
        path = Path(source).parent / (named or sibling)
        if named is not None or (path.is_file() and path.name != Path(source).name):
            shown, data = path.as_posix(), _load_file(path)
        elif given := next(((p, d) for p, d in others if joined_only(entries_by_id(d), key, mapping)), None):
            shown, data = given
        else:
            continue
        entries = found[key] = entries_by_id(data)
        types = _session_types(data) if key == "sessions_file" else types
        paths.append(shown)
        reading.append(f"joined {shown} by id: {len(entries)} entries")
    return Joins(found.get("sessions_file", {}), found.get("speakers_file", {}), source, types), reading, paths


def _session_types(data: Any) -> tuple[str, ...]:
    """The titles of a sessions file's list of types (ByteBay: `meta: sessiontype: [{title: Warsztat}, …]`)."""
    meta = data.get("meta") if isinstance(data, dict) else None
    listed = (
        next((value for key, value in meta.items() if folded(key) in _TYPE_KEYS), None)
        if isinstance(meta, dict)
        else None
    )
    titles = [entry.get("title") for entry in listed if isinstance(entry, dict)] if isinstance(listed, list) else []
    return tuple(title for title in titles if isinstance(title, str))


def _refuse_joined_file(data: Any, source: str, mapping: dict[str, str]) -> None:
    """Say so when the file is a sessions (or speakers) file by id, which a schedule joins: no schedule alone.

    Raises:
        ParseError: when it is one.
    """
    entries = entries_by_id(data)
    for key, what in (("sessions_file", "sessions"), ("speakers_file", "speakers")):
        if joined_only(entries, key, mapping):
            raise ParseError(
                f"expected a list of schedule entries, found {len(entries)} {what} by id and no times: a file a "
                f"schedule's timeslots join; give it as a feed beside that schedule (program check schedule.yml "
                f'{Path(source).name}) or name it there: [feeds.columns] {key} = "{Path(source).name}"',
                SourceRef(source, 1),
            )


_TYPE_KEYS = frozenset({"sessiontype", "sessiontypes", "types"})


def _load_file(path: Path) -> Any:
    return load_yaml(
        decode_feed(read_input(path, "a joined YAML file", MAX_SETTINGS_SIZE), path.as_posix()), path.as_posix()
    )[0]


__all__ = ["YamlSiteReader", "load_yaml"]
