"""Tables without a header: the column mapping they need, and the message that asks for it."""

import csv
import io
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.cli import main
from program.errors import ParseError, UsageError
from program.model import Kind, SourceRef
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from spreadsheet_files import BERLIN, DATA, read_csv, read_workbook


def test_csv_without_header_asks_for_a_mapping_then_reads_by_column_letter() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        read_csv("eeke-2020-program.csv", timezone=BERLIN)

    program = read_csv(
        "eeke-2020-program.csv",
        timezone=BERLIN,
        first_date=date(2020, 8, 1),
        columns=(("time", "A"), ("title", "B"), ("people", "C")),
    )

    with (DATA / "eeke-2020-program.csv").open(encoding="utf-8") as file:
        timed = [row for row in csv.reader(file, delimiter=";") if row and row[0] and row[1]]
    assert [item.title for item in program.items] == [row[1] for row in timed]
    late = program.items[-1]
    assert (late.start, late.end) == (
        datetime(2020, 8, 1, 23, 0, tzinfo=BERLIN),
        datetime(2020, 8, 2, 0, 30, tzinfo=BERLIN),
    )
    assert program.reading[2] == "columns (as given): A → time, B → title, C → people"
    assert (
        "skipped: eeke-2020-program.csv:4 (a section row without a time: 'Session 1 | Chair: tbd')" in program.reading
    )
    # "Chengzhi Zhang et al.": the others are not named ("al." is nobody); "Posters?" is a guess, no one
    assert next(item for item in program.items if item.title == "Introduction").people == ("Chengzhi Zhang",)
    assert not any(name in ("al.", "Posters?") for item in program.items for name in item.people)


def test_headerless_csv_error_names_the_file_line_and_the_key(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "eeke.csv"
    feed.write_bytes((DATA / "eeke-2020-program.csv").read_bytes())

    status = main(["check", str(feed), "--timezone", "Europe/Berlin"])

    stderr = capsys.readouterr().err
    assert status != 0
    assert f"{feed.as_posix()}:1: error: cannot tell the format" in stderr
    # the mapping its cells suggest, as the command line takes it and as a program file writes it
    # the column of `tbd` placeholders and names (`Min Song`, `Chengzhi Zhang et al.`) is the people's
    assert "map its columns by letter, its cells suggest --columns time=A,title=B,people=C" in stderr
    assert '[[feeds]]: format = "csv" and [feeds.columns] time = "A", title = "B", people = "C"' in stderr


def test_headerless_csv_mapped_by_letter_in_the_program_file_needs_no_format(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eeke.csv").write_bytes((DATA / "eeke-2020-program.csv").read_bytes())
    (tmp_path / "program.toml").write_text(
        'title = "EEKE 2020"\ntimezone = "Europe/Berlin"\ndate = 2020-08-01\n\n'
        '[[feeds]]\npath = "eeke.csv"\n[feeds.columns]\ntime = "A"\ntitle = "B"\npeople = "C"\n',
        encoding="utf-8",
    )

    main(["check", str(tmp_path / "program.toml")])

    stderr = capsys.readouterr().err
    assert "eeke.csv as csv" in stderr
    assert "columns (as given): A → time, B → title, C → people" in stderr


def test_workbook_without_header_asks_for_a_mapping() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        read_workbook("eeke-2020-program.xlsx", timezone=BERLIN)


def test_day_blocks_side_by_side_read_without_a_mapping(capsys: pytest.CaptureFixture[str]) -> None:
    # Counted with calamine: the titles under "Day 2" (column C) and "Day3" (column G), rows 5 to 21.
    values = (
        CalamineWorkbook.from_path(DATA / "sttp-schedule.ods")
        .get_sheet_by_name("Sheet1")
        .to_python(skip_empty_area=False)
    )
    titles = [row[column] for column in (2, 6) for row in values[3:] if row[column]]
    kolkata = ZoneInfo("Asia/Kolkata")
    day2, day3 = date(2022, 5, 10), date(2022, 5, 11)  # "Day 2" is the day after --date

    program = read_workbook("sttp-schedule.ods", timezone=kolkata, first_date=date(2022, 5, 9))

    def at(day: date, start: str, end: str) -> tuple[datetime, datetime]:
        return (
            datetime.combine(day, time.fromisoformat(start), kolkata),
            datetime.combine(day, time.fromisoformat(end), kolkata),
        )

    assert len(titles) == len(program.items) == 16
    # Written by hand from the sheet: Day 2 is an afternoon ("2:00 – 2:20" to "4:40 – 5:00"), Day3 a morning.
    assert [(item.label, item.title, (item.start, item.end)) for item in program.items] == [
        (
            "S1",
            "Introduction, Features, Application,Popularity, Installation and configuration, various tools. "
            "Basic programs",
            at(day2, "14:00", "14:20"),
        ),
        ("E1", "Exercise 1", at(day2, "14:20", "14:40")),
        ("S2", "Standard Data Types", at(day2, "14:40", "15:00")),
        ("E2", "Exercise 2", at(day2, "15:00", "15:20")),
        ("S3", "Data type conversion, Operators and Decision Making", at(day2, "15:20", "15:40")),
        ("E3", "Exercise 3", at(day2, "15:40", "16:00")),
        ("Break", "Break", at(day2, "16:00", "16:20")),  # titled "“- - - - ”" beside its code
        ("S4", "Function, Module, Package", at(day2, "16:20", "16:40")),
        ("E4", "Game : Guess secret Code", at(day2, "16:40", "17:00")),
        ("S5", "Date/Time, I/O Operation, Exception Handling", at(day3, "09:30", "09:50")),
        ("E5", "Exercise 5", at(day3, "09:50", "10:10")),
        ("S6", "OOP ( Class, inhertance, overriding, Data Hiding)", at(day3, "10:10", "10:30")),
        ("E6", "Exercise 6", at(day3, "10:30", "10:50")),
        ("S7", "Py <--> MySQL", at(day3, "10:50", "11:10")),
        ("E7", "Connect db with python", at(day3, "11:10", "11:30")),
        ("Break", "Break", at(day3, "11:30", "11:50")),
    ]
    assert [item.kind for item in program.items if item.label == "Break"] == [Kind.BREAK, Kind.BREAK]
    assert program.items[7].source == SourceRef("sttp-schedule.ods", 19)

    main(["check", str(DATA / "sttp-schedule.ods"), "--timezone", "Asia/Kolkata", "--date", "2022-05-09"])

    stderr = capsys.readouterr().err
    assert (
        "sheet 'Sheet1': day blocks side by side, no header: "
        "Day 2 (Sheet1!C3, columns A–C: times in B, titles in C, codes in A); "
        "Day3 (Sheet1!G3, columns E–G: times in F, titles in G, codes in E)"
    ) in stderr
    assert "skipped: sheet 'Sheet2' (no schedule table: no header or grid we know)" in stderr


def test_day_blocks_need_the_first_date_for_their_day_numbers() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_workbook("sttp-schedule.ods", timezone=ZoneInfo("Asia/Kolkata"))


def test_day_blocks_under_a_title_row_say_the_title_unread() -> None:
    text = (
        "Python workshop,,,,,,\n"
        ",,Day 1,,,,Day 2\n"
        "S1,9:00-9:30,Intro,,S3,9:00-9:30,Classes\n"
        "E1,9:30-10:00,Exercise 1,,E3,9:30-10:00,Exercise 3\n"
    )
    zone = ZoneInfo("Europe/Berlin")

    program = SpreadsheetCsvReader().read(
        text, source="w.csv", context=ReadContext(timezone=zone, first_date=date(2024, 3, 4))
    )

    assert [(item.title, item.start) for item in program.items] == [
        ("Intro", datetime(2024, 3, 4, 9, 0, tzinfo=zone)),
        ("Exercise 1", datetime(2024, 3, 4, 9, 30, tzinfo=zone)),
        ("Classes", datetime(2024, 3, 5, 9, 0, tzinfo=zone)),
        ("Exercise 3", datetime(2024, 3, 5, 9, 30, tzinfo=zone)),
    ]
    assert "not read: w.csv:1 'Python workshop' (above the table)" in program.reading


def test_a_pandas_csv_with_a_bom_and_an_unnamed_index_column_is_told_it_has_a_header(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # EDTM 2025's accepted papers: BOM, then `,index,transaction,title,abstract,authors,track,invited`.
    feed = DATA / "edtm2025-accepted_papers-excerpt.csv"

    status = main(["check", str(feed)])

    stderr = capsys.readouterr().err
    assert status != 0
    assert "a table without a header row" not in stderr
    assert "a table whose header names no time or date column: pass --format csv" in stderr
    assert "its header: index, transaction, title, abstract, authors, track, invited" in stderr

    program = SpreadsheetCsvReader().read(feed.read_text(encoding="utf-8-sig"), source=feed.name, context=ReadContext())
    # Rows 0 to 19 of the excerpt, one paper each, untimed; row 0's authors "Stanislav Sin,Saeroonter Oh".
    assert len(program.items) == 20
    first, last = program.items[0], program.items[-1]
    assert first.title.startswith("Energy-Efficient Voltage-Induced Self-Regulated Precessional MRAM")
    assert (first.people, first.start) == (("Stanislav Sin", "Saeroonter Oh"), None)
    assert last.title == "A BSIM Compact Model of Two-Dimensional Semiconductor Field Effect Transistors"


# EDTM 2025's accepted papers, rows 176-234 (by the unnamed index column): author lists joined by commas without
# spaces, some written in lower case ("long Zhang,qian Yu,…"): once one person each, or cut to their first author.
GLUED_AUTHORS = {
    "Investigation of Enhanced Robustness Against Floating-Substrate-Induced Dynamic RON Degradation in 900-V p-GaN "
    "Gate HEMT Using Virtual-Body Technology": (
        "Hao Chang", "junjie yang", "Jingjing Yu", "jiawei cui", "youyi yin", "han yang", "xuelin yang",
        "jinyan wang", "maojun wang", "bo shen", "jin wei",
    ),
    "Positive and Negative Photoresponses in MoS2 Flakes Photogated by PN Junction Diode": (
        "yumeng Liu", "zhengfang Fan", "jianyong wei", "yizhuo wang", "zhijuan su", "yaping dan",
    ),
    "Improved linearity by Double-Channel GaN HEMTs with the ultra-thin AlN barrier layer": (
        "long Zhang", "qian Yu", "ling Yang", "meng Zhang", "Chunzhou Shi", "xu Zou", "Wenze Gao",
    ),
    "Optimizing ALD-deposited IGZO TFT Thermal Stability through Compositional Adjustments": (
        "Jianting Wu", "Huajian Zheng", "Min Guo", "Yi Huang", "xiaoci liang", "Qian Wu", "Chuan Liu",
    ),
    "Unveiling the Role of Oxygen Vacancy Inhomogeneity in Enhancing the Reliability of Ferroelectric "
    "HfO₂/ZrO₂ Superlattice Structures": (
        "Boyao 崔", "Maokun Wu", "Sheng Ye", "Xuepei Wang", "Yuchun Li", "Yishan Wu", "Yichen Wen", "Jinhao Liu",
        "Zhigang Ji", "Hongliang Lu", "David Wei Zhang", "Runsheng Wang", "Ru Huang",
    ),
    "A 12-bit Fully Differential SAR/SS ADC Architecture Based on Scale Reference for CMOS Image Sensors": (
        "changhui yang", "bolin zhang", "jingyang chen", "nanbo chen", "ziyang hu", "gang wang", "peng feng",
        "jian liu", "nanjian wu", "liyuan liu",
    ),
}  # fmt: skip


def test_authors_joined_by_commas_without_spaces_are_one_person_each_in_any_case() -> None:
    feed = DATA / "edtm2025-accepted_papers-rows176-234.csv"
    text = feed.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))

    program = SpreadsheetCsvReader().read(text, source=feed.name, context=ReadContext())

    assert len(program.items) == len(rows) == 59
    people = {item.title: item.people for item in program.items}
    assert {title: people[title] for title in GLUED_AUTHORS} == GLUED_AUTHORS
    # Every row: its people are its authors cell cut at each comma (the csv module's reading of the cell).
    assert [item.people for item in program.items] == [
        tuple(name.strip() for name in row["authors"].split(",")) for row in rows
    ]
