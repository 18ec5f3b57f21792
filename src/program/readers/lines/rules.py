"""A Markdown page's rules (`---`, `***`) between its blocks of slots: where a slot's lines end.

AMTE 2021 sets each block apart with a rule: `* 3:00pm - 3:30pm, Coffee Break` / `---` / `Moderator: Irina
Demeshko` / `* 3:00pm - 4:45pm, [Panel discussion](panel)`. A rule is no line of the slot above (it was read
as the break's title, and the moderator as the break's person); the lines after it belong to what follows.
A panel's moderator or panelists written between a rule and the one slot of the block below are that slot's
people; any other line there is left as it was (a session's "Chair: …" over several papers is no one paper's).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from program.readers.base import Line
from program.readers.lines.names import speakers_of

_THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
"""A Markdown rule: indented more, it is code (HAOC 2021's `    ------` inside an HTML block, under a session)."""
_PANEL_ROLE = re.compile(r"^(?:moderators?|moderated\s+by|panell?ists?|hosts?)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)


def rule_lines(lines: Sequence[Line]) -> set[int]:
    """The numbers of the page's lines (as written) that are a rule (`---`, `* * *`, `___`) after a blank line.

    Right under a line of text, `---` underlines a heading (`## Program` / `---`, HAOC 2021): no rule between slots.

    >>> sorted(rule_lines([Line(2, ""), Line(3, "---"), Line(4, "Coffee"), Line(5, "* * *"), Line(7, "--")]))
    [3]
    """
    blank_before = {line.number + 1 for line in lines if not line.text.strip()}
    return {line.number for line in lines if line.number in blank_before and _THEMATIC_BREAK.match(line.text)}


def heads_below_rules(
    slot_lines: Sequence[int], other: Sequence[Line], rules: set[int]
) -> tuple[dict[int, tuple[str, ...]], set[int]]:
    """The people a moderator's line right after a rule gives the one slot below it, by slot index; the lines read.

    The block runs from the rule to the next rule (or the page's end); it holds exactly one slot.
    """
    people: dict[int, tuple[str, ...]] = {}
    read: set[int] = set()
    ordered = sorted(rules)
    for line in other:
        role = _PANEL_ROLE.match(line.text.strip())
        above = bisect.bisect_right(ordered, line.number) - 1
        if role is None or above < 0 or (names := speakers_of(role["names"])) is None:
            continue
        end = ordered[above + 1] if above + 1 < len(ordered) else None
        block = [
            index for index, number in enumerate(slot_lines) if line.number < number and (end is None or number < end)
        ]
        between = [number for number in slot_lines if ordered[above] < number < line.number]
        if len(block) != 1 or between:
            continue
        people[block[0]] = (*people.get(block[0], ()), *names)
        read.add(line.number)
    return people, read
