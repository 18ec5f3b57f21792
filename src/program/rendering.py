"""Rendering a set of writers: each file of each writer, as path and content.

Below the pipeline and the worker pool (`program.parallel`), which both render through
it: the pipeline in one process, each worker its group of writers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from program.model import Program
from program.progress import SILENT, Progress
from program.publish import FileContent
from program.writers import AnyWriter, FolderWriter, RenderOptions, build_writers, output_name
from program.writers.base import ChunkedWriter
from program.writers.piece_reuse import PIECES_FOLDER, kept_pieces


def render_outputs(
    program: Program, writers: Iterable[AnyWriter] | None = None, options: RenderOptions | None = None
) -> dict[str, bytes]:
    """Run the writers (those `program build` runs by default) and return path -> bytes.

    Paths are relative to the output folder: "program.ics", or "people/david-pan.ics" for
    a writer of a folder.
    """
    files = rendered_files(program, build_writers() if writers is None else writers, options or RenderOptions())
    return {name: content if isinstance(content, bytes) else b"".join(content) for name, content in files}


def rendered_files(
    program: Program, writers: Iterable[AnyWriter], options: RenderOptions, progress: Progress = SILENT
) -> Iterator[tuple[str, FileContent]]:
    """Yield (path, content) for every file of every writer, one at a time, so none need wait in memory.

    Writers that can (the template ones) give their file in chunks as it is rendered. A
    writer marked `in_background` (the PDF, the slowest) starts first in a thread of its
    own, so Typst typesets while the others render.
    """
    writers = list(writers)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="program-writer") as pool:
        early = {
            id(writer): pool.submit(writer.write, program, options)
            for writer in writers
            if getattr(writer, "in_background", False) and not isinstance(writer, FolderWriter)
        }
        yield from _rendered(program, writers, options, early, progress)


def _rendered(
    program: Program,
    writers: Sequence[AnyWriter],
    options: RenderOptions,
    early: Mapping[int, Future[str | bytes]],
    progress: Progress,
) -> Iterator[tuple[str, FileContent]]:
    for writer in writers:
        progress.stage(f"writing {output_name(writer)}")
        if id(writer) in early and not isinstance(writer, FolderWriter):
            rendered = early[id(writer)].result()
            yield writer.filename, rendered.encode() if isinstance(rendered, str) else rendered
        elif isinstance(writer, FolderWriter):
            for name, data in writer.write_files(program, options):
                yield f"{writer.folder}/{name}", data
                progress.step()
        elif isinstance(writer, ChunkedWriter):
            yield writer.filename, writer.write_chunks(program, options)
        else:
            rendered = writer.write(program, options)
            yield writer.filename, rendered.encode() if isinstance(rendered, str) else rendered
        # Asked for once the writer's file was taken whole (its chunks are rendered as they are taken).
        if not isinstance(writer, FolderWriter) and (kept := kept_pieces(writer.name)) is not None:
            yield f"{PIECES_FOLDER}/{writer.name}", kept
