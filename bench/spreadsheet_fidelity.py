"""Spreadsheet fidelity: per real file, items in the source (counted with csv or calamine), items read, fields exact.

Run: python bench/spreadsheet_fidelity.py  (prints a markdown table)
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook

from program.model import Program
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"
Expected = list[tuple[str, datetime | None, datetime | None, tuple[str, ...] | None]]


@dataclass
class Case:
    """One real file, how to read it, and its items counted without program."""

    name: str
    context: ReadContext
    expected: Callable[[ReadContext], Expected]


def _records(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter=delimiter))


def _at(day: date, clock: str, zone: ZoneInfo, fmt: str = "%H:%M") -> datetime:
    return datetime.combine(day, datetime.strptime(clock.strip(), fmt).time(), zone)


def _aws(context: ReadContext) -> Expected:
    zone = context.timezone
    assert zone is not None
    rows: Expected = []
    for record in _records("aws-reinvent-2024-agenda.csv"):
        day = date.fromisoformat(record["Date"])
        start_text, end_text = record["Time"].split(" - ")
        start, end = _at(day, start_text, zone, "%I:%M %p"), _at(day, end_text, zone, "%I:%M %p")
        rows.append((record["Event"], start, end if end > start else end + timedelta(days=1), ()))
    return rows


def _dvpw(context: ReadContext) -> Expected:
    zone = context.timezone
    assert zone is not None
    items: dict[tuple[str, str, str], list[str]] = {}
    for record in _records("dvpw-2024-program-excerpt.csv"):
        names = items.setdefault((record["date"], record["time"], record["title"]), [])
        names += [record["presenter"]] if record["presenter"] != "NA" else []
    rows: Expected = []
    for (day_text, time_text, title), names in items.items():
        day = datetime.strptime(day_text, "%d.%m.%Y").date()
        start_text, end_text = time_text.removesuffix(" Uhr").split("-")
        rows.append((" ".join(title.split()), _at(day, start_text, zone), _at(day, end_text, zone), tuple(names)))
    return rows


def _viva(context: ReadContext) -> Expected:
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    rows: Expected = []
    for record in _records("vivatech-2017-program-excerpt.csv"):
        start, end = _at(day, record["start"], zone), _at(day, record["end"], zone)
        rows.append((" ".join(record["title"].split()), start, end if end > start else end + timedelta(days=1), ()))
    return rows


def _purplecon(context: ReadContext) -> Expected:
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    rows: Expected = []
    for record in _records("purplecon-2019-schedule.csv"):
        start = _at(day, record["time"], zone)
        name = record["speaker_name"].strip()
        rows.append(
            (
                record["talk_title"],
                start,
                start + timedelta(minutes=int(record["Length"])),
                (name,) if name != "you!" else (),
            )
        )
    return rows


def _couchbase(context: ReadContext) -> Expected:
    zone = context.timezone
    assert zone is not None
    sheet = CalamineWorkbook.from_path(DATA / "couchbase-connect-2014-agenda.xlsx").get_sheet_by_name("sessions")
    header, *rows = sheet.to_python()
    column = {name: index for index, name in enumerate(header)}
    expected: Expected = []
    for row in rows:
        values: list[object] = list(row)
        if not values[column["Name"]]:
            continue
        day, start, end = values[column["Date"]], values[column["StartTime"]], values[column["EndTime"]]
        # Each presenter with the company beside them: "Name [Company]" (the affiliation, split off later);
        # "To be announced" is nobody yet (three sessions: "To be announced" of Couchbase, Microsoft, Mirror Image).
        people = tuple(
            f"{name} [{company}]" if company else name
            for n in (1, 2, 3)
            if (name := str(values[column[f"Presenter{n}"]]).strip()) and name != "To be announced"
            for company in [str(values[column[f"Company{n}"]]).strip()]
        )
        expected.append(
            (str(values[column["Name"]]), datetime.combine(day, start, zone), datetime.combine(day, end, zone), people)  # type: ignore[arg-type]
        )
    return expected


def _vldb(context: ReadContext) -> Expected:
    """Titles only: each filled cell of the room columns that no merged range hides."""
    book = CalamineWorkbook.from_path(DATA / "vldb-2014-program.xlsx")
    expected: Expected = []
    for name in ("Sheet3", "Sheet2", "Sheet1"):
        sheet = book.get_sheet_by_name(name)
        hidden = {
            (row, column)
            for (first_row, first_column), (last_row, last_column) in sheet.merged_cell_ranges or ()
            for row in range(first_row, last_row + 1)
            for column in range(first_column, last_column + 1)
            if (row, column) != (first_row, first_column)
        }
        for r, row in enumerate(sheet.to_python()[3:], 3):
            expected += [
                (" ".join(str(v).split()), None, None, None)
                for c, v in enumerate(row[1:], 1)
                if v and (r, c) not in hidden
            ]
    return expected


def _haecksen(context: ReadContext) -> Expected:
    """Day numbers from --date (Tag 1 is the first day), Beginn and Ende as fractions of a day."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    rows: Expected = []
    for record in _records("haecksen-36c3-fahrplan.csv"):
        if not record["Was?"]:
            continue
        midnight = datetime.combine(first + timedelta(days=int(record["Tag"]) - 1), datetime.min.time(), zone)
        start = midnight + timedelta(minutes=round(float(record["Beginn"]) * 1440))
        end = (
            midnight + timedelta(minutes=round(float(record["Ende"]) * 1440)) if record["Ende"] != "Open-end" else None
        )
        rows.append((" ".join(record["Was?"].split()), start, end, None))
    return rows


def _kempten(context: ReadContext) -> Expected:
    zone = context.timezone
    assert zone is not None
    rows: Expected = []
    for record in _records("bitcoin-metropole-kempten-2026-programm.csv"):
        rows.append((record["Titel"], _at(date.fromisoformat(record["Datum"]), record["Zeit"], zone), None, ()))
    return rows


# ML4HST 2023, written by hand from the sheet: day, start, end | title | people (a cell's lines in order).
_ML4HST = """
Mon 08:00 09:35 | Introduction to AI and ML | Dr. Suresh
Mon 08:00 09:35 | Online ML Activities | Matt
Tue 08:00 09:35 | Haar Cascade Face Tracking | Nischal
Wed 08:00 09:35 | Melody Harmonzation | Fletcher
Thu 08:00 09:35 | Line Following with TurboPi | Josh
Fri 08:00 09:35 | Introduction to Quantum Mechanics | Fletecher
Fri 08:00 09:35 | Introduction to Quantum Computing | Tessa
Mon 09:35 09:45 | Break |
Tue 09:35 09:45 | Break |
Wed 09:35 09:45 | Break |
Thu 09:35 09:45 | Break |
Fri 09:35 09:45 | Break |
Mon 09:45 11:15 | ML Fundamentals | Josh
Mon 09:45 11:15 | Percpetron | Dr. Suresh
Tue 09:45 11:15 | ChatGPT | Fletcher
Tue 09:45 11:15 | Introduction to Pytorch | Josh
Tue 09:45 11:15 | Dr. Wright | Dr. Wright
Wed 09:45 11:15 | Plant Species Identification | Matt
Wed 09:45 11:15 | Data Collection with Drones | Bruce
Thu 09:45 11:15 | Obstacle Avoidance Drones | Bruce
Fri 09:45 10:45 | Quantum Encryption | Bruce
Fri 09:45 10:45 | Online Quantum Computing Activities | Matt
Mon 11:15 12:15 | Lunch |
Tue 11:15 12:15 | Lunch |
Wed 11:15 12:15 | Lunch |
Thu 11:15 12:15 | Lunch |
Fri 10:45 11:00 | Break |
Mon 12:15 13:30 | Introduction to Lobe AI | Matt
Mon 12:15 13:30 | Rock Paper Scissors | Matt
Tue 12:15 13:30 | Bird Sound Identification | Matt
Wed 12:15 13:30 | Introduction to CNNs | Dr. Suresh
Thu 12:15 15:00 | PuppyPi | Fletcher
Thu 12:15 15:00 | JetHexa | Matt
Fri 11:00 11:45 | Dr. Pudenz | Dr. Pudenz
Mon 13:30 13:45 | Break |
Tue 13:30 13:45 | Break |
Wed 13:30 13:45 | Break |
Fri 12:00 13:00 | Lunch |
Mon 13:45 15:00 | Iris Classifier with Scikit | Josh
Mon 13:45 15:00 | Animal Classifier with Sckit | Nischal
Tue 13:45 15:00 | Pytorch Lightning and Copilot | Bruce
Wed 13:45 15:00 | Introduction to RNNs | Dr. Suresh
Wed 13:45 15:00 | Advanced ML Architectures | Dr. Suresh
Fri 13:00 14:15 | Programming Quantum Computers | Dr. Suresh
Mon 15:00 15:15 | Break |
Tue 15:00 15:15 | Break |
Wed 15:00 15:15 | Break |
Thu 15:00 15:15 | Break |
Mon 15:15 16:30 | Polynomial Regression | Tessa
Mon 15:15 16:30 | Image Classification with Scikit | Josh
Tue 15:15 16:30 | Vehicle Detection | Fletcher
Wed 15:15 16:30 | Introduction to TurboPi | Josh
Wed 15:15 16:30 | Face Tracking with TurboPi | Nischal
Thu 15:15 16:30 | Free Time |
Fri 14:15 14:30 | Wrapup |
"""
# Zitadelle 2026, written by hand from programm.csv: Tag 1 is Thursday 28 May; starts only.
# Rows 25-28 repeat rows 9-12 (day 2's morning sport, pasted again): the same four items.
_ZITADELLE = """
Thu 10:00 - | Speedboote | ?
Thu 13:00 - | Fähre 1 | ?
Thu 14:30 - | Fähre 2 | ?
Thu 15:00 - | Speedboote | ?
Thu 18:21 - | Eröffnung Zitadelle 2026 | ?
Thu 21:21 - | DJ Party | ?
Fri 07:30 - | Frühstück von 7:30 bis 10:30 | ?
Fri 07:30 - | Yoga & Meditation | ?
Fri 08:00 - | Sunrise Morning Medidation mit Sandra | ?
Fri 08:00 - | Joggen | ?
Fri 08:00 - | Ganzkörper Fitness-Übungen mit Bitfit | ?
Fri 08:45 - | Kundalini Yoga mit Rike | ?
Fri 10:00 - | Specter Desktop mit Schnurtz | ?
Fri 11:00 - | Bitcoin für Beginner mit 21Bitcoin | ?
Fri 12:00 - | Fix the family mit Susanne Dröber | ?
Fri 13:00 - | Mittagspause | ?
Fri 14:00 - | Netdiver | ?
Fri 15:00 - | Ralph - Nostr Kicktip | ?
Fri 16:00 - | Liebe Ego Privacy & höhere Bewusstseinszustände - Bitcoin als Guru mit Jack (Mr. Luna) und Nicole Nowak |?
Fri 17:00 - | Liebe Ego Privacy & höhere Bewusstseinszustände - Bitcoin als Guru mit Jack (Mr. Luna) und Nicole Nowak |?
Fri 19:00 - | Panal Bitcoin | ?
Fri 20:21 - | Die Rockchain Rebels | ?
Fri 22:21 - | DJ Party | ?
Sat 07:30 - | Frühstück von 7:30 bis 10:30 | ?
Sat 13:00 - | Mittagspause | ?
Sat 14:00 - | Gil - Pubky | ?
Sat 15:00 - | Institutionelle Adoption mit Filip | ?
Sat 15:00 - | Specter Shield Lite Workshop | ?
Sat 16:00 - | Tim Buktu Nostr Einundzwanzig | ?
Sat 16:00 - | Specter Shield Lite Workshop | ?
Sat 17:00 - | Was gibt es für L2's | ?
Sat 17:00 - | Specter Shield Lite Workshop | ?
Sat 19:00 - | Bitcoin Familienduell - Wir haben 121 Leute gefragt | ?
Sat 20:00 - | Panal Bitcoin | ?
Sat 21:21 - | 21Bitcoin Pool-Party | ?
Sun 09:00 - | Speedboote | ?
Sun 10:30 - | Fähre 1 | ?
Sun 11:30 - | Fähre 2 | ?
"""

# GUG CZ DevFest 2017, written by hand from schedule_d1.csv and schedule_d2.csv: a break written in
# every track's speaker column, or in the first alone, is one item; "Nik Page" has no talk title.
# Not items: 'Kruhovka' and 'Jeanne Trojan workshop', in a column without a name.
_GUGCZ_DAY1 = """
Sat 09:00 09:30 | Registration / Breakfast |
Sat 09:30 10:00 | Zahájení |
Sat 10:00 10:50 | Flutter | Kasper Lund
Sat 10:00 10:50 | Android Things | Rebecca Franks
Sat 10:00 10:50 | Google Cloud | Radek Simko
Sat 10:50 11:00 | Break |
Sat 11:00 11:50 | SDK Android | Vitaliy Zasadnyy
Sat 11:00 11:50 | Indie marketing | Tomáš Hubálek
Sat 11:00 11:50 | Firebase | Juarez Filho
Sat 11:50 12:00 | Break |
Sat 12:00 12:25 | AI Rust | Vigneshwer Dhinakaran
Sat 12:00 12:25 | Firebase Functions | Sofia Huts
Sat 12:00 12:25 | IoT Security | Vladislav Iliushin
Sat 12:25 12:35 | Break |
Sat 12:35 13:00 | Robots | Tomáš Jukin
Sat 12:35 13:00 | Android Studio Plugin | Alexey Buzdin
Sat 12:35 13:00 | Nik Page | Nik Page
Sat 13:00 14:00 | Lunch |
Sat 14:00 14:50 | Google Assistant | Faisal Abid
Sat 14:00 14:50 | Angular Dart | Jana Moudrá
Sat 14:00 14:50 | Android Room | Hugo Visser
Sat 14:50 15:00 | Break |
Sat 15:00 15:50 | Programming in Prison | Sarabeth Jaffe
Sat 15:00 15:50 | Sonar Android | Petr Nálevka
Sat 15:00 15:50 | HTTP2 | Daniel Stenberg
Sat 15:50 16:00 | Break |
Sat 16:00 16:50 | PWAs | Simon MacDonald
Sat 16:00 16:50 | Dart | Tomáš Zvěřina
Sat 16:00 16:50 | Android Doze | Britt Barak
Sat 16:50 17:20 | Coffee Break |
Sat 17:20 17:45 | Lightning Talks x 7 |
Sat 17:20 17:45 | Kotlin Android | Vaclav Souhrada
Sat 17:20 17:45 | Web VR | Tanay Pant
Sat 17:45 18:10 | Service Workers | Ipsha Bhidonia
Sat 17:45 18:10 | J2ObjC | Jindrich Sarson
Sat 18:10 18:15 | Break |
Sat 18:15 18:45 | Ukončení |
Sat 18:45 23:40 | Afterparty |
"""
_GUGCZ_DAY2 = """
Sun 09:30 10:00 | Registration / Breakfast |
Sun 10:00 12:30 | experiments with real-time audio/video processing in JavaScript | Ondřej Žára
Sun 10:00 12:30 | Introduction to JavaScript Game Development | Alvin Ourrad
Sun 10:00 12:30 | Basic Concepts of Containers Orchestration | Václav Pavlín
Sun 10:00 12:30 | Okay Google, let's do the code review | Neha Sharma; Jaswant Singh
Sun 10:00 12:30 | Coding Dojo | Paweł Lewtak
Sun 12:30 13:00 | Lunch |
Sun 13:00 15:30 | It's aliiiiive! | Věrka Koukalová; Standa Koukal
Sun 13:00 15:30 | Crypto currency trading algo | Vít Listík
Sun 13:00 15:30 | Writing Firebase Functions in Kotlin | Sergejs Luhmirins
Sun 13:00 15:30 | Morfina - The World Unique Homomorphic Encrypted Open API | Jaroslav Machaň
Sun 13:00 15:30 | Move to Google Cloud Platform, and stop worrying ... | Pavel Krejsa
Sun 13:00 15:30 | PWA | Martin Lonsky
"""


def _written(text: str, context: ReadContext) -> Expected:
    """Items written by hand as "Mon 08:00 09:35 | Title | Name; Name" (weekdays from --date's week; "-": no end)."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows: Expected = []
    for line in text.strip().splitlines():
        when, title, who = (part.strip() for part in line.split("|"))
        weekday, start, end = when.split()
        day = first + timedelta(days=(weekdays.index(weekday) - first.weekday()) % 7)
        people = tuple(name.strip() for name in who.split(";") if name.strip())
        checked = people if who != "?" else None  # "?": names written into the title ("Joggen mit Sandra"), not counted
        rows.append((title, _at(day, start, zone), _at(day, end, zone) if end != "-" else None, checked))
    return rows


def _ieeevr(context: ReadContext) -> Expected:
    """Each paper at its session's times (papers.csv's `session` is sessions.csv's `id`); sessions without papers."""
    zone = context.timezone
    assert zone is not None
    sessions = {record["id"]: record for record in _records("ieeevr-2024-sessions.csv")}
    papers = _records("ieeevr-2024-papers.csv")

    def at(session: dict[str, str], key: str) -> datetime:
        return _at(datetime.strptime(session["day"], "%A, %d %B %Y").date(), session[key], zone)

    rows: Expected = [
        (" ".join(paper["title"].split()), at(session, "starttime"), at(session, "endtime"), ())
        for paper in papers
        for session in [sessions[paper["session"]]]
    ]
    named = {paper["session"] for paper in papers}
    rows += [
        (session["name"], at(session, "starttime"), at(session, "endtime"), ())
        for key, session in sessions.items()
        if key not in named
    ]
    return sorted(rows, key=lambda row: row[1] or datetime.max.replace(tzinfo=zone))  # by start, file order kept


def _whova(context: ReadContext) -> Expected:
    """The rows under the second header (not the template's samples); an end before its start is none."""
    zone = context.timezone
    assert zone is not None
    rows = CalamineWorkbook.from_path(DATA / "whova-template-agenda.xls").get_sheet_by_name("Agenda").to_python()
    headers = [index for index, row in enumerate(rows) if row[0] == "*Date"]
    expected: Expected = []
    for row in rows[headers[-1] + 1 :]:
        day = datetime.strptime(str(row[0]), "%m/%d/%Y").date()
        start, end = _at(day, str(row[1]), zone, "%I:%M %p"), _at(day, str(row[2]), zone, "%I:%M %p")
        expected.append((" ".join(str(row[3]).split()), start, end if end > start else None, ()))
    return expected


def _pycones(context: ReadContext) -> Expected:
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    return [
        (
            record["title"],
            _at(day, record["start"], zone),
            _at(day, record["end"], zone),
            tuple(name.strip() for name in record["speaker"].split(" / ") if name.strip()),
        )
        for record in _records("pycones2020-agenda-day2.csv")
    ]


def _orconf2019(context: ReadContext) -> Expected:
    """Rows with a title below the header (row 3); Start/End "2019-09-27<NBSP>11:00"; people not compared."""
    zone = context.timezone
    assert zone is not None
    with (DATA / "orconf2019-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[3:]

    def moment(cell: str) -> datetime:
        return datetime.strptime(cell.replace("\xa0", " "), "%Y-%m-%d %H:%M").replace(tzinfo=zone)

    return [(" ".join(row[5].split()), moment(row[1]), moment(row[2]), None) for row in rows if row[5]]


CASES = [
    Case("aws-reinvent-2024-agenda.csv", ReadContext(timezone=ZoneInfo("America/Los_Angeles")), _aws),
    Case("dvpw-2024-program-excerpt.csv", ReadContext(timezone=ZoneInfo("Europe/Berlin")), _dvpw),
    Case(
        "vivatech-2017-program-excerpt.csv",
        ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2017, 6, 15)),
        _viva,
    ),
    Case(
        "purplecon-2019-schedule.csv",
        ReadContext(timezone=ZoneInfo("Pacific/Auckland"), first_date=date(2019, 10, 1)),
        _purplecon,
    ),
    Case("couchbase-connect-2014-agenda.xlsx", ReadContext(timezone=ZoneInfo("America/Los_Angeles")), _couchbase),
    Case("vldb-2014-program.xlsx", ReadContext(timezone=ZoneInfo("Asia/Shanghai"), first_date=date(2014, 9, 2)), _vldb),
    Case(
        "haecksen-36c3-fahrplan.csv",
        ReadContext(timezone=ZoneInfo("Europe/Berlin"), first_date=date(2019, 12, 27)),
        _haecksen,
    ),
    Case("bitcoin-metropole-kempten-2026-programm.csv", ReadContext(timezone=ZoneInfo("Europe/Berlin")), _kempten),
    Case(
        "ml4hst-2023-schedule.xlsx",
        ReadContext(timezone=ZoneInfo("America/Chicago"), first_date=date(2023, 6, 5)),
        lambda context: _written(_ML4HST, context),
    ),
    Case(
        "zitadelle-2026-programm.csv",
        ReadContext(timezone=ZoneInfo("Europe/Zagreb"), first_date=date(2026, 5, 28)),
        lambda context: _written(_ZITADELLE, context),
    ),
    *(
        Case(
            f"gugcz-devfest-2017-day{day}.csv",
            ReadContext(timezone=ZoneInfo("Europe/Prague"), first_date=date(2017, 11, 3 + day)),
            lambda context, written=written: _written(written, context),
        )
        for day, written in ((1, _GUGCZ_DAY1), (2, _GUGCZ_DAY2))
    ),
    Case(
        "ieeevr-2024-sessions.csv",
        ReadContext(timezone=ZoneInfo("America/New_York"), columns=(("join_file", "ieeevr-2024-papers.csv"),)),
        _ieeevr,
    ),
    Case("whova-template-agenda.xls", ReadContext(timezone=ZoneInfo("America/Denver")), _whova),
    Case(
        "pycones2020-agenda-day2.csv",
        ReadContext(timezone=ZoneInfo("Europe/Madrid"), first_date=date(2020, 10, 3)),
        _pycones,
    ),
    Case("orconf2019-schedule.csv", ReadContext(timezone=ZoneInfo("Europe/Paris")), _orconf2019),
]


def _read(case: Case) -> Program:
    path = DATA / case.name
    if path.suffix == ".csv":
        text = path.read_text(encoding="utf-8")
        return SpreadsheetCsvReader().read(text, source=path.as_posix(), context=case.context)
    return WorkbookReader().read_bytes(path.read_bytes(), source=case.name, context=case.context)


def main() -> None:
    """Print the table."""
    print("| file | items in source | items read | titles exact | starts exact | ends exact | people exact |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for case in CASES:
        expected = case.expected(case.context)
        items = _read(case).items
        pairs = list(zip(expected, items, strict=False))

        def exact(index: int, pairs: list[tuple[tuple[object, ...], object]] = pairs) -> str:
            checked = [(want, got) for want, got in pairs if want[index] is not None]
            if not checked:
                return "–"
            fields = ("title", "start", "end", "people")
            same = sum(getattr(got, fields[index]) == want[index] for want, got in checked)
            return f"{same}/{len(checked)}"

        print(f"| {case.name} | {len(expected)} | {len(items)} | {exact(0)} | {exact(1)} | {exact(2)} | {exact(3)} |")


if __name__ == "__main__":
    main()
