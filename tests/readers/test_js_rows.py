"""JavaScript/TypeScript data modules' lists of sessions (tests/data/js_rows/PROVENANCE.md), read as tables.

KU AI Tech Day 2024's `src/data/programs.ts` (trial 33, Korean: refused before, its hint a headerless CSV's),
RAADE 2025's `scheduleData.ts` (an `interface` and two lists named by day), JUG Gujarat's Community Day for
Java 2025 (`.jsx`, 12-hour times without am/pm) and BarCamp Bangkok 9's `export default [...]`. Expectations
in tests/data/js_rows/expected/ were written by a script over the sources (regular expressions over their
objects, not `js_literal`): title, start, end, people (a Korean job title, a role label and "Dr." dropped), room.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest

from program.errors import ParseError, UsageError
from program.feed_reading import read_feed
from program.readers import ReadContext, detect_readers
from program.readers.js_rows import JsRowsReader
from program.settings import FeedSpec

from helpers import ROOT, read_detected

_SPEC = importlib.util.spec_from_file_location("js_fidelity", ROOT / "bench" / "js_fidelity.py")
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["js_fidelity"] = bench
_SPEC.loader.exec_module(bench)

DATA = ROOT / "tests" / "data" / "js_rows"
KNOWN_MISSES = {
    **{("jugcd2025-eventScheduleData.jsx", line): "people" for line in (4, 5, 7, 8)},
    **{("reactindia2019-schedule.js", line): "people" for line in (7, 22, 37)},
}
"""JUG Gujarat names each speaker only in the title ("Session 1: Venkat Subramaniam"), and the talk's title in its
`description`: no people are read (a title's "Label: Two Words" may as well be a topic). React India 2019 names a
workshop's `trainer: { name }` and a talk's `speaker: { name }`: one people key is read, `speaker` (its best name)."""


@pytest.mark.parametrize("name", list(bench.CONTEXTS))
def test_real_module_is_detected_as_js_rows_only(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["js-rows"]


@pytest.mark.parametrize("name", list(bench.CONTEXTS))
def test_real_module_every_field_matches_the_source(name: str) -> None:
    _, program = read_detected("js_rows", name, bench.context(name))
    expected = json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    unread = {line for file, line in bench.UNREAD if file == name}
    in_source = bench.objects_in_source((DATA / name).read_text(encoding="utf-8"), name)
    assert len(program.items) == len(expected) == in_source - len(unread)
    read = {entry["line"]: entry for entry in map(bench.fields, program.items)}
    for entry in expected:
        got = read[entry["line"]]
        missed = KNOWN_MISSES.get((name, entry["line"]))
        for field in bench.FIELDS:
            if field != missed:
                assert got[field] == entry[field], (name, entry["line"], field)
    assert not program.problems or all(problem.code != "skipped-row" for problem in program.problems)


def test_ku_ai_tech_day_maps_its_keys_and_drops_the_korean_job_titles() -> None:
    _, program = read_detected("js_rows", "kuaitechday2024-programs.ts", bench.context("kuaitechday2024-programs.ts"))
    assert "columns: time → time, program → title, presenter → people, affiliation → affiliation, location → room" in (
        program.reading
    )
    panel = next(item for item in program.items if item.title.startswith("국방 인공지능"))
    assert panel.people == ("하윤철", "김유신")  # "하윤철 상무 / 김유신 상무", one affiliation for the two


def test_raade_lists_named_by_day_take_their_days() -> None:
    _, program = read_detected("js_rows", "raade2025-scheduleData.ts", bench.context("raade2025-scheduleData.ts"))
    assert program.reading[0] == (
        "the module's lists scheduleDay1, scheduleDay2 (each named by its day: day 1 is --date): 21 objects"
    )
    assert {item.start.date().isoformat() for item in program.items if item.start} == {"2025-04-11", "2025-04-12"}


def test_tedx_24_hour_times_written_with_pm_are_read_as_meant_and_said() -> None:
    _, program = read_detected("js_rows", "tedx2024-general.js", bench.context("tedx2024-general.js"))
    said = [(problem.source and problem.source.line, problem.code, problem.message) for problem in program.problems]
    # `time: '14:10 pm - 15:00 pm'` on line 5: refused before ("a 12-hour clock has hours 1 to 12"), 4 of 7 rows
    assert said[:2] == [
        (5, "uncertain-entry", "read '14:10 pm' as 14:10: a 24-hour time written with am/pm"),
        (5, "uncertain-entry", "read '15:00 pm' as 15:00: a 24-hour time written with am/pm"),
    ]
    assert len(said) == 8 and {line for line, _, _ in said} == {5, 6, 7, 8}  # '11:00 am - 12:20 pm' is 12-hour
    assert all(problem.severity.value == "warning" for problem in program.problems)


def test_start_and_end_columns_with_a_stray_pm_read_as_24_hour_times(tmp_path: Path) -> None:
    path = tmp_path / "agenda.csv"
    path.write_text("Date,Start,End,Title\n2024-09-05,11:00 am,12:20 pm,Talks\n2024-09-05,14:10 pm,15:00,Lunch\n")
    program = read_feed(FeedSpec(path), bench.context("tedx2024-general.js")).program
    lunch = program.items[1]
    assert lunch.start is not None and lunch.end is not None
    assert [
        lunch.start.isoformat(),
        lunch.end.isoformat(),
    ] == ["2024-09-05T14:10:00-04:00", "2024-09-05T15:00:00-04:00"]
    assert [(problem.source and problem.source.line, problem.message) for problem in program.problems] == [
        (3, "read '14:10 pm' as 14:10: a 24-hour time written with am/pm")
    ]


def test_devjourney_sessions_nested_under_a_day_and_a_track_take_their_date_and_room() -> None:
    text = (DATA / "devjourney18-index.js").read_text(encoding="utf-8")
    given = ReadContext(timezone=bench.context("devjourney18-index.js").timezone)  # no --date: the module's own
    program = JsRowsReader().read(text, source="index.js", context=given)
    assert program.reading[0] == (
        "sessions nested in the module's lists (scheduleInfo[].tracks[].items[]): 6, "
        "each with its enclosing date and room"
    )
    opening = program.items[0]
    assert (opening.title, opening.location, opening.source.line) == ("Café y bienvenida", "Auditorio", 18)
    assert opening.start is not None and opening.start.isoformat() == "2018-06-09T09:45:00+02:00"
    assert [problem.code for problem in program.problems] == ["ambiguous-date"]  # 09/06: read day first, and said


def test_a_module_nesting_no_timed_sessions_is_still_refused() -> None:
    text = "export const days = [\n  { date: '2018-06-09', tracks: [{ name: 'A', items: [{ title: 'x' }] }] },\n]\n"
    with pytest.raises(ParseError, match="lists: days"):
        JsRowsReader().read(text, source="d.js", context=bench.context("devjourney18-index.js"))


def test_the_module_without_a_date_asks_for_one() -> None:
    text = (DATA / "kuaitechday2024-programs.ts").read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="--date") as asked:
        JsRowsReader().read(text, source="programs.ts", context=ReadContext())
    # the first object, `{` on line 2, has `time: '10:00 - 10:10'` and no date: a script's list, not a sheet
    assert str(asked.value).startswith(
        "programs.ts:2: the script's list has times but no date key and names no time zone; "
        "pass --date YYYY-MM-DD (the first day) and --timezone Area/City"
    )
    assert "sheet" not in str(asked.value) and "column" not in str(asked.value)


def test_a_csv_without_dates_is_still_a_sheet_with_no_date_column() -> None:
    # purplecon 2019's schedule.csv: its first data row (line 2) has a start and no date
    text = (ROOT / "tests" / "data" / "spreadsheets" / "purplecon-2019-schedule.csv").read_text(encoding="utf-8")
    (reader,) = detect_readers(text)
    with pytest.raises(UsageError, match=r"^s\.csv:\d+: the sheet has times but no date column; pass --date"):
        reader.read(text, source="s.csv", context=ReadContext(timezone=ZoneInfo("Pacific/Auckland")))


@pytest.mark.parametrize(
    ("value", "line", "said"),
    [
        ("t('keynote')", 3, "found `t('keynote')`, a call or a function"),
        ("speakers[0].name", 3, "found `speakers[0].name`, a name the script looks up"),
        ("`Day ${day}`", 3, "found `Day ${day}`, a template string with ${…}"),
        ("new Date(2025, 0, 1)", 3, "a call or a function"),  # a Date of a string is read as the string
        ("new Date(`${day} 10:00`)", 3, "a call or a function"),
        ("() => 'x'", 3, "a call or a function"),
    ],
)
def test_a_value_the_script_computes_is_refused_at_its_line(value: str, line: int, said: str) -> None:
    opening = "export const schedule = [\n  { time: '10:00', title: 'Opening' },\n"
    text = f"{opening}  {{ time: '11:00', title: {value} }},\n]\n"
    with pytest.raises(ParseError) as error:
        JsRowsReader().read(text, source="schedule.ts", context=ReadContext())
    assert error.value.source.line == line
    assert said in error.value.reason and "never run" in error.value.reason


def test_object_literal_syntax_reads_as_written(tmp_path: Path) -> None:
    text = (
        "import type { Slot } from './types'\n"
        "// the day's programme\n"
        "export const schedule: Slot[] = [\n"
        "  { time: '09:00 - 09:30', title: 'Opening', speaker: undefined, kind: 'opening' as const, },\n"
        "  /* a multi-line template */\n"
        '  { "time": "09:30 - 10:30", title: `Keynote:\n  "Engines"`, speaker: "Ada Lovelace", },\n'
        "] as const\n"
        "export default schedule\n"
    )
    program = JsRowsReader().read(text, source="s.ts", context=bench.context("bcbk9-time.js"))
    assert [(item.title, item.people, item.source.line) for item in program.items] == [
        ("Opening", (), 4),
        ('Keynote: "Engines"', ("Ada Lovelace",), 6),
    ]


def test_an_undetected_script_is_no_headerless_table(tmp_path: Path) -> None:
    path = tmp_path / "agenda.js"
    path.write_text("// data\nexport const agenda = [\n  { hora: '10:00', que: 'Apertura' },\n]\n", encoding="utf-8")
    with pytest.raises(ParseError) as error:
        read_feed(FeedSpec(path), ReadContext())
    assert "a script's list at line 2, not a table" in error.value.reason and "--format js-rows" in error.value.reason
    assert "without a header row" not in error.value.reason


def test_rows_keys_mapped_by_the_program_file_are_read_whatever_their_names() -> None:
    text = "export const agenda = [\n  { hora: '10:00 - 11:00', que: 'Apertura' },\n]\n"
    day = bench.context("bcbk9-time.js")
    context = attrs.evolve(day, columns=(("time", "hora"), ("title", "que")))
    [item] = JsRowsReader().read(text, source="agenda.js", context=context).items
    assert (item.title, item.start.hour, item.end.hour) == ("Apertura", 10, 11)  # type: ignore[union-attr]


def test_proitfest_lists_under_an_object_are_read_with_their_dates_and_zones() -> None:
    # trial 37: `const data = { scene: [...], 1: [...], …, food: [...] }`, refused before ("lists: none")
    _, program = read_detected("js_rows", "proitfest2023-data.js", bench.context("proitfest2023-data.js"))
    assert program.reading[0].startswith("the module's lists data.scene, data.1, data.8, data.9, data.10, data.robots")
    assert "columns (as given): section → room, title → title, start → start, finish → end" in " ".join(program.reading)
    # `finish: new Date("July 9, 2023 00:00")` after a 19:00 start on the 9th: an end before its start, left out
    drinkup = next(item for item in program.items if item.title == "Факап истории")
    assert drinkup.end is None
    [backward] = [problem for problem in program.problems if problem.code == "end-before-start"]
    assert "'Факап истории' (/data.food/4): its end '00:00' is written before its start '19:00'" in backward.message


def test_proitfest_end_that_is_no_clock_time_is_an_error_at_its_object() -> None:
    _, program = read_detected("js_rows", "proitfest2023-data.js", bench.context("proitfest2023-data.js"))
    [error] = [problem for problem in program.problems if problem.severity.value == "error"]
    # `finish: new Date("July 8, 2023 17:80")` in the object opening on line 455
    assert (error.code, error.source and error.source.line) == ("unreadable-row", 455)
    assert error.message.endswith("/data.8/5: minutes must be 00 to 59 in '17:80'")


def test_scomp_vue_component_data_nests_days_and_slots_named_by_titulo() -> None:
    # trial 36: a Vue component whose template prints {{horario.titulo}}: html-page found none, js-rows "lists: none"
    text = (DATA / "scomp2017-programacao.vue").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["js-rows"]
    program = JsRowsReader().read(text, source="programacao.vue", context=bench.context("scomp2017-programacao.vue"))
    assert program.reading[:2] == (
        "sessions nested in the module's lists (data().dias[].horarios[].eventos[]): 42, "
        "each with its enclosing date and room",
        "not read: the list data().legendas (line 457: a value the script computes)",  # `corPalestra+'--text'`
    )
    last = program.items[-1]  # day `titulo:'14/06 - Quarta'`, slot `titulo:'21:30 - 22:00'`, `cor: corOutro`
    assert (last.title, last.location, last.start and last.start.isoformat()) == (
        "Plantação de Mudas",
        "Em frente ao Lab de Mecânica",
        "2017-06-14T21:30:00-03:00",
    )


def test_scomp_days_without_a_year_ask_for_the_first_date() -> None:
    text = (DATA / "scomp2017-programacao.vue").read_text(encoding="utf-8")
    context = ReadContext(timezone=ZoneInfo("America/Sao_Paulo"))
    with pytest.raises(UsageError) as error:
        JsRowsReader().read(text, source="programacao.vue", context=context)
    # the first dated entry's line, and the key whose days want the year
    assert str(error.value).startswith(
        "programacao.vue:84: the script's list has dates without a year, weekdays or day numbers "
        "(its days: date '12/06 - Segunda'); pass --date"
    )


def test_a_schedule_list_under_an_object_that_computes_a_value_is_refused_at_its_line() -> None:
    text = (
        "const data = {\n  talks: [\n    { time: '10:00', title: 'Opening' },\n"
        "    { time: late(), title: 'X' },\n  ],\n};\n"
    )
    with pytest.raises(ParseError) as error:
        JsRowsReader().read(text, source="data.js", context=bench.context("bcbk9-time.js"))
    assert error.value.source is not None and error.value.source.line == 4
    assert "found `late()`, a call or a function" in error.value.reason


def test_a_date_of_a_string_and_a_name_bound_to_a_literal_are_read_as_written() -> None:
    text = (
        "const HALL = 'Main hall'\n"
        "export default {\n  data() {\n    return {\n      talks: [\n"
        "        { start: new Date(\"2024-05-02 10:00\"), end: new Date('2024-05-02 11:00'), title: 'Opening',"
        " room: HALL },\n"
        "      ],\n    }\n  },\n  methods: { go() { return 1 } },\n}\n"
    )
    [item] = JsRowsReader().read(text, source="c.vue", context=bench.context("bcbk9-time.js")).items
    assert (item.title, item.location, item.source.line) == ("Opening", "Main hall", 6)
    assert item.start is not None and item.start.isoformat() == "2024-05-02T10:00:00+07:00"


def test_proitfest_section_is_read_only_when_the_program_file_maps_it() -> None:
    text = (DATA / "proitfest2023-data.js").read_text(encoding="utf-8")
    unmapped = attrs.evolve(bench.context("proitfest2023-data.js"), columns=())
    program = JsRowsReader().read(text, source="data.js", context=unmapped)
    assert "not read: section" in program.reading  # a discipline in DVPW 2024's CSV, the title in ML for Systems'
    assert {item.location for item in program.items} == {None}


def test_react_india_lists_under_an_object_under_an_object_and_dates_with_z_are_instants() -> None:
    _, program = read_detected("js_rows", "reactindia2019-schedule.js", bench.context("reactindia2019-schedule.js"))
    assert program.reading[0] == (
        "the module's lists scheduleList.workshops, scheduleList.conference.day1, scheduleList.conference.day2: "
        "40 objects"
    )
    # `startTime: new Date("2019-09-27T03:00:00.000Z")`: 08:30 in Goa, as its `time: "08:30 AM"` says
    badges = next(item for item in program.items if item.title == "Badges Pickup & Breakfast")
    assert badges.start is not None and badges.start.isoformat() == "2019-09-27T08:30:00+05:30"


def test_a_module_with_dates_and_no_zone_asks_for_one_at_its_first_timed_object() -> None:
    text = (DATA / "proitfest2023-data.js").read_text(encoding="utf-8")
    with pytest.raises(UsageError) as asked:
        JsRowsReader().read(text, source="data.js", context=ReadContext())
    # `{` of the first object on line 3, `start: new Date("July 8, 2023 11:30")`: a date, no zone
    assert str(asked.value).startswith("data.js:3: the script's list's times have no time zone; pass --timezone")


def test_a_slot_level_gives_its_time_to_sessions_without_their_own() -> None:
    text = (
        "export const days = [\n  { date: '2024-05-02', slots: [\n    { time: '10:00 - 11:00', talks: [\n"
        "      { title: 'Alpha', speaker: 'Ada Lovelace' },\n      { title: 'Beta', start: '10:30' },\n"
        "    ] },\n  ] },\n]\n"
    )
    program = JsRowsReader().read(text, source="d.js", context=bench.context("bcbk9-time.js"))
    assert [(item.title, item.start and item.start.strftime("%H:%M")) for item in program.items] == [
        ("Alpha", "10:00"),
        ("Beta", "10:30"),
    ]


@pytest.mark.parametrize(
    "opening", ["data: () => ({", "data: function () {\n    return {", "data() {\n    const x = 1\n    return {"]
)
def test_a_vue_component_data_in_each_way_vue_writes_it_is_read(opening: str) -> None:
    close = "})" if opening.endswith("({") else "}\n  }"
    text = (
        "<template>\n  <div v-for='t in talks'>{{ t.time }} {{ t.title }}</div>\n</template>\n\n<script>\n"
        f"export default {{\n  {opening}\n      talks: [\n        {{ time: '10:00 - 11:00', title: 'Opening' }},\n"
        f"      ],\n    {close},\n}}\n</script>\n"
    )
    assert [reader.name for reader in detect_readers(text)] == ["js-rows"]
    [item] = JsRowsReader().read(text, source="c.vue", context=bench.context("bcbk9-time.js")).items
    assert (item.title, item.source.line) == ("Opening", 9 + opening.count("\n"))


def test_a_vue_component_whose_template_writes_the_times_is_a_page() -> None:
    text = (
        "<template>\n  <table>\n    <tr><td>10:00</td><td>Opening</td></tr>\n    <tr><td>11:00</td><td>Talk</td></tr>\n"
        "  </table>\n</template>\n\n<script>\nexport default { name: 'Schedule' }\n</script>\n"
    )
    assert [reader.name for reader in detect_readers(text)] == ["html-page"]
