"""Every input format through the command line: all seeds at once, built programs, detection."""

from __future__ import annotations

from pathlib import Path

import pytest

import program.feed_reading
from program.cli import main
from program.errors import ParseError
from program.readers import READERS
from program.settings import load_program_file

from helpers import FRAB, ROOT, SEEDS, files_under

POOLS = [
    SEEDS / name
    for name in (
        "000_e17b5acdc5194782.txt",
        "001_df4a941bcae02b05.txt",
        "003_fa518e10fecf02ab.txt",
        "004_05e0a433d85f4cd8.txt",
    )
]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_all_five_seeds_build_into_one_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["build", "--no-pdf", str(ROOT / "seeds" / "mlsys2022.toml"), *map(str, POOLS), "--out", str(out)]

    status, _, stderr = _run(args, capsys)

    assert status == 0
    for path, reader in zip(POOLS, ["abstracts", "abstract-lines", "paper-listing", "paper-listing"], strict=True):
        assert f"read {path.as_posix()} as {reader}" in stderr
    assert "33 items (14 timed, 19 untimed), 103 papers" in stderr
    html = (out / "program.html").read_text(encoding="utf-8")
    assert "<h2>Accepted papers</h2>" in html
    assert html.count('class="entry paper"') == 10 + 24 + 22 + 28
    assert '<span class="title untitled">Untitled submission 18</span>' in html
    assert "Danilo Vucetic</a>, <a" in html and "Maryam Ziaeefard</a> et al.</span>" in html
    speakers = (out / "speakers.txt").read_text(encoding="utf-8")
    assert (
        "Accepted paper A35: Efficient Fine-Tuning of BERT Models on the Edge (author list cut short: et al.)"
        in speakers
    )


@pytest.mark.parametrize(
    "inputs",
    [
        [ROOT / "seeds" / "mlsys2022.toml", *POOLS],
        [FRAB / "examples" / "json" / "pretalx-democon.json"],
        [FRAB / "examples" / "xml" / "schedule-39c3-20251206.xml"],
    ],
    ids=["seeds", "pretalx", "39c3"],
)
def test_a_built_program_rebuilds_every_output_byte_for_byte(
    inputs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, again = tmp_path / "first", tmp_path / "again"
    assert _run(["build", "--no-pdf", *map(str, inputs), "--out", str(first)], capsys)[0] == 0

    status, _, stderr = _run(["build", "--no-pdf", str(first / "program.json"), "--out", str(again)], capsys)

    assert status == 0
    assert "as program-json" in stderr
    before, after = files_under(first), files_under(again)
    assert sorted(before) == sorted(after)
    assert [name for name in before if before[name] != after[name]] == []


def test_a_program_file_can_name_each_feeds_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "listing.txt"
    listing.write_text("Just a TitleJane Doe, Li Wei\nAn abstract.\n", encoding="utf-8")  # no header: not detectable
    program_file = tmp_path / "pool.toml"
    program_file.write_text(
        'title = "Pool"\n[[feeds]]\npath = "listing.txt"\nformat = "paper-listing"\n', encoding="utf-8"
    )

    status, _, stderr = _run(["build", "--no-pdf", str(program_file), "--out", str(tmp_path / "out")], capsys)

    assert status == 0
    assert "as paper-listing" in stderr
    undetected = _run(["check", str(listing)], capsys)
    assert undetected[0] == 1
    assert "cannot tell the format: expected one of" in undetected[2] + undetected[1]


def test_content_that_fits_two_formats_is_refused_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped readers are disjoint; a reader added later may not be.
    both = [READERS["abstracts"], READERS["paper-listing"]]
    monkeypatch.setattr(program.feed_reading, "detect_readers", lambda text: both)
    feed = tmp_path / "feed.txt"
    feed.write_text("Abstract: an abstract\n", encoding="utf-8")

    status, _, stderr = _run(["check", str(feed)], capsys)

    assert status == 1
    assert (
        f"{feed.as_posix()}:1: error: cannot tell the format: the content fits several (abstracts, paper-listing)"
        in stderr
    )
    assert "the first lines are ['Abstract: an abstract']" in stderr


def test_formats_lists_every_reader_and_writer(capsys: pytest.CaptureFixture[str]) -> None:
    status, stdout, _ = _run(["formats"], capsys)

    assert status == 0
    for name in (*READERS, "program.ics"):
        assert name in stdout


def test_a_program_file_gives_a_feed_its_columns_and_refuses_columns_that_are_not_names(tmp_path: Path) -> None:
    (tmp_path / "listing.txt").write_text("Just a Title\n", encoding="utf-8")
    program_file = tmp_path / "day.toml"
    program_file.write_text(
        '[[feeds]]\npath = "listing.txt"\n[feeds.columns]\ntitle = "Talk"\npeople = "Referent*innen"\n',
        encoding="utf-8",
    )
    [feed] = load_program_file(program_file).feeds
    assert feed.columns == (("title", "Talk"), ("people", "Referent*innen"))

    program_file.write_text('[[feeds]]\npath = "listing.txt"\ncolumns = {title = 3}\n', encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        load_program_file(program_file)
    assert caught.value.source.line == 3
    assert "columns" in caught.value.reason
