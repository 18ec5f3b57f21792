r"""Names written with LaTeX accents, as paper lists exported from LaTeX sources have them.

EMNLP 2017's CMT list writes `S\'ebastien Jean`: the person is Sébastien Jean, and their
speaker page, index entry and calendar must say so. Only the accent commands on a letter
(`\'e`, `\"{o}`, `{\c c}`, `\v s`) and the letters LaTeX spells as commands (`{\ss}`, `\o`, `\l`)
are rendered, each by pylatexenc (the dependency the writers render titles with); any other
backslash (a Markdown escape, `\*`) is left as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pylatexenc.latex2text import LatexNodes2Text


_LETTER = r"(?:\{\s*(?:[^\W\d_]|\\[ij])\s*\}|[^\W\d_]|\\[ij](?![A-Za-z]))"
_ACCENTED = re.compile(
    rf"""\{{?\\(?:[`'^"~=.]\s*|[uvHcdbrk](?:\s+|(?=\{{))){_LETTER}\}}?"""
    r"|\{\\(?:ss|ae|AE|oe|OE|aa|AA|o|O|l|L)\}|\\(?:ss|ae|AE|oe|OE|aa|AA|o|O|l|L)(?:\s|(?![A-Za-z]))"
)
"""An accent command on a letter, braces around either optional, or a letter spelled as a command (the space
that ends an unbraced one is its: `J\\o rgen` is Jørgen)."""


@lru_cache(maxsize=1)
def _renderer() -> LatexNodes2Text:
    """The renderer of pylatexenc, built once: building its macro table costs more than a name's rendering.

    Imported here, on the first name with a backslash: most feeds have none, and every start-up would pay it.
    """
    from pylatexenc.latex2text import LatexNodes2Text  # noqa: PLC0415

    return LatexNodes2Text()


def unicode_name(name: str) -> str:
    r"""The name with its LaTeX accents rendered as the letters they make.

    >>> unicode_name(r"S\'ebastien Jean"), unicode_name(r"Erd{\H o}s"), unicode_name(r"Fran\c{c}ois")
    ('Sébastien Jean', 'Erdős', 'François')
    >>> unicode_name(r"J\o rgen Strau{\ss}"), unicode_name(r"Ada \*Lovelace"), unicode_name("Łukasz")
    ('Jørgen Strauß', 'Ada \\*Lovelace', 'Łukasz')
    >>> unicode_name(r"Pat O\'Brien")  # a Markdown escape of the apostrophe: no letter is a B with an acute
    "Pat O\\'Brien"
    """
    if "\\" not in name:
        return name
    return _ACCENTED.sub(_letter, name)


def _letter(accent: re.Match[str]) -> str:
    return _letter_of(accent[0])


@lru_cache(maxsize=1 << 12)  # a sheet written in LaTeX repeats a few dozen commands thousands of times
def _letter_of(command: str) -> str:
    r"""The letter an accent command makes; the command as written when it makes none (`O\'Brien`: no B acute)."""
    rendered = unicodedata.normalize("NFC", _renderer().latex_to_text(command))
    return rendered if len(rendered) == 1 else command


def spelled_accents(texts: Iterable[str]) -> int:
    r"""How many LaTeX accent commands the texts spell letters with, or 0 when one of them spells none.

    A sheet exported from LaTeX sources writes every accented letter so (Astronomía en los Andes 2015:
    `ASTRONOM\'IA`, `a\~nos`); a backslash that escapes an apostrophe (`Don\'t`, `O\'Brien`) makes no letter,
    and a text that has one is not written in LaTeX: none of its commands is read as an accent.

    >>> spelled_accents([r"ASTRONOM\'IA", r"a\~nos, Garz\'on"]), spelled_accents([r"It\'s", r"Don\'t"])
    (3, 0)
    """
    spelled = 0
    for text in texts:
        for accent in _ACCENTED.finditer(text):
            if _letter(accent) == accent[0]:
                return 0
            spelled += 1
    return spelled
