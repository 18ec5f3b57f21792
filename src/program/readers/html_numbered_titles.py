"""A table cell listing several events at one time, each led by a circled number (CQJT 2018).

The Chongqing transport meeting's 10:55~11:10 row holds three signings in one cell,
`①、巫山县与北新路桥签订合作框架协议<br>②、市交委与…<br>③、市交委与六家银行签订框架协议`: each is an
item of its own at the row's time, its title without the number and the `、` after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Item
from program.model.ids import item_id
from program.readers.kind_labels import kind_from_title

_CIRCLED = re.compile(r"[①-⑳]\s*[、,.，．:：]?\s*")
"""A circled number (1 to 20) and the mark after it."""


def numbered_items(items: Sequence[Item]) -> list[Item]:
    """`items` with each title that lists circled-number parts (two or more, the first at its start) split."""
    found: list[Item] = []
    for item in items:
        marks = list(_CIRCLED.finditer(item.title))
        if len(marks) < 2 or marks[0].start() != 0:
            found.append(item)
            continue
        ends = [mark.start() for mark in marks[1:]] + [len(item.title)]
        for mark, end in zip(marks, ends, strict=True):
            title = item.title[mark.end() : end].strip()
            kind = kind_from_title(title)
            found.append(attrs.evolve(item, id=item_id(kind, title), kind=kind, title=title))
    return found
