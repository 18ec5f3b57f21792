"""What each real static-site YAML schedule of tests/data/yaml_site holds, listed with PyYAML directly.

Each file's entries are read with BaseLoader and the file's own shape written out here (not the
reader's detection): the title (HTML tags and link texts removed), the start's clock time and the
people, from the keys that file uses. `yaml_fidelity.py` compares the reader's items with them.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "yaml_site"


Entry = tuple[str, int | None, tuple[str, ...]]
"""An entry as the source gives it: title, start in minutes after midnight (None: a date only), people."""


def load(name: str) -> Any:
    """The file as PyYAML reads it, tab indentation as spaces and trailing blanks gone (as Jekyll reads it)."""
    text = (DATA / name).read_text(encoding="utf-8")
    text = re.sub(r"[ \t]+$", "", text, flags=re.M)  # AGN's tabs after a value, which libyaml reads
    return yaml.load(re.sub(r"^[ \t]+", lambda m: m[0].replace("\t", "    "), text, flags=re.M), Loader=yaml.BaseLoader)


def text(value: str) -> str:
    """A title as the site shows it: links' texts out, tags out, entities unescaped, spaces collapsed."""
    value = re.sub(r"<a\s[^>]*>.*?</a>", " ", value, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", value)).split())


def minutes(value: str) -> int:
    """The first clock time in `value`, in minutes after midnight (the offset of 3dv's dates left out)."""
    found = re.search(r"(?<![\d-])(\d{1,2})[:.](\d{2})", value)
    assert found, value
    return int(found[1]) * 60 + int(found[2])


def bmvc() -> list[Entry]:
    """BMVC 2021: days → contents, a session and its title."""
    return [
        (f"{e['session']}: {e['title']}" if "title" in e else e["session"], minutes(e["start-time"]), ())
        for day in load("bmvc2021-schedule.yml")["schedule"]
        for e in day["contents"]
    ]


def devfest() -> list[Entry]:
    """DevFest Porto: timeslots' session ids joined with sessions and speakers."""
    sessions = {s["id"]: s for s in load("devfest-porto-sessions.yml")}
    speakers = {s["id"]: f"{s['name']} {s['surname']}" for s in load("devfest-porto-speakers.yml")}
    return [
        (sessions[i]["title"], minutes(slot["startTime"]), tuple(speakers[p] for p in sessions[i].get("speakers", [])))
        for day in load("devfest-porto-schedule.yml")
        for slot in day["timeslots"] or []
        for i in slot["sessionIds"]
        if i in sessions
    ]


def chomps() -> list[Entry]:
    """CHOMPS: a flat list with HTML titles and dotted ranges."""
    return [
        (text(e["Title"]), minutes(e["Time"]), (e["Presenter"],) if e.get("Presenter") else ())
        for e in load("chomps2025-schedule.yml")
    ]


def acm() -> list[Entry]:
    """ACM-CRE: a flat list, speakers by slug."""
    return [
        (e["title"], minutes(e["time"]), (e["speaker"],) if "speaker" in e else ())
        for e in load("acm-cre-schedule.yml")
    ]


def threedv() -> list[Entry]:
    """3DV: a mapping by year, dates with offsets; a session's `chairs` ("A and B") are its people."""
    return [
        (
            f"{e['title']}: {e['subtitle']}" if e.get("subtitle") else e["title"],
            minutes(e["date"].split(" ", 1)[1]),
            tuple(name.strip() for name in e["chairs"].split(" and ")) if e.get("chairs") else (),
        )
        for entries in load("3dv-schedule.yml").values()
        for e in entries
    ]


def fosd() -> list[Entry]:
    """FOSD 2018: days → sessions (from, to) → talks; 12-hour times, 1 to 6 o'clock being the afternoon.

    A Markdown link in a title is its text: the site's Markdown page prints the titles, and kramdown renders them.
    """
    return [
        (
            re.sub(r"\[([^\[\]]+)\]\([^()\s]+\)", r"\1", talk["title"]),
            minutes(session["from"]) + (12 * 60 if minutes(session["from"]) < 7 * 60 else 0),
            (talk["speaking"],),
        )
        for day in load("fosd2018-schedule.yml")
        for session in day["sessions"]
        for talk in session["talks"]
    ]


def canton() -> list[Entry]:
    """Canton Linux 2023: a flat list of monthly meetings, a date and no time."""
    return [
        (e["title"], None, (e["presenter"],) if e.get("presenter") else ()) for e in load("cantonlinux-schedule.yml")
    ]


def enlsp() -> list[Entry]:
    """ENLSP 2022: a flat list, 12-hour times ("02:00PM - 02:50PM"), presenters as an HTML list."""
    return [
        (
            text(e["Title"]),
            minutes(e["Time"]) % 720 + (720 if e["Time"].split("-")[0].strip().endswith("PM") else 0),
            tuple(re.findall(r"<li>(.*?)</li>", e.get("Presenter", "")))
            or ((e["Presenter"],) if e.get("Presenter") else ()),
        )
        for e in load("enlsp2022-schedule.yml")
    ]


def bytebay() -> list[Entry]:
    """ByteBay 2018: timeslots' ids under singles, sessionIds and workshopsIds; speakers by id, no speakers file."""
    sessions = {s["id"]: s for s in load("bytebay-sessions.yml")["list"]}
    return [
        (text(sessions[i]["title"]), minutes(slot["startTime"]), ())
        for day in load("bytebay-schedule.yml")
        for slot in day["timeslots"]
        for key in ("singles", "sessionIds", "workshopsIds")
        for i in slot.get(key, [])
    ]


def discan() -> list[Entry]:
    """DISCAN 2018: days → timeslots; a talk's speakers as events[] titled "Name: Affiliation" (or "Name, …")."""

    def person(title: str) -> str:
        name, affiliation = title.split(":" if ":" in title else ",", 1)
        return f"{name.strip()} [{affiliation.strip()}]"

    return [
        (
            slot["title"],
            minutes(slot["startTime"]),
            tuple(person(event["title"]) for event in slot.get("events", []))
            or ((slot["speaker"],) if "speaker" in slot else ()),
        )
        for day in load("discan18-schedule.yml")
        for slot in day["timeslots"]
    ]


def srccon() -> list[Entry]:
    """SRCCON:WORK 2018: JSON; "3:30-4:30pm" (am/pm once, at the end, for both), "10am"; facilitators."""

    def start(written: str) -> int:
        first, _, last = written.partition("-")
        meridiem = (last or first)[-2:]
        hour, _, minute = first.rstrip("apm").partition(":")
        at = int(hour) % 12 * 60 + int(minute or 0)
        ends = int(last.rstrip("apm").partition(":")[0]) % 12 * 60 + (720 if meridiem == "pm" else 0) if last else 0
        return at + 720 if meridiem == "pm" and (not last or at + 720 <= ends) else at

    return [
        (" ".join(e["title"].split()), start(e["time"]), tuple(n.strip() for n in e["facilitators"].split(",") if n))
        for e in load("srccon-work-schedule.yaml")
    ]


def pgbh() -> list[Entry]:
    """PGBH 2025: days named "Day 2 - January 23"; the speaker in `title`, the talk in `subtitle`."""
    return [
        (e["subtitle"], minutes(e["time"]), (e["title"],)) if "subtitle" in e else (e["title"], minutes(e["time"]), ())
        for day in load("pgbh2025-program.yml")["days"]
        for e in day["events"]
    ]


def _meridiem_minutes(value: str) -> int:
    """LedgerFest's "8:am", "1:45pm": an hour, its minutes perhaps left out, and am/pm."""
    found = re.fullmatch(r"(\d{1,2}):(\d{2})?\s*([ap])m", value.strip())
    assert found, value
    return int(found[1]) % 12 * 60 + (720 if found[3] == "p" else 0) + int(found[2] or 0)


def ledgerfest() -> list[Entry]:
    """LedgerFest 2019: Zeppelin timeslots joined with sessions and speakers; id 0 is an empty cell."""
    sessions = {s["id"]: s for s in load("ledgerfest2019-sessions.yml")}
    speakers = {s["id"].strip(): f"{s['name']} {s['surname']}".strip() for s in load("ledgerfest2019-speakers.yml")}
    return [
        (
            sessions[i]["title"],
            _meridiem_minutes(slot["startTime"]),
            tuple(speakers[p] for p in sessions[i].get("speakers", []) if p in speakers),
        )
        for day in load("ledgerfest2019-schedule.yml")
        for slot in day["timeslots"]
        for i in slot["sessionIds"]
        if i != "0"
    ]


def isorc(name: str = "isorc2026-program.yml") -> list[Entry]:
    """ISORC 2026 (and AGN on the Beach 2023): days → rooms → talks with `name`, `time_start`."""
    return [
        (talk["name"], minutes(talk["time_start"]), ())
        for day in load(name)["days"]
        for room in day["rooms"]
        for talk in room["talks"]
    ]


def bsides() -> list[Entry]:
    """BSides Oslo 2024: `timeStart` (else `timeEnd`, as its template shows) and a title or a talk of talks.yml."""
    talks = load("bsidesoslo2024-talks.yml")
    return [
        (
            talks[e["talk"]]["title"] if "talk" in e else e["title"],
            minutes(e.get("timeStart") or e["timeEnd"]),
            (talks[e["talk"]]["name"].strip(),) if "talk" in e else (),
        )
        for e in load("bsidesoslo2024-program.yml")
    ]


def sure() -> list[Entry]:
    """SURE 2025: a subtitle is the keynote's "Dr." speaker, a "•" list of papers (untimed, after), or panelists."""
    entries: list[Entry] = []
    for e in load("sure2025-program.yml")["days"][0]["events"]:
        subtitle = e.get("subtitle", "")
        chair = e.get("chair", ":").split(":", 1)[1].strip()
        people = (subtitle.removeprefix("Dr. "),) if e["category"] == "Keynote" else ()
        people += (chair,) if chair and not chair.startswith("[") else ()  # "[Chair Name]" is a placeholder
        entries.append((e["title"], minutes(e["time"]), people))
        papers = [" ".join(re.sub(r"<[^>]*>", " ", line).split()) for line in subtitle.split("<br>")]
        if subtitle.startswith("•"):
            entries += [(paper.removeprefix("• "), None, ()) for paper in papers]
    return entries


def agile_basque() -> list[Entry]:
    """Agile Pays Basque 2025: tracks (rooms) → sessions, "12h15 - 14h00" times, a title or a talk_id of talks.json."""
    talks = {
        talk["id"]: talk for talk in json.loads((DATA / "agilepaysbasque2025-talks.json").read_text())["proposals"]
    }

    def start(written: str) -> int:
        found = re.match(r"(\d{1,2})(?:[:h](\d{2}))?", written.strip())
        assert found, written
        return int(found[1]) * 60 + int(found[2] or 0)

    return [
        (
            talks[e["talk_id"]]["title"] if "talk_id" in e else e["title"],
            start(e["time"]),
            tuple(_with_company(speaker) for speaker in talks[e["talk_id"]]["speakers"]) if "talk_id" in e else (),
        )
        for track in load("agilepaysbasque2025-schedule.yaml")["tracks"]
        for e in track["sessions"]
    ]


def _with_company(speaker: dict[str, str]) -> str:
    """A speaker "Name [Company]" when the export names their company (Conference Hall's `company`)."""
    company = " ".join((speaker.get("company") or "").split())
    return f"{speaker['name']} [{company}]" if company else speaker["name"]


def cpaior() -> list[Entry]:
    """CPAIOR 2025: days → sessions (a chair is the session's person) → talks, each after its session.

    A talk's `speaker` lists names joined by ", " and " and "; one speaker's `affiliation` is kept
    as "Name [Affiliation]". `From 08:00` is a start.
    """
    entries: list[Entry] = []
    for day in load("cpaior2025-program.yml")["days"]:
        for session in day["sessions"]:
            entries.append((session["title"], minutes(session["time"]), tuple(filter(None, [session.get("chair")]))))
            for talk in session.get("talks", []):
                names = tuple(re.split(r", | and ", " ".join(talk["speaker"].split())))
                if "affiliation" in talk and len(names) == 1:
                    names = (f"{names[0]} [{talk['affiliation']}]",)
                entries.append((" ".join(talk["title"].split()), minutes(talk["time"]), names))
    return entries


def bsides_aarhus() -> list[Entry]:
    """BSides Aarhus 2026: `timeSlots[]`, titles per language (English read: no locale given).

    The parallel slots name their talks only by slug (`track1: malware-monsters`): the file has
    no title for them, so they are not counted (the reader leaves them out with a warning).
    """
    return [
        (e["title"]["en"], minutes(e["time"]), ())
        for e in load("bsidesaarhus2026-schedule.yaml")["timeSlots"]
        if "title" in e
    ]


def strl() -> list[Entry]:
    """STRL 2026: a bare list, `time: "09:00 – 09:10"`; `speaker: "Speaker TBA"` is nobody."""
    return [
        (e["title"], minutes(e["time"]), (e["speaker"],) if e["speaker"] not in ("", "Speaker TBA") else ())
        for e in load("strl2026-schedule.yaml")
    ]


def wbci2022() -> list[Entry]:
    """WBCI 2022: days → timeslots (the talks under each slot's `events` are not counted: not read, said)."""
    text = (DATA / "wbci2022-schedule.yml").read_text(encoding="utf-8")
    days = yaml.load(
        re.sub(r"(?m)^([ ]*)(.*)$", lambda m: m[1] + m[2].replace("\t", " "), text), Loader=yaml.BaseLoader
    )
    return [(text_of(s["title"]), minutes(s["startTime"]), ()) for day in days for s in day["timeslots"]]


def climate2023() -> list[Entry]:
    """Climate workshop 2023 (Kigali): days → events, speakers "A & B"; the BBQs' `end: "late"`: no end, a start."""
    return [
        (e["title"], minutes(e["start"]), tuple(e["speaker"].split(" & ")) if e.get("speaker") else ())
        for day in load("climate2023-schedule.yml")
        for e in day["events"]
    ]


def ai4facd2025() -> list[Entry]:
    """AI4FACD 2025: `time: 08:45 to 09:00`; a `subtitle` "Name, Affiliation" is the speaker "Name [Affiliation]"."""
    return [
        (text(e["title"]), minutes(e["time"]), (f"{name} [{place}]",) if place else ())
        for day in load("ai4facd2025-program.yml")["days"]
        for e in day["events"]
        for name, _, place in [e.get("subtitle", "").partition(", ")]
    ]


DATED = {
    "ai4facd2025-program.yml": date(2025, 6, 21),
}
"""Files whose days the table checks too: their starts count minutes from this first day's midnight."""


def text_of(value: str) -> str:
    """A title with its tags left out, spaces collapsed (WBCI's `<i>` in a talk's title)."""
    return " ".join(re.sub(r"<[^>]*>", "", value).split())
