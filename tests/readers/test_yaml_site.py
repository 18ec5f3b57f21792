"""The static-site YAML reader on real `_data/schedule.yml` files, counted independently with PyYAML."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import UsageError
from program.model import Program, Role, Severity
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

DATA = Path(__file__).parents[1] / "data" / "yaml_site"
LONDON = ZoneInfo("Europe/London")
JOINS = (("sessions_file", "devfest-porto-sessions.yml"), ("speakers_file", "devfest-porto-speakers.yml"))
SCHEDULES = ("bmvc2021", "devfest-porto", "chomps2025", "acm-cre", "3dv", "enlsp2022")


def _load(name: str) -> Any:
    # Jekyll reads tab-indented flow mappings; PyYAML needs spaces there.
    text = re.sub(
        r"^[ \t]+", lambda m: m[0].replace("\t", "    "), (DATA / name).read_text(encoding="utf-8"), flags=re.M
    )
    return yaml.load(text, Loader=yaml.BaseLoader)


def _expected_count(name: str) -> int:
    """Entries in the source, counted by walking each file's own shape with PyYAML."""
    data = _load(f"{name}-schedule.yml")
    if name == "bmvc2021":
        return sum(len(day["contents"]) for day in data["schedule"])
    if name == "devfest-porto":
        known = {session["id"] for session in _load("devfest-porto-sessions.yml")}
        return sum(
            1 for day in data for slot in day["timeslots"] or [] for session in slot["sessionIds"] if session in known
        )
    if name == "3dv":
        return sum(len(entries) for entries in data.values())
    return len(data)


def _read(name: str, *, first_date: date | None = date(2021, 11, 22), zone: ZoneInfo | None = LONDON) -> Program:
    path = DATA / f"{name}-schedule.yml"
    context = ReadContext(first_date=first_date, timezone=zone, columns=JOINS if name == "devfest-porto" else ())
    return YamlSiteReader().read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)


@pytest.mark.parametrize("name", SCHEDULES)
def test_real_schedules_read_every_entry(name: str) -> None:
    program = _read(name)

    assert len(program.items) == _expected_count(name)
    assert [problem for problem in program.problems if problem.severity is Severity.ERROR] == []


@pytest.mark.parametrize("name", SCHEDULES)
def test_real_schedules_are_detected_as_yaml_only(name: str) -> None:
    text = (DATA / f"{name}-schedule.yml").read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]


@pytest.mark.parametrize("name", ["devfest-porto-sessions.yml", "devfest-porto-speakers.yml"])
def test_joined_files_are_not_schedules(name: str) -> None:
    assert detect_readers((DATA / name).read_text(encoding="utf-8")) == []


def test_days_without_a_year_take_the_first_days_year() -> None:
    first = _read("bmvc2021").items[0]

    assert (first.title, first.start, first.end) == (
        "Poster Session 1 (Morning)",
        datetime(2021, 11, 22, 10, 0, tzinfo=LONDON),
        datetime(2021, 11, 22, 11, 0, tzinfo=LONDON),
    )


def test_a_session_and_its_title_make_one_title() -> None:
    titles = [item.title for item in _read("bmvc2021").items]

    assert titles[3] == "Oral Session 1: Multimodal Learning"


def test_dotted_times_are_clock_times_not_numbers() -> None:
    item = _read("chomps2025").items[0]

    assert (item.start, item.end) == (
        datetime(2021, 11, 22, 9, 0, tzinfo=LONDON),
        datetime(2021, 11, 22, 9, 15, tzinfo=LONDON),
    )


def test_html_titles_keep_their_text_and_give_their_links() -> None:
    item = _read("chomps2025").items[1]

    assert item.title == (
        "(First Keynote) From Pixels to Preservation - The Power of Large Vision Models in Heritage Content "
        "Understanding"
    )
    assert [link.label for link in item.links] == ["Slides"]
    assert item.people == ("Jing Zhang",)


def test_a_presenter_field_written_as_an_html_list_is_one_person_per_item() -> None:
    # NeurIPS 2022 ENLSP: 'Presenter: <ul><li>Boxing Chen</li><li>Jiahao Sun</li>…</ul>' (9 of its 26 entries)
    items = {item.title: item for item in _read("enlsp2022").items}

    assert items["Interactive Industrial Panel"].people == (
        "Boxing Chen", "Jiahao Sun", "Vikrant Singh Tomar", "Marjan Ghazvininejad", "Yu Cheng", "Mohammad Norouzi",
        "Rahul Gupta",
    )  # fmt: skip
    assert items["PromptDA: Label-guided Data Augmentation for Prompt-based Few Shot Learners"].people == (
        "Canyu Chen",
        "Kai Shu",
    )
    assert items["(KeyNote Talk) Fine-grained Interactive Vision Language Pre-training"].people == ("Lu Hou",)
    assert items["Breakfast"].people == ()


def test_zero_padded_session_ids_join_sessions_and_speakers() -> None:
    item = _read("devfest-porto").items[0]

    assert (item.title, item.people, item.start) == (
        "Building Cloud-powered wearable Apps",
        ("Dmytro Danylyk", "Mateusz Herych"),
        datetime(2014, 10, 24, 10, 0, tzinfo=LONDON),
    )


def test_unknown_ids_and_backward_slots_are_warnings_at_the_timeslot() -> None:
    codes = [
        (problem.code, problem.source.line if problem.source else None) for problem in _read("devfest-porto").problems
    ]

    assert codes == [("unknown-id", 14), ("end-before-start", 19), ("unknown-id", 31)]


def test_offsets_are_kept_and_shown_in_the_zone() -> None:
    registration = _read("3dv", zone=ZoneInfo("Europe/Prague")).items[0]

    assert registration.start == datetime(2022, 9, 12, 10, 0, tzinfo=ZoneInfo("Europe/Prague"))


def test_chairs_chair_and_a_keynote_with_a_chair_is_not_their_talk() -> None:
    """3DV 2022: `chairs: Torsten Sattler` on an oral session; the keynote's chair is no speaker of it."""
    program = _read("3dv", zone=ZoneInfo("Europe/Prague"))
    by_title = {item.title: item for item in program.items}

    oral = by_title["Oral Session 1: Humans & Non-Rigid Shapes"]
    assert (oral.people, oral.role) == (("Torsten Sattler",), Role.CHAIR)
    spotlight = by_title["Spotlight Session 1"]  # "chairs: Djamila Aouada and Zhaopeng Cui"
    assert (spotlight.people, spotlight.role) == (("Djamila Aouada", "Zhaopeng Cui"), Role.CHAIR)
    keynote = by_title["Keynote Speech 1: Matthias Niessner"]
    assert (keynote.people, keynote.role) == (("Konrad Schindler",), Role.CHAIR)


def test_a_missing_zone_names_the_option() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read("acm-cre", zone=None)


def test_a_day_without_a_year_needs_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        _read("bmvc2021", first_date=None)


def test_columns_name_the_path_and_the_keys() -> None:
    text = "program:\n  - what: Opening\n    at: '9.30'\n    who: Ada Lovelace and Alan Turing\n"
    context = ReadContext(
        first_date=date(2026, 3, 2),
        timezone=LONDON,
        columns=(("items", "program[]"), ("title", "what"), ("start", "at"), ("people", "who")),
    )

    program = YamlSiteReader().read(text, source="site.yml", context=context)

    assert [(item.title, item.start, item.people) for item in program.items] == [
        ("Opening", datetime(2026, 3, 2, 9, 30, tzinfo=LONDON), ("Ada Lovelace", "Alan Turing"))
    ]
    assert (
        program.reading[0]
        == "1 entries, 2 speakers, 0 rooms; entries at program[]; what → title, at → start, who → people"
    )


def test_an_unknown_column_is_a_usage_error() -> None:
    context = ReadContext(timezone=LONDON, columns=(("speaker_name", "who"),))

    with pytest.raises(UsageError, match="speaker_name"):
        YamlSiteReader().read("- title: A\n  time: 9:00\n", source="site.yml", context=context)


def _trial(name: str, first_date: date, zone: str) -> Program:
    path = DATA / name
    context = ReadContext(first_date=first_date, timezone=ZoneInfo(zone))
    return YamlSiteReader().read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)


def test_decimal_durations_are_hours_when_the_site_writes_them_so() -> None:
    # CamTrap 2024's template multiplies duration by 3600: 0.75 is 45 minutes, the bare 1 (Lunch) an hour
    vienna = ZoneInfo("Europe/Vienna")
    program = _trial("camtrap2024-schedule.yml", date(2024, 9, 5), "Europe/Vienna")

    assert len(program.items) == 21
    assert [problem for problem in program.problems if problem.severity is Severity.ERROR] == []
    by_title = {item.title: item for item in program.items}
    assert (by_title["Registration"].start, by_title["Registration"].end) == (
        datetime(2024, 9, 5, 8, 0, tzinfo=vienna),
        datetime(2024, 9, 5, 8, 45, tzinfo=vienna),
    )
    assert (by_title["Lunch Break 🥗"].start, by_title["Lunch Break 🥗"].end) == (
        datetime(2024, 9, 5, 11, 45, tzinfo=vienna),
        datetime(2024, 9, 5, 12, 45, tzinfo=vienna),
    )
    drones = by_title["Paper Session #3: Drones"]  # "duration: .5" on the second day
    assert (drones.start, drones.end) == (
        datetime(2024, 9, 6, 9, 45, tzinfo=vienna),
        datetime(2024, 9, 6, 10, 15, tzinfo=vienna),
    )
    assert "durations without a unit (0.75, 0.25, 0.5, 1, 0.0, 2, .5) read as hours" in program.reading[1]
    assert "not read: presentations" in program.reading


def test_a_title_that_is_one_link_is_the_links_text_and_keeps_the_link() -> None:
    program = _trial("camtrap2024-schedule.yml", date(2024, 9, 5), "Europe/Vienna")

    keynote = program.items[2]
    assert keynote.title == "Keynote #1: Robin Sandfort"
    assert [(link.label, link.url) for link in keynote.links] == [("Keynote #1: Robin Sandfort", "#Robin")]
    assert program.items[18].title == "Keynote #4: Claudia Probst & Georg Schneider"
    cancelled = program.items[11]  # struck out, "duration: 0.0": its start only
    assert cancelled.title == (
        "Tutorial #3: Smartmulticopters, development and production of UAV platform "
        "(Unfortunately cancelled due to illness)"
    )
    assert (cancelled.start, cancelled.end) == (datetime(2024, 9, 5, 15, 0, tzinfo=ZoneInfo("Europe/Vienna")), None)


def test_day_flags_put_an_entry_on_each_day_they_set() -> None:
    # CIRCL cti-summit: "day1: true, day2: true" is on both days, "day1: false, day2: true" on the second only
    luxembourg = ZoneInfo("Europe/Luxembourg")
    program = _trial("cti-summit-schedule.yml", date(2019, 10, 21), "Europe/Luxembourg")

    slots = [(item.title, item.start, item.end) for item in program.items if item.start is not None]
    assert len(slots) == 12
    monday, tuesday = date(2019, 10, 21), date(2019, 10, 22)
    assert [start.date() for title, start, _ in slots if title == "Registration & Breakfast"] == [monday, tuesday]
    assert [start.date() for title, start, _ in slots if title == "Lunch"] == [monday, tuesday]
    assert ("Closing Keynote with Gregory Boddin (LeakIX)", datetime(2019, 10, 22, 9, 0, tzinfo=luxembourg)) in [
        (title, start) for title, start, _ in slots
    ]
    assert {title: start.date() for title, start, _ in slots if title.startswith("Group")} == {
        "Group 1": monday,
        "Group 2": monday,
        "Group 3": tuesday,
        "Group 4": tuesday,
    }
    assert "not read: timeImg, groupId" in program.reading


def test_a_duration_unit_in_the_program_file_decides() -> None:
    path = DATA / "camtrap2024-schedule.yml"
    context = ReadContext(
        first_date=date(2024, 9, 5), timezone=ZoneInfo("Europe/Vienna"), columns=(("duration_unit", "minutes"),)
    )

    program = YamlSiteReader().read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)

    lunch = next(item for item in program.items if item.title == "Lunch Break 🥗")
    assert lunch.start is not None and lunch.end is not None
    assert (lunch.end - lunch.start).total_seconds() == 60
    assert any(problem.code == "unreadable-entry" and "0.75" in problem.message for problem in program.problems)


def test_a_markdown_page_with_front_matter_is_no_yaml_schedule() -> None:
    # A Jekyll page's front matter has title and date keys; the page below it is a pipe table (trial 3, problem 11).
    front = "---\nlayout: page\ntitle: Program\ndate: 2024-05-11 09:00\n---\n\n"
    page = (
        front + "# Program\n\n| Time | Agenda |\n|---|---|\n| 09:00 - 09:30 | Opening |\n| 09:30 - 10:30 | Keynote |\n"
    )
    yaml_file = front + "- title: Opening\n  time: '09:00'\n  room: A\n- title: Keynote\n  time: '09:30'\n"

    assert [reader.name for reader in detect_readers(page)] == ["schedule-page"]
    assert YamlSiteReader().detect(yaml_file)  # what follows the front matter is looked at
