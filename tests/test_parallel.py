"""A large program is rendered by worker processes: the same files, bytes and order as one process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from program import parallel
from program.cli.main import main
from program.pipeline import load_program, render_outputs
from program.settings import load_program_file
from program.writers import RenderOptions, build_writers

from helpers import SAMPLE_PROGRAM_FILE, SEEDS, files_under

_FEEDS = [SAMPLE_PROGRAM_FILE, SEEDS / "003_fa518e10fecf02ab.txt", SEEDS / "004_05e0a433d85f4cd8.txt"]


def test_workers_render_the_same_bytes_as_one_process() -> None:
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    writers = build_writers(pdf=False)
    alone = render_outputs(program, writers, RenderOptions())

    together = dict(parallel.rendered_in_parallel(program, writers, RenderOptions(), jobs=2))

    assert together == alone


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
    assert names[3:] == [[name] for name in ("json", "frab-xml", "frab-json", "talks-csv", "talks-md", "site-assets")]


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
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    several = _build(tmp_path / "several", capsys)

    assert one[0] == several[0] == 0
    assert several[1] == one[1].replace(str(tmp_path / "one"), str(tmp_path / "several"))
    assert files_under(tmp_path / "several") == files_under(tmp_path / "one")
