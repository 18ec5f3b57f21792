"""Lines that end the slot before them instead of opening one of their own.

A time-led line "12.45 End of day 1", or a slot whose whole text is the end ("| 5:00 PM | End |",
"| 5:00 PM | Adjourn |", German "Ende"): its time is the end of the slot above when that one has none. A table's
"End of the Day" row stays an item (Alchemistry 2025's expectation).
"""

from __future__ import annotations

import re

import attrs

from program.readers.lines.slots import Slot
from program.readers.notation.dates import WrittenDate
from program.readers.notation.times import TimeSpan, end_after

END_OF = re.compile(r"^end of (?:the )?(?:day|workshop|conference|meeting|program|programme|school)\b", re.I)
"""A time-led line that ends the slot before ("12.45 End of day 1")."""
END = re.compile(r"^(?:end|ende|adjourn|finish(?:ed)?|bersurai)\.?$", re.IGNORECASE)
"""A slot's whole text that ends the slot before ("| 5:00 PM | End |", "| 5:00 PM | Adjourn |", SEUH 2022's
"| 17:30 | Ende |", CBW INR 2023's "| 17:30 | Finished |", Malay "Bersurai": dismissed): no item of its own."""


def ends_last(slots: list[Slot], day: WrittenDate | None, span: TimeSpan, notes: tuple[str, ...]) -> bool:
    """Whether the last slot on `day` has no end: then `span`'s start ends it (`slots` is updated).

    The last on `day`, not the last read: a row of days as columns reads Tuesday's cell after Monday's.
    """
    at = next((index for index in range(len(slots) - 1, -1, -1) if slots[index].day == day), None)
    if at is None or slots[at].span.end is not None:
        return False
    last = slots[at]
    ends = TimeSpan(last.span.start, span.start, end_after(last.span.start, span.start))
    slots[at] = attrs.evolve(last, span=ends, notes=last.notes + notes)
    return True
