"""Same input, same bytes: whatever the machine's time zone, locale, hash seed or feed order.

Each build runs in its own process, so the time zone (TZ), locale (LANG, LC_ALL) and
Python's hash seed really differ between the two builds compared.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from helpers import ROOT, SEEDS, files_under

FEEDS = [str(SEEDS / "mlsys2022.toml"), *sorted(str(path) for path in SEEDS.glob("00[0134]_*.txt"))]


def _build(out: Path, feeds: list[str], **environment: str) -> dict[str, bytes]:
    env = {key: value for key, value in os.environ.items() if key not in ("SOURCE_DATE_EPOCH", "TZ", "LC_ALL")}
    command = [sys.executable, "-m", "program", "build", *feeds, "--out", str(out)]
    result = subprocess.run(command, cwd=ROOT, env={**env, **environment}, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return files_under(out)


@pytest.mark.parametrize("pdf", ["--no-pdf", "--pdf"])
def test_time_zone_locale_and_hash_seed_do_not_change_a_byte(tmp_path: Path, pdf: str) -> None:
    plain = _build(tmp_path / "plain", [*FEEDS, pdf], TZ="UTC", LANG="C.UTF-8", LC_ALL="C.UTF-8", PYTHONHASHSEED="1")
    odd = _build(
        tmp_path / "odd",
        [*FEEDS, pdf],
        TZ="Pacific/Chatham",  # +13:45 in December, a zone no program here is in
        LANG="tr_TR.UTF-8",  # Turkish: "i".upper() differs under locale-aware code
        LC_ALL="tr_TR.UTF-8",
        PYTHONHASHSEED="4242",
    )

    assert len(plain) > 100
    assert sorted(plain) == sorted(odd)
    assert [name for name in plain if plain[name] != odd[name]] == []


def test_feeds_in_any_order_build_the_same_bytes(tmp_path: Path) -> None:
    forward = _build(tmp_path / "forward", [*FEEDS, "--no-pdf"])
    backward = _build(tmp_path / "backward", [*reversed(FEEDS), "--no-pdf"])
    twice = _build(tmp_path / "twice", [*FEEDS, FEEDS[2], "--no-pdf"])

    assert [name for name in forward if forward[name] != backward.get(name)] == []
    assert [name for name in forward if forward[name] != twice.get(name)] == []


def test_source_date_epoch_sets_every_calendar_stamp(tmp_path: Path) -> None:
    built = _build(tmp_path / "out", [str(SEEDS / "mlsys2022.toml"), "--no-pdf"], SOURCE_DATE_EPOCH="1234567890")
    stamps = {
        event.DTSTAMP.isoformat()
        for name, data in built.items()
        if name.endswith(".ics")
        for event in icalendar.Calendar.from_ical(data).events
    }

    assert stamps == {"2009-02-13T23:31:30+00:00"}
