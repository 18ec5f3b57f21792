"""Identities that last: calendar UIDs and schedule guids survive a new title or feed name.

Subscribers' calendars know events by UID and apps know them by guid; if a rebuild changes
them, every event shows up twice. The UID domain is the acronym, else the title's slug,
and once a build has recorded it (program.json's `uid_domain`) `--previous` carries it on.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from program.cli.main import main

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, files_under

PAGE_OPTIONS = ("--date", "2022-12-03", "--timezone", "America/Chicago", "--no-pdf")
_UID = re.compile(rb"^UID:(.*(?:\r\n .*)*)\r$", re.MULTILINE)
_GUID = re.compile(rb'guid="([0-9a-f-]{36})"')


def _build(capsys: pytest.CaptureFixture[str], *args: str | Path) -> None:
    status = main(["build", *map(str, args)])
    assert status == 0, capsys.readouterr().err


def _identities(out: Path) -> dict[str, list[bytes]]:
    """Every UID of every calendar (unfolded) and every guid of schedule.xml, by file."""
    found = {
        name: [uid.replace(b"\r\n ", b"") for uid in _UID.findall(data)]
        for name, data in files_under(out).items()
        if name.endswith(".ics")
    }
    found["schedule.xml"] = _GUID.findall((out / "schedule.xml").read_bytes())
    return found


@pytest.fixture
def page(tmp_path: Path) -> Path:
    """The sample page alone: a program without a program file, so without an acronym."""
    return Path(shutil.copy(SAMPLE_PAGE, tmp_path / "workshop.txt"))


def test_a_new_title_with_previous_keeps_every_uid_and_guid(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(capsys, page, *PAGE_OPTIONS, "--out", tmp_path / "first")
    _build(
        capsys, page, *PAGE_OPTIONS, "--title", "ML for Systems, renamed", "--out", tmp_path / "second",
        "--previous", tmp_path / "first" / "program.json",
    )  # fmt: skip

    first, second = _identities(tmp_path / "first"), _identities(tmp_path / "second")
    assert second == first
    assert b"person-jeff-dean@workshop" in first["people/jeff-dean.ics"]
    assert sum(map(len, first.values())) > 300


def test_a_renamed_feed_with_previous_keeps_every_uid_and_guid(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(capsys, page, *PAGE_OPTIONS, "--out", tmp_path / "first")
    renamed = page.rename(tmp_path / "workshop-v2.txt")
    _build(
        capsys, renamed, *PAGE_OPTIONS, "--out", tmp_path / "second", "--previous", tmp_path / "first" / "program.json"
    )

    assert _identities(tmp_path / "second") == _identities(tmp_path / "first")


def test_the_domain_is_carried_through_a_chain_of_builds(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _build(capsys, page, *PAGE_OPTIONS, "--out", tmp_path / "first")
    previous = tmp_path / "first"
    for number, title in enumerate(("Second title", "Third title"), start=2):
        out = tmp_path / f"build{number}"
        _build(capsys, page, *PAGE_OPTIONS, "--title", title, "--out", out, "--previous", previous / "program.json")
        previous = out

    assert _identities(previous) == _identities(tmp_path / "first")
    assert json.loads((previous / "program.json").read_text())["uid_domain"] == "workshop"


def test_without_previous_a_new_title_keeps_the_uids_of_a_program_with_an_acronym(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    settings = Path(shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name))
    _build(capsys, settings, "--no-pdf", "--out", tmp_path / "first")
    _build(capsys, settings, "--no-pdf", "--title", "MLSys 2022, renamed", "--out", tmp_path / "second")

    first = _identities(tmp_path / "first")
    assert _identities(tmp_path / "second") == first
    assert all(uid.endswith(b"@mlsys2022") for uids in first.values() for uid in uids if b"@" in uid)


def test_a_build_from_before_domains_were_recorded_keeps_its_title_uids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    settings = Path(shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path / SAMPLE_PROGRAM_FILE.name))
    _build(capsys, settings, "--no-pdf", "--out", tmp_path / "first")
    earlier = json.loads((tmp_path / "first" / "program.json").read_text())
    del earlier["uid_domain"]  # what every program.json written before looks like
    (tmp_path / "earlier.json").write_text(json.dumps(earlier))

    _build(capsys, settings, "--no-pdf", "--out", tmp_path / "second", "--previous", tmp_path / "earlier.json")

    uids = _identities(tmp_path / "second")["program.ics"]
    assert uids[0] == b"calendar@ml-for-systems-workshop-at-neurips-2022"
    assert all(uid.endswith(b"@ml-for-systems-workshop-at-neurips-2022") for uid in uids)
