"""How much of each real JavaScript/TypeScript data module `program` reads (tests/data/js_rows): items, fields exact.

Run from the project root:  python bench/js_fidelity.py  (prints a markdown table)

The items in the source are the objects of the lists the module assigns, counted by a regular
expression over the text (`{…}` after the list's `= [`), not by `js_literal`; the fields are
compared with tests/data/js_rows/expected/, written by a script over the sources (title, start,
end, people, room; see that folder's PROVENANCE.md for the day and zone of each), matched by the
line each object starts on.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from program.model import Item  # noqa: E402
from program.readers import ReadContext  # noqa: E402
from program.readers.js_rows import JsRowsReader  # noqa: E402

DATA = ROOT / "tests" / "data" / "js_rows"
CONTEXTS: dict[str, tuple[str, str]] = {
    "kuaitechday2024-programs.ts": ("Asia/Seoul", "2024-10-18"),  # trial 33 (Korean), refused before
    "raade2025-scheduleData.ts": ("America/Chicago", "2025-04-11"),
    "jugcd2025-eventScheduleData.jsx": ("Asia/Kolkata", "2025-04-27"),
    "bcbk9-time.js": ("Asia/Bangkok", "2018-11-25"),
    "devjourney18-index.js": ("Europe/Madrid", "2018-06-09"),  # trial 34 (Spanish), refused before: nested lists
    "tedx2024-general.js": ("America/Santiago", "2024-09-05"),  # 24-hour times with "pm": 4 of 7 refused before
    "proitfest2023-data.js": ("Europe/Moscow", "2023-07-08"),  # trial 37 (Russian): lists under an object's keys
    "scomp2017-programacao.vue": ("America/Sao_Paulo", "2017-06-12"),  # trial 36 (Portuguese): a Vue data()
    "reactindia2019-schedule.js": ("Asia/Kolkata", "2019-09-26"),  # lists under objects, `new Date("…Z")`
    "innovaciencias-model.js": ("Europe/Madrid", "2023-02-01"),  # trial 40 (Spanish): keys, "14:0", affiliations
    "republica2013-sessions-excerpt.js": ("Europe/Berlin", "2013-05-06"),  # trial 42: frab's `persons`, `#text`
}
"""Each module's --timezone and --date (day 1): none of them but ProIT Fest's writes a date, none a zone."""
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {"proitfest2023-data.js": (("room", "section"),)}
"""What a module's program file maps: ProIT Fest's `section` (a zone of the festival) is its room, named so by the
user; read unasked, a `section` is no room (DVPW 2024's CSV: a discipline; ML for Systems 2023: the title)."""
UNREAD = {("proitfest2023-data.js", 455): "minutes must be 00 to 59 in '17:80'"}
"""Objects no item is read from, with what the `unreadable-row` error says: a clock time that is none."""
FIELDS = ("title", "start", "end", "people", "room")
_OBJECT = re.compile(r"\{[^{}]*\}")
_SESSION_TITLE = re.compile(r"\n\s*content:\s*\{\s*title:")
"""A session of a module that nests them (`items: [{ id, type, content: { title, … }, time: {…} }]`)."""
_SESSIONS_IN: dict[str, re.Pattern[str]] = {
    "proitfest2023-data.js": re.compile(r"\n\s*title:"),  # its innermost objects are authors
    "scomp2017-programacao.vue": re.compile(r"\{\s*titulo:[^{}\[\]]*\}"),  # an evento: a titulo and no list
    "reactindia2019-schedule.js": re.compile(r"\{\s*\n\s*type:"),  # a session opens with its type
    "republica2013-sessions-excerpt.js": re.compile(r"^\t\{$", re.MULTILINE),  # persons are objects within
}
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_EXPORTED = re.compile(r"\bexport\s*\{[^{}]*\}")
"""`export { actividades }` after the list: names, no object."""
_AFFILIATION = re.compile(r"\s*\[[^\]]*\]$")


def context(name: str) -> ReadContext:
    """The --timezone and --date a module is read with."""
    zone, first = CONTEXTS[name]
    return ReadContext(timezone=ZoneInfo(zone), first_date=date.fromisoformat(first), columns=COLUMNS.get(name, ()))


def objects_in_source(text: str, name: str = "") -> int:
    """The objects after a list's assignment (`= [`, `default [`), by a pattern: the items the source holds."""
    if name in _SESSIONS_IN:
        return len(_SESSIONS_IN[name].findall(text))
    if nested := _SESSION_TITLE.findall(text):  # its innermost objects are clock times and links, not sessions
        return len(nested)
    text = _EXPORTED.sub("", _BLOCK_COMMENT.sub("", text))  # Innova Ciencias' template in `/* … */` is no item
    opening = re.search(r"=\s*\[|default\s*\[", text)
    return len(_OBJECT.findall(text, opening.end())) if opening else 0


def fields(item: Item) -> dict[str, object]:
    """The fields compared, with the line the item's object starts on."""
    return {
        "line": item.source.line,
        "title": item.title,
        "start": item.start.isoformat() if item.start else None,
        "end": item.end.isoformat() if item.end else None,
        "people": [_AFFILIATION.sub("", person) for person in item.people],  # "Name [Org]": the name
        "room": item.location,
    }


def main() -> None:
    """Print the table."""
    print("| module | objects in source | items read | " + " | ".join(FIELDS) + " |")
    print("|---|---:|---:|" + "---:|" * len(FIELDS))
    for name in CONTEXTS:
        text = (DATA / name).read_text(encoding="utf-8")
        program = JsRowsReader().read(text, source=name, context=context(name))
        expected = json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8"))
        read = {entry["line"]: entry for entry in map(fields, program.items)}
        exact = [sum(read.get(entry["line"], {}).get(field) == entry[field] for entry in expected) for field in FIELDS]
        said = " | ".join(f"{count}/{len(expected)}" for count in exact)
        print(f"| {name} | {objects_in_source(text, name)} | {len(program.items)} | {said} |")


if __name__ == "__main__":
    main()
