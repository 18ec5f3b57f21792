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
END = re.compile(r"^(?:end|ende|adjourn|bersurai)\.?$", re.IGNORECASE)
"""A slot's whole text that ends the slot before ("| 5:00 PM | End |", "| 5:00 PM | Adjourn |", SEUH 2022's
"| 17:30 | Ende |", Malay "Bersurai": dismissed): no item of its own."""


def ends_last(slots: list[Slot], day: WrittenDate | None, span: TimeSpan, notes: tuple[str, ...]) -> bool:
    """Whether the last slot, on `day`, has no end: then `span`'s start ends it (`slots` is updated)."""
    last = slots[-1] if slots else None
    if last is None or last.day != day or last.span.end is not None:
        return False
    ends = TimeSpan(last.span.start, span.start, end_after(last.span.start, span.start))
    slots[-1] = attrs.evolve(last, span=ends, notes=last.notes + notes)
    return True
