"""Trial 17's data files (unseen): DevRelCon Tokyo 2021's JSON, EMNLP 2017's and NSG 2026's paper lists, two CSVs.

Expectations are written from the sources (tests/data/*/PROVENANCE.md): the JSON's `title_en`,
`start_time_utc`, `end_time_utc`, `first_speaker_name`/`second_speaker_name` and `track` (else the
track key it is filed under), the CSV's `authors` column as written, the Markdown's author lines.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from program.feed_reading import read_feed
from program.readers import ReadContext
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.numbered_slots import numbered_slot_days
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data"
DEVRELCON = DATA / "yaml_site" / "devrelcontokyo2021-schedule-excerpt.json"
EMNLP = DATA / "cmt" / "emnlp2017-accepted-papers.csv"
NSG = DATA / "paper_lists" / "nsg2026-accepted-papers.md"
MUTATION = DATA / "spreadsheets" / "mutation2019-program.csv"

_TRACK_1 = ("2021-06-05 00:20", "2021-06-05 02:10")
DEVRELCON_SESSIONS = [
    ("Welcome to DevRelCon Tokyo 2021!", "2021-06-04 23:00", "2021-06-04 23:20", (), None),
    (
        "Working tightly with Dev Rel and Dev Marketing",
        "2021-06-04 23:20",
        "2021-06-05 00:10",
        ("Carol Huang",),
        "Fuji",
    ),
    ("Why does pizza company need DevRel?", *_TRACK_1, ("Ekaterina Shcherenkova",), "Fuji"),
    ("Teach Through Adventure: The Power of Story and Exploration", *_TRACK_1, ("Kevin Whinnery",), "Fuji"),
    ("Strategies, Tech, and Tips for Delivering Memorable Virtual Demos", *_TRACK_1, ("Liz Moy",), "Fuji"),
    ("Lessons Learned from Cultivating Open Source Projects and Communities", *_TRACK_1, ("JJ Asghar",), "Sakura"),
    ("How I Created a Facebook Developer Community With 50k+ Members", *_TRACK_1, ("Cory Althoff",), "Sakura"),
    ("Tips and Tricks for Building an Open Source Community Hub", *_TRACK_1, ("Rin Oliver",), "Sakura"),
    ("Public Speaking without Barfing on Your Shoes", *_TRACK_1, ("David Neal",), "Samurai"),
    ("A new philosophy for remote events", *_TRACK_1, ("Benjamin Dunphy",), "Samurai"),
    ("Let’s go online! How to make your participants “LOVE” your workshops", *_TRACK_1, ("Daizen Ikehara",), "Samurai"),
    (
        "Rebuilding Trust in Government through Open Source Governance",
        "2021-06-05 03:50",
        "2021-06-05 04:50",
        ("Hal Seki",),
        "Sakura",
    ),
    ("Thank you & See you next year!", "2021-06-05 10:40", "2021-06-05 11:00", (), None),
]


def _utc(written: str) -> datetime:
    return datetime.fromisoformat(written).replace(tzinfo=UTC)


def _bare(people: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.split(" [")[0] for name in people)  # "Carol Huang [Stripe]": the `company` beside her


def test_devrelcon_sessions_keyed_by_start_track_and_slot_are_all_read_at_their_utc_times() -> None:
    read = read_feed(FeedSpec(DEVRELCON), ReadContext())

    got = [(i.title, i.start, i.end, _bare(i.people), i.location) for i in read.program.items]
    assert read.reader == "yaml-site"
    assert got == [(t, _utc(s), _utc(e), p, r) for t, s, e, p, r in DEVRELCON_SESSIONS]
    assert any("keyed by start time" in line for line in read.program.reading)


def test_devrelcon_utc_times_stay_utc_in_the_programs_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")

    read = read_feed(FeedSpec(DEVRELCON), ReadContext(timezone=tokyo))

    first = read.program.items[0]
    assert first.start == datetime(2021, 6, 5, 8, 0, tzinfo=tokyo)  # 23:00 UTC, not 23:00 in Tokyo
    assert first.start.utcoffset() is not None and first.start.astimezone(UTC) == _utc("2021-06-04 23:00")


def test_emnlp_read_as_a_table_splits_each_authors_cell_into_every_author() -> None:
    # `--format csv`: the table reader's people cell, not the CMT reader's; a LaTeX accent ("S\\'ebastien") and a
    # name typed in lower case ("haim dubossarsky") made the whole list one piece, or its first and last names only
    rows = {row["title"]: row["authors"] for row in csv.DictReader(io.StringIO(EMNLP.read_text(encoding="utf-8")))}
    read = read_feed(FeedSpec(EMNLP, format="csv"), ReadContext())

    people = {item.title: item.people for item in read.program.items}
    for title in ("Adversarial Learning for Neural Dialogue Generation", next(t for t in rows if "Outta Control" in t)):
        written = re.split(r",\s*|\s+and\s+", rows[title].replace("S\\'ebastien", "Sébastien"))  # an acute e
        assert people[title] == tuple(written)


def test_emnlp_submission_id_csv_is_a_paper_list_with_every_author() -> None:
    read = read_feed(FeedSpec(EMNLP), ReadContext())

    papers = {paper.title: paper.authors for paper in read.program.papers}
    assert read.reader == "cmt" and len(papers) == 323 and not read.program.items
    assert papers["Adversarial Learning for Neural Dialogue Generation"] == (
        # the source's LaTeX accent, `S\\'ebastien`, is an acute e: read as the letter (session 13)
        *("Jiwei Li", "Will Monroe", "Tianlin Shi", "Sébastien Jean", "Alan Ritter", "Dan Jurafsky"),
    )
    assert papers["Outta Control: Laws of Semantic Change and Inherent Biases in Word Representation Models"] == (
        "haim dubossarsky",
        "Daphna Weinshall",
        "Eitan Grossman",
    )
    assert papers[
        "Global Normalization of Convolutional Neural Networks for Joint Entity and Relation Classification"
    ] == (
        "Heike Adel",
        "Hinrich Schütze",
    )
    assert {
        paper.number for paper in read.program.papers if (paper.title or "").startswith("Adversarial Learning")
    } == {11}


def test_nsg_mixed_case_author_line_under_a_linked_title_is_its_authors() -> None:
    read = read_feed(FeedSpec(NSG), ReadContext())

    authors = {paper.title: paper.authors for paper in read.program.papers}
    assert read.reader == "paper-list" and len(authors) == 8
    assert ("Purnima gautam", "Pralay Mitra") in authors.values()
    assert all(authors.values())
    assert not [line for line in read.program.reading if "not placed: '" in line]


def test_mutation_2019_every_honorific_left_out_and_a_repeated_author_kept() -> None:
    xian = ZoneInfo("Asia/Shanghai")

    read = read_feed(FeedSpec(MUTATION), ReadContext(timezone=xian, first_date=date(2019, 4, 22)))

    people = {item.title: item.people for item in read.program.items}
    assert people["Keynote: Grammars for Mutation Testing"] == ("Andreas Zeller",)
    assert people["An Empirical Comparison of Mutant Selection Assessment Metrics"] == (
        *("J. Zhang", "L. Zhang", "D. Hao", "L. Zhang", "M. Harman"),
    )
    assert len(read.program.items) == 14


MMTTC = DATA / "spreadsheets" / "mmttc2026-schedule.csv"


def test_mmttc_days_under_numbered_slots_are_untimed_lectures_on_their_days() -> None:
    rows = list(csv.reader(io.StringIO(MMTTC.read_text(encoding="utf-8"))))
    day_of = {row[0]: date(2026, 7, int(re.search(r"(\d+)-July-2026", row[0])[1])) for row in rows[1:]}  # type: ignore[index]
    expected = [(cell, day_of[row[0]]) for row in rows[1:] for cell in row[1:] if cell != "TBD"]

    read = read_feed(FeedSpec(MMTTC), ReadContext())  # no zone asked for: the file gives no times

    assert read.reader == "csv" and len(expected) == 47
    assert [(item.title, item.day) for item in read.program.items] == expected
    assert all(item.start is None for item in read.program.items)
    assert expected[0] == ("Raghavan-1", date(2026, 7, 15)) and expected[-1] == ("Valedictory", date(2026, 7, 28))
    assert any("the file gives no times" in line for line in read.program.reading)


def test_numbered_slots_need_dated_rows_and_a_header_of_slot_numbers() -> None:
    def table(*lines: str) -> Table:
        return Table("t.csv", tuple(tuple(Cell(v, n) for v in line.split(";")) for n, line in enumerate(lines, 1)))

    dated = ("Day 1 (Wednesday, 15-July-2026);A;B", "Day 2 (Thursday, 16-July-2026);C;D")
    assert numbered_slot_days(table("day;1;2", *dated)) is not None
    assert numbered_slot_days(table("day;1;Room", *dated)) is None  # a word among the numbers
    assert numbered_slot_days(table("day;1;3", *dated)) is None  # numbers that skip one
    assert numbered_slot_days(table("day;1;2", "Day 1;A;B", "Day 2;C;D")) is None  # no date a row
    assert numbered_slot_days(table("day;1;2", *dated, "Notes;x;y")) is None  # a row that is no day
