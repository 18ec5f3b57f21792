"""What shape a JSON document has: a table's rows (json-rows), or a site's schedule nested in days and slots.

Static sites keep their programme as JSON in two shapes. A flat list of rows (`[{title,
start, room}, …]`, or one such list under a key) is a table: json-rows reads it. Days holding
slots holding talks, a programme object whose entries sit deeper, or a slot that holds its
parallel sessions (CLIN 35's `{type, start, events: [{title, talks: [...]}]}`) is a site's
schedule: yaml-site reads it. Both readers ask here, so they never disagree about a file.

A site's JSON often opens with pages of other data (AGN on the Beach 2026: its `event` and
`copy` before its `days`), so its shape shows only in the whole document: detection runs on the
whole text when no reader knows the opening, and the document is parsed once for every reader
that asks (`site_json` keeps the last few).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from program.readers.json_keyed_slots import keyed_slots
from program.readers.json_table import find_rows
from program.readers.yaml_located import Located
from program.readers.yaml_shape import FIELD_KEYS, detect_path

APP_KEYS = re.compile(
    r'"(?:isServiceSession|startsAt|starts-at|ends-at|microlocation|session[-_]type|py/object|invitation|forum|'
    r'paper_id|slot_type|do_not_record|content_locale|submission_type_id|guid|persons|_fossil)"\s*:'
)
"""Keys only the apps' JSON writes (Sessionize, Open Event, pretalx, frab, Indico, OpenReview): never a site's."""

PRETALX_CODES = re.compile(
    r'^\{\s*"talks"\s*:\s*\[\s*\{\s*"code"\s*:\s*"[A-Z0-9]{5,8}"|"speakers"\s*:\s*\[\s*"[A-Z0-9]{5,8}"'
)
"""pretalx's widget: talks by submission code, speakers by theirs (`{"talks": [{"code": "XFUR3C", …, "speakers":
["YY3RMW"]`). A site's list of talks copied from pretalx with its speakers as objects (PackagingCon) is rows."""

KONOPAS_ASSIGNMENT = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*\s*=\s*\[")
"""A KonOpas guide's script opening: `var program = [` (Finncon 2013: `var prog = [`), the list after it JSON."""
_KONOPAS_OPENING = re.compile(r"^\s*\[\s*\{")
_KONOPAS_LOC = re.compile(r'"loc"\s*:\s*\[')
_KONOPAS_WHEN = (re.compile(r'"mins"\s*:'), re.compile(r'"date"\s*:\s*"\d{4}-\d{2}-\d{2}"'))
"""KonOpas' own names, in the opening: the place a list `loc` (room, then area), and its length in `mins` or, where
a guide leaves lengths out (Shore Leave 2022), its day a `date` written as KonOpas writes it."""


def is_konopas(head: str) -> bool:
    """Whether `head` (a file's opening) is a KonOpas programme: a list, or a script assigning one, of its items.

    KonOpas' guide and json-rows both ask, so a bare `program.json` of KonOpas is never read as a site's table.
    """
    head = head.lstrip("\ufeff")
    if KONOPAS_ASSIGNMENT.match(head) is None and _KONOPAS_OPENING.match(head) is None:
        return False
    when = any(key.search(head) for key in _KONOPAS_WHEN)
    return when and _KONOPAS_LOC.search(head) is not None and not APP_KEYS.search(head)


LARGEST_JUDGED = 5_000_000
"""Characters at most in a document judged by its shape (ICRS 2026's whole programme: 1,057,769): parsing one takes
about 0.05 s a megabyte, and detection runs on every feed; a larger one is named by the refusal's probe instead."""

_TITLE_KEYS = frozenset({"title", "name", "talk", "session"})
_PEOPLE_KEYS = frozenset(FIELD_KEYS["people"]) | {"chair", "chairs", "moderator", "moderators"}
_TIME_KEYS = frozenset({"time", "start", "starttime", "timestart", "begin", "from"})


@functools.lru_cache(maxsize=4)
def site_json(text: str) -> Any:
    """The whole JSON document as the site reader sees it (mappings `Located`, numbers the text written), else None.

    None for text that is not one whole JSON document (an opening cut short, YAML, anything else) or is
    longer than `LARGEST_JUDGED`.
    """
    body = text.lstrip("\ufeff \t\r\n")
    if body[:1] not in ("{", "[") or len(body) > LARGEST_JUDGED:
        return None
    try:  # hand-edited site data: line breaks inside strings (strict=False), as the readers allow
        return json.loads(body, strict=False, object_hook=Located, parse_int=str, parse_float=str)
    except (ValueError, RecursionError):
        return None


def hoverboard_days(document: Any) -> list[Any] | None:
    """The days of a Hoverboard site's schedule, each with its `timeslots` and `tracks`, else None.

    Hoverboard (the GDG DevFest site, gdg-x/hoverboard) places sessions only by id: a day's
    `timeslots[].sessions[]` are the grid's cells, each listing session ids. Since v2 the
    Firebase import (`docs/default-firebase-data.json`) keys the days by date under `schedule`
    and the cells are `{"items": [ids], "extend": rows}`; v1's `data/schedule.json` is the list
    of days itself, its cells lists of ids. Both yaml-site (to leave it) and hoverboard (to claim
    it) ask here: a day's `tracks[]` is a list of room names, never the schedule.
    """
    schedule = document.get("schedule") if isinstance(document, Mapping) else document
    days = list(schedule.values()) if isinstance(schedule, Mapping) else schedule
    if not isinstance(days, list) or not days:
        return None
    if isinstance(schedule, Mapping) and not isinstance(document.get("sessions"), Mapping):
        return None
    cells = [
        cell
        for day in days
        if isinstance(day, Mapping) and isinstance(day.get("tracks"), list)
        for slot in _listed(day.get("timeslots"))
        if isinstance(slot, Mapping) and "startTime" in slot
        for cell in _listed(slot.get("sessions"))
    ]
    items = [cell.get("items") if isinstance(cell, Mapping) else cell for cell in cells]
    return days if items and all(isinstance(one, list) for one in items) else None


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def is_hoverboard(text: str) -> bool:
    """Whether `text` is a whole JSON document of a Hoverboard site's schedule (see `hoverboard_days`)."""
    if APP_KEYS.search(text) or '"timeslots"' not in text:
        return False
    return hoverboard_days(site_json(text)) is not None


def is_site_schedule(text: str) -> bool:
    """Whether `text` is a whole JSON document of a site's schedule: entries found, and not as a table's rows.

    Days holding slots (AGN on the Beach 2026's `days[].sessions[]`, HKOSCon 2019's
    `days[].timeslots[].events[]`), rooms by name (PonyFest), a programme object with several
    lists (ICRS 2026: `days`, `rooms`, `sessions`, `events`), slots holding their parallel
    sessions (CLIN 35). A flat list of rows is json-rows' (its header says what each key is),
    and an app's JSON (its own keys) its reader's, even where those readers do not claim it. Both
    yaml-site (to claim) and json-rows (to leave it) ask this, so the two never claim one file.
    """
    if APP_KEYS.search(text) or PRETALX_CODES.search(text):
        return False
    document = site_json(text)
    if document is None or hoverboard_days(document) is not None:
        return False
    if keyed_slots(document) is not None:  # DevRelCon Tokyo 2021: slots keyed by start time, then track
        return True
    steps = detect_path(document, {})
    return steps is not None and steps != rows_path(document)


def entries_within(row: Mapping[str, Any]) -> tuple[str, int] | None:
    """The key and count of the titled, timed (or talk-holding) entries an untitled row holds in a list, else None.

    CLIN 35's programme.json writes a parallel block as `{type, start, end, location, events:
    [{track, title, location, talks: [{time, title, author}]}]}`: a slot of a site's schedule,
    not a row of a table, whose entries no column can hold.
    """
    if any(_folded(key) in _TITLE_KEYS and value not in ("", None) for key, value in row.items()):
        return None
    for key, value in row.items():
        entries = [one for one in value if isinstance(one, dict)] if isinstance(value, list) else []
        held = [
            one
            for one in entries
            if any(_folded(name) in _TITLE_KEYS for name in one)
            and any(_folded(name) in _TIME_KEYS or isinstance(inner, list) for name, inner in one.items())
        ]
        if held and len(held) == len(entries):
            return key, len(held)
    return None


_HELD_TITLE_KEYS = frozenset({"title", "talk", "titulo", "título", "titel", "titre", "titolo", "tytuł", "tytul"})
"""Keys that title a talk a session holds; not `name`, which a list of people or organisers writes too."""


def holds_talks(row: Mapping[str, Any]) -> bool:
    """Whether a titled row holds a list of titled talks under a key of its own (no field's: not its speakers).

    AAHD 2026's programa.json is rows but for its 12 Nov session, `{"titulo": "Archivos, …", "ponencias":
    [{"titulo": …, "expositores": …}, …]}`: four talks no column can hold, which yaml-site reads as the
    session's (untimed, shown at their session).
    """
    titles = _TITLE_KEYS | _HELD_TITLE_KEYS
    if not any(_folded(key) in titles and value not in ("", None) for key, value in row.items()):
        return False
    for key, value in row.items():
        if _folded(key) in _PEOPLE_KEYS or not isinstance(value, list) or not value:
            continue
        if all(isinstance(one, dict) and any(_folded(name) in _HELD_TITLE_KEYS for name in one) for one in value):
            return True
    return False


def rows_path(document: Any) -> tuple[str, ...] | None:
    """The steps to the document's list of table rows (`[]`, or `KEY[]`) when it is a table's, else None.

    A table's: the document is a list of objects, or an object holding one such list, and no
    row holds a list of entries of its own (CLIN 35's slots are no rows, nor AAHD 2026's session
    with its `ponencias`).
    """
    found = find_rows(document)
    if found is None or any(entries_within(row) is not None or holds_talks(row) for row in found.rows):
        return None
    return ("[]",) if found.key is None else (found.key, "[]")


def _folded(key: str) -> str:
    return re.sub(r"[\s_-]+", "", key).casefold()


_HOTCRP_OPENING = re.compile(
    r'^(?:\{\s*(?:"[^"\\]{1,40}"\s*:\s*(?:true|false|null|-?\d+|"[^"\\]*")\s*,\s*)*"papers"\s*:\s*)?'
    r'\[\s*\{\s*(?:"object"\s*:\s*"paper"\s*,\s*)?"pid"\s*:\s*\d+\s*,'
)
"""HotCRP's export opens each paper with its number (`[{"pid": 1, …`; since 2023 `{"object": "paper", "pid": 1`),
as a list or under the API's `papers` (`{"ok": true, "papers": [...]}`)."""
_HOTCRP_KEYS = re.compile(
    r'"(?:decision|status|submitted|submitted_at|withdrawn|draft|pc_conflicts|submission|final_submitted)"\s*:'
)
"""Keys of HotCRP's paper status and files (`paperexport.php`), beside the paper's `title`."""


def is_hotcrp(head: str) -> bool:
    """Whether a JSON text's opening is HotCRP's export of submissions: papers by `pid`, with their status keys.

    json-rows (a site's talks keyed by anything) and the hotcrp reader both ask here, so that one file is never
    claimed by both.
    """
    head = head.lstrip("\ufeff \n\t\r")
    return _HOTCRP_OPENING.match(head) is not None and '"title"' in head and _HOTCRP_KEYS.search(head) is not None
