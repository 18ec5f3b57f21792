"""Numbered parallel forums listed under one timed title that ends with a colon: an item each.

CLMF 2015 (the World Chinese Media Forum) writes a morning of four sub-forums as one line:

    09:00-12:00  主题分论坛：<br>第一分论坛  “中国故事”国际传播<br>第二分论坛  新媒体技术与华文媒体发展<br>…

The title (`主题分论坛：`, the themed sub-forums) only announces them; each line under it, opened by
its ordinal (`第一分论坛`, the first sub-forum), is a session running at that time beside the others.
Read only when every line under the title is so numbered: any other lines stay its details.
"""

from __future__ import annotations

import re

_ANNOUNCING = re.compile(r"[:：]\s*$")
_NUMBERED_FORUM = re.compile(
    r"^第\s*[一二三四五六七八九十\d]+\s*(?:分论坛|分論壇|分会场|分會場|分会|分會|会场|會場|分科会|论坛|論壇)"
)


def numbered_forums(title: str, details: tuple[str, ...]) -> tuple[str, ...] | None:
    """The titles of the numbered forums a colon-ended title lists below it, else None.

    >>> numbered_forums("主题分论坛：", ("第一分论坛 “中国故事”国际传播", "第二分论坛 新媒体技术与华文媒体发展"))
    ('第一分论坛 “中国故事”国际传播', '第二分论坛 新媒体技术与华文媒体发展')
    >>> numbered_forums("高端论坛", ("第一分论坛 a", "第二分论坛 b")) is None, numbered_forums("论坛：", ("a",)) is None
    (True, True)
    """
    if len(details) < 2 or not _ANNOUNCING.search(title):
        return None
    return details if all(_NUMBERED_FORUM.match(line) for line in details) else None
