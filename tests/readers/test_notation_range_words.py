"""Time ranges joined by a word in the organisers' languages (trial 32: AAHD 2026's `"horario": "9:00 a 11:00"`).

Spanish and Portuguese "a" is also an article and the "a" of "a.m.": it joins a range only alone between two
clock times, so nothing that read before reads otherwise.
"""

from __future__ import annotations

import pytest

from program.readers.notation.times import ClockError, parse_span
from program.readers.yaml_times import clock_range


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("9:00 a 11:00", 540, 660),  # Spanish (AAHD 2026)
        ("9 a 10:30", 540, 630),
        ("de 9:00 a 11:00", 540, 660),
        ("16h a 18h", 960, 1080),
        ("das 9h às 10h", 540, 600),  # Portuguese
        ("9h as 10h", 540, 600),
        ("9:00 até 11:00", 540, 660),
        ("dalle 9 alle 11", 540, 660),  # Italian
        ("9:00 hasta 11:00", 540, 660),
        ("von 9 bis 11 Uhr", 540, 660),
        ("van 9:00 tot 11:00", 540, 660),  # Dutch
        ("od 9:00 do 11:00", 540, 660),  # Polish
        ("с 9:00 до 11:00", 540, 660),  # Russian
        ("10:00 a.m. - 11:00 a.m.", 600, 660),  # "a" of a.m. is no range word
        ("10 a.m. to 11 a.m.", 600, 660),
    ],
)
def test_range_words(written: str, start: int, end: int) -> None:
    span = parse_span(written)
    assert (span.start.minutes, span.end_minutes) == (start, end)


@pytest.mark.parametrize("written", ["a 9:00", "9:00 a", "Sala a 9", "9:00 as needed"])
def test_an_a_or_as_not_between_two_times_is_no_range(written: str) -> None:
    with pytest.raises(ClockError):
        parse_span(written)


def test_a_site_s_ranges_share_the_words() -> None:
    assert clock_range("9:00 a 11:00") == ("9:00", "11:00")
    assert clock_range("14:00 hasta 16:00") == ("14:00", "16:00")
    assert clock_range("10:00 am - 11:00 am") is not None
    assert parse_span("10 a.m.").end is None
