"""A session's title with its chair written after it, on the session's own line.

JPF Workshop 2017 writes `**10:40-12:00** Session II; chair: Darko Marinov` (once `Session III: chair:
…`); others `Session 2 (Chair: Ada Lovelace)`, `Session 2 - chaired by Ada Lovelace` or, after a full stop,
`Sécurité. _Chair : Gaël Thomas (INRIA Saclay)_` (COMPAS 2024). The title is
the words before; the chair is the session's person, in the chair's role.
"""

from __future__ import annotations

import re

from program.readers.lines.names import speakers_of

_CHAIR_AFTER = re.compile(
    r"^(?P<title>\S.*?)\s*(?:[;,:|]|(?<=\w)\.|\s[-–—])\s*(?:session\s+)?(?:chair(?:s|person)?\s*:|chaired\s+by)\s*"
    r"(?P<names>\S.*)$",
    re.IGNORECASE,
)
_CHAIR_BRACKETED = re.compile(
    r"^(?P<title>\S.*?)\s*\(\s*(?:session\s+)?(?:chair(?:s|person)?\s*:|chaired\s+by)\s*(?P<names>[^()]+)\)$",
    re.IGNORECASE,
)


def session_and_chair(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The session's title and its chairs, or None when the text names no chair after a title.

    >>> session_and_chair("Session II; chair: Darko Marinov")
    ('Session II', ('Darko Marinov',))
    >>> session_and_chair("Session 2 (Chair: Ada Lovelace)")
    ('Session 2', ('Ada Lovelace',))
    >>> session_and_chair("Sécurité. Chair : Gaël Thomas (INRIA Saclay)")  # COMPAS 2024's session bullets
    ('Sécurité', ('Gaël Thomas',))
    >>> session_and_chair("Chair: Ada Lovelace") is None
    True
    """
    for pattern in (_CHAIR_BRACKETED, _CHAIR_AFTER):
        found = pattern.match(text.strip())
        if found is not None and (names := speakers_of(found["names"].strip(" ."))) is not None:
            return found["title"], names
    return None
