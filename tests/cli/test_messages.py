"""Messages a newcomer meets in the first hour: each says what was meant and where to look."""

from __future__ import annotations

from pathlib import Path

import pytest

from program.cli import main

from helpers import ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, entry

SAMPLE_FILE = str(SAMPLE_PROGRAM_FILE.relative_to(ROOT))


@pytest.fixture(autouse=True)
def _in_project_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def _program_file(folder: Path, text: str, *, feed: bool = True) -> Path:
    """A program file in `folder` with the sample page beside it as its feed."""
    (folder / "day.txt").write_bytes(SAMPLE_PAGE.read_bytes())
    path = folder / "workshop.toml"
    path.write_text(text if not feed else text + '\n[[feeds]]\npath = "day.txt"\n', encoding="utf-8")
    return path


def test_a_misspelt_kind_suggests_the_kind(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["ics", SAMPLE_FILE, "--kind", "spotlght"], capsys)

    assert (status, out) == (2, "")
    assert err == ["program: error: unknown kind 'spotlght'; did you mean 'spotlight'? (see 'program ics --help')"]


def test_a_kind_nothing_is_near_lists_the_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(["ics", SAMPLE_FILE, "--kind", "lecture"], capsys)

    assert "unknown kind 'lecture'; known kinds: opening, closing, keynote" in err[0]


def test_part_of_a_name_lists_the_people_whose_names_contain_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["ics", SAMPLE_FILE, "--person", "Pan"], capsys)

    assert (status, out) == (2, "")
    assert err == [
        "program: error: no person 'Pan' in the program; people whose names contain it: 'David Pan' "
        "(give one in full, or its id) (see 'program ics --help')"
    ]


def test_a_common_name_part_lists_several_people(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _run(["ics", SAMPLE_FILE, "--person", "zhang"], capsys)

    listed = err[0].split("contain it: ")[1]
    assert "'Dan Zhang'" in listed
    assert "'David Zhang'" in listed


def test_a_misspelt_key_in_a_program_file_is_named_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _program_file(tmp_path, '# my workshop\ntitel = "Systems Day"\ndate = 2022-12-03\n')

    status, out, err = _run(["build", str(path), "--out", str(tmp_path / "out")], capsys)

    assert (status, out) == (1, "")
    assert err == [f"{path.as_posix()}:2: error: unknown key 'titel'; did you mean 'title'?"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('title = "x"\n\n[people]\nlocal = "sv"\n', 4, "unknown key 'local'; did you mean 'locale'?"),
        ('title = "x"\n\n[[feeds]]\npath = "day.txt"\nfromat = "schedule-page"\n', 5, "did you mean 'format'?"),
        ('title = "x"\nvenue = "Hall"\nwhere = "Hall"\n', 3, "unknown key 'where'; known keys: acronym, checks"),
    ],
)
def test_unknown_keys_anywhere_in_a_program_file(
    text: str, line: int, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _program_file(tmp_path, text, feed=False)

    status, _, err = _run(["check", str(path)], capsys)

    assert status == 1
    assert err[0].startswith(f"{path.as_posix()}:{line}: error: ")
    assert message in err[0]


def test_a_missing_feed_is_named_at_the_program_files_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _program_file(
        tmp_path, 'title = "x"\n\n[[feeds]]\npath = "day.txt"\n\n[[feeds]]\npath = "posters.txt"\n', feed=False
    )

    status, _, err = _run(["build", str(path), "--out", str(tmp_path / "out")], capsys)

    assert status == 1
    looked = (tmp_path / "posters.txt").as_posix()
    assert err == [f"{path.as_posix()}:7: error: path: no feed file 'posters.txt' (looked for {looked})"]


def test_an_unknown_format_in_a_program_file_is_named_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _program_file(tmp_path, 'title = "x"\n\n[[feeds]]\npath = "day.txt"\nformat = "schedule_page"\n', feed=False)

    status, _, err = _run(["check", str(path)], capsys)

    assert status == 1
    assert err == [
        f"{path.as_posix()}:5: error: format: unknown input format 'schedule_page'; did you mean 'schedule-page'?"
    ]


def test_an_unknown_format_on_the_command_line_suggests_the_near_one(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(["check", str(SAMPLE_PAGE), "--format", "frab_xml"], capsys)

    assert status == 2
    assert err == [
        "program: error: unknown input format 'frab_xml'; did you mean 'frab-xml'? (see 'program check --help')"
    ]


def test_a_kind_the_program_lacks_is_a_warning_not_a_silent_empty_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(["ics", SAMPLE_FILE, "--kind", "keynote"], capsys)

    assert status == 0
    assert "BEGIN:VEVENT" not in out
    assert err == [
        "program: warning: no item of kind 'keynote' in the program; its kinds: opening, invited-talk, spotlight, "
        "poster, poster-session",
        "program: warning: the calendar has no events: no timed item passes every filter",
    ]


def test_a_kind_the_program_has_gives_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["ics", SAMPLE_FILE, "--kind", "spotlight,keynote"], capsys)

    assert status == 0
    assert out.count("BEGIN:VEVENT") == 6
    assert err == [
        "program: warning: no item of kind 'keynote' in the program; its kinds: opening, invited-talk, spotlight, "
        "poster, poster-session"
    ]


OVERLAP_24 = (
    "warning: overlap: 'Steve Keckler - Invited Talk' (line 93, 13:55–14:40) overlaps "
    "'Poster Session | Coffee Break' (line 101, 13:55–14:25)"
)


def test_build_prints_its_warnings_on_the_24_hour_clock(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(["build", SAMPLE_FILE, "--clock", "24", "--no-pdf", "--out", str(tmp_path / "out")], capsys)

    assert status == 0
    assert f"{SAMPLE_PAGE.relative_to(ROOT).as_posix()}:93: {OVERLAP_24}" in err
    assert not any("p.m." in line for line in err)


def test_check_prints_its_warnings_on_the_24_hour_clock(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", SAMPLE_FILE, "--clock", "24"])
    out = capsys.readouterr().out

    assert status == 0
    assert f"{SAMPLE_PAGE.relative_to(ROOT).as_posix()}:93: {OVERLAP_24}" in out.splitlines()


def test_a_program_built_on_the_24_hour_clock_reads_back_without_doubled_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", SAMPLE_FILE, "--clock", "24", "--no-pdf", "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()

    assert main(["check", str(tmp_path / "out" / "program.json")]) == 0
    out = capsys.readouterr().out

    assert sum(": overlap: " in line for line in out.splitlines()) == 1
    assert "1:55 p.m." in out


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["ics", SAMPLE_FILE, "--person", "Nobody Atall"], "(see 'program ics --help')"),
        (["build", "seeds/missing.txt"], "(see 'program build --help')"),
        (["check", "seeds/missing.txt"], "(see 'program check --help')"),
        (["speakers", str(SAMPLE_PAGE)], "(see 'program speakers --help')"),
    ],
)
def test_usage_errors_end_with_the_subcommands_help(
    args: list[str], hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(args, capsys)

    assert status == 2
    assert len(err) == 1
    assert err[0].endswith(hint)


def test_an_out_folder_that_cannot_be_made_is_named_not_the_staging_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = _run(["build", SAMPLE_FILE, "--no-pdf", "--out", "/proc/x"], capsys)

    assert (status, out) == (1, "")
    assert err[-1] == "program: error: /proc/x: cannot create it: No such file or directory; nothing was written"
    assert "staging" not in "\n".join(err)


def test_an_out_folder_under_a_file_says_the_file_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes").write_text("mine")

    status, _, err = _run(["build", SAMPLE_FILE, "--no-pdf", "--out", str(tmp_path / "notes" / "out")], capsys)

    assert status == 1
    assert err[-1].endswith(f"cannot create it: {(tmp_path / 'notes').as_posix()} is not a folder; nothing was written")


def test_a_build_without_the_pdf_extra_says_how_to_get_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("program.writers.pdf_available", lambda: False)
    monkeypatch.setattr("program.writers.booklet.pdf_available", lambda: False)

    status, out, err = _run(["build", SAMPLE_FILE, "--out", str(tmp_path / "out")], capsys)

    assert status == 0
    assert "program.pdf" not in out
    assert err[-1] == "program.pdf skipped: python -m pip install '.[pdf]' to print it (or pass --no-pdf)"
    assert not (tmp_path / "out" / "program.pdf").exists()


def test_build_prints_twenty_warnings_of_a_code_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A large program gives tens of thousands of warnings; `program check` lists them all."""
    page = tmp_path / "day.txt"
    page.write_text("".join(entry("Sat 9:00 a.m. - 9:30 a.m.", f"Talk {n}", "(Talk)") for n in range(1, 25)), "utf-8")

    out = str(tmp_path / "out")
    when = ["--date", "2022-12-03", "--timezone", "America/Chicago"]
    status, _, err = _run(["build", str(page), *when, "--no-pdf", "--out", out], capsys)
    checked = main(["check", str(page), *when])
    listed = capsys.readouterr().out.splitlines()

    assert status == checked == 0
    assert sum(": warning: overlap: " in line for line in err) == 20
    assert "program: warning: 3 more overlap warnings ('program check' lists them all; program.json keeps them)" in err
    assert sum(": warning: overlap: " in line for line in listed) == 23


HOSTILE_NAME = "feed\x1b[31mred\nline\u202e.txt"
ESCAPED_NAME = "feed\\x1b[31mred\\nline\\u202e.txt"


def test_a_file_named_with_escapes_is_named_escaped_in_every_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 32: ESC and line breaks in a file name reached the terminal raw.
    feed = tmp_path / HOSTILE_NAME
    feed.write_bytes(SAMPLE_PAGE.read_bytes())
    out = tmp_path / "out\x1b[2J"
    when = ["--date", "2022-12-03", "--timezone", "America/Chicago"]

    checked = _run(["check", *when, str(feed)], capsys)
    built = _run(["build", "--no-pdf", *when, "--out", str(out), str(feed)], capsys)
    missing = _run(["check", str(tmp_path / "gone\x1b[31m.txt")], capsys)

    assert checked[0] == built[0] == 0 and missing[0] == 2
    printed = "\n".join([*checked[2], built[1], *built[2], *missing[2]])
    assert "\x1b" not in printed and "\u202e" not in printed
    lines = printed.splitlines()
    assert any(line.startswith(f"{tmp_path}/{ESCAPED_NAME}:93: warning: ") for line in lines)
    assert f"read {tmp_path}/{ESCAPED_NAME} as schedule-page" in lines
    assert f"wrote {tmp_path.as_posix()}/out\\x1b[2J/program.json" in lines
    assert any("gone\\x1b[31m.txt" in line for line in missing[2])
