"""Lines of a page's text joined as the page shows them when a break falls between Chinese or Japanese characters.

A table's header breaks a long room name to fit its column: `<th>チーム医療<br>演習室</th>`,
`<th>IPE棟<br>4階ラウンジ</th>` (JSP 2026). Chinese and Japanese are written without spaces
between words, so a break between two of their characters is no space ("チーム医療演習室", as
the page's own list of its rooms writes it); beside a Latin letter or a digit it is one ("IPE棟
4階ラウンジ"). Headers without such a character are left as they are read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from itertools import pairwise

import attrs

from program.readers.tabular.cells import Cell


def joined_lines(lines: Sequence[str]) -> str:
    """The lines as one, without a space between two wide characters, with one elsewhere.

    >>> joined_lines(["チーム医療", "演習室"]), joined_lines(["IPE棟", "4階ラウンジ"])
    ('チーム医療演習室', 'IPE棟 4階ラウンジ')
    >>> joined_lines(["Room A", "Floor 2"])
    'Room A Floor 2'
    """
    parts = [line for line in lines if line]
    name = parts[0] if parts else ""
    for part in parts[1:]:
        name += ("" if _wide(name[-1]) and _wide(part[0]) else " ") + part
    return name


def one_line_header(cell: Cell) -> Cell:
    """A header cell of lines broken beside a Chinese or Japanese character as one line; any other cell as it is."""
    parts = [line for line in cell.lines if line]
    broken = any(_wide(above[-1]) or _wide(below[0]) for above, below in pairwise(parts))
    return attrs.evolve(cell, value=joined_lines(parts)) if broken else cell


def _wide(character: str) -> bool:
    """Whether a character is written without spaces around it (East Asian wide: Han, kana), Hangul aside."""
    return unicodedata.east_asian_width(character) in ("W", "F") and not "\uac00" <= character <= "\ud7a3"
