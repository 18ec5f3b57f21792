"""program.json reads back without loss: write, read, write gives the same bytes."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from program.errors import ParseError
from program.loading import Loaded
from program.model import Item, Kind, Link, Paper, PartialDate, Person, Problem, Program, Severity, SourceRef
from program.readers import ReadContext, detect_readers
from program.readers.program_json import ProgramJsonReader
from program.writers.base import RenderOptions
from program.writers.program_json import ProgramJsonWriter

ZONES = ("UTC", "America/Chicago", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe")
# Any text a program can hold: readers remove control characters other than tab and line
# feed (see model.text.without_control_characters), so a program never has them.
texts = st.text(st.characters(exclude_categories=["Cs", "Cc"], include_characters="\t\n"), max_size=40)
ids = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z")
sources = st.builds(SourceRef, st.sampled_from(["a.txt", "dir/b.xml"]), st.one_of(st.none(), st.integers(1, 10**6)))


def _moments(zone: ZoneInfo) -> st.SearchStrategy[datetime]:
    return st.datetimes(datetime(1990, 1, 1), datetime(2090, 1, 1), timezones=st.just(zone), allow_imaginary=False)


@st.composite
def items(draw: st.DrawFn, zone: ZoneInfo) -> Item:
    start = draw(st.one_of(st.none(), _moments(zone)))
    minutes = draw(st.one_of(st.none(), st.integers(1, 600)))
    end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(zone) if start and minutes else None
    return Item(
        id=draw(ids),
        kind=draw(st.sampled_from(Kind)),
        title=draw(texts),
        source=draw(sources),
        start=start,
        end=end,
        people=tuple(draw(st.lists(texts, max_size=3))),
        abstract=draw(st.one_of(st.none(), texts)),
        links=tuple(draw(st.lists(st.builds(Link, texts, st.one_of(st.none(), texts)), max_size=2))),
        recorded=draw(st.booleans()),
        paper=draw(st.one_of(st.none(), ids)),
        label=draw(st.one_of(st.none(), texts)),
        title_speaker=draw(st.one_of(st.none(), texts)),
        location=draw(st.one_of(st.none(), texts)),
        sessions=tuple(draw(st.lists(ids, max_size=2))),
        board=draw(st.one_of(st.none(), st.integers(1, 999).map(lambda n: f"P{n}"))),
        scraped=draw(st.booleans()),
        day=None if start else draw(st.one_of(st.none(), st.dates())),
    )


partial_dates = st.builds(
    PartialDate, st.integers(1, 12), st.integers(1, 28), st.one_of(st.none(), st.integers(1000, 9999))
)
papers = st.builds(
    Paper,
    id=ids,
    title=st.one_of(st.none(), texts),
    authors=st.lists(texts, max_size=3).map(tuple),
    abstract=st.one_of(st.none(), texts),
    items=st.lists(ids, max_size=2).map(tuple),
    authors_complete=st.booleans(),
    score=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    category=st.one_of(st.none(), st.text(string.ascii_uppercase, min_size=2, max_size=2)),
    published=st.one_of(st.none(), partial_dates),
    has_code=st.booleans(),
    number=st.one_of(st.none(), st.integers(1, 10**6)),
    source=st.one_of(st.none(), sources),
    scraped=st.booleans(),
    links=st.lists(st.builds(Link, texts, st.one_of(st.none(), texts)), max_size=2).map(tuple),
)
people = st.builds(
    Person,
    id=ids,
    name=texts,
    display=texts,
    sort_key=texts,
    aliases=st.lists(texts, max_size=2).map(tuple),
    items=st.lists(ids, max_size=2).map(tuple),
    papers=st.lists(ids, max_size=2).map(tuple),
)
problems = st.builds(
    Problem, st.sampled_from(Severity), st.from_regex(r"\A[a-z]+(-[a-z]+)?\Z"), texts, st.one_of(st.none(), sources)
)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    return Program(
        title=draw(texts),
        timezone=zone.key,
        days=tuple(draw(st.lists(st.dates(), max_size=3))),
        items=tuple(draw(st.lists(items(zone), max_size=4))),
        papers=tuple(draw(st.lists(papers, max_size=3))),
        people=tuple(draw(st.lists(people, max_size=3))),
        problems=tuple(draw(st.lists(problems, max_size=2))),
        venue=draw(st.one_of(st.none(), texts)),
        url=draw(st.one_of(st.none(), texts)),
        sources=tuple(draw(st.lists(texts, max_size=2))),
        updated=draw(st.one_of(st.none(), st.datetimes(timezones=st.just(UTC)))),
        locale=draw(st.sampled_from(["root", "sv", "de"])),
        uid_domain=draw(st.one_of(st.none(), ids)),
    )


def _write(program: Program) -> str:
    return ProgramJsonWriter().write(program, RenderOptions()).decode()


def _read(text: str) -> Program:
    return ProgramJsonReader().read(text, source="program.json", context=ReadContext())


@settings(max_examples=150, deadline=None)
@given(programs())
def test_any_program_reads_back_equal_and_writes_the_same_bytes(program: Program) -> None:
    written = _write(program)
    read = _read(written)

    assert read == program
    assert _write(read) == written


def test_the_sample_reads_back_equal_and_is_detected(sample: Loaded) -> None:
    written = _write(sample.program)

    assert _read(written) == sample.program
    assert [reader.name for reader in detect_readers(written)] == ["program-json"]


def test_a_document_from_before_scraped_and_uid_domain_reads_as_it_was_built() -> None:
    # Written before these were recorded: every text was rendered, UIDs used the title's slug.
    item = Item("talk-a", Kind.TALK, "A", SourceRef("page.txt", 1), scraped=False)
    paper = Paper("paper-a", "A", scraped=False)
    document = json.loads(_write(Program("My Workshop 2022", "UTC", items=(item,), papers=(paper,))))
    del document["uid_domain"], document["items"][0]["scraped"], document["papers"][0]["scraped"]
    del document["items"][0]["day"]

    read = _read(json.dumps(document))

    assert (read.items[0].scraped, read.papers[0].scraped, read.uid_domain) == (True, True, "my-workshop-2022")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda doc: doc.update(format="program-json/9"), "'format' must be 'program-json/1'"),
        (lambda doc: doc.pop("title"), "'title' must be a string"),
        (lambda doc: doc["items"][0].update(recorded="yes"), "item 1: 'recorded' must be true or false"),
        (lambda doc: doc["items"][0].update(kind="lecture"), "'lecture' is not a valid Kind"),
        (lambda doc: doc["papers"][0].update(published="May 3"), "expected YYYY-MM-DD or --MM-DD"),
        (lambda doc: doc["items"][0].update(start="2022-12-03T10:00:00"), "with a UTC offset"),
    ],
)
def test_a_damaged_document_names_what_is_wrong(sample: Loaded, change: object, reason: str) -> None:
    document = json.loads(_write(sample.program))
    change(document)  # type: ignore[operator]

    with pytest.raises(ParseError) as caught:
        _read(json.dumps(document))

    assert reason in caught.value.reason
