"""Text normalisation shared by everything that matches titles and names."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+")
_SPACE = re.compile(r"\s+")


def collapse_space(text: str) -> str:
    """Return `text` with runs of white space folded to one space and trimmed."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1 << 20)  # names and titles are matched again and again by every step
def match_key(text: str) -> str:
    """Return a key under which two spellings of one title or name compare equal.

    Case, accents, punctuation and spacing are ignored: "HEAT: Hardware-Efficient" and
    "heat hardware efficient" give the same key.

    >>> match_key("Clément  METZ")
    'clement metz'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return collapse_space(_NON_WORD.sub(" ", without_marks).replace("_", " "))


def slugify(text: str, max_length: int = 48) -> str:
    """Return a lower-case ASCII slug of `text`, cut at a word boundary.

    >>> slugify("HEAT: Hardware-Efficient Automatic Tensor Decomposition", 24)
    'heat-hardware-efficient'
    """
    ascii_words = match_key(text).encode("ascii", "ignore").decode().split()
    slug = ""
    for word in ascii_words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if slug:
        return slug
    # A name in a script without ASCII letters still needs a stable, URL-safe id.
    return ascii_words[0][:max_length] if ascii_words else short_hash(match_key(text))


def short_hash(text: str, length: int = 6) -> str:
    """Return the first `length` hex digits of the SHA-256 of `text`."""
    return hashlib.sha256(text.encode()).hexdigest()[:length]


def did_you_mean(name: str, known: Iterable[str], *, count: int = 1) -> str:
    """Return "; did you mean 'x'?" naming the known words nearest `name`, or "" when none is near.

    >>> did_you_mean("spotlght", ["poster", "spotlight"])
    "; did you mean 'spotlight'?"
    """
    near = difflib.get_close_matches(name, list(known), n=count, cutoff=0.6)
    return f"; did you mean {' or '.join(repr(word) for word in near)}?" if near else ""
