"""An end written in words that leaves it open: "late", "till late", "open end", "tbd", "-".

Kept apart from `times`, which reads clocks and ranges and asks this of a range's end.
"""

from __future__ import annotations

import re

_OPEN_END = re.compile(
    r"^(?:(?:till|until|'?til|bis)\s+)?(?:late|spät|open(?:[\s-]end(?:ed)?)?|offen|ende\s+offen|end|tbd|tba|¿*\?+"
    r"|[-–—]|\.{2,}|…)\.?!?$",
    re.IGNORECASE,
)


def is_open_end(text: str) -> bool:
    """Whether an end written in words leaves the end open ("late", "till late", "open end", "tbd", "-").

    Climate workshop 2023's BBQ is `start: "18:00"`, `end: "late"`: a start, and no end given;
    DevFest Córdoba 2015's closing party `endTime: "¿?"` (Spanish opens a question with "¿").

    >>> [is_open_end(text) for text in ("late", "Till late", "open end", "open-ended", "offen", "-", "¿?", "18:00")]
    [True, True, True, True, True, True, True, False]
    """
    return _OPEN_END.match(" ".join(text.split())) is not None
