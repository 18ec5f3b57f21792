"""Texts a static site writes once per language: BSides Aarhus 2026's `title: {en: Breakfast, da: Morgenmad}`.

Its Hugo template shows the text of the page's language. A program has one language: the
program file's `locale` when it names one the text is written in ("da", or "da_DK"), else
English, else the first language written. `check` says which languages were written and which
was read, and why.
"""

from __future__ import annotations

import re

import attrs

_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$", re.IGNORECASE)
"""A language's code as sites key their texts by it: "en", "da", "pt-BR", "zh_CN"."""


def language_map(written: object) -> dict[str, str] | None:
    """A value written once per language (a mapping of language codes to texts), else None."""
    if not isinstance(written, dict) or not written:
        return None
    if not all(
        isinstance(key, str) and _LANGUAGE.match(key) and isinstance(text, str) for key, text in written.items()
    ):
        return None
    return written


def _code(key: str) -> str:
    return key.casefold().replace("_", "-")


@attrs.define
class Languages:
    """Picks each text's language, and remembers what was written and read for `check`'s reading line."""

    wanted: str | None
    """The program's locale, if the program file names one."""
    written: dict[str, None] = attrs.field(factory=dict)
    read: dict[str, None] = attrs.field(factory=dict)
    fields: dict[str, None] = attrs.field(factory=dict)

    def pick(self, field: str, texts: dict[str, str]) -> str:
        """The text of the program's language, else English's, else the first written (an empty one passed over)."""
        codes = {_code(key): key for key, text in texts.items() if text.strip()}
        wanted = _code(self.wanted) if self.wanted else None
        chosen = next(
            (codes[code] for code in (wanted, wanted.split("-")[0] if wanted else None, "en") if code in codes),
            next(iter(codes.values()), next(iter(texts))),
        )
        self.written.update(dict.fromkeys(texts))
        self.read[chosen] = None
        self.fields[field] = None
        return texts[chosen]

    def note(self) -> str | None:
        """The reading line: the languages written, the one read and why; None when no text had several."""
        if not self.read:
            return None
        read = ", ".join(self.read)
        if self.wanted and all(_code(self.wanted).startswith(_code(code)) for code in self.read):
            why = "the program's locale"
        elif set(self.read) == {"en"}:
            why = (
                "English: the program file's locale names none of them"
                if self.wanted
                else "English: the program file sets no locale"
            )
        else:
            why = "the first written: neither the program's locale nor English is"
        fields = ", ".join(self.fields)
        return f"{fields} written in several languages ({', '.join(self.written)}): read in {read} ({why})"
