"""Where a static site's YAML keeps its schedule entries, and which keys hold which fields.

Jekyll and Hugo sites keep a program in `_data/*.yml` in shapes of their own: a flat list of
talks, days holding `contents`/`timeslots`/`sessions`, a mapping by year. A program file
may name the shape (`[feeds.columns] items = "schedule[].contents[]"`); without it the
first list of mappings whose entries have a title and a time is taken.

The path syntax: names separated by dots, each a mapping key (``schedule``), ``*`` for
every key of a mapping (``*[]`` walks a mapping of years to lists), and ``[]`` after a
step for every element of a list (``[]`` alone: the document is the list). The mappings
passed on the way (a day with its ``date``) are the entry's enclosing levels: a field the
entry lacks is looked up there, nearest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from program.errors import UsageError
from program.readers.lines.day_headings import day_heading
from program.readers.tabular.vocabulary_languages import words_for
from program.readers.yaml_dates import is_date_only
from program.readers.yaml_day_rows import days_of_timed_rows
from program.readers.yaml_located import Located, keyed_days


def folded(key: str) -> str:
    """A key as compared: "Start-Time", "start_time" and "startTime" are one."""
    return re.sub(r"[\s_-]+", "", key).casefold()


FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": (
        *("session", "title", "name", "talk", "event", "activity", "what", "display"),  # HKOSCon 2019: display
        *("evento", "titulo", "título", "atividade", "actividad", "palestra", "charla", "ponencia"),  # SEMEF 2021
        "content",  # Coding da Vinci 2015: `{content: Begrüßung durch die Veranstalter, date: …}`, last: a text key
        *("subject", "pause"),  # Eventre theme (Horizons della filologia 2024): a talk's `subject`, a break's `pause`
    ),
    "subtitle": ("subtitle", "title", "titre"),  # JFPC 2021: `title: Exposé invité`, the talk's `titre` under it
    "start": (
        *("start", "starttime", "timestart", "time", "begin", "from", "date"),  # ISORC 2026: time_start
        *("horario", "horário", "hora", "inicio", "início"),  # SEMEF 2021: `horario: 09h00-10h40`
        *("heure", "hour"),  # Ethics by Design 2020: `heure: 14:00 - 16:00`; DevFest BH 2017: `hour: "9:15"`
    ),
    "end": ("end", "endtime", "timeend", "finish", "until", "to", "fim", "fin", "termino", "término"),
    "duration": ("duration", "length", "dur", "duracao", "duração", "duracion", "duración"),  # PyCon TH 2019: dur
    "date": ("date", "day", "dayname", "data", "fecha", "dia", "día"),  # SEMEF 2021: a day's `data: 2021-09-27`
    "people": (
        *("speakers", "speaker", "presenters", "presenter", "authors", "author", "by", "hosts", "host"),
        "speaking",  # FOSD 2018: "speaking: Florian Sattler"
        *("facilitators", "facilitator"),  # SRCCON's sessions
        *("panelists", "panelist", "panellists"),  # PonyFest 2026
        *("palestrante", "palestrantes", "ponente", "ponentes", "autor", "autores"),
        *("presentername", "presenternames", "speakername", "speakernames"),  # Simonyi Konferencia 2018
    ),
    "speaker_list": ("events",),  # DISCAN 2018: a talk's speakers as mappings titled "Name: Affiliation"
    "chair": (
        *("chair", "chairs", "sessionchair", "moderator"),  # SURE 2025: "Session Chair: Ati Priya Bajaj"
        *("moderador", "moderadora", "moderatore", "modérateur", "moderatorin"),  # AAHD 2026: "Modera: …"
    ),
    "other_people": ("cofacilitators", "cofacilitator", "cospeakers", "cospeaker"),  # after the people: SRCCON
    "abstract": (
        *("description", "abstract", "summary", "details", "desc", "info"),  # JFPC 2021's `info` line
        *("descricao", "descrição", "descripcion", "descripción", "resumo", "resumen", "abstracto"),
    ),
    "room": ("room", "location", "place", "venue", "address", "sala", "lugar", "salle", "where"),  # FOSD: address
    "kind": ("type", "kind", "category", "subtype", "format", "formats", "tipo"),
    "link": ("url", "link", "titlelink", "slides", "video", "presentation", "doi"),  # CPAIOR 2025: a paper's doi
    "sessions": ("sessionids", "sessions", "singles", "workshopsids"),  # ByteBay 2018: singles + two lists a slot
}
"""Our fields and the keys sites use for them, preferred first (compared without case, `-`, `_`, spaces), in English,
then Portuguese and Spanish (accents written both ways: sites drop them in keys)."""
_OWN_KEYS = frozenset(key for keys in FIELD_KEYS.values() for key in keys)
FIELD_KEYS = {
    field: (*keys, *dict.fromkeys(key for word in words_for(field) if (key := folded(word)) not in _OWN_KEYS))
    for field, keys in FIELD_KEYS.items()
}
"""And after them the words for start, end, room and speakers in German, French, Spanish, Italian, Portuguese,
Dutch and Polish that sheets' headers share (`ende`, `raum`: Studieninfotag 2020; `espacio`, `expositores`: AAHD
2026), but none that is already another field's key here."""
FIELDS = (*FIELD_KEYS, "items", "speakers")
"""Every key `[feeds.columns]` may set for a YAML feed."""
_TIME = re.compile(
    r"^\s*(?:from\s+)?(?:\d{4}-\d{1,2}-\d{1,2}[ T])?\d{1,2}(?:[:.]\d{2}|:\s*[ap]\.?\s*m|h(?:\d{2})?(?![^\W\d]))",
    re.IGNORECASE,
)
"""A clock time opening a value: "09:30", "From 08:00" (CPAIOR 2025), "2023-01-26 9:30", "8:am" (LedgerFest
2019's hour without minutes), "12h15" and "15h" (Agile Pays Basque 2025)."""
_DAY_NAME_KEYS = ("name", "title", "label", "jourtitle", "daytitle")
"""Keys (folded) under which a day level names itself ("Day 2 - January 23"; `jourTitle: Lundi 28 septembre`)."""


_TEXT_ONLY = frozenset({"display", "local", "pause"})
"""Usual keys that are a field only when they hold text: `display: false` is a flag, no title; `local: true` no room;
`pause: true` no break's title."""
_DATE_VALUED = frozenset({"data"})
"""Usual keys that are a date only when they hold one: Portuguese `data: 2021-09-27` (SEMEF 2021) is the day's,
BMVC 2021's `data: "[DATA]"` a placeholder of its own."""
_WRITTEN_DATE = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\s*$")
_PEOPLE_LISTS = frozenset(key for field in ("people", "chair", "other_people") for key in FIELD_KEYS[field])
"""Keys of a list of people: its mappings' `name` is a person's, no entry's title (HKOSCon's `events[].speakers[]`)."""

_ROOM_LISTS = frozenset({"rooms", "locations", "venues", "stages", "halls", "tracks", "salas"})  # DD4W 2026: salas
"""Keys of a list of rooms whose entries hold the talks (a room's `name`/`title` is then the talks' room)."""


@attrs.frozen
class Found:
    """An entry of the schedule and the mappings that enclose it (nearest last)."""

    entry: Located
    outer: tuple[Located, ...]
    line: int | None = None
    """The line to report, when not the entry's own (a joined session is reported at its timeslot)."""
    track: str | None = None
    """For a joined session, the day's track at its place in the timeslot (Zeppelin's `tracks`), if any."""
    held: bool = False
    """A talk a titled session holds (CPAIOR 2025: `sessions[].talks[]`): at its own time, shown at the session."""


def parse_path(path: str) -> tuple[str, ...]:
    """Split "days[].sessions[]" into steps ("days", "[]", "sessions", "[]").

    Raises:
        UsageError: for an empty step ("a..b").
    """
    steps: list[str] = []
    for part in path.strip().split("."):
        name, brackets = part, 0
        while name.endswith("[]"):
            name, brackets = name[:-2], brackets + 1
        if not name and not brackets:
            raise UsageError(f'[feeds.columns] items = "{path}": a step is empty (write key, key[], * or [])')
        steps.extend(([name] if name else []) + ["[]"] * brackets)
    return tuple(steps)


def walk(data: Any, steps: Sequence[str], outer: tuple[Located, ...] = (), track: str | None = None) -> Iterator[Found]:
    """Yield the mappings `steps` lead to from `data`, with the mappings passed on the way.

    An entry inside a list of rooms (ISORC 2026: `days[].rooms[].talks[]`, each room a `name`)
    has that room's name as its track: its room when it names none.
    """
    if not steps:
        if isinstance(data, Located):
            yield Found(data, outer, track=track)
        return
    step, rest = steps[0], steps[1:]
    inner = (*outer, data) if isinstance(data, Located) else outer
    if step == "[]":
        for element in data if isinstance(data, list) else ():
            yield from walk(element, rest, inner, track)
    elif step == "*":
        days = keyed_days(data) if isinstance(data, dict) else {}
        for key, member in data.items() if isinstance(data, dict) else ():
            yield from walk(member, rest, (*inner, days[key]) if key in days else inner, track)
    elif isinstance(data, dict):
        key = next((key for key in data if key == step or folded(key) == folded(step)), None)
        if key is None:
            return
        if folded(key) in _ROOM_LISTS and rest[:1] == ("[]",) and rest[1:] and isinstance(data[key], list):
            for room in data[key]:
                name = (value(room, "title", {}) or room.get("nombre")) if isinstance(room, Located) else None
                yield from walk(room, rest[1:], inner, name if isinstance(name, str) and name.strip() else track)
            return
        if folded(key) in _ROOM_LISTS and rest[:1] == ("*",) and isinstance(data[key], dict):
            for name, member in data[key].items():  # PonyFest 2026: {"rooms": {ROOM: [talks]}}
                yield from walk(member, rest[1:], inner, name.strip() or track)
            return
        day = keyed_days(data).get(key)  # the one list of a document `2025-06-17: [...]` is that day's
        yield from walk(data[key], rest, (*inner, day) if day is not None else inner, track)


def detect_path(data: Any, mapping: dict[str, str]) -> tuple[str, ...] | None:
    """The steps to the list of mappings that reads as schedule entries, else None.

    First the first list whose entries have a title and a time (or a list of session ids), in
    most of the list. Else the one list whose titled entries take their time from an enclosing
    level (FOSD 2018: days > sessions with `from`/`to` > talks with a title); else the one list
    whose titled entries have a date but no time (a monthly meeting's `date` and `title`).
    """
    lists = list(_lists(data, ()))
    for steps, entries in lists:
        scheduled = sum(1 for entry in entries if is_entry(entry, mapping))
        if scheduled and scheduled * 2 >= len(entries):
            return steps
    for test in (_timed_within, dated_only):
        found = [
            steps
            for steps, entries in lists
            if not (len(steps) > 1 and folded(steps[-2]) in _PEOPLE_LISTS | _ROOM_LISTS)
            and not (test is dated_only and days_of_timed_rows(entries, lambda row: clocked(row, mapping)))
            and _most(list(walk(data, steps)), test, mapping)
        ]
        if len(found) == 1:
            return found[0]
    return None


def _most(found: list[Found], test: Callable[[Found, dict[str, str]], bool], mapping: dict[str, str]) -> bool:
    passed = sum(1 for one in found if test(one, mapping))
    return passed > 0 and passed * 2 >= len(found)


def timed(found: Found, mapping: dict[str, str]) -> bool:
    """Whether an entry has a clock time, its own or an enclosing level's."""
    start = inherited(found, "start", mapping)[0]
    return isinstance(start, str) and _TIME.match(start) is not None


def _timed_within(found: Found, mapping: dict[str, str]) -> bool:
    """A titled entry whose start is on an enclosing level (a talk in a timed session)."""
    return timed(found, mapping) and value(found.entry, "title", mapping) is not None and found.outer != ()


def dated_only(found: Found, mapping: dict[str, str]) -> bool:
    """A titled entry with a date and no time (or, its start key named, none there): an untimed item on its day."""
    start = inherited(found, "start", mapping)[0]
    if start is None and "start" in mapping:  # ENEEM 2019's `start = "time"`, every `time:` left empty
        start = inherited(found, "date", mapping)[0]
    return isinstance(start, str) and is_date_only(start) and value(found.entry, "title", mapping) is not None


def is_entry(entry: Located, mapping: dict[str, str]) -> bool:
    """Whether a mapping has what a schedule entry has: a time and a title, session ids or a talk's key."""
    timed = clocked(entry, mapping)
    named = (
        value(entry, "title", mapping) is not None or talk_reference(entry) is not None or bool(parallel_slugs(entry))
    )
    return timed and (named or bool(session_ids(entry, mapping)[0]))


def clocked(entry: Any, mapping: dict[str, str]) -> bool:
    """Whether a mapping's own start is a clock time."""
    start = value(entry, "start", mapping) if isinstance(entry, dict) else None
    return isinstance(start, str) and _TIME.match(start) is not None


TALK_REFERENCE_KEYS = frozenset({"talk", "talkid"})
"""Keys under which a slot names its talk in a talks file (BSides Oslo's `talk: kim`, Agile Pays Basque's `talk_id`)."""


def talk_reference(entry: Located) -> str | None:
    """The key a slot names its talk by (`talk: kim`: one word), else None (`talk: A Title` is a title)."""
    written = next((entry[key] for key in entry if folded(key) in TALK_REFERENCE_KEYS), None)
    return written.strip() if isinstance(written, str) and len(written.split()) == 1 else None


_PARALLEL_KEY = re.compile(r"^(?:track|room|stage|hall)[\s_-]*\d{1,2}$", re.IGNORECASE)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


def parallel_slugs(entry: Located) -> list[str]:
    """The slugs an untitled slot names its parallel talks by (BSides Aarhus 2026: `track1: malware-monsters`).

    Such a slug is the name of one of the site's pages (its content/sessions/*.md), which hold
    the talks' titles and no feed gives: the slot cannot say what its talks are.
    """
    if value(entry, "title", {}) is not None:
        return []
    return [
        text.strip()
        for key, text in entry.items()
        if _PARALLEL_KEY.match(key) and isinstance(text, str) and _SLUG.match(text.strip())
    ]


def session_ids(entry: dict[str, Any], mapping: dict[str, str]) -> tuple[list[str], list[str]]:
    """The session ids a timeslot lists, and the keys (folded) that list them.

    Zeppelin writes one list (`sessionIds`); ByteBay 2018 writes `singles` for a plenary slot
    and `sessionIds` + `workshopsIds` side by side: every list counts, in the order written.
    """
    if "sessions" in mapping:
        keys = [key for key in entry if folded(key) == folded(mapping["sessions"])]
    else:
        keys = [key for key in entry if folded(key) in FIELD_KEYS["sessions"]]
    listed = [(key, entry[key]) for key in keys if entry[key] not in ("", [], None)]
    ids = [one for _, ids in listed for one in (ids if isinstance(ids, list) else [ids]) if isinstance(one, str)]
    return ids, [folded(key) for key, _ in listed]


def all_lists(data: Any) -> Iterator[tuple[tuple[str, ...], list[Located]]]:
    """Every list of mappings in the document and its path, breadth first."""
    return _lists(data, ())


def _lists(data: Any, steps: tuple[str, ...], depth: int = 0) -> Iterator[tuple[tuple[str, ...], list[Located]]]:
    """Every list of mappings in `data`, breadth first (a schedule's outer lists come before its entries' lists)."""
    if depth > 6:
        return
    if isinstance(data, list):
        mappings = [element for element in data if isinstance(element, Located)]
        if mappings:
            yield (*steps, "[]"), mappings
            for key in _common_keys(mappings):
                # a day whose list is left empty (ENEEM 2019's `activities:` on its last day) adds no entries
                inner = [element[key] for element in mappings if element.get(key) not in (None, "")]
                yield from _lists(_flat(inner), (*steps, "[]", key), depth + 1)
    elif isinstance(data, dict):
        values = list(data.values())
        if _rooms_by_name(steps, values):
            yield from _lists(_flat(values), (*steps, "*"), depth + 1)
            return
        if len(values) > 1 and all(isinstance(value, list) for value in values):  # a mapping of years or days
            yield from _lists(_flat(values), (*steps, "*"), depth + 1)
            return
        for key, value in data.items():
            yield from _lists(value, (*steps, key), depth + 1)


def track_of(entry: Located) -> str | None:
    """A talk's own `track` where a slot holds parallel talks (DevFest Baltics 2018: Android, iOS, General), if any."""
    track = next((held for key, held in entry.items() if folded(key) == "track"), None)
    return track.strip() if isinstance(track, str) and track.strip() else None


def _rooms_by_name(steps: tuple[str, ...], values: list[Any]) -> bool:
    """Whether a mapping under `rooms` (or `stages`…) maps each room's name to its list of talks, however few."""
    return (
        bool(steps) and folded(steps[-1]) in _ROOM_LISTS and bool(values) and all(isinstance(v, list) for v in values)
    )


def _flat(lists: list[Any]) -> Any:
    """Lists side by side as one list (the entries of every day); anything else as it is."""
    if lists and all(isinstance(value, list) for value in lists):
        return [element for value in lists for element in value]
    return lists[0] if len(lists) == 1 else None


def _common_keys(mappings: list[Located]) -> list[str]:
    keys = dict.fromkeys(key for mapping in mappings for key, value in mapping.items() if isinstance(value, list))
    return list(keys)


def key_of(entry: dict[str, Any], field: str, mapping: dict[str, str]) -> str | None:
    """The entry's key for `field`: the program file's name for it, else the first usual key present."""
    if field in mapping:
        wanted = folded(mapping[field])
        return next((key for key in entry if folded(key) == wanted), None)
    keys = {folded(key): key for key in entry}
    present = [
        keys[name]
        for name in FIELD_KEYS.get(field, ())
        if name in keys
        and (name not in _TEXT_ONLY or isinstance(entry[keys[name]], str))
        and (name not in _DATE_VALUED or _WRITTEN_DATE.match(str(entry[keys[name]])) is not None)
        and not (field in _NAMING_FIELDS and holds_mappings(entry[keys[name]]))
    ]
    # the first usual key that holds something: ICRS 2026's poster sessions write `"room": null` and their place
    # under `location`
    return next((key for key in present if entry[key] not in ("", [])), present[0] if present else None)


_NAMING_FIELDS = frozenset({"title", "subtitle"})
"""Fields a list of mappings never is: IS-EUD 2025's `session:` beside a `title:` holds the session's talks."""


def holds_mappings(held: Any) -> bool:
    """Whether a value is a list holding mappings (entries of their own, not text)."""
    return isinstance(held, list) and any(isinstance(one, dict) for one in held)


def value(entry: dict[str, Any], field: str, mapping: dict[str, str]) -> Any:
    """The entry's value for `field`, or None when it has none (or an empty one)."""
    key = key_of(entry, field, mapping)
    found = entry.get(key) if key is not None else None
    return None if found in ("", []) else found


def written_day(found: Found, mapping: dict[str, str]) -> tuple[Any, Located | None]:
    """The entry's day as written: its `date` (or an enclosing level's), else an enclosing level's name that is a date.

    PGBH 2025 names its days `name: Day 2 - January 23` and gives no date key: without the
    name every day would fall on the first.
    """
    written = inherited(found, "date", mapping)
    if written[0] is not None:
        return written
    for level in reversed(found.outer):
        names = (text for key, text in level.items() if folded(key) in _DAY_NAME_KEYS)
        name = next((text for text in names if isinstance(text, str)), None)
        heading = day_heading(name) if name is not None else None
        if heading is not None and heading.month is not None and heading.day is not None:
            return name, level
    return None, None


def inherited(found: Found, field: str, mapping: dict[str, str]) -> tuple[Any, Located | None]:
    """The value of `field` on the entry, else on the nearest enclosing mapping that has one."""
    for level in (found.entry, *reversed(found.outer)):
        if (result := value(level, field, mapping)) is not None:
            return result, level
    return None, None
