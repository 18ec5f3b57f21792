"""Papers a schedule table lists without times under a session row, and the session rows themselves.

CHAI 2022 gives a session its time and lists its papers below it, one row each with the
time cell empty (``| | Ada Lovelace and Mary Somerville | Title |``); PPDP 2025 writes the
session in a "Session" column beside "Authors" and "Paper". The papers are the session's,
in order: untimed items shown at the session (`Item.sessions`, as posters are shown at
theirs), never given a share of its time the page does not give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

import attrs

from program.model import Item, Kind, Link, SourceRef
from program.model.ids import item_id, make_ids_unique
from program.readers.base import Line
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.japanese_names import honoured_names
from program.readers.lines.markup import CleanLine
from program.readers.lines.names import names_in
from program.readers.lines.rows import Header

_SESSION = re.compile(r"^(?:session|track|part|block)\s*[\w.]{0,4}$", re.IGNORECASE)
"""A session's number in the people column ("Session 1"): the first part of the row's title."""
_AFFILIATION = re.compile(r"\s*\([^()]*\)")


@attrs.frozen
class Member:
    """A row without a time under a session row: its line, its text, its links and the session's slot index."""

    line: Line
    text: SlotText
    links: tuple[str, ...]
    session: int
    abstract: str | None = None
    minutes: int | None = None
    """The length the talk states ("(30min)"): a session's talks that all state theirs run back to back."""


def session_row(header: Header, cells: Sequence[str], text: CleanLine) -> SlotText:
    """A row whose "Session" cell is written: the session is its title, and its people are named ones only.

    The other cells ("Chair: Juergen Giesl", an invited talk's "Speaker. Title") are what the
    session says of itself, kept as its abstract by the caller's `Slot` (here: its label).
    """
    session = read_slot_text(header.cell(cells, "session"), text.mentions)
    named = header.cell(cells, "people")
    people, role, _ = people_cell(named, "")
    said = [cell for index, cell in enumerate(cells) if cell and index not in _used(header)]
    if named and not people:
        said.insert(0, named)
    label = " - ".join(said) or role or session.label
    return attrs.evolve(session, people=tuple(dict.fromkeys(session.people + people)), label=label or None)


def people_cell(cell: str, title: str) -> tuple[tuple[str, ...], str | None, str]:
    """What a table's people column says: its people, a label, and the title it leaves.

    Names ("Ada Lovelace and Mary Somerville"); a label and a person ("Invited Speaker :
    Nicolas Fay", "Chair: Juergen Giesl"); else the title's first part ("Session 1" beside
    "Mental Models" is "Session 1: Mental Models").
    """
    if not cell:
        return (), None, title
    if (honoured := honoured_names(cell)) is not None:  # "加月宗一郎(@Zuckey_)さん": the name alone
        return honoured, None, title
    people = _employed(cell) or (names_in(cell) if ":" not in cell else None)
    if people is None and ":" not in cell and (bare := without_honorifics(cell)) != cell:
        people = names_in(bare)  # "Prof. Madya Dr. Mohd Murtadha Mohamad" (JKR 2025): too long a name with them
    if people is None and ":" not in cell and (bare := _AFFILIATION.sub("", cell)) != cell:
        people = names_in(bare, words=2)  # "Jiaxin Bai (HKUST)": the name, its affiliation dropped
    if people:
        return tuple(without_honorifics(name) for name in people), None, title  # "Dr. Dominik Stammbach"
    said = read_slot_text(cell)
    if said.people and said.label:
        return said.people, said.label, title  # the label's kind: `label_and_kind`
    if _SESSION.match(cell):
        return (), None, f"{cell}: {title}" if title else cell
    return (), None, title


_EMPLOYER_AFTER = re.compile(r"^(?P<name>[^,/()]+?)\s*(?:,\s*|/|\s[-–—]\s+)(?P<employer>[A-Z][\w&.-]*)$")
"""One person and where they work after a comma or a slash, in one word: "Martin Gran, Accenture", "Hans Kristian
Flaatten/NAV", "Tommy Jocumsen, NAV" (DevOpsDagar 2023); or their handle after a dash ("Hugo Hernández -
DonChambitas", FLISoL Sucre 2019)."""


def _employed(cell: str) -> tuple[str, ...] | None:
    """The one person of "Name Surname, Employer", or None for any other cell ("A, B and C" lists people)."""
    found = _EMPLOYER_AFTER.match(cell.strip())
    named = names_in(found["name"], words=2) if found is not None else None
    return named if named is not None and len(named) == 1 else None


def _used(header: Header) -> set[int]:
    return {header.columns[field] for field in ("session", "people", "time", "start", "end") if field in header.columns}


def with_members(items: list[Item], members: Sequence[Member], source: str) -> list[Item]:
    """`items` (the slots, in order) with each session's papers after it, untimed and shown at the session."""
    if not members:
        return items
    items = list(make_ids_unique(items))  # a session continued after a break is shown at its own row
    placed: list[Item] = []
    by_session: dict[int, list[Member]] = {}
    for member in members:
        by_session.setdefault(member.session, []).append(member)
    for index, item in enumerate(items):
        placed.append(item)
        papers = by_session.get(index, [])
        times = _back_to_back(item, papers)
        placed.extend(_paper(member, item, source, when) for member, when in zip(papers, times, strict=True))
    return placed


def _back_to_back(session: Item, papers: Sequence[Member]) -> list[tuple[datetime | None, datetime | None]]:
    """Each paper's start and end: back to back from the session's start when all state their lengths and fit in it.

    Forth-Tagung 2023's `09:30 Sitzung 1` lists `(30min)` and `(30min)` before the 10:30 break: 9:30 and 10:00.
    Else none: an untimed paper shown at its session, never given a share of its time the page does not give.
    """
    lengths = [member.minutes for member in papers]
    start = session.start
    if start is None or not lengths or any(length is None for length in lengths):
        return [(None, None)] * len(papers)
    total = timedelta(minutes=sum(length or 0 for length in lengths))
    if session.end is not None and start + total > session.end:
        return [(None, None)] * len(papers)
    times: list[tuple[datetime | None, datetime | None]] = []
    for length in lengths:
        end = start + timedelta(minutes=length or 0)
        times.append((start, end))
        start = end
    return times


def _paper(member: Member, session: Item, source: str, when: tuple[datetime | None, datetime | None]) -> Item:
    text = member.text
    kind = Kind.TALK if text.kind is Kind.OTHER else text.kind
    if session.kind is Kind.POSTER_SESSION and kind is Kind.TALK:
        kind = Kind.POSTER  # JNIC 2022's papers under "Café. Sesión Poster día 1": shown as posters, not talks
    return Item(
        id=item_id(kind, text.title),
        kind=kind,
        title=text.title,
        source=SourceRef(source, member.line.number),
        people=text.people,
        links=tuple(Link("link", url) for url in member.links if url.startswith(("http://", "https://"))),
        label=text.label,
        start=when[0],
        end=when[1],
        sessions=(session.id,),
        abstract=member.abstract,
        day=session.start.date() if session.start is not None else None,
        scraped=True,
    )
