"""Inputs that are not what they claim: devices, pipes, empty feeds, broken templates, absurd options.

Each must end in one clear line (file:line and what was expected) and a non-zero exit,
never a traceback or a hang, and must leave a published out/ as it was.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from pathlib import Path
from typing import Any

import icalendar
import pytest
from markdown_it import MarkdownIt

from program.cli.main import main
from program.model.ids import person_ids
from program.model.text import short_hash
from program.readers.clock import parse_time_line

from helpers import ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, entry, files_under

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


@pytest.mark.skipif(importlib.util.find_spec("typst") is None, reason="the booklet needs the pdf extra")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_booklet_template_that_is_a_pipe_or_a_device_is_refused(
    tmp_path: Path, published: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    # Issue 32: a --templates booklet.typ that is not a file was passed over without a word.
    templates = tmp_path / "templates"
    templates.mkdir()
    if kind == "fifo":
        _fifo(templates, "booklet.typ")
    else:
        (templates / "booklet.typ").symlink_to("/dev/zero")
    before = files_under(published)

    status, err = _run(["build", PROGRAM_FILE, "--templates", str(templates), "--out", str(published)], capsys)

    assert status == 2
    what = "a named pipe (FIFO)" if kind == "fifo" else "a character device"
    assert f"{(templates / 'booklet.typ').as_posix()}: cannot read the booklet template: it is {what}" in err[-1]
    assert files_under(published) == before


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


@pytest.mark.parametrize(
    ("arguments", "environment", "expected"),
    [
        (["--timezone", "A" * 300], {}, "unknown time zone 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…'"),
        (["--timezone", "localtime"], {}, "unknown time zone 'localtime': expected an IANA name"),
        (["--timezone", "Factory"], {}, "unknown time zone 'Factory'"),
        (["--timezone", "posixrules"], {}, "unknown time zone 'posixrules'"),
        (["--date", "9999-12-31"], {}, "the first day 9999-12-31 is outside the years 1000 to 9998"),
        ([], {"SOURCE_DATE_EPOCH": "9" * 20}, "SOURCE_DATE_EPOCH must be a time before 9999"),
        (["--alarm", "99999999999h"], {}, "expected a length of at most 366 days, found '99999999999h'"),
    ],
)
def test_absurd_options_are_one_line_errors(  # noqa: PLR0917 (fixtures and parameters)
    published: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    environment: dict[str, str],
    expected: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    before = files_under(published)

    status, err = _run(["build", "--no-pdf", PROGRAM_FILE, *arguments, "--out", str(published)], capsys)

    assert status == 2
    assert expected in err[-1]
    assert files_under(published) == before


def test_a_frab_feed_naming_a_zone_of_no_place_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "schedule.json"
    feed.write_text(
        '{"schedule": {"conference": {"title": "x", "time_zone_name": "localtime", "days": []}}}', encoding="utf-8"
    )

    status, err = _run(["check", str(feed)], capsys)

    assert status == 1
    assert "expected the IANA time zone name of a place, found 'localtime'" in "\n".join(err)


def test_words_that_start_like_a_weekday_are_not_weekdays() -> None:
    assert parse_time_line("Sunny 9:00 a.m. - 10:00 a.m.") is None
    assert parse_time_line("Monitoring 9:00") is None
    parsed = [parse_time_line(line) for line in ("Sun 9:00", "Sunday 9:00", "Thurs. 9:00", "sat 9")]
    assert [line.weekday if line else None for line in parsed] == [6, 6, 3, 5]


def test_an_item_of_two_days_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(entry("Sat 9:00 a.m. - Mon 9:00 a.m.", "Hackathon", people="Ada Lovelace"), encoding="utf-8")

    status = main(["check", str(page), "--date", "2022-12-03", "--timezone", "America/Chicago"])

    assert status == 0
    assert capsys.readouterr().out == (
        f"{page.as_posix()}:1: warning: long-item: 'Hackathon' lasts 48 hours, from 2022-12-03 to 2022-12-05: "
        "check its end\n"
    )


def test_people_named_like_windows_devices_get_calendars_windows_can_write() -> None:
    assert person_ids([("Con", "con"), ("Nul", "nul"), ("Lpt1", "lpt1"), ("Conrad", "conrad")]) == [
        f"con-{short_hash('con')}",
        f"nul-{short_hash('nul')}",
        f"lpt1-{short_hash('lpt1')}",
        "conrad",
    ]


def test_a_file_no_reader_claims_is_quoted_only_in_a_short_excerpt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "notes.txt"
    secret.write_text("token=" + "s3cr3t" * 40 + "\nline two\n", encoding="utf-8")

    status, err = _run(["check", str(secret)], capsys)

    assert status == 1
    assert "s3cr3t" * 7 not in err[-1]
    assert "the first lines are ['token=s3cr3ts3cr3ts3cr3ts3cr3ts3cr3ts3cr', 'line two']" in err[-1]


CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


@pytest.fixture
def built_json(published: Path, tmp_path: Path) -> dict[str, Any]:
    """The sample's program.json, to edit into a hostile feed."""
    data: dict[str, Any] = json.loads((published / "program.json").read_text(encoding="utf-8"))
    return data


def _build_from(data: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    feed = tmp_path / "edited.json"
    feed.write_text(json.dumps(data), encoding="utf-8")  # json.dumps writes control characters as \\u escapes
    out = tmp_path / "again"
    status = main(["build", "--no-pdf", str(feed), "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return out, captured.out + captured.err


def test_control_characters_reach_no_output_and_no_terminal(
    built_json: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = built_json["items"][0]
    item["title"] = "Opening\x00 \x1b[31mRed\x1b[0m\x07 \x0bbell"
    built_json["people"][0]["name"] += "\x1b]0;owned\x07"
    built_json["title"] = "Work\x00shop\x0c"

    out, terminal = _build_from(built_json, tmp_path, capsys)

    outputs = files_under(out)
    dirty = [name for name, data in outputs.items() if CONTROL.search(data.decode("utf-8", "replace"))]
    assert dirty == []
    assert not CONTROL.search(terminal)
    event = icalendar.Calendar.from_ical(outputs["program.ics"]).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Opening [31mRed[0m  bell"


def test_markdown_shows_abstracts_links_and_latex_as_written(
    built_json: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = next(item for item in built_json["items"] if item["abstract"])
    lines = ["# Not a heading", "--- not a rule", "~~~ not a fence", "1) not a list", "+ not a list either"]
    item["abstract"] = "\n".join(lines)
    item["title"] = r"we propose $\textbf{X}$ now"
    item["scraped"] = True
    built_json["url"] = "https://example.org/ml_for_systems/2022_edition"

    out, _ = _build_from(built_json, tmp_path, capsys)

    markdown = (out / "program.md").read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings = [token.map for token in tokens if token.type == "heading_open"]
    expected_headings = re.findall(r"^#+ ", (tmp_path / "out" / "program.md").read_text(encoding="utf-8"), re.MULTILINE)
    text = "".join(child.content for token in tokens if token.children for child in token.children)
    assert len(headings) == len(expected_headings)  # the title, one per day, the posters: as before
    assert not [token for token in tokens if token.type in {"hr", "fence", "ordered_list_open"}]
    assert " ".join(lines) in text
    assert "we propose X now" in text
    links = [child.attrs["href"] for token in tokens if token.children for child in token.children if child.attrs]
    assert "https://example.org/ml_for_systems/2022_edition" in links


def test_a_dropped_javascript_link_is_not_in_the_calendar_text(
    built_json: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = built_json["items"][0]
    item["links"] = [{"label": "slides", "url": "javascript:alert(1)"}, {"label": "video", "url": "https://v.example"}]

    out, _ = _build_from(built_json, tmp_path, capsys)

    event = icalendar.Calendar.from_ical((out / "program.ics").read_bytes()).walk("VEVENT")[0]
    assert "javascript" not in str(event["DESCRIPTION"])
    assert "video: https://v.example" in str(event["DESCRIPTION"])


def test_a_calendar_of_only_all_day_events_says_they_were_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    # newline.gent 2026: one event, DTSTART;VALUE=DATE:20260529, which "the ics feed is empty" misdescribed.
    feed = (ROOT / "tests" / "data" / "ics" / "newline2026.ics").as_posix()

    status = main(["check", feed])

    said = capsys.readouterr().out
    assert status == 1
    assert f"{feed}:1: error: empty-feed: " in said
    assert "all skipped: " in said and ":5: all-day event 'Newline.gent 2026'" in said
