"""Rendering the outputs of a large program on several cores.

Writers are independent functions of the program, so groups of them run in worker
processes (forked: the program is not copied through a pipe) and send back each file as
it is rendered; the parent writes them while the workers go on. Writers that share what
they derive from the program (the calendar events, the printable program's view, the
speaker index) stay together in one group, which one worker renders in the writers'
order. The files are the same bytes as one process writes: each is rendered by the same
code from the same program, only elsewhere.

Small programs are rendered in one process: starting workers costs more than it saves.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from multiprocessing.queues import Queue, SimpleQueue
from pathlib import Path
from typing import Any

from program.model import Program
from program.progress import SILENT, Progress
from program.writers import AnyWriter, FolderWriter, RenderOptions, output_name

PARALLEL_FROM = 2000
"""Items from which a build uses several processes."""

_SHARING = (
    frozenset({"ics", "ics-people", "ics-kinds"}),
    frozenset({"html", "md", "pdf"}),
    # The site lists the speaker index too.
    frozenset({"speakers-html", "speakers-md", "speakers-csv", "speakers-json", "speakers-text", "site"}),
)
"""Writers that share derived data: rendered by one worker, one after the other."""

_LONGEST = ("site", "ics-people", "html")
"""Writers whose groups take longest on large programs, longest first (CPU seconds at 10,000
items of bench/generate_feed.py's two shapes: speaker index and site 6.6 and 5.8, calendars
6.8 and 3.6, printable program 2.8 and 2.6; every other writer 1.5 and 2.6 together)."""

_Message = tuple[int, str | None, bytes | None]
"""(group, file name, bytes) for a file; (group, None, None) when a group is done; (group, None, b"") when it failed."""


def jobs_for(program: Program) -> int:
    """Return how many worker processes to render `program` with (1: none, render here)."""
    if len(program.items) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 4))


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


def rendered_in_parallel(
    program: Program,
    writers: Sequence[AnyWriter],
    options: RenderOptions,
    jobs: int,
    progress: Progress = SILENT,
) -> Iterator[tuple[str, bytes]]:
    """Yield (path, bytes) of every file of every writer, rendered by `jobs` worker processes.

    Files come as they are done: in each writer's order, but writers interleave; `progress`
    hears of each as it arrives. A group that fails in a worker is rendered again here, so
    that its error is raised as one process raises it.
    """
    from program.pipeline import rendered_files  # noqa: PLC0415 (the pipeline imports this module)

    groups = writer_groups(writers)
    context = multiprocessing.get_context("fork")
    tasks: SimpleQueue[int | None] = context.SimpleQueue()
    for number in range(len(groups)):
        tasks.put(number)
    for _ in range(jobs):
        tasks.put(None)
    results: Queue[_Message] = context.Queue(maxsize=64)
    workers = [
        context.Process(target=_work, args=(program, groups, options, tasks, results), daemon=True) for _ in range(jobs)
    ]
    for worker in workers:
        worker.start()
    reported = _Arrivals(writers, progress)
    try:
        remaining = len(groups)
        while remaining:
            number, name, data = results.get()
            if name is not None and data is not None:
                reported.arrived(name)
                yield name, data
            elif data is None:
                remaining -= 1
            else:
                yield from _whole(rendered_files(program, groups[number], options))
                remaining -= 1
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()
        results.close()


def in_writer_order(paths: Sequence[Path], writers: Sequence[AnyWriter], out_dir: Path) -> tuple[Path, ...]:
    """Return the written `paths` in the writers' order, as one process writes them."""
    position = {
        (writer.folder if isinstance(writer, FolderWriter) else writer.filename): index
        for index, writer in enumerate(writers)
    }

    def key(path: Path) -> int:
        relative = path.relative_to(out_dir).parts
        return position.get(relative[0], position.get("/".join(relative), len(position)))

    return tuple(sorted(paths, key=key))


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


def _whole(files: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, bytes]]:
    for name, content in files:
        yield name, content if isinstance(content, bytes) else b"".join(content)


def _work(
    program: Program,
    groups: list[list[AnyWriter]],
    options: RenderOptions,
    tasks: SimpleQueue[int | None],
    results: Queue[_Message],
) -> None:
    """Render groups until none is left, sending each file to the parent."""
    from program.pipeline import rendered_files  # noqa: PLC0415 (the pipeline imports this module)

    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent handles it
    while (number := tasks.get()) is not None:
        try:
            for name, data in _whole(rendered_files(program, groups[number], options)):
                results.put((number, name, data))
        except Exception:  # the parent renders this group again and raises the error itself
            results.put((number, None, b""))
        else:
            results.put((number, None, None))
    results.close()
    results.join_thread()


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the build that started it ends, even by SIGKILL."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
