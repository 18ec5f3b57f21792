"""Every reader answers hostile values with a Program or one of our errors, never a traceback.

The cases are bench/hostile_cases.py's (huge integers, far years, lone surrogates as each
syntax escapes them, deep nesting, cut lines) on a small sample of each reader's format.
CI runs a few a reader; bench/fuzz_readers.py runs 50,000 a reader. Set
PROGRAM_FUZZ_EXAMPLES for more here.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from program.readers import READERS
from program.readers.lines.markup import clean

BENCH = Path(__file__).resolve().parent.parent.parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))
hostile_cases = importlib.import_module("hostile_cases")

EXAMPLES = int(os.environ.get("PROGRAM_FUZZ_EXAMPLES", "25"))


def test_every_reader_has_hostile_cases() -> None:
    assert sorted(hostile_cases.SAMPLES) == sorted(READERS)


@pytest.mark.parametrize("name", sorted(READERS))
def test_hostile_values_give_a_program_or_our_error(name: str) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(rng=st.randoms(use_true_random=False))
    def check(rng: random.Random) -> None:
        with contextlib.suppress(*hostile_cases.OUR_ERRORS):
            hostile_cases.read_case(name, rng)

    check()


@pytest.mark.parametrize("name", ["csv", "cmt", "yaml-site", "ics", "workbook"])
def test_the_readers_that_gave_tracebacks_read_300_cases_cleanly(name: str) -> None:
    """Each gave tracebacks in its first 200 cases before.

    A 1e400 or 5,000-digit duration (csv), Paper ID (cmt), '[' x 30,000 (YAML), a TZID given
    twice (icalendar's AttributeError), a broken sheet inside a whole .xlsx (calamine's XmlError).
    """
    for number in range(300):
        with contextlib.suppress(*hostile_cases.OUR_ERRORS):
            hostile_cases.read_case(name, random.Random(f"{name}-{number}"))


HUGE_REFERENCE = "&#" + "9" * 4301 + ";"
"""A numeric character reference of 4,301 digits: html.unescape raised ValueError on it (paper-list case 854)."""


def test_a_character_reference_of_thousands_of_digits_is_a_replacement_character() -> None:
    text = f"- A Title of Ours{HUGE_REFERENCE} - Ada Lovelace\n- The Other Title - Mary Somerville\n"

    program = READERS["paper-list"].read(text, source="feed.md", context=hostile_cases.CONTEXT)

    assert [paper.title for paper in program.papers] == ["A Title of Ours\ufffd", "The Other Title"]
    assert clean(f"**09:00** Opening{HUGE_REFERENCE}").text == "09:00 Opening\ufffd"  # a schedule page's line
