"""A large program is rendered by worker processes: the same files, bytes and order as one process."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from program import parallel
from program.cli.main import main
from program.i18n import Lang
from program.loading import load_program
from program.publish import FileContent
from program.rendering import render_outputs
from program.settings import load_program_file
from program.writers import RenderOptions, build_writers
from program.writers.speaker_index import speaker_index
from program.writers.talks_markdown import TalksMarkdownWriter

from helpers import SAMPLE_PROGRAM_FILE, SEEDS, files_under

_FEEDS = [SAMPLE_PROGRAM_FILE, SEEDS / "003_fa518e10fecf02ab.txt", SEEDS / "004_05e0a433d85f4cd8.txt"]


def test_workers_render_the_same_bytes_as_one_process() -> None:
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    alone = render_outputs(program, writers, RenderOptions())

    together = dict(_joined(parallel.rendered_in_parallel(program, writers, RenderOptions(), jobs=2)))

    assert together == alone


def _joined(files: Iterator[tuple[str, FileContent]]) -> Iterator[tuple[str, bytes]]:
    for name, content in files:
        yield name, content if isinstance(content, bytes) else b"".join(content)


def test_files_larger_than_a_piece_come_through_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers send files in pieces, which the build spools: here most files are many pieces."""
    monkeypatch.setattr(parallel, "PIECE", 1000)
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    alone = render_outputs(program, writers, RenderOptions())

    together = list(parallel.rendered_in_parallel(program, writers, RenderOptions(), jobs=2))

    assert sum(not isinstance(content, bytes) for _, content in together) > 10
    assert dict(_joined(iter(together))) == alone


@pytest.mark.parametrize(
    "content",
    [b"", b"x", b"x" * 8, b"x" * 9, b"0123456789" * 5, [], [b""], [b"ab", b"", b"cdefghij", b"k" * 30, b"l"]],
    ids=repr,
)
def test_a_file_is_sent_in_pieces_of_at_least_a_piece_the_last_marked(
    content: bytes | list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PIECE", 8)
    pieces = list(parallel._pieces(content))

    assert b"".join(piece for piece, _ in pieces) == (content if isinstance(content, bytes) else b"".join(content))
    assert [last for _, last in pieces] == [False] * (len(pieces) - 1) + [True]
    assert all(len(piece) >= 8 for piece, _ in pieces[:-1])


def test_a_group_that_fails_in_its_worker_raises_its_error_here(monkeypatch: pytest.MonkeyPatch) -> None:
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    failing = next(writer for writer in writers if writer.name == "talks-md")

    def broken(*_: object) -> object:
        raise RuntimeError("talks-md cannot be written")

    monkeypatch.setattr(type(failing), "write_chunks", broken, raising=False)
    monkeypatch.setattr(type(failing), "write", broken, raising=False)
    with pytest.raises(RuntimeError, match="talks-md cannot be written"):
        dict(_joined(parallel.rendered_in_parallel(program, writers, RenderOptions(), jobs=2)))


def test_writers_that_share_derived_data_stay_in_one_group() -> None:
    names = [[writer.name for writer in group] for group in parallel.writer_groups(build_writers(pdf=False))]

    assert ["ics", "ics-people", "ics-kinds"] in names
    assert ["html", "md"] in names
    assert ["speakers-html", "speakers-md", "speakers-csv", "speakers-json", "speakers-text", "site"] in names
    assert sorted(name for group in names for name in group) == sorted(w.name for w in build_writers(pdf=False))


def test_the_longest_groups_are_handed_out_first() -> None:
    """Started last, the personal calendars or the site would keep one core busy alone at the end."""
    names = [[writer.name for writer in group] for group in parallel.writer_groups(build_writers(pdf=False))]

    assert names[:3] == [
        ["speakers-html", "speakers-md", "speakers-csv", "speakers-json", "speakers-text", "site"],
        ["ics", "ics-people", "ics-kinds"],
        ["html", "md"],
    ]
    assert names[3:] == [
        ["json"],
        ["frab-xml", "frab-json"],
        *([name] for name in ("talks-csv", "talks-md", "site-assets", "changes")),
    ]


def _build(out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["build", "--no-pdf", *map(str, _FEEDS), "--out", str(out)])
    return status, capsys.readouterr().out


def test_a_build_on_several_cores_writes_what_one_core_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    one = _build(tmp_path / "one", capsys)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "PIECE", 4096)  # the larger files spooled in pieces
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    several = _build(tmp_path / "several", capsys)

    assert one[0] == several[0] == 0
    assert several[1] == one[1].replace(str(tmp_path / "one"), str(tmp_path / "several"))
    assert files_under(tmp_path / "several") == files_under(tmp_path / "one")


def test_a_worker_killed_mid_group_has_its_group_rendered_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker the system kills (out of memory, say) sends nothing more: its files must still come."""
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    alone = render_outputs(program, writers, RenderOptions())
    write = TalksMarkdownWriter.write_chunks
    build = os.getpid()

    def killed_in_a_worker(self: object, *arguments: object) -> object:
        if os.getpid() != build:
            os.kill(os.getpid(), signal.SIGKILL)
        return write(self, *arguments)  # type: ignore[arg-type]

    monkeypatch.setattr(TalksMarkdownWriter, "write_chunks", killed_in_a_worker)
    together = dict(_joined(parallel.rendered_in_parallel(program, writers, RenderOptions(), jobs=2)))

    assert together == alone


def test_jobs_1_renders_in_the_build_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`program build --jobs 1`: no worker processes, a group of writers at a time, the same files."""
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "GROUPED_FROM", 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    jobs: list[int] = []
    by_group: list[int] = []
    in_parallel, in_groups = parallel.rendered_in_parallel, parallel.rendered_by_group

    def counted(*arguments: Any) -> Iterator[tuple[str, FileContent]]:
        jobs.append(arguments[3])
        return in_parallel(*arguments)

    def counted_groups(*arguments: Any) -> Iterator[tuple[str, FileContent]]:
        by_group.append(len(arguments[1]))
        return in_groups(*arguments)

    monkeypatch.setattr(parallel, "rendered_in_parallel", counted)
    monkeypatch.setattr(parallel, "rendered_by_group", counted_groups)
    one = main(["build", "--no-pdf", "--jobs", "1", *map(str, _FEEDS), "--out", str(tmp_path / "one")])
    default = main(["build", "--no-pdf", *map(str, _FEEDS), "--out", str(tmp_path / "default")])

    assert one == default == 0
    assert jobs == [2]  # the default build only
    assert by_group == [len(build_writers(pdf=False))]  # the --jobs 1 build only
    assert files_under(tmp_path / "one") == files_under(tmp_path / "default")


def test_one_process_by_group_renders_the_same_bytes_and_lets_derived_data_go() -> None:
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    alone = render_outputs(program, writers, RenderOptions())
    index = speaker_index(program, Lang())
    assert speaker_index(program, Lang()) is index  # kept for the next writer that asks

    by_group = dict(_joined(parallel.rendered_by_group(program, writers, RenderOptions())))

    assert by_group == alone
    assert list(by_group) != list(alone)  # the groups' order, not the writers'
    assert speaker_index(program, Lang()) is not index
