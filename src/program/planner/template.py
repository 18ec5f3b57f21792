"""The plan template: the shape of the days and the constraints a plan must keep.

A template is a program file (title, date, timezone, …) with the blocks of the day and
a `[plan]` table::

    date = 2022-12-03
    timezone = "America/Chicago"

    [[items]]                      # fixed: opening, invited talks, breaks, lunch
    kind = "invited-talk"
    title = "Jeff Dean - Invited Talk"
    people = ["Jeff Dean"]
    start = "08:40"
    end = "09:30"

    [[spotlights]]                 # an open block the planner fills with papers
    name = "Spotlights I"
    start = "10:55"
    talks = 4
    length = "10m"
    gap = "5m"
    room = "Theater B"

    [[posters]]                    # every paper gets one board in one poster session
    title = "Poster Session | Coffee Break"
    start = "10:20"
    end = "10:50"
    boards = 30

    [plan]
    buffer = "5m"                  # least time between two of a person's items
    spotlights = ["HEAT: …"]       # papers that must be talks
    not_spotlights = []            # papers that must not be
    together = [["A", "B"]]        # same poster session (and the same talk block, if talks)
    apart = [["C", "D"]]           # never the same session or block
    topics = "category"            # group by the listing's category, or "words" of titles

    [[plan.unavailable]]
    person = "Zhongzhi Yu"
    from = "13:00"
    until = "15:00"

    [plan.weights]                 # the objective: what a better plan is
    score = 10                     # per point of a talk's paper score
    topic = 5                      # per topic split over one more session or block
    moves = 1000                   # per paper moved, when re-planning with --previous

Blocks take `day = 2022-12-04` (or a day number, 1 for `date`) when there are several days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Kind, SourceRef
from program.planner.blocks import (
    Constraints,
    FixedItem,
    PaperRef,
    PosterBlock,
    Span,
    TalkBlock,
    Template,
    Topics,
    Unavailable,
    Weights,
)
from program.settings import KeyLines, parse_duration, read_toml, settings_from

_BLOCK_TABLES = ("items", "spotlights", "orals", "posters")
_PLAN_KEYS = frozenset(
    {"buffer", "spotlights", "not_spotlights", "together", "apart", "topics", "unavailable", "weights"}
)
_WEIGHT_KEYS = frozenset({"score", "topic", "moves"})
MOST_TALKS = 1_440
"""The most talks one block can hold: a day of one-minute talks."""
MOST_BOARDS = 100_000
"""The most boards one poster session can have: the solver's model counts papers against them,
and a number beyond its 64-bit integers stopped it with a traceback (issue 32)."""

_TALK_KEYS = frozenset({"name", "day", "start", "talks", "length", "gap", "room"})
_POSTER_KEYS = frozenset({"title", "day", "start", "end", "boards", "room"})
_ITEM_KEYS = frozenset({"kind", "title", "day", "start", "end", "people", "room"})
_FIXED_KINDS = tuple(kind for kind in Kind if not kind.presents_paper and kind is not Kind.POSTER_SESSION)


def load_template(path: Path) -> Template:
    """Read a plan template.

    Raises:
        ParseError: at the line of the first thing that is not as expected.
    """
    data, lines = read_toml(path, "a TOML plan template")
    plan_table = data.pop("plan", {})
    blocks = {name: data.pop(name, []) for name in _BLOCK_TABLES}
    settings = settings_from(data, lines, path.parent)
    if settings.first_date is None:
        raise ParseError("expected date = YYYY-MM-DD: the plan's first day", SourceRef(lines.source, 1))
    if settings.timezone is None:
        raise ParseError('expected timezone = "Area/City": the plan\'s time zone', SourceRef(lines.source, 1))
    reader = _Reader(lines, settings.first_date, settings.timezone)
    talk_blocks = (
        *(reader.talk_block(entry, number, Kind.SPOTLIGHT) for number, entry in reader.tables(blocks, "spotlights")),
        *(reader.talk_block(entry, number, Kind.ORAL) for number, entry in reader.tables(blocks, "orals")),
    )
    poster_blocks = tuple(reader.poster_block(entry, number) for number, entry in reader.tables(blocks, "posters"))
    if not poster_blocks:
        raise ParseError(
            "expected at least one [[posters]] session: every paper needs a board", SourceRef(lines.source)
        )
    plan = reader.plan_table(plan_table)
    return Template(
        settings=settings,
        fixed=tuple(reader.fixed_item(entry, number) for number, entry in reader.tables(blocks, "items")),
        talk_blocks=tuple(sorted(talk_blocks, key=lambda block: (block.start, block.room or ""))),
        poster_blocks=tuple(sorted(poster_blocks, key=lambda block: (block.span.start, block.room or ""))),
        constraints=reader.constraints(plan),
        weights=reader.weights(plan.get("weights", {})),
        topics=reader.topics(plan),
        source=lines.source,
    )


@attrs.frozen
class _Reader:
    lines: KeyLines
    first_date: date
    zone: ZoneInfo

    def tables(self, blocks: dict[str, Any], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
        entries = blocks[name]
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise self.lines.fail(name, f"[[{name}]] tables", entries)
        yield from enumerate(entries)

    def _where(self, table: str, number: int) -> int:
        return self.lines.table_line(table, number) or 0

    def _check_keys(self, entry: dict[str, Any], allowed: frozenset[str], table: str, number: int) -> int:
        line = self._where(table, number)
        unknown = sorted(set(entry) - allowed)
        if unknown:
            raise ParseError(
                f"[[{table}]]: unknown key {unknown[0]!r}; expected {', '.join(sorted(allowed))}",
                SourceRef(self.lines.source, line or None),
            )
        return line

    def _required(self, entry: dict[str, Any], key: str, table: str, line: int) -> Any:
        if key not in entry:
            raise ParseError(f"[[{table}]]: expected {key} = …", SourceRef(self.lines.source, line or None))
        return entry[key]

    def _day(self, entry: dict[str, Any], line: int) -> date:
        day = entry.get("day", 1)
        if isinstance(day, date) and not isinstance(day, datetime):
            return day
        if isinstance(day, int) and not isinstance(day, bool) and day >= 1:
            return self.first_date + timedelta(days=day - 1)
        raise self.lines.fail("day", "a date such as 2022-12-04 or a day number (1 is the first day)", day, line)

    def _moment(self, entry: dict[str, Any], key: str, table: str, line: int) -> datetime:
        value = self._required(entry, key, table, line)
        text = value.isoformat() if isinstance(value, time) else value
        try:
            clock = time.fromisoformat(text) if isinstance(text, str) else None
        except ValueError:
            clock = None
        if clock is None:
            raise self.lines.fail(key, 'a time of day such as "10:55"', value, line)
        return datetime.combine(self._day(entry, line), clock, tzinfo=self.zone)

    def _duration(self, entry: dict[str, Any], key: str, default: str | None, table: str, line: int) -> timedelta:
        value = entry.get(key, default)
        if value is None:
            value = self._required(entry, key, table, line)
        try:
            if isinstance(value, str):
                return parse_duration(value)
        except UsageError:
            pass
        raise self.lines.fail(key, "a length such as 10m or 1h30m", value, line)

    def _count(self, entry: dict[str, Any], key: str, table: str, line: int, most: int) -> int:
        value = self._required(entry, key, table, line)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= most:
            raise self.lines.fail(key, f"a whole number from 1 to {most:,}", value, line)
        return value

    def _text(self, entry: dict[str, Any], key: str, table: str, line: int, default: str | None = None) -> str:
        value = entry.get(key, default)
        if value is None:
            value = self._required(entry, key, table, line)
        if not isinstance(value, str) or not value.strip():
            raise self.lines.fail(key, "a quoted, non-empty string", value, line)
        return value.strip()

    def _room(self, entry: dict[str, Any], line: int) -> str | None:
        room = entry.get("room")
        if room is not None and (not isinstance(room, str) or not room.strip()):
            raise self.lines.fail("room", "a quoted room name", room, line)
        return room.strip() if room else None

    def _span(self, entry: dict[str, Any], table: str, line: int) -> Span:
        span = Span(self._moment(entry, "start", table, line), self._moment(entry, "end", table, line))
        if span.end <= span.start:
            raise self.lines.fail("end", f"a time after the start ({span.start:%H:%M})", entry["end"], line)
        return span

    def fixed_item(self, entry: dict[str, Any], number: int) -> FixedItem:
        line = self._check_keys(entry, _ITEM_KEYS, "items", number)
        kind_name = self._text(entry, "kind", "items", line)
        kinds = {kind.value: kind for kind in _FIXED_KINDS}
        if kind_name not in kinds:
            raise self.lines.fail("kind", f"one of {', '.join(kinds)} (papers go in open blocks)", kind_name, line)
        people = entry.get("people", [])
        if not isinstance(people, list) or not all(isinstance(name, str) and name.strip() for name in people):
            raise self.lines.fail("people", 'a list of names such as ["Jeff Dean"]', people, line)
        return FixedItem(
            kind=kinds[kind_name],
            title=self._text(entry, "title", "items", line),
            span=self._span(entry, "items", line),
            people=tuple(name.strip() for name in people),
            room=self._room(entry, line),
            source=SourceRef(self.lines.source, line or None),
        )

    def talk_block(self, entry: dict[str, Any], number: int, kind: Kind) -> TalkBlock:
        table = "spotlights" if kind is Kind.SPOTLIGHT else "orals"
        line = self._check_keys(entry, _TALK_KEYS, table, number)
        length = self._duration(entry, "length", None, table, line)
        if length < timedelta(minutes=1):
            raise self.lines.fail("length", "a length of at least 1m, such as 10m", entry["length"], line)
        gap = self._duration(entry, "gap", "0m", table, line)
        talks = entry.get("talks")
        if isinstance(talks, int) and not isinstance(talks, bool) and talks * (length + gap) > timedelta(days=1):
            most = timedelta(days=1) // (length + gap)
            gaps = f" and gaps of {entry['gap']}" if gap else ""
            within = f"at most {most:,}: talks of {entry['length']}{gaps} within one day"
            raise self.lines.fail("talks", within, talks, line)
        default_name = f"{kind.display}s {number + 1}"
        return TalkBlock(
            name=self._text(entry, "name", table, line, default_name),
            kind=kind,
            start=self._moment(entry, "start", table, line),
            talks=self._count(entry, "talks", table, line, MOST_TALKS),
            length=length,
            gap=gap,
            room=self._room(entry, line),
            source=SourceRef(self.lines.source, line or None),
        )

    def poster_block(self, entry: dict[str, Any], number: int) -> PosterBlock:
        line = self._check_keys(entry, _POSTER_KEYS, "posters", number)
        return PosterBlock(
            title=self._text(entry, "title", "posters", line, "Poster Session"),
            span=self._span(entry, "posters", line),
            boards=self._count(entry, "boards", "posters", line, MOST_BOARDS),
            room=self._room(entry, line),
            source=SourceRef(self.lines.source, line or None),
        )

    def plan_table(self, table: object) -> dict[str, Any]:
        if not isinstance(table, dict):
            raise self.lines.fail("plan", "a [plan] table", table)
        unknown = sorted(set(table) - _PLAN_KEYS)
        if unknown:
            raise self.lines.fail(unknown[0], f"one of {', '.join(sorted(_PLAN_KEYS))} in [plan]", unknown[0])
        return table

    def _papers(self, plan: dict[str, Any], key: str) -> tuple[PaperRef, ...]:
        names = plan.get(key, [])
        if not isinstance(names, list) or not all(isinstance(name, str) and name.strip() for name in names):
            raise self.lines.fail(key, "a list of paper titles (or paper ids)", names)
        where = self.lines.at(key)
        return tuple(PaperRef(name.strip(), where) for name in names)

    def _groups(self, plan: dict[str, Any], key: str) -> tuple[tuple[PaperRef, ...], ...]:
        groups = plan.get(key, [])
        valid = isinstance(groups, list) and all(
            isinstance(group, list) and len(group) >= 2 and all(isinstance(name, str) for name in group)
            for group in groups
        )
        if not valid:
            raise self.lines.fail(key, 'a list of lists of two or more titles, [["A", "B"]]', groups)
        where = self.lines.at(key)
        return tuple(tuple(PaperRef(name.strip(), where) for name in group) for group in groups)

    def _unavailable(self, plan: dict[str, Any]) -> tuple[Unavailable, ...]:
        entries = plan.get("unavailable", [])
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise self.lines.fail("unavailable", "[[plan.unavailable]] tables", entries)
        windows = []
        for number, entry in enumerate(entries):
            line = self._check_keys(entry, frozenset({"person", "day", "from", "until"}), "plan.unavailable", number)
            span = Span(
                self._moment(entry, "from", "plan.unavailable", line),
                self._moment(entry, "until", "plan.unavailable", line),
            )
            if span.end <= span.start:
                raise self.lines.fail("until", "a time after from", entry["until"], line)
            person = self._text(entry, "person", "plan.unavailable", line)
            windows.append(Unavailable(person, span, SourceRef(self.lines.source, line or None)))
        return tuple(windows)

    def constraints(self, plan: dict[str, Any]) -> Constraints:
        return Constraints(
            buffer=self._duration(plan, "buffer", "0m", "plan", 0),
            unavailable=self._unavailable(plan),
            spotlights=self._papers(plan, "spotlights"),
            not_spotlights=self._papers(plan, "not_spotlights"),
            together=self._groups(plan, "together"),
            apart=self._groups(plan, "apart"),
        )

    def weights(self, table: object) -> Weights:
        if not isinstance(table, dict) or set(table) - _WEIGHT_KEYS:
            raise self.lines.fail("weights", f"a [plan.weights] table of {', '.join(sorted(_WEIGHT_KEYS))}", table)
        for key, value in table.items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise self.lines.fail(key, "a whole number of points, 0 or more", value)
        return Weights(**table)

    def topics(self, plan: dict[str, Any]) -> Topics:
        value = plan.get("topics", Topics.CATEGORY.value)
        if value not in {topic.value for topic in Topics}:
            raise self.lines.fail("topics", 'one of "category", "words", "off"', value)
        return Topics(value)
