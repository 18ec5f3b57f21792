"""A speakers' label alone on its line, the names on the lines below it: one line, "Speakers: A and B".

AI in healthcare 2025 (Radboudumc) writes a plenary's speakers so, in the HTML of a Markdown page:

    <strong><em>Bringing the large language model into clinical practice</em></strong><br>
    Speakers:<br>
    <a href="…">Marja de Waal</a> and
    <a href="…">Martijn Bauer</a>

Read a line at a time, "Speakers:" names no one, the names are lines of their own (not placed)
and the title above is taken for a second event. Joined, the label's line names them, as its
"Speaker: <a>Colin Jacobs</a>" does on one line; the lines joined into it are left blank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.base import Line
from program.readers.lines.markup import clean
from program.readers.lines.names import speakers_of

_LABEL_ALONE = re.compile(r"^(?:speakers?|presenters?|panell?ists?|moderators?|chairs?)\s*:$", re.IGNORECASE)
_JOINING = re.compile(r"\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def joined_labels(lines: Sequence[Line]) -> list[Line]:
    """The lines, each label alone over lines of names joined with them into the label's line."""
    joined = list(lines)
    at = 0
    while at < len(joined):
        if ":" not in joined[at].text or not _LABEL_ALONE.match(clean(joined[at].text).text):  # no colon: no label
            at += 1
            continue
        below = at + 1
        while below < len(joined) and _names(joined[below].text):
            below += 1
        if below > at + 1:
            texts = [_BREAK.sub(" ", line.text).strip() for line in joined[at:below]]
            joined[at] = Line(joined[at].number, " ".join(texts))
            joined[at + 1 : below] = [Line(line.number, "") for line in joined[at + 1 : below]]
        at = below
    return joined


def _names(text: str) -> bool:
    """Whether a line holds only names ("<a>Marja de Waal</a> and"), the words joining them to the next allowed."""
    written = _JOINING.sub("", clean(text).text)
    return bool(written) and speakers_of(written) is not None
