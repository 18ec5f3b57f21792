"""The schedule-page reader on the time, day, zone and people notations of the issue, written out here."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from program.errors import UsageError
from program.readers.base import Line, ReadContext
from program.readers.lines.day_headings import day_heading
from program.readers.lines.days import named_zone
from program.readers.lines.entry import read_slot_text
from program.readers.lines.hour_ranges import hour_led
from program.readers.lines.schedule import read_schedule_lines
from program.readers.notation.leading import leading_span, title_then_time


def _read(text: str, **context: object) -> list[tuple[str, str | None, str | None, tuple[str, ...], str]]:
    lines = [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]
    read = read_schedule_lines(lines, ReadContext(**context), source="p.txt")  # type: ignore[arg-type]
    return [
        (
            item.title,
            item.start.isoformat() if item.start else None,
            item.end.strftime("%H:%M") if item.end else None,
            item.people,
            item.kind.value,
        )
        for item in read.items
    ]


def test_shapes_of_the_issue_read() -> None:
    text = "\n".join(
        [
            "Workshop on Engines. All times are Local (Lisbon) Time.",
            "Saturday, June 14",
            "8:30am - 8:45am Welcome by the organizers",
            "8:45am - 9:20am Invited talk (Lovelace)",
            "11.30-11.50Position Paper: Ada Lovelace",
            "3:30pm - 4:05pm Invited talk (Babbage -- replaced by Grace Hopper)",
            "Sun 15 June",
            "08:30 AM Invited Speaker: Alan Turing",
            "09:00 AM Keynote talk and Q&A: Grace Hopper",
            "Speakers",
            "Ada Lovelace, Analytical Engines Ltd",
        ]
    )

    read = _read(text, first_date=date(2025, 6, 14))

    assert read == [
        ("Welcome by the organizers", "2025-06-14T08:30:00+01:00", "08:45", (), "opening"),
        ("Invited talk", "2025-06-14T08:45:00+01:00", "09:20", ("Ada Lovelace",), "invited-talk"),
        ("Position Paper: Ada Lovelace", "2025-06-14T11:30:00+01:00", "11:50", ("Ada Lovelace",), "other"),
        ("Invited talk", "2025-06-14T15:30:00+01:00", "16:05", ("Grace Hopper",), "invited-talk"),
        ("Invited Speaker: Alan Turing", "2025-06-15T08:30:00+01:00", "09:00", ("Alan Turing",), "invited-talk"),
        ("Keynote talk and Q&A: Grace Hopper", "2025-06-15T09:00:00+01:00", None, ("Grace Hopper",), "keynote"),
    ]


def test_24_hour_times_with_pm_read_as_meant_with_a_warning() -> None:
    lines = [
        Line(1, "Timezone: America/Denver"),
        Line(2, "11:00 AM Talk"),
        Line(3, "12:00 AM Lunch"),
        Line(4, "15:00 PM Panel"),
    ]

    read = read_schedule_lines(lines, ReadContext(first_date=date(2026, 3, 2)), source="p.txt")

    assert [(item.start.strftime("%H:%M") if item.start else None) for item in read.items] == [
        "11:00",
        "12:00",
        "15:00",
    ]
    assert [(problem.code, problem.source and problem.source.line) for problem in read.problems] == [
        ("uncertain-entry", 3),
        ("uncertain-entry", 4),
    ]


def test_page_without_zone_or_date_names_the_option() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read("09:00 - 09:30 Opening\n09:30 - 10:00 Talk", first_date=date(2026, 3, 2))
    with pytest.raises(UsageError, match="--date"):
        _read("09:00 - 09:30 Opening\n09:30 - 10:00 Talk", timezone=ZoneInfo("UTC"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Day 1", (None, None, None, 1)),
        ("Monday March 2, 2026", (2026, 3, 2, None)),
        ("Saturday, June 14", (None, 6, 14, None)),
        ("Sat 14 June", (None, 6, 14, None)),
        ("Day 2 - Introduction to Python", (None, None, None, 2)),
    ],
)
def test_day_headings_read(text: str, expected: tuple[int | None, ...]) -> None:
    day = day_heading(text)

    assert day is not None and (day.year, day.month, day.day, day.day_number) == expected


def test_zone_statements_read() -> None:
    assert [
        zone.key if (zone := named_zone(text)) else None
        for text in ("All times are Local (Lisbon) Time", "Timezone: America/Denver", "Time (EST)", "Coffee at 9")
    ] == ["Europe/Lisbon", "America/Denver", "America/New_York", None]


def test_dash_and_label_people_read() -> None:
    assert read_slot_text("On Engines -- Ada Lovelace, Charles Babbage").people == ("Ada Lovelace", "Charles Babbage")
    assert read_slot_text("Subject Matter Experts: Ada Lovelace, Alan Turing, and Grace Hopper").people == (
        "Ada Lovelace",
        "Alan Turing",
        "Grace Hopper",
    )


@given(st.integers(0, 23 * 60), st.integers(1, 60), st.sampled_from(["-", " - ", "–", " to ", " -- "]))
def test_leading_span_reads_back_every_notation(start: int, length: int, separator: str) -> None:
    end = start + length
    for written_start, written_end in (
        (f"{start // 60:02d}:{start % 60:02d}", f"{end // 60 % 24:02d}:{end % 60:02d}"),
        (f"{start // 60}.{start % 60:02d}", f"{end // 60 % 24}.{end % 60:02d}"),
        (
            f"{(start // 60) % 12 or 12}:{start % 60:02d}{'am' if start < 720 else 'pm'}",
            f"{(end // 60) % 12 or 12}:{end % 60:02d}{'am' if end % 1440 < 720 else 'pm'}",
        ),
    ):
        found = leading_span(f"{written_start}{separator}{written_end}Title")

        assert found is not None
        assert (found.span.start.minutes, found.span.end_minutes, found.rest) == (start, end, "Title")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[Invited] Impact of Charge Trapping (Michael Waltl)", ("Impact of Charge Trapping", "invited-talk")),
        ("(Keynote) Content Addressable Memory Hierarchies", ("Content Addressable Memory Hierarchies", "keynote")),
        ("[Tutorial] Rust for Scientists", ("[Tutorial] Rust for Scientists", "other")),  # a talk's word: kept
        ("(Functional) Analysis of Programs", ("(Functional) Analysis of Programs", "other")),
    ],
)
def test_a_kind_mark_before_a_title_gives_the_kind_and_leaves_the_title(text: str, expected: tuple[str, str]) -> None:
    slot = read_slot_text(text)

    assert (slot.title, slot.kind.value) == expected


_TITLE_WORDS = st.lists(
    st.sampled_from(["Keynote", "Speech", "Parallel", "sessions", "Coffee", "break", "PhD", "Workshop", "2", "(live)"]),
    min_size=1,
    max_size=6,
).filter(lambda words: not words[0][0].isdigit() and not words[0].startswith("("))


@given(_TITLE_WORDS, st.integers(0, 23 * 60), st.integers(1, 180), st.sampled_from([" - ", "-", " – ", " to "]))
def test_a_title_before_its_time_reads_back_time_first(words: list[str], start: int, length: int, dash: str) -> None:
    # EAAE 2023: `<b>Parallel sessions 1</b> 9:00 am - 10:30 am`, `<i>Gala dinner</i> 8:00 pm`.
    end = min(start + length, 23 * 60 + 59)
    title = " ".join(words)
    span = f"{(start // 60) % 12 or 12}:{start % 60:02d} {'am' if start < 720 else 'pm'}"
    span += f"{dash}{(end // 60) % 12 or 12}:{end % 60:02d} {'am' if end < 720 else 'pm'}"

    rewritten = title_then_time(f"{title} {span}")

    assert rewritten == f"{span} {title}"
    found = leading_span(rewritten)
    assert found is not None
    assert (found.span.start.minutes, found.rest) == (start, title)


@given(st.lists(st.tuples(st.integers(0, 23), st.integers(1, 6)), min_size=3, max_size=8))
def test_bare_hour_items_read_back_with_minutes(hours: list[tuple[int, int]]) -> None:
    # A3Net 2024: `* 12-13 Registration`; a range's end is after its start and no later than 24.
    lines = [f"* {start}-{min(start + length, 24)} Talk {index}" for index, (start, length) in enumerate(hours)]

    rewritten = hour_led(lines)

    assert rewritten is not None
    for line, (start, length) in zip(rewritten, hours, strict=True):
        found = leading_span(line.removeprefix("* "))
        assert found is not None
        assert (found.span.start.minutes, found.span.end_minutes) == (start * 60, min(start + length, 24) * 60)
