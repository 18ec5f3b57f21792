"""One entry of a static site's YAML schedule into an item: title, times, people, room, kind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Link, Problem, Severity, SourceRef
from program.model.ids import item_id
from program.readers.base import ReadContext
from program.readers.kind_labels import kind_from_label, kind_from_title, label_kind
from program.readers.notation.afternoon import AfternoonClock, afternoon_note, is_twelve_hour_sheet
from program.readers.notation.times import TimeSpan
from program.readers.yaml_document import poster_kinds
from program.readers.yaml_keys import carried_down, day_flags, flag_base, plain_hours, session_named_title, unread_keys
from program.readers.yaml_languages import Languages, language_map
from program.readers.yaml_located import Joins, day_key_name
from program.readers.yaml_names import names_nobody
from program.readers.yaml_people import (
    AFFILIATION_KEYS,
    Listed,
    listed_names,
    listed_speakers,
    named_speaker,
    people_profiled,
    speaker_named,
    speaker_titled,
    unjoined_speakers,
    with_affiliation,
)
from program.readers.yaml_shape import Found, dated_only, inherited, key_of, parallel_slugs, value, written_day
from program.readers.yaml_slots import ended_entries, held_note, shown_at_sessions, slot_entries, slugged_slots
from program.readers.yaml_subtitle import chairs_left_out, subtitled_speakers, titled, with_chairs
from program.readers.yaml_text import HREF, markdown_text, plain_text
from program.readers.yaml_times import (
    Moment,
    TimeError,
    bare_span,
    clock_range,
    month_first_note,
    one_weekday_error,
    open_end_notes,
    parse_day,
    parse_duration,
    parse_moment,
    start_only,
    weekday_clash,
    without_open_end,
)
from program.readers.yaml_typed import day_text


class EntryReader:
    """Turns the entries of one feed into items, with a problem for each entry it cannot read."""

    def __init__(self, source: str, context: ReadContext, mapping: dict[str, str], joins: Joins) -> None:
        self.source = source
        self.context = context
        self.zone: ZoneInfo = context.timezone or ZoneInfo("UTC")
        self.mapping = mapping
        self.joins = joins
        self.day_base, self.month_first = 0, False
        self.flag_base = 1
        self.speaker_titled = self.speaker_named = self.profiled = False
        self.subtitled_speakers = False
        self.plain_hours = False
        self.poster_session = False  # the last session read holds posters: its entries are posters (ICRS 2026)
        self.days_checked: set[int] = set()
        self.weekday_clashes: list[Problem] = []
        self.used: dict[str, str] = {}
        self.clock: AfternoonClock | None = None
        """Set when every time is on a 12-hour clock without am/pm: reads them in order (see `AfternoonClock`)."""
        self.clock_day: date | None = None
        self.notes: list[str] = []
        self.speaker_lists: set[str] = set()
        """The keys read as people beside the fields (DISCAN's `events`, OWASP's `name` and `company`)."""
        self.speaker_ids: list[tuple[SourceRef, str]] = []
        self.languages = Languages(context.language)
        self.placeholders: dict[str, None] = {}
        """People fields that name nobody ("Speaker TBA"), as written."""
        self.opened = False
        """Whether the entry just read wrote a start and no end or duration (it ends at the next start)."""
        self.open_ended: list[int] = []
        """Entries listing speakers by id with no speakers file joined: the place and the first id."""

    def read_all(self, found: Sequence[Found]) -> tuple[list[Item], list[Problem]]:
        """Read every entry (a timeslot's sessions each), in file order."""
        slugged = [one for one in found if parallel_slugs(one.entry)]
        entries = [
            joined
            for one in found
            if not parallel_slugs(one.entry)
            for joined in slot_entries(one, self.mapping, self.joins.sessions, self.source, self.notes)
        ]
        days = [written_day(one, self.mapping)[0] for one in entries if isinstance(one, Found)]
        numbers = [int(day) for day in days if isinstance(day, str) and day.isdigit()]
        self.day_base, self.month_first = min(numbers, default=1), month_first_note(days, self.notes)
        read = [one for one in entries if isinstance(one, Found)]
        self.flag_base = flag_base(read)
        if (title_key := session_named_title(read, self.mapping)) is not None:
            self.mapping["title"] = title_key
            self.notes.append("session: the session each entry is in, read as no part of its title")
        self.speaker_titled = speaker_titled([one.entry for one in read], self.mapping)
        self.subtitled_speakers = subtitled_speakers([one.entry for one in read], self.mapping)
        self.speaker_named = speaker_named([one.entry for one in read], self.mapping)
        self.profiled = people_profiled([one.entry for one in read], self.mapping)
        self.plain_hours, unit_line = plain_hours(read, self.mapping, self.source)
        spans = [span for one in read if (span := bare_span(*self._written_times(one))) is not None]
        self.clock = AfternoonClock() if len(spans) == len(read) and is_twelve_hour_sheet(spans) else None
        items, problems, sessions = self._read_entries(entries)
        problems = one_weekday_error(problems)
        starts = [start for one in slugged if (start := self._slot_start(one)) is not None]
        items, ends = ended_entries(shown_at_sessions(items, sessions), self.open_ended, starts)
        problems.extend(slugged_slots(slugged, self.source))
        problems.extend(unjoined_speakers(self.speaker_ids))
        problems.extend(self.weekday_clashes)
        self.notes += [unit_line] if unit_line else []
        self.notes += [note] if self.clock and (note := afternoon_note(self.clock)) else []
        self.notes += ends
        held, keys = held_note(read, len(sessions), self.mapping)
        self.notes += [held] if held else []
        self.speaker_lists.update(keys)
        self.notes += [note] if (note := self.languages.note()) else []
        self.notes += [note] if (note := chairs_left_out([one.entry for one in read], self.mapping)) else []
        shown = ", ".join(repr(name) for name in self.placeholders)
        self.notes += [f"people written as placeholders, read as nobody: {shown}"] if shown else []
        untimed = sum(1 for item in items if item.start is None and not item.sessions)  # held: said by held_note
        self.notes += (
            [f"{untimed} entries with a date and no time read as untimed items on their day"] if untimed else []
        )
        if unread := unread_keys(read, self.mapping, self.speaker_lists):
            self.notes.append(f"not read: {', '.join(unread)}")
        return items, problems

    def _read_entries(self, entries: Sequence[Found | Problem]) -> tuple[list[Item], list[Problem], dict[int, int]]:
        """The entries' items and problems in file order, and each held talk's index → its session's."""
        items: list[Item] = []
        problems: list[Problem] = []
        sessions: dict[int, int] = {}
        session: int | None = None
        for one in entries:
            if isinstance(one, Problem):
                problems.append(one)
                continue
            session = session if one.held else None
            for day in self._flagged_days(one):
                self.opened = False
                try:
                    item, warnings = self._item(one, day)
                except (ParseError, TimeError) as error:
                    where = (
                        error.source
                        if isinstance(error, ParseError)
                        else SourceRef(self.source, one.line or one.entry.line)
                    )
                    reason = error.reason if isinstance(error, ParseError) else str(error)
                    problems.append(Problem(Severity.ERROR, "unreadable-entry", reason, where))
                    continue
                if one.held and session is not None:
                    sessions[len(items)] = session
                elif not one.held:
                    session = len(items)
                self.open_ended += [len(items)] if self.opened else []
                items.append(item)
                problems.extend(warnings)
        return items, problems, sessions

    def _slot_start(self, found: Found) -> datetime | None:
        """When a slot this reader leaves out starts (an entry written alone before it ends then), if it says."""
        if self.clock is not None:  # a 12-hour clock is read in running order, which a left-out slot would upset
            return None
        try:
            return self._times(found, SourceRef(self.source, found.entry.line), None)[0]
        except (ParseError, TimeError, UsageError):
            return None

    def _flagged_days(self, found: Found) -> list[date | None]:
        """The days an entry's `dayN: true` flags name (one item on each), else [None]: its day from its fields."""
        flags = day_flags(found)
        if flags is None:
            return [None]
        if not flags:
            self.notes.append(f"skipped: line {found.entry.line} ({found.entry.get('title')!r}: no day flag is true)")
            return []
        if self.context.first_date is None:
            raise UsageError(
                f"{self.source}: entries name their days by flags (day1: true); pass --date YYYY-MM-DD (the first day)"
            )
        self.used.setdefault("date", "day1, day2, … flags")
        first = self.context.first_date
        return [first + timedelta(days=number - self.flag_base) for number in flags]

    def summary(self, items: Sequence[Item], path: str) -> str:
        """What was read: counts, the entries' path and the keys taken for each field."""
        people = {person for item in items for person in item.people}
        rooms = {item.location for item in items if item.location}
        fields = ", ".join(f"{key} → {field}" for field, key in self.used.items())
        where = path.lstrip(".")
        return f"{len(items)} entries, {len(people)} speakers, {len(rooms)} rooms; entries at {where}; {fields}"

    def _field(self, found: Found, field: str, *, inherit: bool = False) -> Any:
        own = (value(found.entry, field, self.mapping), found.entry)
        result, level = carried_down(found, field, self.mapping) if inherit else own
        if result is not None and level is not None:
            self.used.setdefault(field, key_of(level, field, self.mapping) or field)
        texts = language_map(result)
        return self.languages.pick(field, texts) if texts is not None else result

    def _text(self, found: Found, field: str, *, inherit: bool = False) -> str | None:
        result = self._field(found, field, inherit=inherit)
        if field == "room" and isinstance(result, dict):  # HKOSCon 2019: `"venue": {"name": "Conference Hall 5"}`
            result = value(result, "title", {})
        text = plain_text(result) or None if isinstance(result, str) else None
        # a break's "room" that says it is one (AAHD 2026's lunch and coffee: `espacio: Pausa`) is no place
        return None if field == "room" and text and label_kind(text) is Kind.BREAK else text

    def _item(self, found: Found, day: date | None = None) -> tuple[Item, list[Problem]]:
        where = SourceRef(self.source, found.line or found.entry.line)
        written = self._field(found, "title")
        title = plain_text(markdown_text(written), links=False) or None if isinstance(written, str) else None
        if title is None:
            raise ParseError("expected a title, found an entry without one", where)
        said = titled(
            found.entry, title, self.mapping, speaker_titled=self.speaker_titled, speakers=self.subtitled_speakers
        )
        title = said.title
        self.used.update({"title": said.title_key} if said.title_key else {})
        for field, key in said.used:
            self.used.setdefault(field, key)
        untimed = dated_only(found, self.mapping) or (found.held and self._written(found, "start") is None)
        start, end, warnings = self._times(found, where, day) if not untimed else (None, None, [])
        label = self._label(found)
        kind = kind_from_label(label, title) if label else kind_from_title(title)
        kind = Kind.TALK if found.held and kind is Kind.OTHER else kind  # a session's talk, as a page's are
        kind, self.poster_session = poster_kinds(found, kind, self.mapping, self.poster_session)
        people, abstract = self._people(found, where, warnings), self._text(found, "abstract")
        people, role = with_chairs(said.people or people, self._field(found, "chair"))
        abstract = abstract or said.abstract
        if not people and self.speaker_named and (named := named_speaker(found.entry)):  # `name: Scott Helme`
            people = (named,)
            self.used.setdefault("people", "name")
            self.speaker_lists.update(("name", *AFFILIATION_KEYS))
        if not people and (listed := listed_speakers(found.entry, self.mapping)).people:
            people, abstract = listed.people, abstract or listed.abstract
            listed_key = key_of(found.entry, "speaker_list", self.mapping) or "speaker_list"
            self.used.setdefault("people", f"{listed_key}[].{listed.key}")
            self.speaker_lists.add(listed_key)
        item = Item(
            id=item_id(kind, title),
            kind=kind,
            title=title,
            source=where,
            start=start,
            end=end,
            people=people,
            role=role,
            abstract=abstract,
            links=self._links(found),
            label=label,
            location=self._text(found, "room", inherit=True) or found.track,
            scraped=True,
            day=self._day(found, where) if untimed else None,
        )
        return item, warnings

    def _label(self, found: Found) -> str | None:
        """The entry's type as written; a number counts into the sessions file's types (`type: 2`: the third)."""
        label = self._text(found, "kind")
        if label is None or not label.isdigit():
            return label
        number = int(label)
        return self.joins.types[number] if number < len(self.joins.types) else None  # a bare number says nothing

    def _written(self, found: Found, field: str) -> Any:
        """A time field as written: the entry's own, else an enclosing level's; a held talk's own only."""
        return value(found.entry, field, self.mapping) if found.held else inherited(found, field, self.mapping)[0]

    def _written_times(self, found: Found) -> tuple[Any, Any]:
        """The start and end as written (a range in the start split in two; `From 08:00` the start alone)."""
        written, end_written = self._written(found, "start"), without_open_end(self._written(found, "end"))
        if isinstance(written, str) and (pair := clock_range(written)) is not None:
            return pair
        if isinstance(written, str) and (alone := start_only(written)) is not None:
            return alone, end_written
        if written is None and isinstance(end_written, str) and end_written.strip():
            return end_written, None  # BSides Oslo's closing rows: its template shows `timeEnd` as their time
        return written, end_written

    def _times(
        self, found: Found, where: SourceRef, flagged: date | None
    ) -> tuple[datetime, datetime | None, list[Problem]]:
        self._field(found, "start", inherit=True)  # noted as used
        self._field(found, "end", inherit=True)
        written, end_written = self._written_times(found)
        if not isinstance(written, str):
            raise ParseError("expected a start time, found an entry without one", where)
        start_moment = parse_moment(written)
        day = start_moment.day or flagged or self._day(found, where)
        end_moment = parse_moment(end_written) if isinstance(end_written, str) and end_written.strip() else None
        if self.clock is not None and (span := bare_span(written, end_written)) is not None:
            start_moment, end_moment = self._in_order(span, day, end_moment)
        start = self._at(start_moment, day)
        end: datetime | None = None
        duration = self._field(found, "duration", inherit=not found.held)
        # a start written alone ends at the next; BSides Oslo's `timeEnd: "16:35"` alone is a moment, kept so
        written_start = self._written(found, "start") is not None
        # a session's talk with a start only keeps it, shown at its session (AIUCD 2025's papers), as its untimed
        # talks stay untimed: the session's span is the talks'
        lasting = isinstance(duration, str) and bool(duration.strip())
        self.opened = written_start and end_moment is None and not lasting and not found.held
        if end_moment is not None:
            end = self._at(end_moment, end_moment.day or start.date())
            if end <= start and end_moment.day is None and end_moment.minutes < 6 * 60 <= start_moment.minutes:
                end += timedelta(days=1)  # 23:00-0:30 ends after midnight
        elif isinstance(duration, str) and duration.strip():
            length = parse_duration(duration, plain_hours=self.plain_hours)
            end = start + length if length else None  # "duration: 0.0" (a cancelled slot) gives no length
        notes = [
            Problem(Severity.WARNING, "uncertain-entry", moment.note, where)
            for moment in (start_moment, end_moment)
            if moment is not None and moment.note
        ] + open_end_notes(self._written(found, "end"), where)
        if end is not None and end.timestamp() <= start.timestamp():
            # AMP 2025's "from: 14:30pm, to: 14:00pm": a slip; the start alone ends when the day's next entry starts
            self.opened = True
            message = f"ends ({end:%H:%M}) before it starts ({start:%H:%M}): read as a start only, to the next start"
            return start, None, [*notes, Problem(Severity.WARNING, "end-before-start", message, where)]
        return start, end, notes

    def _in_order(self, span: TimeSpan, day: date, end: Moment | None) -> tuple[Moment, Moment | None]:
        """A 12-hour start and end read in the day's running order ("1:30" after "10:45-12:00" is 13:30)."""
        assert self.clock is not None
        if day != self.clock_day:
            self.clock.new_day()
            self.clock_day = day
        start_minutes, end_minutes = self.clock.place(span)
        return Moment(start_minutes), Moment(end_minutes) if end is not None and end_minutes is not None else end

    def _day(self, found: Found, where: SourceRef) -> date:
        written, level = written_day(found, self.mapping)
        written = day_text(written)  # AIUCD 2025: `day: {en: June 11, 2025, it: 11 Giugno 2025}`
        if written is not None and level is not None:
            self.used.setdefault("date", day_key_name(level) or key_of(level, "date", self.mapping) or "the day's name")
        day = (
            parse_day(written, self.context.first_date, self.day_base, month_first=self.month_first)
            if isinstance(written, str)
            else self.context.first_date
        )
        if day is not None and level is not None and id(level) not in self.days_checked:  # once a day
            self.days_checked.add(id(level))  # not its line: a JSON file may hold every day on line 1
            self.weekday_clashes.extend(weekday_clash(level, day, self.source))
        if day is None:
            what = f"the day {written!r}" if isinstance(written, str) else "no day"
            raise UsageError(
                f"{where}: an entry names {what} without a year or date; pass --date YYYY-MM-DD (the first day)"
            )
        return day

    def _at(self, moment: Moment, day: date) -> datetime:
        if moment.offset is not None:  # the time as written at its offset, shown in the program's zone
            midnight = datetime(day.year, day.month, day.day, tzinfo=moment.offset)
            return (midnight + timedelta(minutes=moment.minutes)).astimezone(self.zone)
        naive = datetime(day.year, day.month, day.day) + timedelta(minutes=moment.minutes)
        return naive.replace(tzinfo=self.zone)

    def _people(self, found: Found, where: SourceRef, warnings: list[Problem]) -> tuple[str, ...]:
        listed = Listed([], [], where, warnings, self.profiled)
        for field in ("people", "other_people"):
            listed_names(self._field(found, field), self.joins.speakers, listed)
        names = listed.names
        if listed.unjoined:
            self.speaker_ids.append((where, listed.unjoined[0]))
        # "Speaker TBA" is nobody (STRL 2026): not a person the summary counts, as the build has none
        self.placeholders.update((name, None) for name in names if names_nobody(name))
        named = tuple(dict.fromkeys(name for name in names if not names_nobody(name)))
        people, affiliation = with_affiliation(named, found.entry)
        self.speaker_lists.update([affiliation] if affiliation else [])
        return people

    def _links(self, found: Found) -> tuple[Link, ...]:
        links = [Link(plain_text(label) or url, url) for url, label in HREF.findall(str(self._field(found, "title")))]
        key = key_of(found.entry, "link", self.mapping)
        url = found.entry.get(key) if key else None
        if isinstance(url, str) and url.strip():
            links.append(Link(key or "link", url.strip()))
        return tuple(links)
