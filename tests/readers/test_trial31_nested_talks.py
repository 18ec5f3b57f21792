"""Trial 31's German programme page (unseen), read as its source writes it (tests/data/pages/PROVENANCE.md).

Forth-Tagung 2023's `views/2023/program.md`: session bullets `- 09:30 Sitzung 1 **on air**` over nested talks
`  - Anton Ertl: `See-code` in Gforth 1.0  (30min)` and their indented abstracts; the legend `**on air** ...
einige Sitzungen werden live … gestreamed` above; a template line `SESSIONS(2023-05-06)  Offizielles Ende, Offener
Chat`; a bullet going on below itself, `Offizielles Ende, Offener Chat`. Before: the sessions were `Sitzung 1 on
air`, their 8 talks not placed, the template line a talk by `Offener Chat`, the line below two people.
Expectations come from the page's lines themselves.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import ROOT, read_detected

PAGES = ROOT / "tests" / "data" / "pages"
BERLIN = ZoneInfo("Europe/Berlin")
FIRST = date(2023, 5, 5)
"""Friday 5 May: `#### Freitag, 5. Mai` names no year (`## Online, 6. & 7. Mai 2023`: the days online only)."""
FORTH = "forthtagung2023-program.md"
_SESSION = re.compile(r"^- (\d{2}):(\d{2}) (Sitzung \d) \*\*on air\*\*$")
_TALK = re.compile(r"^  - ([^:]+):\s+(.*?)\s*\((\d+)min\)\s*$")


def _sessions() -> dict[int, tuple[str, datetime, list[tuple[int, str, str, int]]]]:
    """Each session bullet's line: its title, its start (Saturday 6 May) and its talks (line, name, title, length)."""
    found: dict[int, tuple[str, datetime, list[tuple[int, str, str, int]]]] = {}
    current: list[tuple[int, str, str, int]] = []
    for number, line in enumerate((PAGES / FORTH).read_text(encoding="utf-8").split("\n"), 1):
        if (session := _SESSION.match(line)) is not None:
            current = []
            start = datetime(2023, 5, 6, int(session[1]), int(session[2]), tzinfo=BERLIN)
            found[number] = (session[3], start, current)
        elif (talk := _TALK.match(line)) is not None:
            current.append((number, talk[1].strip(), " ".join(talk[2].replace("`", "").split()), int(talk[3])))
    return found


def test_forth_sessions_keep_their_talks_back_to_back_by_their_stated_lengths() -> None:
    _, program = read_detected("pages", FORTH, ReadContext(timezone=BERLIN, first_date=FIRST))
    sessions = _sessions()
    assert len(sessions) == 4 and sum(len(talks) for _, _, talks in sessions.values()) == 8
    by_line = {item.source.line: item for item in program.items}
    for number, (title, start, talks) in sessions.items():
        session = by_line[number]
        assert (session.title, session.start, session.label) == (title, start, "on air")  # the legend's mark
        at = start
        for line, name, talk_title, minutes in talks:
            talk = by_line[line]
            assert (talk.title, talk.people, talk.kind) == (talk_title, (name,), Kind.TALK)
            assert (talk.start, talk.end) == (at, at + timedelta(minutes=minutes))
            assert talk.sessions == (session.id,)
            at += timedelta(minutes=minutes)
        assert at == session.end  # the lengths fill the session up to the next bullet's time
    assert by_line[23].abstract is not None and by_line[23].abstract.endswith(
        "Stack-Repräsentationen verwendet werden."
    )
    assert not [problem for problem in program.problems if problem.code == "overlap" and "Sitzung" in problem.message]


def test_forth_template_line_and_a_bullet_going_on_are_no_talks_or_people() -> None:
    _, program = read_detected("pages", FORTH, ReadContext(timezone=BERLIN, first_date=FIRST))
    by_line = {item.source.line: item for item in program.items}
    assert 21 not in by_line  # `SESSIONS(2023-05-06)  Offizielles Ende, Offener Chat`: not placed, said so
    assert any("21: note: not placed: 'SESSIONS(2023-05-06)" in line for line in program.reading)
    sunday = by_line[69]
    assert (sunday.title, sunday.people) == ("Platz für weitere Workshops", ())
    assert sunday.abstract == "Offizielles Ende, Offener Chat"
    assert (by_line[41].title, by_line[41].kind) == ("Mittagspause", Kind.BREAK)  # `Mittagspause **on air**`
    assert by_line[40].kind is Kind.BREAK  # `BioBreak`
