"""A Word table's cell of a bold title over plain lines naming who speaks: "Opening ceremony" over its speakers.

COMOSA 2025 (a program exported from Word) writes its ceremonies as ``<b>Opening ceremony</b><br>Welcome
remarks – Prof. Laurent El Ghaoui, VinUniveristy<br>Opening speech – Dr. Le Minh Ha, VIASM<br>…``: the bold
line is the title, each plain line a part of it, a dash, then its speaker with their honorific and, after a
comma, where they work (an honorific on every such line: a plain line without one is a venue, as PVIS
2023's "Reception" over "Korea House"). Its keynotes are bold lines (``Session Chair: …``, ``Keynote Speech
1``, the talk's title) over the speaker's plain line: the title is the last bold line, the kind's line its
label, and the chair (its own line) no speaker. A cell of any other shape gives None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse
from program.readers.html_cell_parts import CellParts, marked_lines
from program.readers.kind_labels import label_kind
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_PART_DASH = re.compile(r"\s+[-–—]\s+")
"""Between a part of a ceremony and its speaker: "Opening speech – Dr. Le Minh Ha, VIASM"."""
_NUMBER = re.compile(r"\s+\d{1,2}$")
"""A kind's number after it: "Keynote Speech 1"."""
_REPEATED = re.compile(r"^(?P<word>\w+\.)(?:\s+(?P=word))+(?=\s)")
"""An honorific typed twice: "Assoc. Assoc. Prof. Nguyen Ngoc Doanh" (COMOSA 2025's closing)."""
_CHAIR = re.compile(r"^(?:session\s+)?chairs?\s*:", re.IGNORECASE)


def bold_roles(cell: etree._Element) -> CellParts | None:
    """The title and speakers of a bold title over its speakers' plain lines (see the module), else None."""
    lines = [
        (collapse(" ".join(text for text, _ in runs)), {style for _, style in runs}) for runs in marked_lines(cell)
    ]
    bold = [text for text, styles in lines if styles == {"bold"}]
    plain = [text for text, styles in lines if styles == {"plain"}]
    if not bold or not plain or len(bold) + len(plain) != len(lines) or lines[0][1] != {"bold"}:
        return None
    if any(styles == {"plain"} for _, styles in lines[: len(bold)]):
        return None  # bold lines first, then the plain ones
    if any(_CHAIR.match(text) for text in plain):
        return None  # a session's chair under its name ("Session 1" / "Session Chair: …"): read as before
    people = [_speaker(text) for text in plain]
    if any(person is None for person in people):
        return None
    titles = [text for text in bold if not _CHAIR.match(text)]
    label = next((text for text in titles[:-1] if label_kind(_NUMBER.sub("", text)) is not None), None)
    if not titles or len(titles) > 1 + (label is not None):
        return None
    return CellParts(titles[-1], tuple(dict.fromkeys(person for person in people if person)), label)


def _speaker(line: str) -> str | None:
    """The speaker a plain line names after a part's dash, without honorific or where they work; else None."""
    named = _REPEATED.sub(r"\g<word>", _PART_DASH.split(line)[-1].split(",")[0].strip())
    name = without_honorifics(named).strip()
    if name == named:
        return None  # a speaker has their honorific here; "Reception" over "Korea House" (PVIS 2023) is a venue
    found = names_in(name, words=2)
    return found[0] if found is not None and len(found) == 1 else None
