"""Unicode collation through ICU, so that accented names file where a reader looks."""

from __future__ import annotations

from functools import lru_cache

import icu

from program.errors import UsageError

DEFAULT_LOCALE = "root"


@lru_cache(maxsize=16)
def _collator(locale: str, strength: int) -> icu.Collator:
    collator = icu.Collator.createInstance(icu.Locale(locale))
    collator.setStrength(strength)
    # "alternate = shifted": spaces and punctuation count only after letters, case and
    # accents, as index editors file (O'Neil after Okafor, "Le Roy" beside "Leroy").
    collator.setAttribute(icu.UCollAttribute.ALTERNATE_HANDLING, icu.UCollAttributeValue.SHIFTED)
    return collator


def check_locale(locale: str) -> str:
    """Return `locale` if ICU has collation rules for it (or its language).

    Raises:
        UsageError: for a locale ICU does not know.
    """
    if locale == DEFAULT_LOCALE:
        return locale
    known = {str(name) for name in icu.Collator.getAvailableLocales()}
    if (
        locale.replace("-", "_") not in known
        and locale.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0] not in known
    ):
        raise UsageError(f"unknown locale {locale!r}: expected an ICU locale such as 'en', 'sv' or 'da'")
    return locale


def collation_key(text: str, locale: str = DEFAULT_LOCALE) -> bytes:
    """Return the full-strength ICU sort key of `text` in `locale`, punctuation and spaces last.

    >>> sorted(["O'Neil", "Okafor", "Onyango", "O Brien"], key=collation_key)
    ['O Brien', 'Okafor', "O'Neil", 'Onyango']
    >>> names = ["Øvergaard", "Zed", "Ängström", "Olsen", "Aaron"]
    >>> sorted(names, key=collation_key)
    ['Aaron', 'Ängström', 'Olsen', 'Øvergaard', 'Zed']
    >>> sorted(names, key=lambda name: collation_key(name, "sv"))
    ['Aaron', 'Olsen', 'Zed', 'Ängström', 'Øvergaard']
    """
    key: bytes = _collator(locale, icu.Collator.QUATERNARY).getSortKey(text)
    return key


def filing_key(filing_form: str, locale: str = DEFAULT_LOCALE) -> tuple[bytes, bytes]:
    """Return the key that orders an index: the family name first, then the rest.

    Comparing the parts one after the other files "Garcia, Ana" before "García-López,
    María", as an index does, whatever the collation does with commas and hyphens.

    >>> sorted(["García-López, María", "Garcia, Ana"], key=filing_key)
    ['Garcia, Ana', 'García-López, María']
    """
    family, _, rest = filing_form.partition(", ")
    return collation_key(family, locale), collation_key(rest, locale)


def primary_key(text: str, locale: str = DEFAULT_LOCALE) -> bytes:
    """Return the ICU sort key that ignores case and, where the locale says so, accents."""
    key: bytes = _collator(locale, icu.Collator.PRIMARY).getSortKey(text)
    return key


@lru_cache(maxsize=16)
def _alphabetic_index(locale: str) -> icu.AlphabeticIndex.ImmutableIndex:
    return icu.AlphabeticIndex(icu.Locale(locale)).buildImmutableIndex()


def index_heading(text: str, locale: str = DEFAULT_LOCALE) -> str:
    """Return the letter an index heads `text` with, by the locale's alphabet.

    >>> index_heading("Ängström"), index_heading("Ängström", "sv"), index_heading("张伟")
    ('A', 'Ä', '张')
    """
    index = _alphabetic_index(locale)
    label: str = index.getBucket(index.getBucketIndex(text))[0]
    # ICU's overflow bucket ("…") holds scripts the locale's alphabet lacks: head them
    # with their own first character rather than with an ellipsis.
    return text[:1] if label == "…" else label
