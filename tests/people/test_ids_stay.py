"""An id once given to a person stays theirs: adding someone never hands over their people/<id>.ics (issue 32)."""

from __future__ import annotations

from pathlib import Path

import pytest

from program.cli.main import main
from program.publish_checks import STATE

from helpers import entry


def _build(tmp_path: Path, people: str, *options: str) -> int:
    feed = tmp_path / "feed.txt"
    feed.write_text(entry("Sat 9:00 a.m. - 10:00 a.m.", "A Talk", "(Talk)", people=people), encoding="utf-8")
    arguments = ["build", "--no-pdf", str(feed), "--date", "2022-12-03", "--timezone", "Europe/Oslo"]
    return main([*arguments, "--out", str(tmp_path / "out"), *options])


def _calendar_of(tmp_path: Path, name: str) -> list[str]:
    """The people/ calendars that are `name`'s (their calendar's name says whose)."""
    people = tmp_path / "out" / "people"
    return sorted(
        path.name for path in people.iterdir() if f"X-WR-CALNAME:feed: {name}\r\n" in path.read_bytes().decode()
    )


@pytest.mark.parametrize("previous", [False, True])
def test_a_newcomer_whose_id_collides_gets_a_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], previous: bool
) -> None:
    assert _build(tmp_path, "Søren Berg · Ada Lee") == 0
    assert _calendar_of(tmp_path, "Søren Berg") == ["sren-berg.ics"]
    earlier = tmp_path / "earlier.json"
    earlier.write_bytes((tmp_path / "out" / "program.json").read_bytes())
    if previous:  # out/ holds no build then: only --previous says who had which id
        (tmp_path / "out" / STATE).rename(tmp_path / "elsewhere")
        for link in (tmp_path / "out").iterdir():
            link.unlink()

    assert (
        _build(tmp_path, "Søren Berg · Sren Berg · Ada Lee", *(["--previous", str(earlier)] if previous else [])) == 0
    )

    capsys.readouterr()
    assert _calendar_of(tmp_path, "Søren Berg") == ["sren-berg.ics"]
    assert _calendar_of(tmp_path, "Sren Berg") == ["sren-berg-960fed.ics"]
    assert _calendar_of(tmp_path, "Ada Lee") == ["ada-lee.ics"]


def test_a_fresh_build_gives_the_bare_id_to_the_name_it_spells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build(tmp_path, "Søren Berg · Sren Berg") == 0

    capsys.readouterr()
    assert _calendar_of(tmp_path, "Sren Berg") == ["sren-berg.ics"]
    assert _calendar_of(tmp_path, "Søren Berg") == ["sren-berg-ade649.ics"]


def test_a_planted_program_json_gives_no_id_that_leaves_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build(tmp_path, "Ada Lee") == 0
    published = (tmp_path / "out" / "program.json").resolve()
    text = published.read_text(encoding="utf-8").replace('"id": "ada-lee"', '"id": "../../../escaped"')
    published.write_text(text, encoding="utf-8")

    assert _build(tmp_path, "Ada Lee") == 0

    capsys.readouterr()
    assert _calendar_of(tmp_path, "Ada Lee") == ["ada-lee.ics"]
    assert not list(tmp_path.rglob("escaped*"))
