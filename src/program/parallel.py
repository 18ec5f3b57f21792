"""Rendering the outputs of a large program on several cores.

Writers are independent functions of the program, so groups of them run in worker
processes (forked: the program is not copied through a pipe) and send back each file as
it is rendered; the parent writes them while the workers go on. Writers that share what
they derive from the program (the calendar events, the printable program's view, the
speaker index) stay together in one group, which one worker renders in the writers'
order. The files are the same bytes as one process writes: each is rendered by the same
code from the same program, only elsewhere.

Small programs are rendered in one process: starting workers costs more than it saves; so
is a rebuild that takes most of its files from the published build (`Plan.mostly_reused`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import queue
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue

from program.model import Program
from program.progress import SILENT, Progress
from program.publish import FileContent
from program.rendering import rendered_files
from program.writers import AnyWriter, FolderWriter, RenderOptions, output_name
from program.writers.base import forget_shared_results

PARALLEL_FROM = 2000
"""Items from which a build uses several processes."""

GROUPED_FROM = 30_000
"""Items from which a build rendered in one process lets each group's derived data go before the next.

Below it, what one group derived (the speaker index: 0.5 s of CPU at 10,000 items) serves the
next that asks for it, and all of it together is a tenth of what it is at 100,000 items (1,465 MB)."""

_SHARING = (
    frozenset({"ics", "ics-people", "ics-kinds"}),
    frozenset({"html", "md", "pdf"}),
    frozenset({"frab-xml", "frab-json"}),
    # The site lists the speaker index too.
    frozenset({"speakers-html", "speakers-md", "speakers-csv", "speakers-json", "speakers-text", "site"}),
)
"""Writers that share derived data: rendered by one worker, one after the other."""

_LONGEST = ("site", "ics-people", "html")
"""Writers whose groups take longest on large programs, longest first (CPU seconds at 10,000
items of bench/generate_feed.py's two shapes: speaker index and site 6.6 and 5.8, calendars
6.8 and 3.6, printable program 2.8 and 2.6; every other writer 1.5 and 2.6 together)."""

_Message = tuple[int, str | None, bytes | None, bool]
"""(group, file name, piece, whether it is the file's last piece); (group, None, None, True) when a
group is done; (group, None, b"", True) when it failed."""


def jobs_for(program: Program, most: int | None = None) -> int:
    """Return how many worker processes to render `program` with (1: none, render here).

    `most` caps them (`program build --jobs`). Workers share the program with the build
    (forked, copy-on-write) and each holds what its own writers derive: at 100,000 items the
    largest process of a two-worker build is smaller than one process doing everything,
    which keeps every writer's derived data to the end, though the sum over processes is larger.
    """
    if most == 1 or len(program.items) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, most or 4))


def writer_groups(writers: Sequence[AnyWriter]) -> list[list[AnyWriter]]:
    """Group `writers` so that those sharing derived data are together, the longest groups first.

    Workers take the next group when done. Handing out the longest groups first keeps one
    worker from starting the personal calendars after the other has done everything else
    (longest processing time first); the files still come out in the writers' order.
    """
    groups: dict[object, list[AnyWriter]] = {}
    for writer in writers:
        key = next((shared for shared in _SHARING if writer.name in shared), writer.name)
        groups.setdefault(key, []).append(writer)

    def longest_first(group: list[AnyWriter]) -> int:
        names = {writer.name for writer in group}
        return next((place for place, name in enumerate(_LONGEST) if name in names), len(_LONGEST))

    return sorted(groups.values(), key=longest_first)


def rendered_with_jobs(
    program: Program, writers: Sequence[AnyWriter], options: RenderOptions, jobs: int, progress: Progress = SILENT
) -> Iterator[tuple[str, FileContent]]:
    """Yield (path, content) of every file of every writer: on `jobs` workers, or here (`jobs_for`)."""
    if jobs > 1:
        return rendered_in_parallel(program, writers, options, jobs, progress)
    if len(program.items) >= GROUPED_FROM:
        return rendered_by_group(program, writers, options, progress)
    return rendered_files(program, writers, options, progress)  # the writers' order: the PDF typeset beside the rest


def rendered_in_parallel(
    program: Program,
    writers: Sequence[AnyWriter],
    options: RenderOptions,
    jobs: int,
    progress: Progress = SILENT,
) -> Iterator[tuple[str, FileContent]]:
    """Yield (path, content) of every file of every writer, rendered by at most `jobs` worker processes.

    Each group of writers gets a fresh worker, forked from this process: a worker that went
    on to a second group would keep the first one's memory. Files come as they are done: in
    each writer's order, but writers interleave; `progress` hears of each as it arrives. A
    group that fails in a worker is rendered again here, so that its error is raised as one
    process raises it.
    """
    groups = writer_groups(writers)
    context = multiprocessing.get_context("fork")
    results: Queue[_Message] = context.Queue(maxsize=64)
    waiting = list(range(len(groups)))
    running: dict[int, BaseProcess] = {}

    def start_next() -> None:
        if waiting:
            number = waiting.pop(0)
            running[number] = context.Process(
                target=_work, args=(program, groups[number], number, options, results), daemon=True
            )
            running[number].start()

    for _ in range(jobs):
        start_next()
    reported = _Arrivals(writers, progress)
    spools: dict[str, _Spool] = {}
    try:
        while running:
            number, name, piece, last = _next_message(results, running)
            if number not in running:  # what a killed worker had sent before its group was rendered here
                continue
            if name is not None and piece is not None:
                if not last:
                    spools.setdefault(name, _Spool()).add(piece)
                    continue
                reported.arrived(name)
                yield name, (spools.pop(name).finished(piece) if name in spools else piece)
                continue
            running.pop(number).join()
            if piece is not None:  # the group failed in its worker
                yield from rendered_files(program, groups[number], options)
            start_next()
    finally:
        for worker in running.values():
            worker.terminate()
            worker.join()
        for spool in spools.values():
            spool.close()
        results.close()


def rendered_by_group(
    program: Program, writers: Sequence[AnyWriter], options: RenderOptions, progress: Progress = SILENT
) -> Iterator[tuple[str, FileContent]]:
    """Yield every file rendered here, a group of writers at a time, letting go of what each group derived.

    A large program rendered without workers (`--jobs 1`, one core) so peaks at its largest
    group, as a worker does; one process going through the writers in order kept every
    group's derived data to the end (1,465 MB at 100,000 workshop items).
    """
    for group in writer_groups(writers):
        forget_shared_results()
        yield from rendered_files(program, group, options, progress)
    forget_shared_results()


def _next_message(results: Queue[_Message], running: dict[int, BaseProcess]) -> _Message:
    """Return the next message from the workers; a worker that died without a word (killed) failed."""
    while True:
        try:
            return results.get(timeout=1)
        except queue.Empty:
            dead = next((number for number, worker in running.items() if worker.exitcode not in (None, 0)), None)
            if dead is not None:
                return dead, None, b"", True


class _Arrivals:
    """Tells `progress` which output the files that arrive belong to."""

    def __init__(self, writers: Sequence[AnyWriter], progress: Progress) -> None:
        self.progress = progress
        self.folders = {writer.folder: writer for writer in writers if isinstance(writer, FolderWriter)}
        self.files = {writer.filename: writer for writer in writers if not isinstance(writer, FolderWriter)}
        self.last: AnyWriter | None = None

    def arrived(self, name: str) -> None:
        folder = name.split("/", 1)[0]
        writer = self.folders.get(folder) if "/" in name else self.files.get(name)
        if writer is not None and writer is not self.last:
            self.progress.stage(f"writing {output_name(writer)}")
            self.last = writer
        if isinstance(writer, FolderWriter):
            self.progress.step()


def _work(
    program: Program,
    group: list[AnyWriter],
    number: int,
    options: RenderOptions,
    results: Queue[_Message],
) -> None:
    """Render one group, sending each file to the parent in pieces."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent handles it
    try:
        for name, content in rendered_files(program, group, options):
            for piece, last in _pieces(content):
                results.put((number, name, piece, last))
    except Exception:  # the parent renders this group again and raises the error itself
        results.put((number, None, b"", True))
    else:
        results.put((number, None, None, True))
    results.close()
    results.join_thread()


PIECE = 1 << 20
"""Bytes a worker sends at a time: a file of hundreds of megabytes (program.json, the site at
100,000 items) is never held whole twice over in a worker's pipe or in the parent."""


def _pieces(content: FileContent) -> Iterator[tuple[bytes, bool]]:
    """Yield `content` in pieces of at least PIECE bytes (the last may be shorter), each with whether it is the last."""
    chunks = (content,) if isinstance(content, bytes) else content
    buffered: list[bytes] = []
    size = 0
    ready: bytes | None = None
    for chunk in chunks:
        for start in range(0, len(chunk), PIECE):
            buffered.append(chunk[start : start + PIECE] if len(chunk) > PIECE else chunk)
            size += len(buffered[-1])
            if size >= PIECE:
                if ready is not None:
                    yield ready, False
                ready, buffered, size = b"".join(buffered), [], 0
    if buffered:
        if ready is not None:
            yield ready, False
        ready = b"".join(buffered)
    yield (ready if ready is not None else b""), True


class _Spool:
    """The pieces of one file as they arrive, kept in an unnamed temporary file (gone with the build)."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by finished() or close())

    def add(self, piece: bytes) -> None:
        self.file.write(piece)

    def finished(self, last: bytes) -> Iterator[bytes]:
        """Return the whole file, read back a piece at a time, and the spool closed after."""
        self.file.write(last)
        self.file.seek(0)
        return self._read()

    def _read(self) -> Iterator[bytes]:
        with self.file:
            while piece := self.file.read(PIECE):
                yield piece

    def close(self) -> None:
        self.file.close()


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the build that started it ends, even by SIGKILL."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
