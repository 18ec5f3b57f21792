"""The library's main job: feeds -> readers -> one program -> checks -> writers -> files."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import attrs

from program.build_cache import Plan, plan_build
from program.checks import TIMED_CODES, check_items
from program.checks.rules import apply_levels
from program.earlier import with_published_ids
from program.errors import InputError, ParseError, UsageError
from program.feed_reading import FeedRead, read_feed, read_feeds
from program.i18n import ROOT, check_language
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.assemble import (
    merge_papers,
    place_items,
    program_days,
    running_order,
)
from program.model.changes import carry_revisions
from program.model.ids import calendar_domain, lasting_person_ids, make_ids_unique
from program.model.text import is_placeholder_name, without_control_characters
from program.model.zones import FIRST_YEAR, LAST_YEAR, in_years
from program.parallel import in_writer_order, jobs_for, rendered_with_jobs
from program.people import DEFAULT_LOCALE, PeopleOptions, build_people, check_locale
from program.people.addresses import give_addresses
from program.progress import SILENT, Progress
from program.publish import LinkedFileGone, Staged, publish
from program.readers import ReadContext
from program.settings import FeedSpec, Settings, shortened
from program.writers import AnyWriter, FolderWriter, RenderOptions, build_writers, output_name
from program.writers.change_history import versions_after
from program.writers.event_reuse import events_reused
from program.writers.piece_reuse import pieces_reused


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
    context = ReadContext(first_date=settings.first_date, timezone=settings.timezone, language=language)
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
    people, people_problems = build_people(items, options, papers)
    # The addresses a feed gives (a spreadsheet's Email column) are for `program notify` only.
    people = give_addresses(people, [pair for program in programs for pair in program.addresses]).people
    # A built program read back brings its checks' messages, timed on the clock of its build: found again here.
    read_problems = [problem for problem in read_problems if problem.code not in TIMED_CODES]
    checks = [
        *paper_problems,
        *listing_problems,
        *people_problems,
        *check_items(items, twelve_hour=settings.twelve_hour),
    ]
    sources = tuple(dict.fromkeys(source for feed in feeds for source in feed.program.sources or (feed.source,)))
    conference = next((program.conference for program in programs if program.conference), None)
    program = Program(
        title=_clean(settings.title) or next((p.title for p in programs if p.title), Path(sources[0]).stem),
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


def previous_program(previous: Path) -> Program:
    """Return the program an earlier build saved in `previous` (its program.json).

    Raises:
        UsageError: when the file cannot be read.
        ParseError: when it is not a program.json.
    """
    return read_feed(FeedSpec(previous, "program-json"), ReadContext()).program


def carried_from(program: Program, before: Program) -> Program:
    """Return `program` with calendar revisions and people's ids carried on from an earlier version of it."""
    # A built program always has `updated` (see `build_timestamp`); the epoch only satisfies the type.
    carried = carry_revisions(program, before, program.updated or datetime.fromtimestamp(0, tz=UTC))
    return attrs.evolve(carried, people=lasting_person_ids(carried.people, before.people))


def write_outputs(
    outputs: Mapping[str, bytes] | Iterable[tuple[str, Staged]],
    out_dir: Path,
    folders: Iterable[str] = (),
    expected: Iterable[str] = (),
) -> tuple[Path, ...]:
    """Publish every output into `out_dir` as one build, or none of them (see `program.publish`).

    Each of `folders` ("people") is replaced as a whole, even when it is now empty: a person
    no longer in the program leaves no stale calendar behind. `expected` are the top-level
    names the outputs will have, checked for files of the user's in the way before any work.
    """
    items = outputs.items() if isinstance(outputs, Mapping) else outputs
    return publish(items, out_dir, folders, expected)


def top_level_names(writers: Iterable[AnyWriter]) -> list[str]:
    """The names in out/ that `writers` write: a file ("index.html") or a folder ("people")."""
    return [output_name(writer).rstrip("/").split("/")[0] for writer in writers]


@attrs.frozen
class Built:
    """What `build` did: the program it built, the files it wrote, and the folders it replaced."""

    loaded: Loaded
    written: tuple[Path, ...]
    folders: tuple[Path, ...] = ()
    unchanged: bool = False
    """Nothing was written: the published build was already this one (`written` are its files)."""


@attrs.frozen
class BuildOptions:
    """How `build` runs, besides the settings.

    Attributes:
        keep_going: skip unreadable blocks of a feed instead of stopping.
        render: presentation choices for the writers.
        pdf: write program.pdf (None: when Typst, the pdf extra, is installed).
        previous: a program.json of an earlier build, to carry calendar revisions on from.
        progress: told each stage (reading, checking, each writer) as it begins.
        jobs: at most this many worker processes for a large program (None: one per core).
        incremental: render only the files whose inputs changed since the build published
            in out/, and write nothing when none did (see `program.build_cache`).
    """

    keep_going: bool = False
    render: RenderOptions = attrs.field(factory=RenderOptions)
    pdf: bool | None = None
    previous: Path | None = None
    progress: Progress = SILENT
    jobs: int | None = None
    incremental: bool = True


def build(settings: Settings, out_dir: Path, options: BuildOptions | None = None) -> Built:
    """Load the program, render every output in memory, then write them all at once.

    Raises:
        InputError: when the input has errors (nothing is written).
    """
    options = options or BuildOptions()
    loaded = load_program(settings, keep_going=options.keep_going, progress=options.progress)
    render = options.render
    if options.previous is not None:
        before = previous_program(options.previous)
        loaded = attrs.evolve(loaded, program=carried_from(loaded.program, before))
        render = attrs.evolve(
            render, changes=versions_after(loaded.program, before, options.previous, settings.max_feed_size)
        )
    else:
        # An id once given stays its person's: from --previous (above), else from the build published in out/.
        loaded = attrs.evolve(loaded, program=with_published_ids(loaded.program, out_dir))
    options = attrs.evolve(options, render=render)  # the changes feed's history is part of how outputs look
    writers = build_writers(pdf=options.pdf)
    folders = [writer.folder for writer in writers if isinstance(writer, FolderWriter)]
    plan = plan_build(loaded.program, writers, options.render, out_dir if options.incremental else None)
    if plan.unchanged:  # the published build is this one: nothing is written
        kept = in_writer_order([out_dir / name for name in plan.written], writers, out_dir)
        return Built(loaded, kept, tuple(out_dir / folder for folder in folders), unchanged=True)
    try:
        published = _published(loaded.program, plan, out_dir, options, writers)
    except LinkedFileGone:  # another build into out/ replaced the one this one took files from: render them all
        plan = plan_build(loaded.program, writers, options.render, None)
        published = _published(loaded.program, plan, out_dir, options, writers)
    # The build's own files (its cache, the pieces of its outputs) are not outputs.
    outputs = [path for path in published if not path.relative_to(out_dir).parts[0].startswith(".")]
    written = in_writer_order(outputs, writers, out_dir)
    return Built(loaded, written, tuple(out_dir / folder for folder in folders))


def _published(
    program: Program, plan: Plan, out_dir: Path, options: BuildOptions, writers: Sequence[AnyWriter]
) -> tuple[Path, ...]:
    # Each file goes to the staging folder as soon as it is rendered: at 100,000 items the
    # outputs together are gigabytes. A large program is rendered on every core.
    jobs = 1 if plan.mostly_reused else jobs_for(program, options.jobs)
    folders = [writer.folder for writer in writers if isinstance(writer, FolderWriter)]
    with events_reused(program, plan.events), pieces_reused(plan.settings, plan.pieces_from):
        outputs = rendered_with_jobs(program, plan.writers, options.render, jobs, options.progress)
        return write_outputs(plan.staged(outputs), out_dir, folders, top_level_names(writers))
