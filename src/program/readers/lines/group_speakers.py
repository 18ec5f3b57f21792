"""A session's people named by groups the page lists elsewhere with their speakers.

AI in healthcare 2025 (Radboudumc) runs an insight session "(Cardiology, Pathology, Radiology,
Radiotherapy)" beside each workshop, and below the schedule a card lists who speaks for each:
`<strong>Cardiology:</strong> <a>Niels van Royen</a> and` / `<a>Alexander Vanpeteghem</a><br>`.
The bracket names no one: when every word in it heads such a line, the session's people are
the names those lines give; else the bracket is left as it was read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from program.readers.lines.names import speakers_of

_HEADED = re.compile(r"^(?P<group>[^:]{1,40}?)\s*:\s*(?P<names>\S.*)$")
_GOES_ON = re.compile(r"\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)


def group_speakers(groups: Sequence[str], lines: Mapping[int, str]) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """The names the page's "Group: A and B" lines give for every group in `groups`, and those lines' numbers.

    None unless every group is found. `lines`: each line's number → its text with the markup taken out.
    """
    listed: dict[str, tuple[str, ...]] = {}
    used: list[int] = []
    numbers = sorted(lines)
    for at, number in enumerate(numbers):
        found = _HEADED.match(lines[number].strip())
        if found is None or found["group"].casefold() not in {group.casefold() for group in groups}:
            continue
        written, taken = found["names"].strip(), [number]
        for following in numbers[at + 1 :]:  # "A and" over "B": the names go on below
            if not _GOES_ON.search(written):
                break
            written, taken = f"{written} {lines[following].strip()}", [*taken, following]
        names = speakers_of(_GOES_ON.sub("", written))
        if names is not None and found["group"].casefold() not in listed:
            listed[found["group"].casefold()] = names
            used.extend(taken)
    if not groups or any(group.casefold() not in listed for group in groups):
        return None
    return tuple(name for group in groups for name in listed[group.casefold()]), tuple(used)
