"""People named the Japanese way in a speakers' cell: each name followed by an honorific, "加月宗一郎さん".

Fukuoka Engineers Day 2021 writes `加月宗一郎([@Zuckey_](…))さん & Keitaro Okamura([@KeitarouOkamura](…))さん`
and `[古賀 洋平 (こが ようへい)](…) さん`: the honorific (さん, 様, 氏, 先生) ends each name, a bracket
before it holds a handle or the name's reading in kana, and neither is the person's name.
Read only when every name of the cell ends with an honorific, so no other cell is read so.
"""

from __future__ import annotations

import re

_HONOURED = re.compile(r"^(?P<name>[^()（）]+?)\s*(?:[(（](?P<aside>[^()（）]*)[)）])?\s*(?:さん|様|氏|先生)$")
"""A name, perhaps a bracket (a handle, a reading), then the honorific."""
_SEPARATORS = re.compile(r"\s*(?:&|＆|、|，|,|/|／)\s*")
_ASIDE = re.compile(r"^(?:[^@\s]*@\S+|[\u3040-\u30ff\s・ー]+)$")
"""What a bracket after a name holds: a handle ("@Zuckey_", "Yamada3@keropiyo_") or a reading in kana."""


def honoured_names(cell: str) -> tuple[str, ...] | None:
    """The names of a cell whose every name ends with a Japanese honorific, else None.

    >>> honoured_names("加月宗一郎(@Zuckey_)さん & Keitaro Okamura(@KeitarouOkamura)さん")
    ('加月宗一郎', 'Keitaro Okamura')
    >>> honoured_names("古賀 洋平 (こが ようへい) さん"), honoured_names("Ada Lovelace")
    (('古賀 洋平',), None)
    """
    names: list[str] = []
    for part in _SEPARATORS.split(cell.strip()):
        found = _HONOURED.match(part)
        if found is None or (found["aside"] is not None and not _ASIDE.match(found["aside"].strip())):
            return None
        names.append(found["name"].strip())
    return tuple(names) or None
