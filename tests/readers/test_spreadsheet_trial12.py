"""Spreadsheets a new user brought unseen (session 11): RSAfrica 2026, Beyond Backprop 2020, BiomedVis 2024.

RSAfrica 2026 (25–28 August 2026, SAST) scheduled its CMT export in place: `Paper ID, Paper
Title, …, Authors, …, DAY, TRACK, SESSION_TITLE, START_TIME, END_TIME, …` (an excerpt: 20 of its
45 rows), `DAY` a day number, `Authors` CMT's "Name (Affiliation)*; Name (…)". Read as a CMT
paper list its times were lost; read as a table its `SESSION_TITLE` was taken for the title and
its `Panelists` (filled on panels only) for the people. Beyond Backprop (NeurIPS 2020 workshop,
12 December 2020, PST) keeps a headerless sheet `time | B | " - " | D | link | html | html`: for an
invited talk B is the speaker and D the title, for a paper B is the title and D its authors.
BiomedVis 2024's summer school writes a weekday per row (`Tuesday`) and three untitled rows.
PROBPROG 2021's CSV is four sessions on three days, each under a row naming its day ("Thursday 21
October / BST time zone day / Session 3", the first above the header), every start written three
times (`BST,EDT,PDT`, no Time column), breaks titled only in `Activity` (`**Arrival and
networking**`), each session closed by an `**End**` row. The EHEC seminars write each time with
its zone, `2:00 PM EDT`.
Expectations are counted from the files with `csv` and calamine, or written by hand from them.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.errors import ParseError
from program.model import Kind
from program.readers.base import ReadContext
from program.readers.cmt import CmtReader
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from spreadsheet_files import DATA, read_csv, read_workbook

JOHANNESBURG = ZoneInfo("Africa/Johannesburg")
NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
RSAFRICA = "rsafrica26-program-excerpt.csv"

# Each row's people as its Authors cell names them (affiliations, contact marks and honorifics left out)
RSAFRICA_PEOPLE = {
    "100": ("Anelda van der Walt", "Peter van Heusden"),
    "104": ("Arnab Mukherjee",),
    "9": ("Nnamdi Ugwu",),
    "4": ("Rowland Mosbergen",),
    "10": ("Fuad Adegoke",),
    "21": ("Chioma Oselu",),
    "101": ("Rehema Baguma", "Joan Kinyua"),  # "A/Prof Rehema Baguma and Joan Kinyua"
    "102": ("Cecilia Naule", "Gift Ojeabulu"),
    "103": ("Ambrose Agweyu", "Seun Olufemi"),  # "Prof. Ambrose Agweyu and Seun Olufemi"
    "33": ("Oscar Seip",),
    "34": ("Ijeoma Ezika",),
    # "Laurah Ondari (International Institute of Tropical Agriculture (IITA)/ Bioconductor)*; Trushar Shah (…); …"
    "11": ("Laurah Ondari", "Trushar Shah", "Maria Doyle"),
    "12": ("Trish Radotic",),
    "30": ("Lilian Nwagbara",),
    "19": ("Cooper Smout",),
}


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=zone)


def test_rsafrica_scheduled_cmt_export_is_a_table_not_a_paper_list() -> None:
    text = (DATA / RSAFRICA).read_text(encoding="utf-8")
    assert SpreadsheetCsvReader().detect(text[:2000])
    assert not CmtReader().detect(text[:2000])
    with pytest.raises(ParseError, match=r"its start column has times, so it is a programme: pass --format csv"):
        CmtReader().read(text, source=RSAFRICA, context=None)  # type: ignore[arg-type]


def test_rsafrica_rows_at_their_day_and_times_with_paper_titles_and_authors() -> None:
    with (DATA / RSAFRICA).open(encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file))
    program = read_csv(RSAFRICA, first_date=date(2026, 8, 25), timezone=JOHANNESBURG)

    assert len(records) == 20
    assert len(program.items) == 20
    for record, item in zip(records, sorted(program.items, key=lambda item: item.source.line or 0), strict=True):
        day = date(2026, 8, 25) + timedelta(days=int(record["DAY"]) - 1)
        assert item.title == record["Paper Title"].replace("\xa0", " ").strip()
        assert item.start == _at(day, record["START_TIME"], JOHANNESBURG)
        assert item.end == _at(day, record["END_TIME"], JOHANNESBURG)
        assert tuple(item.people) == RSAFRICA_PEOPLE.get(record["Paper ID"], ())
    kinds = {item.title[:30]: item.kind for item in program.items}
    assert kinds["The only way to play the game "] is Kind.KEYNOTE
    assert kinds["AI Sustainability Day panel se"] is Kind.PANEL
    assert kinds["From Contributor to Maintainer"] is Kind.DEMO
    mapping = next(line for line in program.reading if line.startswith("columns:"))
    assert "Paper Title → title" in mapping
    assert "Authors → people" in mapping
    assert "SESSION_TITLE" not in mapping


def test_beyond_backprop_headerless_rows_of_speaker_and_title_or_title_and_authors() -> None:
    rows = CalamineWorkbook.from_path(DATA / "beyondbackprop2020-schedule.xlsx").get_sheet_by_index(0).to_python()
    columns = (("time", "A"), ("title", "B"), ("people", "D"), ("link", "E"))
    program = read_workbook(
        "beyondbackprop2020-schedule.xlsx", first_date=date(2020, 12, 12), timezone=LOS_ANGELES, columns=columns
    )

    assert len(rows) == len(program.items) == 22
    for row, item in zip(rows, program.items, strict=True):
        start, end = str(row[0]).split(" - ")
        day = date(2020, 12, 12)
        assert (item.start, item.end) == (_at(day, start, LOS_ANGELES), _at(day, end, LOS_ANGELES))
    read = {item.start.strftime("%H:%M"): (item.title, tuple(item.people)) for item in program.items if item.start}
    # an invited talk: B the speaker, D the title
    assert read["06:15"] == ("Bio-Constrained Intelligence and The Great Filter", ("Bastiaan Veeling",))
    assert read["08:30"] == ("Active Inference and Artificial Curiosity", ("Karl Friston",))
    assert read["11:00"] == ("Towards bridging the Gap between Backprop and Neuroscience", ("Yoshua Bengio",))
    assert read["13:15"] == ("Hypernets and the Inverse Function Theorem", ("David Duvenaud",))
    # a paper: B the title, D its authors
    assert read["12:10"] == (
        "Randomized Automatic Differentiation",
        ("Deniz Oktay", "Nick B McGreivy", "Alex Beatson", "Ryan Adams"),
    )
    assert read["12:22"] == (
        "ZORB: A Derivative-Free Backpropagation Algorithm for Neural Networks",
        ("Varun Ranganathan", "Alex Lewandowski"),
    )
    # a Q&A: its people "with A, B and C"
    assert read["09:00"] == ("Live Q&A", ("Bastiaan Veeling", "Olivier Teytaud", "Karl Friston"))
    assert read["07:15"] == ("First Poster Session", ())
    swapped = [row for row in rows if row[2] == " - " and row[1] in {title for title, _ in read.values()}]
    assert len(swapped) == 4  # the four papers keep B as the title; the seven invited talks do not
    assert any("'B' holds people's names in 7 of the 13 rows" in line for line in program.reading)


def _biomedvis_title(record: dict[str, str]) -> str:
    """The row's title; the closing row swaps its two cells (name "Closing", title "Organizers"): "Closing"."""
    return record["name"] if record["title"] == "Organizers" else record["title"]


def _biomedvis_people(record: dict[str, str]) -> tuple[str, ...]:
    """The row's speaker with their affiliation ("Name [Org]"); "Organizers" names nobody, "Closing" no one."""
    if not record["name"] or "Organizers" in (record["name"], record["title"]):
        return ()
    return (f"{record['name']} [{record['affiliation']}]",) if record["affiliation"] else (record["name"],)


def test_biomedvis_2024_weekday_rows_and_the_untitled_ones_said() -> None:
    with (DATA / "biomedvis2024-program.csv").open(encoding="utf-8-sig", newline="") as file:
        records = list(csv.DictReader(file))
    program = read_csv("biomedvis2024-program.csv", first_date=date(2024, 9, 10), timezone=BERLIN)

    titled = [record for record in records if record["title"]]
    assert (len(records), len(titled)) == (16, 13)
    days = {"Tuesday": date(2024, 9, 10), "Wednesday": date(2024, 9, 11)}
    assert [(item.title, item.start, item.end, tuple(item.people)) for item in program.items] == [
        (
            _biomedvis_title(record),
            _at(days[record["day"]], record["start"], BERLIN),
            _at(days[record["day"]], record["end"], BERLIN),
            _biomedvis_people(record),
        )
        for record in titled
    ]
    # the row writes name "Closing", title "Organizers": a group names no event, "Closing" no person (trial 12)
    assert (program.items[10].title, program.items[10].people) == ("Closing", ())
    skipped = [line for line in program.reading if line.startswith("skipped:")]
    places = [line.split(" (")[0] for line in skipped]
    assert places == [f"skipped: biomedvis2024-program.csv:{row}" for row in (2, 3, 4)]


def test_probprog_2021_days_from_heading_rows_times_from_the_zone_columns() -> None:
    with (DATA / "probprog2021-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    program = read_csv("probprog2021-schedule.csv", first_date=date(2021, 10, 20))

    expected, day = [], date(2021, 10, 20)
    for row in rows:
        filled = [cell for cell in row if cell]
        if len(filled) == 1:  # "Thursday 21 October / BST time zone day / Session 3"
            day = datetime.strptime(f"{filled[0].split(' / ')[0]} 2021", "%A %d %B %Y").date()
            continue
        if not filled or row[0] == "BST" or row[4] == "**End**":
            continue
        title = row[9] or row[4].replace("**", "").strip().rstrip(":")
        start = _at(day, row[1], NEW_YORK)  # the EDT column: the zone the sheet's first row names
        expected.append((title, start, start + timedelta(minutes=int(row[3]))))
    assert len(expected) == 26  # 30 rows with an activity, less the four ends
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    assert program.timezone == "America/New_York"
    by_title = {item.title: item for item in program.items}
    talks = [row for row in rows if row[9] and row[0] != "BST"]
    assert len(talks) == 16
    for row in talks:  # a talk's presenter with their institution
        assert by_title[row[9]].people == (f"{row[6]} [{row[8]}]",)
    welcome = next(item for item in program.items if item.title.startswith("Welcome"))
    assert welcome.people == ("Lawrence Murray", "Guy Van den Broeck")
    # the panel's block has its own header (`Panel Title`, `Panelists`): its people are its panelists
    panel_row = next(row for row in rows if row[5] == "Industry Panel")
    assert panel_row[6] == "Impact of Probabilistic Programming"
    panelists = tuple(name.split(" (*")[0] for name in panel_row[8].split(", "))
    assert len(panelists) == 6
    panel = by_title[f"{panel_row[5]}: {panel_row[6]}"]  # its Activity cell, bold marks left out
    assert panel.people == panelists
    assert any(
        "times from the column 'EDT' (America/New_York), of the columns naming a zone" in line
        for line in program.reading
    )
    ends = [line for line in program.reading if "**End**" in line]
    assert ends and ends[0].startswith("skipped: probprog2021-schedule.csv:10")


def test_ehec_times_written_with_their_zone() -> None:
    with (DATA / "ehec2026-schedule.csv").open(encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file))
    program = read_csv("ehec2026-schedule.csv")  # no --timezone: every time names EDT

    assert len(records) == len(program.items) == 3
    for record, item in zip(records, program.items, strict=True):
        month, day, year = (int(part) for part in record["Date"].split("/"))
        clock = datetime.strptime(record["Time"].removesuffix(" EDT"), "%I:%M %p").time()
        assert item.start == datetime.combine(date(2000 + year, month, day), clock, NEW_YORK)
        assert item.title == record["Title"]
        assert item.people == (record["Presenter"].split(" (")[0],)
    assert program.timezone == "America/New_York"
    warned = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert len(warned) == 1
    assert "the sheet's time '2:00 PM EDT' names the times' zone" in warned[0].message
    # given another zone, the times are still EDT's, shown in it
    berlin = read_csv("ehec2026-schedule.csv", timezone=BERLIN)
    assert [item.start for item in berlin.items] == [item.start for item in program.items]
    mismatch = [problem.message for problem in berlin.problems if problem.code == "zone-offset-mismatch"]
    assert mismatch and mismatch[0].endswith("the times are read in America/New_York, shown in Europe/Berlin")


def test_a_zone_column_alone_names_the_sheets_zone_and_the_given_zones_column_is_read() -> None:
    text = "BST,EDT,Title,Speaker\n15:30,10:30,Welcome,Ada Lovelace\n16:00,11:00,Talk,Bo Li\n"
    reader = SpreadsheetCsvReader()
    assert reader.detect(text)
    london = reader.read(text, source="zones.csv", context=ReadContext(first_date=date(2021, 10, 20)))
    assert london.timezone == "Europe/London"
    assert [item.start for item in london.items] == [
        datetime(2021, 10, 20, 15, 30, tzinfo=ZoneInfo("Europe/London")),
        datetime(2021, 10, 20, 16, 0, tzinfo=ZoneInfo("Europe/London")),
    ]
    assert any(problem.code == "no-time-zone" and "column 'BST'" in problem.message for problem in london.problems)
    context = ReadContext(first_date=date(2021, 10, 20), timezone=NEW_YORK)
    new_york = reader.read(text, source="zones.csv", context=context)
    assert [item.start for item in new_york.items] == [item.start for item in london.items]
    assert not [problem for problem in new_york.problems if problem.code == "zone-offset-mismatch"]
    assert any("times from the column 'EDT' (America/New_York)" in line for line in new_york.reading)


def test_ehec_past_seminars_rows_a_column_off_their_header_are_said() -> None:
    with (DATA / "ehec-past-seminars.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    header, records = rows[0], rows[1:]
    # the rows written a column off: a moderator under Title, the title (four words or more) under Paper
    shifted = [row for row in records if len(row) > 4 and row[3] and len(row[4].split()) >= 4 and "://" not in row[4]]
    program = read_csv("ehec-past-seminars.csv")

    warned = [problem for problem in program.problems if problem.code == "title-holds-names"]
    assert header[-1] == ""
    assert len(warned) == 1
    assert warned[0].message.startswith(f"{len(shifted)} rows have a person's name under the title column 'Title'")
    assert "column E (Paper: 'Impact of Medicaid Pregnancy Dental Benefits on Pr', …)" in warned[0].message
    assert 'title = "E"' in warned[0].message
    assert warned[0].source is not None and warned[0].source.line == 2
