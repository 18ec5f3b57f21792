"""The labels the code and the templates ask the catalogues for, found as a translator's tool would find them."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract
from jinja2.ext import babel_extract

from program.i18n import READER_LINK_LABELS
from program.model import Kind

ROOT = Path(__file__).resolve().parents[1]
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "_": None}
PLURAL_KINDS = {Kind.OPENING: "Opening", Kind.CLOSING: "Closing", Kind.OTHER: "Other items"}
"""As speaker_index._plural names each kind's group: irregular ones, else the kind and "s"."""
COMPUTED = ("My schedule", "author list cut short: et al.", *READER_LINK_LABELS)
"""Labels the code passes to gettext through a name, not as a literal."""


def used_messages() -> dict[str, str | None]:
    """Every msgid in use, with its plural msgid (None for a message without plural)."""
    found: dict[str, str | None] = {}
    for path in sorted((ROOT / "src" / "program").rglob("*.py")):
        with path.open("rb") as handle:
            for _line, message, _comments, _context in extract("python", handle, KEYWORDS):
                _add(found, message)
    for path in sorted((ROOT / "templates").glob("*.j2")):
        with path.open("rb") as handle:
            for _line, _function, found_in_template, _comments in babel_extract(handle, list(KEYWORDS), [], {}):
                _add(found, found_in_template)
    for kind in Kind:
        found.setdefault(kind.display, None)
        found.setdefault(PLURAL_KINDS.get(kind, f"{kind.display}s"), None)
    for message in COMPUTED:
        found.setdefault(message, None)
    return found


def _add(found: dict[str, str | None], message: object) -> None:
    if isinstance(message, tuple):  # (singular, plural), or (message, None) for a call with keywords
        singular, plural = message[0], message[1]
        if isinstance(singular, str):
            found[singular] = plural if isinstance(plural, str) else found.get(singular)
    elif isinstance(message, str):
        found.setdefault(message, None)
