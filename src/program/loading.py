"""Reading a program: feeds -> readers -> one assembled program -> checks (what every command pays).

The build (`pipeline`) renders and publishes what this gives; `program check`, `speakers`,
`ics` and `diff` need only this, and so import no writer.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import attrs

from program.checks import TIMED_CODES, check_items
from program.checks.rules import apply_levels
from program.errors import InputError, ParseError, UsageError
from program.feed_reading import FeedRead, read_feeds
from program.i18n import ROOT, check_language
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.assemble import merge_papers, place_items, program_days, running_order
from program.model.ids import calendar_domain, make_ids_unique
from program.model.text import is_placeholder_name, without_control_characters
from program.model.zones import FIRST_YEAR, LAST_YEAR, in_years
from program.people import DEFAULT_LOCALE, PeopleOptions, build_people, check_locale
from program.people.addresses import give_addresses
from program.people.identity import PersonKeys
from program.progress import SILENT, Progress
from program.readers import ReadContext
from program.settings import FeedSpec, Settings, shortened


@attrs.frozen
class Loaded:
    """A program and how its feeds were read."""

    program: Program
    feeds: tuple[FeedRead, ...]


def load_program(settings: Settings, *, keep_going: bool = False, progress: Progress = SILENT) -> Loaded:
    """Read every feed, assemble one program, and run the checks (telling `progress` each stage).

    Raises:
        InputError: when a feed has unreadable blocks, or a check the program file made an
            error finds something, and `keep_going` is false.
    """
    if not settings.feeds:
        raise UsageError("no feeds given: name a feed file or a program file that lists feeds")
    language = settings.locale if settings.locale != ROOT else None  # root is no language a feed writes in
    context = ReadContext(
        first_date=settings.first_date, timezone=settings.timezone, language=language, first_start=settings.first_start
    )
    with _no_cycle_collection():
        feeds = _read_feeds(settings, context, progress)
        for feed in feeds:
            _refuse_far_dates(feed.program.items)
        read_problems = [problem for feed in feeds for problem in (*feed.program.problems, *_empty_feed(feed))]
        if not keep_going and any(problem.severity is Severity.ERROR for problem in read_problems):
            raise InputError(read_problems, skippable=True)
        progress.stage("checking")
        program = assemble(settings, feeds, read_problems)
    if not keep_going and program.has_errors:  # a rule the program file made an error
        raise InputError(program.problems, skippable=True)
    if not program.items and not program.papers:  # even with --keep-going: never publish an empty program
        raise InputError(program.problems)
    return Loaded(program, feeds)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's collector of reference cycles while a program is built.

    Reading and assembling make millions of objects and free them by reference counting
    (they hold no cycles): each full collection walks every object made so far, which at
    100,000 items cost a fifth of the time. The collector runs again afterwards as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _refuse_far_dates(items: Iterable[Item]) -> None:
    """Refuse times outside FIRST_YEAR–LAST_YEAR: a calendar in UTC would step past year 9999."""
    for item in items:
        for moment in (item.start, item.end):
            if moment is not None and not in_years(moment):
                raise ParseError(
                    f"expected a date in the years {FIRST_YEAR} to {LAST_YEAR}, found {moment.date().isoformat()}",
                    item.source or SourceRef("?"),
                )


def _empty_feed(feed: FeedRead) -> tuple[Problem, ...]:
    """An error for a feed that gave nothing (`<schedule/>`): published, it would empty the program."""
    read = feed.program
    if feed.joined_by is not None:  # its sessions are in the feed that joined it
        return ()
    if read.items or read.papers or any(problem.severity is Severity.ERROR for problem in read.problems):
        return ()
    message = f"expected items or papers, found none: the {feed.reader} feed is empty"
    skipped = [line.removeprefix("skipped: ") for line in read.reading if line.startswith("skipped: ")]
    if skipped:  # newline.gent 2026's calendar: one all-day event, which is no slot: say so, not "empty"
        message = f"expected items or papers, found none: the {feed.reader} feed's entries were all skipped"
        message += f" ({len(skipped)}; the first: {skipped[0]})" if len(skipped) > 1 else f": {skipped[0]}"
    return (Problem(Severity.ERROR, "empty-feed", message, SourceRef(feed.source, 1)),)


def _read_feeds(settings: Settings, context: ReadContext, progress: Progress) -> tuple[FeedRead, ...]:
    return read_feeds(_in_canonical_order(settings.feeds), context, settings.max_feed_size, progress.stage)


def _in_canonical_order(specs: Sequence[FeedSpec]) -> list[FeedSpec]:
    """The feeds by path, each once: the same feeds given in any order build the same bytes."""
    return sorted({spec.path.as_posix(): spec for spec in specs}.values(), key=lambda spec: spec.path.as_posix())


def assemble(settings: Settings, feeds: Sequence[FeedRead], read_problems: Sequence[Problem]) -> Program:
    """Turn the feeds' items and papers into a program with ids, papers, people and checks."""
    programs = [feed.program for feed in feeds]
    items: tuple[Item, ...] = make_ids_unique([_named_people(item) for program in programs for item in program.items])
    items, linked, paper_problems = place_items(running_order(items))
    papers, listing_problems = merge_papers(linked, [paper for program in programs for paper in program.papers])
    options = people_options(settings, programs)
    person_keys = PersonKeys(items)  # the people and the checks key the same names
    people, people_problems = build_people(items, options, papers, person_keys)
    # The addresses a feed gives (a spreadsheet's Email column) are for `program notify` only.
    people = give_addresses(people, [pair for program in programs for pair in program.addresses]).people
    # A built program read back brings its checks' messages, timed on the clock of its build: found again here.
    read_problems = [problem for problem in read_problems if problem.code not in TIMED_CODES]
    checks = [
        *paper_problems,
        *listing_problems,
        *people_problems,
        *check_items(items, twelve_hour=settings.twelve_hour, person_keys=person_keys),
    ]
    sources = tuple(dict.fromkeys(source for feed in feeds for source in feed.program.sources or (feed.source,)))
    conference = next((program.conference for program in programs if program.conference), None)
    program = Program(
        title=_clean(settings.title) or next((p.title for p in programs if p.title), _file_title(sources[0])),
        timezone=_timezone(settings, programs),
        days=program_days(items, conference.day_change if conference else None),
        items=items,
        papers=papers,
        people=people,
        problems=apply_levels(_in_source_order([*read_problems, *checks], sources), settings.check_levels),
        venue=_clean(settings.venue) or next((program.venue for program in programs if program.venue), None),
        url=_clean(settings.url) or next((program.url for program in programs if program.url), None),
        description=next((program.description for program in programs if program.description), None),
        sources=sources,
        updated=build_timestamp(settings, programs),
        locale=options.locale,
        acronym=settings.acronym or next((program.acronym for program in programs if program.acronym), None),
        uid_domain=next((program.uid_domain for program in programs if program.uid_domain), None),
        # A frab export's conference record (tracks, rooms, day_change), for schedule.xml/.json.
        conference=conference,
    )
    # Recorded in program.json, so later builds keep it (see `calendar_domain`).
    return attrs.evolve(program, uid_domain=calendar_domain(program))


def _named_people(item: Item) -> Item:
    """The item without the placeholders a feed wrote as people ("TBA", "Organizers", "Panelists")."""
    people = tuple(name for name in item.people if not is_placeholder_name(name))
    return item if len(people) == len(item.people) else attrs.evolve(item, people=people)


_INNER_SUFFIXES = frozenset({".blade", ".html", ".htm", ".twig", ".erb", ".njk", ".liquid", ".jinja", ".hbs", ".tpl"})
"""What a template's name adds before its last extension: `timeline.blade.php`, `program.html.erb`."""


def _file_title(source: str) -> str:
    """A program's title when nothing names one: its first file's name without its extensions.

    GEM 2019's Laravel template `gem2019-timeline.blade.php` was titled "gem2019-timeline.blade".
    """
    name = Path(source).stem
    while Path(name).suffix.lower() in _INNER_SUFFIXES:
        name = Path(name).stem
    return name


def _clean(text: str | None) -> str | None:
    """A setting's text (a program file's, the command line's) without control characters, as feeds are read."""
    return without_control_characters(text) if text else text


def _timezone(settings: Settings, programs: Sequence[Program]) -> str:
    """The user's zone, else the first zone a feed names other than the UTC fallback."""
    if settings.timezone:
        return settings.timezone.key
    return next((program.timezone for program in programs if program.timezone != "UTC"), "UTC")


def people_options(settings: Settings, programs: Sequence[Program] = ()) -> PeopleOptions:
    """Return how to build the people, from the settings and what built programs already know.

    A feed that is a built program (program.json) brings its people's aliases and locale,
    so the people come out as they went in.

    Raises:
        UsageError: for a locale ICU does not know.
    """
    known_aliases = {
        alias: person.name for program in programs for person in program.people for alias in person.aliases
    }
    feed_locale = next((program.locale for program in programs if program.people), None)
    return PeopleOptions(
        locale=check_language(check_locale(settings.locale or feed_locale or DEFAULT_LOCALE)),
        keep_case=bool(settings.keep_case),
        aliases={**known_aliases, **settings.aliases},
        different=settings.different,
    )


def _in_source_order(problems: Iterable[Problem], sources: Sequence[str]) -> tuple[Problem, ...]:
    order = {source: position for position, source in enumerate(sources)}

    def key(problem: Problem) -> tuple[int, int, str, str]:
        where = problem.source
        return (
            order.get(where.file, -1) if where else -1,
            (where.line or 0) if where else 0,
            problem.code,
            problem.message,
        )

    # A built program read back brings the problems its checks found; they are found again.
    return tuple(sorted(dict.fromkeys(problems), key=key))


def build_timestamp(settings: Settings, programs: Sequence[Program] = ()) -> datetime:
    """Return when the program last changed, for timestamps that must not depend on the clock.

    In order: SOURCE_DATE_EPOCH, the program file's `updated`, the newest `updated` of a
    built program read back, the newest feed's mtime.

    Raises:
        UsageError: when SOURCE_DATE_EPOCH is not a whole number of seconds.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        if not epoch.strip().isdigit():
            raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, found {shortened(epoch)}")
        last = datetime(LAST_YEAR, 12, 31, tzinfo=UTC)
        if len(epoch.strip().lstrip("0")) > 12 or int(epoch) > last.timestamp():  # int() refuses 4,301 digits
            raise UsageError(f"SOURCE_DATE_EPOCH must be a time before {LAST_YEAR + 1}, found {shortened(epoch)}")
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    if settings.updated is not None:
        return settings.updated
    recorded = [program.updated for program in programs if program.updated is not None]
    if recorded:
        return max(recorded)
    newest = max(int(spec.path.stat().st_mtime) for spec in settings.feeds)
    return datetime.fromtimestamp(newest, tz=UTC)
