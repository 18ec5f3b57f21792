"""The library's main job: feeds -> readers -> one program -> checks -> writers -> files."""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from program.build_cache import Plan, first_look, plan_build
from program.earlier import with_published_ids
from program.feed_reading import read_feed
from program.loading import Loaded, load_program
from program.model import Program
from program.model.ids import lasting_person_ids
from program.progress import SILENT, Progress
from program.readers import ReadContext
from program.settings import FeedSpec, Settings
from program.writers import AnyWriter, FolderWriter, RenderOptions, build_outputs, build_writers, output_name

if TYPE_CHECKING:
    from program.publish import Staged

# What only a build that writes needs (publishing, the worker pool, the reuse of events and
# pieces, carrying revisions on) is imported where it is used, each marked "(a build that
# writes)": a rebuild that finds nothing changed does without multiprocessing, threads and
# ctypes (0.03 s of its start-up).


def previous_program(previous: Path) -> Program:
    """Return the program an earlier build saved in `previous` (its program.json).

    Raises:
        UsageError: when the file cannot be read.
        ParseError: when it is not a program.json.
    """
    return read_feed(FeedSpec(previous, "program-json"), ReadContext()).program


def carried_from(program: Program, before: Program) -> Program:
    """Return `program` with calendar revisions and people's ids carried on from an earlier version of it."""
    from program.model.changes import carry_revisions  # noqa: PLC0415 (a build that writes)

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
    from program.publish import publish  # noqa: PLC0415 (a build that writes)

    items = outputs.items() if isinstance(outputs, Mapping) else outputs
    return publish(items, out_dir, folders, expected)


def top_level_names(writers: Iterable[AnyWriter]) -> list[str]:
    """The names in out/ that `writers` write: a file ("index.html") or a folder ("people")."""
    return [output_name(writer).rstrip("/").split("/")[0] for writer in writers]


@attrs.frozen
class Built:
    """What `build` did: the program it built, the files it wrote, and the folders it replaced."""

    loaded: Loaded
    out_dir: Path
    names: Sequence[str]
    """The files written, in out/ ("people/ada.ics"), in no order."""
    outputs: Sequence[str]
    """What the writers write ("program.json", "people/"), in their order: the order of `written`."""
    folders: tuple[Path, ...] = ()
    unchanged: bool = False
    """Nothing was written: the published build was already this one (`names` are its files)."""

    @property
    def written_names(self) -> list[str]:
        """The files written, in out/, as text ("people/ada.ics"), in the writers' order."""
        return in_writer_order(self.names, self.outputs)

    @property
    def written(self) -> tuple[Path, ...]:
        """The files written, as paths in out/, in the writers' order.

        Made when asked: a no-change rebuild only counts its files, and ordering 8,800 names
        and making each a `Path` cost 0.02 s of its 1.9.
        """
        return tuple(self.out_dir / name for name in self.written_names)


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
    return _built(loaded, settings, out_dir, options)


@contextlib.contextmanager
def _long_lived() -> Iterator[None]:
    """While the block runs, the garbage collector leaves alone every object there is now (the program, the writers).

    Rendering makes millions of containers while the program's objects (a million at
    10,000 items) stay alive, and each full collection walked them all: 0.34 s of CPU
    of a one-edit rebuild's 4.5. `gc.freeze` moves them out of its sight (before the
    workers fork, so they share those pages, untouched); `unfreeze` gives them back
    afterwards, so that garbage of the reading is collected (`program serve` builds
    again and again in one process).
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(thresholds[0], thresholds[1], 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _built(loaded: Loaded, settings: Settings, out_dir: Path, options: BuildOptions) -> Built:
    render = options.render
    if options.previous is not None:
        from program.writers.change_history import versions_after  # noqa: PLC0415 (lxml: only with --previous)

        before = previous_program(options.previous)
        loaded = attrs.evolve(loaded, program=carried_from(loaded.program, before))
        render = attrs.evolve(
            render, changes=versions_after(loaded.program, before, options.previous, settings.max_feed_size)
        )
    else:
        # An id once given stays its person's: from --previous (above), else from the build published in out/.
        loaded = attrs.evolve(loaded, program=with_published_ids(loaded.program, out_dir))
    options = attrs.evolve(options, render=render)  # the changes feed's history is part of how outputs look
    outputs = build_outputs(pdf=options.pdf)
    places = [output for _, output in outputs]
    folders = tuple(out_dir / output.rstrip("/") for output in places if output.endswith("/"))
    look = first_look(loaded.program, outputs, options.render, out_dir if options.incremental else None)
    if look.written is not None:  # the published build is this one: nothing is written, no writer imported
        return Built(loaded, out_dir, look.written, places, folders, True)
    from program.publish import LinkedFileGone  # noqa: PLC0415 (a build that writes)

    writers = build_writers(pdf=options.pdf)
    with _long_lived():
        plan = plan_build(loaded.program, writers, options.render, out_dir if options.incremental else None, look)
        try:
            published = _published(loaded.program, plan, out_dir, options, writers)
        except LinkedFileGone:  # another build into out/ replaced the one this one took files from: render them all
            plan = plan_build(loaded.program, writers, options.render, None)
            published = _published(loaded.program, plan, out_dir, options, writers)
    # The build's own files (its cache, the pieces of its outputs) are not outputs.
    files = [name for name in published if not name.startswith(".")]
    return Built(loaded, out_dir, files, places, folders)


def _published(
    program: Program, plan: Plan, out_dir: Path, options: BuildOptions, writers: Sequence[AnyWriter]
) -> tuple[str, ...]:
    from program.parallel import jobs_for, rendered_with_jobs  # noqa: PLC0415 (a build that writes)
    from program.publish import LinkedFile, published_names  # noqa: PLC0415 (a build that writes)
    from program.writers.event_reuse import events_reused  # noqa: PLC0415 (a build that writes)
    from program.writers.piece_reuse import kept_bases, pieces_reused  # noqa: PLC0415 (a build that writes)

    # Each file goes to the staging folder as soon as it is rendered: at 100,000 items the
    # outputs together are gigabytes. A large program is rendered on every core.
    jobs = 1 if plan.mostly_reused else jobs_for(program, options.jobs)
    folders = [writer.folder for writer in writers if isinstance(writer, FolderWriter)]
    with events_reused(program, plan.events), pieces_reused(plan.settings, plan.pieces_from, chained=jobs == 1):
        outputs = rendered_with_jobs(program, plan.writers, options.render, jobs, options.progress)

        def bases() -> Iterator[tuple[str, Staged]]:  # asked for once every writer is done
            yield from ((name, LinkedFile(path)) for name, path in kept_bases())

        return published_names(
            plan.staged(itertools.chain(outputs, bases())), out_dir, folders, top_level_names(writers)
        )


def in_writer_order(names: Sequence[str], outputs: Sequence[str]) -> list[str]:
    """Return the written files (in out/, as text: "people/ada.ics") in the writers' order, as one process writes them.

    Text, not `Path`s: a rebuild orders 8,800 files, and making each a `Path` relative to
    out/ cost a tenth of a second.
    """
    position = {output.rstrip("/"): index for index, output in enumerate(outputs)}  # "people/" or "program.json"

    def key(name: str) -> int:
        return position.get(name.partition("/")[0], position.get(name, len(position)))

    return sorted(names, key=key)
