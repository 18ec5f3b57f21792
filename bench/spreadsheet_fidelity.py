"""Spreadsheet fidelity: per real file, items in the source (counted with csv or calamine), items read, fields exact.

Run: python bench/spreadsheet_fidelity.py  (prints a markdown table)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook
from spreadsheet_csv_first import aws, dvpw, purplecon, viva
from spreadsheet_german import haecksen, kempten
from spreadsheet_listed import (
    DATA,
    acml_school,
    erum,
    ieeevr,
    orconf2019,
    pycones,
    recomb_posters,
    snlab,
    whova,
)
from spreadsheet_penguicon import full_schedule, google_calendar, sched
from spreadsheet_trial9 import MLEVAL2022, MUTATION2024, REINCARNATING_RL2023
from spreadsheet_trial10 import NEMS2026, SENDEZENTRUM31C3
from spreadsheet_trial11 import AGILELAVAL2026
from spreadsheet_trial12 import beyond_backprop, biomedvis, ehec, probprog, rsafrica
from spreadsheet_trial14 import MASES_DAY, dlf_forum, mases
from spreadsheet_trial15 import PIETROBON2026
from spreadsheet_trial16 import AGORA_DAY, agora
from spreadsheet_trial17 import MMTTC2026, MUTATION2019
from spreadsheet_trial18 import ICCA10_COLUMNS, icca10
from spreadsheet_trial19 import ethcc, resquant, tcse
from spreadsheet_trial22 import cec2024, hcd2025
from spreadsheet_trial23 import comarcon
from spreadsheet_trial24 import turingposters2020
from spreadsheet_trial25 import TRIAL25
from spreadsheet_trial26 import aaja2025, andes2015, arduinoday2020, iswc2016, mayonnaise2023
from spreadsheet_trial31 import yogaday2026
from spreadsheet_trial35 import hispacon2021
from spreadsheet_trial36 import astroandes2015, dane2024
from spreadsheet_trial39 import cppp2026, pyne2018, tchelinux2017
from spreadsheet_trial42 import mfri2026
from spreadsheet_trial45 import tta2025
from spreadsheet_written import (
    GUGCZ_DAY1,
    GUGCZ_DAY2,
    INSTINCTS,
    ML4HST,
    STTP,
    ZERO_TO_HERO,
    ZITADELLE,
    Expected,
    written,
)

from program.model import Item, Program
from program.readers.base import ReadContext, decode_feed, mac_roman_quotes, mac_roman_text, windows_1252_text
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader


@dataclass
class Case:
    """One real file, how to read it, and its items counted without program."""

    name: str
    context: ReadContext
    expected: Callable[[ReadContext], Expected]
    by_title: bool = False
    """Pair each expected item with the first unpaired item of its title, not the items in order: a file
    of which rows are left out (ICCA10's untitled talks) would pair every later one with the wrong item."""


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


def _vldb(context: ReadContext, file: str = "vldb-2014-program.xlsx") -> Expected:
    """Titles only: each filled cell of the room columns that no merged range hides (the .xlsx, or the .xls)."""
    book = CalamineWorkbook.from_path(DATA / file)
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


def _by_hand(name: str, zone: str, first: date, text: str) -> Case:
    """A file whose items are written by hand (bench/spreadsheet_written.py), read with a zone and a first day."""
    return Case(name, ReadContext(timezone=ZoneInfo(zone), first_date=first), lambda context: written(text, context))


CASES = [
    Case("aws-reinvent-2024-agenda.csv", ReadContext(timezone=ZoneInfo("America/Los_Angeles")), aws),
    Case("dvpw-2024-program-excerpt.csv", ReadContext(timezone=ZoneInfo("Europe/Berlin")), dvpw),
    Case(
        "vivatech-2017-program-excerpt.csv",
        ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2017, 6, 15)),
        viva,
    ),
    Case(
        "purplecon-2019-schedule.csv",
        ReadContext(timezone=ZoneInfo("Pacific/Auckland"), first_date=date(2019, 10, 1)),
        purplecon,
    ),
    Case("couchbase-connect-2014-agenda.xlsx", ReadContext(timezone=ZoneInfo("America/Los_Angeles")), _couchbase),
    Case("vldb-2014-program.xlsx", ReadContext(timezone=ZoneInfo("Asia/Shanghai"), first_date=date(2014, 9, 2)), _vldb),
    Case(
        "haecksen-36c3-fahrplan.csv",
        ReadContext(timezone=ZoneInfo("Europe/Berlin"), first_date=date(2019, 12, 26)),
        haecksen,
    ),
    Case("bitcoin-metropole-kempten-2026-programm.csv", ReadContext(timezone=ZoneInfo("Europe/Berlin")), kempten),
    _by_hand("ml4hst-2023-schedule.xlsx", "America/Chicago", date(2023, 6, 5), ML4HST),
    _by_hand("zitadelle-2026-programm.csv", "Europe/Zagreb", date(2026, 5, 28), ZITADELLE),
    _by_hand("gugcz-devfest-2017-day1.csv", "Europe/Prague", date(2017, 11, 4), GUGCZ_DAY1),
    _by_hand("gugcz-devfest-2017-day2.csv", "Europe/Prague", date(2017, 11, 5), GUGCZ_DAY2),
    Case(
        "ieeevr-2024-sessions.csv",
        ReadContext(timezone=ZoneInfo("America/New_York"), columns=(("join_file", "ieeevr-2024-papers.csv"),)),
        ieeevr,
    ),
    Case("whova-template-agenda.xls", ReadContext(timezone=ZoneInfo("America/Denver")), whova),
    _by_hand("sttp-schedule.ods", "Asia/Kolkata", date(2022, 5, 9), STTP),
    _by_hand("instincts-2014-schedule.xls", "Asia/Kolkata", date(2014, 3, 13), INSTINCTS),
    _by_hand("python-zero-to-hero-schedule.ods", "Europe/London", date(2019, 4, 5), ZERO_TO_HERO),
    Case(
        "pycones2020-agenda-day2.csv",
        ReadContext(timezone=ZoneInfo("Europe/Madrid"), first_date=date(2020, 10, 3)),
        pycones,
    ),
    Case("orconf2019-schedule.csv", ReadContext(timezone=ZoneInfo("Europe/Paris")), orconf2019),
    Case(
        "snlab-summerschool-program.csv",
        ReadContext(timezone=ZoneInfo("America/Santiago"), first_date=date(2024, 2, 12)),
        snlab,
    ),
    Case("recomb2026-accepted-posters.xlsx", ReadContext(), recomb_posters),
    Case(
        "erum2016-preliminary_program.xlsx",
        ReadContext(timezone=ZoneInfo("Europe/Warsaw"), first_date=date(2016, 10, 12)),
        erum,
    ),
    Case("penguicon2019-fullschedule.csv", ReadContext(timezone=ZoneInfo("America/Detroit")), full_schedule),
    Case("penguicon2019-sched.csv", ReadContext(timezone=ZoneInfo("America/Detroit")), sched),
    Case("penguicon2019-tech-gcal.csv", ReadContext(timezone=ZoneInfo("America/Detroit")), google_calendar),
    Case(
        "vldb2014-program.xls",
        ReadContext(timezone=ZoneInfo("Asia/Shanghai"), first_date=date(2014, 9, 2)),
        lambda context: _vldb(context, "vldb2014-program.xls"),
    ),
    _by_hand("mleval2022-schedule.csv", "UTC", date(2022, 4, 29), MLEVAL2022),
    _by_hand("reincarnating-rl2023-schedule.csv", "Africa/Kigali", date(2023, 5, 4), REINCARNATING_RL2023),
    _by_hand("mutation2024-program.csv", "America/Toronto", date(2024, 5, 28), MUTATION2024),
    _by_hand("nems26-agenda.csv", "America/Chicago", date(2026, 1, 22), NEMS2026),
    _by_hand("sendezentrum31c3.csv", "Europe/Berlin", date(2014, 12, 27), SENDEZENTRUM31C3),
    _by_hand("agilelaval2026-program.csv", "Europe/Paris", date(2026, 5, 18), AGILELAVAL2026),
    Case("acml-oamls2021-schedule.csv", ReadContext(), acml_school),
    Case(
        "rsafrica26-program-excerpt.csv",
        ReadContext(timezone=ZoneInfo("Africa/Johannesburg"), first_date=date(2026, 8, 25)),
        rsafrica,
    ),
    Case(
        "beyondbackprop2020-schedule.xlsx",
        ReadContext(
            timezone=ZoneInfo("America/Los_Angeles"),
            first_date=date(2020, 12, 12),
            columns=(("time", "A"), ("title", "B"), ("people", "D"), ("link", "E")),
        ),
        beyond_backprop,
    ),
    Case(
        "biomedvis2024-program.csv",
        ReadContext(timezone=ZoneInfo("Europe/Berlin"), first_date=date(2024, 9, 10)),
        biomedvis,
    ),
    Case("probprog2021-schedule.csv", ReadContext(first_date=date(2021, 10, 20)), probprog),
    Case("ehec2026-schedule.csv", ReadContext(), ehec),
    Case("dlfforum2020-sessions.csv", ReadContext(timezone=ZoneInfo("America/New_York")), dlf_forum),
    Case("mases2018-program.csv", ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=MASES_DAY), mases),
    _by_hand("pietrobon2026-program.csv", "Europe/Rome", date(2026, 1, 30), PIETROBON2026),
    _by_hand("mutation2019-program.csv", "Asia/Shanghai", date(2019, 4, 22), MUTATION2019),
    _by_hand("mmttc2026-schedule.csv", "Asia/Kolkata", date(2026, 7, 15), MMTTC2026),  # untimed: no zone read
    Case("agora2026-programme.csv", ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=AGORA_DAY), agora),
    Case("ethcc2018-schedule.xlsx", ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2018, 3, 8)), ethcc),
    Case("tcse2017-agenda.xlsx", ReadContext(columns=(("title", "G"), ("people", "E"))), tcse),
    Case(
        "resquant2024-programme.csv",
        ReadContext(timezone=ZoneInfo("Europe/London"), first_date=date(2024, 9, 6)),
        resquant,
    ),
    Case(
        "icca10-schedule.tsv",
        ReadContext(first_date=date(2014, 8, 4), timezone=ZoneInfo("Europe/Tallinn"), columns=ICCA10_COLUMNS),
        icca10,
        by_title=True,
    ),
    Case(
        "cec2024-programa.xlsx",
        ReadContext(timezone=ZoneInfo("America/Guatemala"), first_date=date(2024, 9, 10)),
        cec2024,
        by_title=True,
    ),
    Case(
        "hcd2025-schedule-master.csv",
        ReadContext(timezone=ZoneInfo("Asia/Tokyo"), first_date=date(2025, 12, 14)),
        hcd2025,
        by_title=True,
    ),
    Case(
        "comarcon-horario.csv",
        ReadContext(timezone=ZoneInfo("Europe/Madrid"), first_date=date(2025, 8, 23)),
        comarcon,
        by_title=True,
    ),
    Case(
        "turingposters2020-programme.csv",
        ReadContext(
            timezone=ZoneInfo("Europe/London"),
            first_date=date(2020, 9, 24),
            columns=(("join_file", "turingposters2020-posters.csv"),),
        ),
        turingposters2020,
        by_title=True,
    ),
    Case(
        "andes2015-timetable.csv",
        ReadContext(timezone=ZoneInfo("America/Bogota"), first_date=date(2015, 7, 28)),
        andes2015,
    ),
    Case(
        "arduinoday2020-cronograma.xlsx",
        ReadContext(timezone=ZoneInfo("America/La_Paz"), first_date=date(2020, 3, 20)),
        arduinoday2020,
        by_title=True,
    ),
    Case(
        "mayonnaise2023-programme.ods",
        ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2023, 8, 23)),
        mayonnaise2023,
        by_title=True,
    ),
    Case(
        "aaja2025-schedule.csv",
        ReadContext(timezone=ZoneInfo("America/Los_Angeles"), first_date=date(2025, 7, 30)),
        aaja2025,
    ),
    Case(
        "yogaday2026-schedule.csv",
        ReadContext(timezone=ZoneInfo("Europe/Moscow"), first_date=date(2026, 6, 21)),
        yogaday2026,
        by_title=True,
    ),
    *(Case(name, ReadContext(timezone=zone, first_date=first), items, True) for name, zone, first, items in TRIAL25),
    Case("iswc2016-papers-excerpt.csv", ReadContext(timezone=ZoneInfo("Asia/Tokyo")), iswc2016),
    Case("hispacon2021-programa.tsv", ReadContext(timezone=ZoneInfo("Europe/Madrid")), hispacon2021, by_title=True),
    Case(
        "dane2024-programme.csv",
        ReadContext(timezone=ZoneInfo("Europe/London"), first_date=date(2024, 7, 17)),
        dane2024,
    ),
    Case("astroandes2015-charlas-excerpt.csv", ReadContext(), astroandes2015),
    Case("pyne2018-programacao.csv", ReadContext(timezone=ZoneInfo("America/Fortaleza")), pyne2018),
    Case("semanacppp2026-programacao.csv", ReadContext(timezone=ZoneInfo("America/Campo_Grande")), cppp2026),
    Case(
        "tchelinux-pelotas2017-programacao.csv",
        ReadContext(
            timezone=ZoneInfo("America/Sao_Paulo"),
            first_date=date(2017, 6, 10),
            columns=(("time", "A"), ("title", "B"), ("people", "C")),
        ),
        tchelinux2017,
    ),
    Case(
        "mfri-acoustic2026-agenda.csv",
        ReadContext(timezone=ZoneInfo("Atlantic/Reykjavik"), first_date=date(2026, 10, 5)),
        mfri2026,
    ),
    Case(
        "tta-icml2025-schedule.csv",
        ReadContext(timezone=ZoneInfo("America/Vancouver"), first_date=date(2025, 7, 18)),
        tta2025,
    ),
]


def _legacy(data: bytes) -> str:
    """A CSV's text as `program` reads it: UTF-8, else Mac Roman's quotes, Windows-1252, Mac Roman (`feed_reading`)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = mac_roman_quotes(data) or windows_1252_text(data) or mac_roman_text(data)
        assert text is not None
        return text


def _read(case: Case) -> Program:
    path = DATA / case.name
    if path.suffix in (".csv", ".tsv"):
        text = decode_feed(_legacy(path.read_bytes()).encode(), case.name)  # CR line ends (a Mac's) as LF
        return SpreadsheetCsvReader().read(text, source=path.as_posix(), context=case.context)
    return WorkbookReader().read_bytes(path.read_bytes(), source=case.name, context=case.context)


def _by_title(expected: Expected, items: list[Item]) -> list[tuple[tuple[object, ...], object]]:
    """Each expected item with the first unpaired item of its title, or None (then every field of it is wrong)."""
    pairs: list[tuple[tuple[object, ...], object]] = []
    for want in expected:
        got = next((item for item in items if item.title == want[0]), None)
        if got is not None:
            items.remove(got)
        pairs.append((want, got))
    return pairs


def main() -> None:
    """Print the table."""
    print("| file | items in source | items read | titles exact | starts exact | ends exact | people exact |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for case in CASES:
        expected = case.expected(case.context)
        items = _read(case).items
        pairs = _by_title(expected, list(items)) if case.by_title else list(zip(expected, items, strict=False))

        def exact(index: int, pairs: list[tuple[tuple[object, ...], object]] = pairs) -> str:
            checked = [(want, got) for want, got in pairs if want[index] is not None]
            if not checked:
                return "–"
            fields = ("title", "start", "end", "people")
            same = sum(got is not None and getattr(got, fields[index]) == want[index] for want, got in checked)
            return f"{same}/{len(checked)}"

        print(f"| {case.name} | {len(expected)} | {len(items)} | {exact(0)} | {exact(1)} | {exact(2)} | {exact(3)} |")


if __name__ == "__main__":
    main()
