"""The command line: what a user types, what is printed, what is written, the exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from program.cli import cli, main
from program.readers import READERS
from program.writers import WRITERS

from helpers import ROOT, documentation, entry, files_under

OUTPUT_FILES = [
    "program.json",
    "program.ics",
    "schedule.xml",
    "schedule.json",
    "program.html",
    "program.md",
    "speakers.html",
    "speakers.md",
    "speakers.csv",
    "speakers.json",
    "speakers.txt",
    "talks.csv",
    "talks.md",
    "index.html",
    "changes.xml",
]

SAMPLE = "seeds/002_84455bf78bc88092.txt"
SAMPLE_OPTIONS = ["--date", "2022-12-03", "--timezone", "America/Chicago"]
SAMPLE_PROBLEMS = [
    f"{SAMPLE}:93: warning: name-variant: the title names 'Steve Keckler' but the people line says "
    "'Stephen Keckler'; kept the people line",
    f"{SAMPLE}:93: warning: overlap: 'Steve Keckler - Invited Talk' (line 93, 1:55 p.m.–2:40 p.m.) overlaps "
    "'Poster Session | Coffee Break' (line 101, 1:55 p.m.–2:25 p.m.)",
]


@pytest.fixture(autouse=True)
def _in_project_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], list[str]]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err.splitlines()


def test_build_program_file_writes_json_and_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"

    status, stdout, stderr = _run(["build", "--no-pdf", "seeds/mlsys2022.toml", "--out", str(out)], capsys)

    assert status == 0
    assert stdout == [
        *(f"wrote {out.as_posix()}/{name}" for name in OUTPUT_FILES),
        f"wrote {out.as_posix()}/people/ (105 files)",
        f"wrote {out.as_posix()}/kinds/ (4 files)",
        f"wrote {out.as_posix()}/site/ (2 files)",
    ]
    assert stderr == [
        *SAMPLE_PROBLEMS,
        f"read {SAMPLE} as schedule-page",
        "33 items (14 timed, 19 untimed), 19 papers, 105 people",
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_build_twice_gives_identical_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1670000000")
    for name, out in (("first", "--out"), ("second", "-o")):  # -o as `program ics -o`: the folder all the same
        assert main(["build", "--no-pdf", SAMPLE, *SAMPLE_OPTIONS, out, str(tmp_path / name)]) == 0
    capsys.readouterr()

    assert [(tmp_path / "first" / name).read_bytes() for name in ("program.json", "program.ics")] == [
        (tmp_path / "second" / name).read_bytes() for name in ("program.json", "program.ics")
    ]
    assert b"DTSTAMP:20221202T165320Z" in (tmp_path / "first" / "program.ics").read_bytes()


def test_check_prints_file_line_severity_code_message(capsys: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = _run(["check", SAMPLE, *SAMPLE_OPTIONS], capsys)

    assert (status, stdout) == (0, SAMPLE_PROBLEMS)


def test_check_exits_1_on_errors_and_reports_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text(
        entry("Sat 9:30 a.m. - 9:00 a.m.", "Backwards") + entry("Sat 13:05 p.m. - 2:00 p.m.", "Impossible"),
        encoding="utf-8",
    )

    status, stdout, _ = _run(["check", str(feed), *SAMPLE_OPTIONS], capsys)

    assert status == 1
    assert stdout == [
        f"{feed.as_posix()}:1: error: unreadable-block: "
        "expected an end after the start, found 9:00 a.m. ending before or at 9:30 a.m.",
        f"{feed.as_posix()}:7: error: unreadable-block: a 12-hour clock has hours 1 to 12, found '13:05 p.m.' "
        "(in time line 'Sat 13:05 p.m. - 2:00 p.m.')",
    ]


def test_failed_build_leaves_earlier_outputs_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "--no-pdf", "seeds/mlsys2022.toml", "--out", str(out)]) == 0
    before = files_under(out)
    broken = tmp_path / "broken.txt"
    broken.write_text(entry("Sat 9:30 a.m. - 9:00 a.m.", "Backwards"), encoding="utf-8")
    capsys.readouterr()

    status, stdout, stderr = _run(["build", "--no-pdf", str(broken), *SAMPLE_OPTIONS, "--out", str(out)], capsys)

    assert (status, stdout) == (1, [])
    assert (
        stderr[-1] == "program: 1 error(s) in the input; nothing was written; pass --keep-going to build without them"
    )
    assert files_under(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.txt", "out"]


@pytest.mark.parametrize(
    ("command", "last_line"),
    [
        (["ics", "-o", "mine.ics"], "nothing was written; pass --keep-going to go on without them"),
        (["speakers"], "nothing was written; pass --keep-going to go on without them"),
        # Nothing readable at all: --keep-going would not help, so it is not offered.
        (["build", "--no-pdf", "--keep-going", "--out", "out"], "nothing was written"),
    ],
)
def test_a_stopped_command_says_how_to_go_on_where_keep_going_helps(
    command: list[str],
    last_line: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "broken.txt"
    broken.write_text(entry("Sat 9:30 a.m. - 9:00 a.m.", "Backwards"), encoding="utf-8")
    if command[0] != "build":
        broken.write_text(broken.read_text() + entry("Sat 10:00 a.m. - 11:00 a.m.", "Lunch"), encoding="utf-8")

    status, _, stderr = _run([*command, str(broken), *SAMPLE_OPTIONS], capsys)

    assert status == 1
    assert stderr[-1] == f"program: 1 error(s) in the input; {last_line}"


def test_check_names_no_keep_going(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text(entry("Sat 9:30 a.m. - 9:00 a.m.", "Backwards"), encoding="utf-8")

    status, stdout, stderr = _run(["check", str(broken), *SAMPLE_OPTIONS], capsys)

    assert status == 1
    assert not [line for line in stdout + stderr if "--keep-going" in line]


def test_keep_going_writes_the_rest_and_still_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text(
        entry("Sat 9:30 a.m. - 9:00 a.m.", "Backwards") + entry("Sat 10:00 a.m. - 11:00 a.m.", "Lunch"),
        encoding="utf-8",
    )

    status, stdout, stderr = _run(
        ["build", "--no-pdf", str(feed), *SAMPLE_OPTIONS, "--keep-going", "--out", str(tmp_path / "out")], capsys
    )

    assert status == 1
    assert len(stdout) == len(WRITERS) - 1  # all but the PDF (a folder of files is one line)
    assert stderr[0].endswith(
        "feed.txt:1: error: unreadable-block: "
        "expected an end after the start, found 9:00 a.m. ending before or at 9:30 a.m."
    )
    assert b"SUMMARY:Lunch" in (tmp_path / "out" / "program.ics").read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "--no-pdf", SAMPLE],
            f"program: error: {SAMPLE}: a schedule page names weekdays and clock times only;",
        ),
        (
            ["build", SAMPLE, "--date", "2022-12-03", "--timezone", "Mars/Olympus"],
            "program: error: unknown time zone 'Mars/Olympus'",
        ),
        (["build", "seeds/missing.txt"], "program: error: seeds/missing.txt: no such file"),
        (
            ["build", SAMPLE, "--format", "pdf"],
            "program: error: unknown input format 'pdf'; known formats: schedule-page",
        ),
        (
            ["build", "seeds/mlsys2022.toml", "seeds/mlsys2022.toml"],
            "program: error: give at most one program file (.toml)",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, stdout, stderr = _run([*args, "--out", str(tmp_path / "out")], capsys)

    assert (status, stdout, len(stderr)) == (2, [], 1)
    assert stderr[0].startswith(message)
    assert stderr[0].endswith(f"(see 'program {args[0]} --help')")
    assert not (tmp_path / "out").exists()


def test_bad_date_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, stderr = _run(["check", SAMPLE, "--date", "3 December", "--timezone", "UTC"], capsys)

    assert status == 2
    assert "Invalid value for '--date'" in stderr[-1]


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        (b"", 1, "expected a feed, found an empty file"),
        (b" \n\n\t\r\n", 1, "expected a feed, found an empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "expected UTF-8 text, found byte 0x89"),
        (b"Sat 8:30 a.m. - 8:40 a.m.\n|\nTitle\n|\n\xff\n", 5, "expected UTF-8 text, found byte 0xff"),
        (b"hello\x00world", 1, "expected text, found a NUL byte"),
        (
            "Résumé\nCV\n",
            1,
            f"cannot tell the format: expected one of {', '.join(READERS)}; the first lines are ['Résumé', 'CV']",
        ),
    ],
)
def test_garbage_gives_one_line_and_no_traceback(
    content: bytes | str, line: int, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "garbage.txt"
    feed.write_bytes(content.encode() if isinstance(content, str) else content)

    status, stdout, stderr = _run(
        ["build", "--no-pdf", str(feed), *SAMPLE_OPTIONS, "--out", str(tmp_path / "out")], capsys
    )

    assert (status, stdout) == (1, [])
    assert stderr == [stderr[0]]
    assert stderr[0].startswith(f"{feed.as_posix()}:{line}: error: {reason}")


def test_program_file_errors_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program_file = tmp_path / "event.toml"
    program_file.write_text('title = "X"\ndate = 2022-12-03\ntimezone = "Nowhere/City"\n', encoding="utf-8")

    status, _, stderr = _run(["check", str(program_file)], capsys)

    assert (status, stderr) == (
        1,
        [
            f"{program_file.as_posix()}:3: error: "
            "unknown time zone 'Nowhere/City': expected an IANA name such as 'America/Chicago'"
        ],
    )


def test_program_file_syntax_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program_file = tmp_path / "event.toml"
    program_file.write_text('title = "X"\ndate = 2022-12-03\nvenue = \n', encoding="utf-8")

    status, _, stderr = _run(["check", str(program_file)], capsys)

    assert status == 1
    assert stderr[0].startswith(f"{program_file.as_posix()}:3: error: expected a TOML program file:")


def test_command_line_overrides_the_program_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["build", "--no-pdf", "seeds/mlsys2022.toml", "--title", "Renamed", "--out", str(tmp_path)])
    capsys.readouterr()

    assert status == 0
    assert b"X-WR-CALNAME:Renamed" in (tmp_path / "program.ics").read_bytes()


def test_python_dash_m_program_runs_the_cli(tmp_path: Path) -> None:
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "program", "check", SAMPLE, *SAMPLE_OPTIONS],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
    )

    assert (result.returncode, result.stdout.splitlines(), result.stderr) == (0, SAMPLE_PROBLEMS, "")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_a_readme_entry(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = _run([command, "--help"], capsys)

    assert status == 0
    params = cli.commands[command].params
    arguments = [param.human_readable_name for param in params if param.param_type_name == "argument"]
    usage = " ".join(name + ("..." if name == "INPUTS" else "") for name in arguments)
    assert stdout[0] == f"Usage: program {command} [OPTIONS]" + (f" {usage}" if usage else "")
    assert f"program {command} " in documentation()


def test_speakers_prints_the_text_index(capsys: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = _run(["speakers", "seeds/mlsys2022.toml"], capsys)

    assert status == 0
    assert stdout[:3] == ["A", "", "Adams, Ryan"]
    assert "\n".join(stdout) + "\n" == (ROOT / "tests/golden/mlsys2022/speakers.txt").read_text(encoding="utf-8")


def test_readme_template_example_overrides_speakers_md(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = documentation().split("```jinja\n", 1)[1].split("```", 1)[0]
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "speakers.md.j2").write_text(example, encoding="utf-8")

    status = main(
        [
            "build",
            "--no-pdf",
            "seeds/mlsys2022.toml",
            "--templates",
            str(tmp_path / "mine"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    capsys.readouterr()

    lines = (tmp_path / "out" / "speakers.md").read_text(encoding="utf-8").splitlines()
    assert status == 0
    assert lines[:2] == ["Ryan Adams: 2 item(s)", "Alaleh Ahmadianshalchi: 1 item(s)"]
    assert len(lines) == 105
