"""Inputs that are not what they claim: devices, pipes, empty feeds, broken templates, absurd options.

Each must end in one clear line (file:line and what was expected) and a non-zero exit,
never a traceback or a hang, and must leave a published out/ as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from program.cli.main import main

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under

PROGRAM_FILE = str(SAMPLE_PROGRAM_FILE)


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(arguments)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err.splitlines()


@pytest.fixture
def published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """out/ with the sample built into it."""
    out = tmp_path / "out"
    assert main(["build", "--no-pdf", PROGRAM_FILE, "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


def test_a_device_as_a_feed_is_refused_unread(published: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = files_under(published)

    status, err = _run(["build", "--no-pdf", "/dev/zero", "--out", str(published)], capsys)

    assert status == 2
    assert err[-1].startswith("program: error: /dev/zero: cannot read the feed: it is a character device, not a")
    assert files_under(published) == before


def test_a_named_pipe_in_a_program_file_is_refused_without_waiting(
    tmp_path: Path, published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fifo(tmp_path, "pipe.txt")
    (tmp_path / "workshop.toml").write_text('title = "W"\n[[feeds]]\npath = "pipe.txt"\n', encoding="utf-8")

    status, err = _run(["build", str(tmp_path / "workshop.toml"), "--out", str(published)], capsys)

    assert status == 2
    assert err[-1].startswith(
        f"program: error: {(tmp_path / 'pipe.txt').as_posix()}: cannot read the feed: it is a named pipe (FIFO)"
    )


def test_a_device_as_previous_is_refused(published: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(["build", "--no-pdf", PROGRAM_FILE, "--previous", "/dev/zero", "--out", str(published)], capsys)

    assert status == 2
    assert "/dev/zero: cannot read the feed: it is a character device" in err[-1]


def test_a_named_pipe_as_a_template_is_refused(
    tmp_path: Path, published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    _fifo(templates, "talks.md.j2")
    before = files_under(published)

    arguments = ["build", "--no-pdf", PROGRAM_FILE, "--templates", str(templates), "--out", str(published)]
    status, err = _run(arguments, capsys)

    assert status == 2
    assert f"{(templates / 'talks.md.j2').as_posix()}: cannot read the template: it is a named pipe" in err[-1]
    assert files_under(published) == before


def test_a_device_as_a_plan_template_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(["plan", str(SAMPLE_PAGE), "--template", "/dev/zero", "--out", str(tmp_path / "out")], capsys)

    assert status == 2
    assert "/dev/zero: cannot read a TOML plan template: it is a character device" in err[-1]


def test_a_program_file_over_the_limit_is_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as file:
        file.truncate(11 * 1000 * 1000)  # sparse: 11 MB that take no room

    status, err = _run(["check", str(big)], capsys)

    assert status == 1
    assert err[-1] == f"{big.as_posix()}: error: a TOML program file is 11.0 MB, over the 10 MB limit"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("schedule.xml", '<?xml version="1.0"?>\n<schedule/>\n'),
        ("schedule.json", '{"schedule": {"conference": {"title": "x", "days": []}}}\n'),
    ],
)
def test_a_feed_without_events_is_an_error_and_the_program_stays_published(
    tmp_path: Path, published: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    feed = tmp_path / name
    feed.write_text(content, encoding="utf-8")
    before = files_under(published)

    status, err = _run(["build", "--keep-going", str(feed), "--out", str(published)], capsys)

    assert status == 1
    assert err[0].startswith(f"{feed.as_posix()}:1: error: empty-feed: expected items or papers, found none")
    assert files_under(published) == before


def test_an_empty_feed_beside_others_is_still_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "extra.xml"
    feed.write_text('<?xml version="1.0"?>\n<schedule/>\n', encoding="utf-8")

    status = main(["check", PROGRAM_FILE, str(feed)])

    assert status == 1
    assert f"{feed.as_posix()}:1: error: empty-feed: " in capsys.readouterr().out


def _template_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "talks.md.j2").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Talks\n{% if %}\n", "talks.md.j2:2: error: expected a Jinja2 template: Expected an expression"),
        (
            "# Talks\n\n{{ no_such_name }}\n",
            "talks.md.j2:3: error: 'no_such_name' is undefined: the template uses a name program does not give it",
        ),
        (
            "# Talks\n{% include 'gone.md.j2' %}\n",
            "talks.md.j2:2: error: the template includes 'gone.md.j2', which is neither in the templates folder nor",
        ),
        ("# Talks\n{{ 1 // 0 }}\n", "talks.md.j2:2: error: the template failed: ZeroDivisionError: "),
    ],
)
def test_a_broken_user_template_is_an_error_at_its_line(
    tmp_path: Path, published: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    templates = _template_folder(tmp_path, text)
    before = files_under(published)

    arguments = ["build", "--no-pdf", PROGRAM_FILE, "--templates", str(templates), "--out", str(published)]
    status, err = _run(arguments, capsys)

    assert status == 1
    assert err[-1].startswith(f"{templates.as_posix()}/{expected}")
    assert files_under(published) == before


def test_a_first_build_with_a_broken_template_leaves_no_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = _template_folder(tmp_path, "{{ nothing_here }}\n")
    out = tmp_path / "out"

    status, _ = _run(["build", "--no-pdf", PROGRAM_FILE, "--templates", str(templates), "--out", str(out)], capsys)

    assert status == 1
    assert not out.exists()
