"""The language of the human-facing outputs: labels from gettext catalogues, dates and times by Babel.

One locale drives everything: the people are filed by it (ICU collation, `people/`), and
the writers name days, months and labels in its language. The default, "root", is
English in the house style ("Sat 3 Dec", "1:55 p.m."), exactly as before locales were
known; any other locale has its dates and times from Babel (CLDR) and its labels from the
catalogue of its language (`catalogues/<language>.po`), or in English when there is none.
"""

from __future__ import annotations

import functools
import gettext
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import attrs
import babel
from babel.dates import format_date, format_interval, format_skeleton

from program.errors import UsageError
from program.model.clock import clock_text, day_text, ends_days_later, partial_date_text
from program.model.entities import Item, PartialDate
from program.model.kinds import Kind, Role, kind_text

ROOT = "root"
"""The locale nobody chose: English labels and the house style of dates and times."""
READER_LINK_LABELS = frozenset({"Event page"})
"""Link labels the readers write themselves (a frab event's url), not a feed's words."""
CATALOGUES = Path(__file__).resolve().parent / "catalogues"
"""One gettext catalogue (.po) per language, compiled when first used."""


@attrs.frozen
class Lang:
    """A locale and a clock: how every human-facing writer words and dates things.

    Hashable, so the derived data writers share (the speaker index) is keyed by it.

    Attributes:
        locale: the locale as given ("de", "de-AT", "sv"), or "root".
        twelve_hour: times on a 12-hour clock.
    """

    locale: str = ROOT
    twelve_hour: bool = True

    @classmethod
    def of(cls, locale: str, twelve_hour: bool | None) -> Lang:
        """The locale's language, on the clock asked for or else the one the locale uses."""
        return cls(locale, default_twelve_hour(locale) if twelve_hour is None else twelve_hour)

    @property
    def tag(self) -> str:
        """The BCP 47 language tag for `<html lang>` and the browser's Intl ("en" for root)."""
        return "en" if self.locale == ROOT else self.locale.replace("_", "-")

    def gettext(self, message: str) -> str:
        """Return the label `message` in this language (itself when the catalogue lacks it)."""
        return translations(self.locale).gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """Return the label for `count` things, in this language's plural forms."""
        return translations(self.locale).ngettext(singular, plural, count)

    def link_label(self, label: str) -> str:
        """A link's label: the readers' own ("Event page") in this language, a feed's as written."""
        return self.gettext(label) if label in READER_LINK_LABELS else label

    def plural_category(self, count: int) -> str:
        """CLDR's plural category of `count` in this language ("one", "other"…), as Intl.PluralRules says."""
        return _babel_locale("en" if self.locale == ROOT else self.locale).plural_form(count)

    def kind(self, kind: Kind, label: str | None = None) -> str:
        """The kind as every output names it; a feed's own type (a frab "Game show") stays as written."""
        text = kind_text(kind, label)
        return self.gettext(text) if text == kind.display else text

    def role(self, item: Item) -> str | None:
        """What an item's people are, printed before their names ("Chair"), or None for its speakers."""
        if item.role is Role.CHAIR and item.people:
            return self.ngettext("Chair", "Chairs", len(item.people))
        return None

    def time(self, moment: datetime) -> str:
        """Return the wall-clock time: "1:55 p.m." (root), "13:55", "1:55 PM"."""
        return _time(self.locale, self.twelve_hour, moment.hour, moment.minute)

    def span(self, start: datetime, end: datetime | None) -> str:
        """Return "13:55–14:40" (or just the start when there is no end); an end a day or more later has its day.

        Penguicon 2019's Photo Booth ran 48 hours: "4:00 p.m.–Sun 5 May 4:00 p.m.", not "4:00 p.m.–4:00 p.m.".
        """
        if end is None:
            return self.time(start)
        later = f"{self.day(end.date())} " if ends_days_later(start, end) else ""
        return f"{self.time(start)}–{later}{self.time(end)}"

    def day(self, day: date) -> str:
        """Return a short date with its weekday: "Sat 3 Dec", "Sa., 14. Juni"."""
        return day_text(day) if self.locale == ROOT else _skeleton(self.locale, "MMMEd", day)

    def weekday(self, day: date) -> str:
        """Return the weekday, short: "Sat", "Sa."."""
        return day_text(day)[:3] if self.locale == ROOT else _skeleton(self.locale, "E", day)

    def day_heading(self, day: date) -> str:
        """Return a day as a heading names it: "Sat 3 Dec 2022", "Samstag, 14. Juni 2025"."""
        return f"{day_text(day)} {day.year}" if self.locale == ROOT else _full_date(self.locale, day)

    def day_label(self, day: date) -> tuple[str, str]:
        """A day list's link: ("Sat 3", "Dec"), ("Sa., 14.", "Juni"); the month only where there is room."""
        if self.locale == ROOT:
            weekday_and_day, month = day_text(day).rsplit(" ", 1)
            return weekday_and_day, month
        return _skeleton(self.locale, "Ed", day), _skeleton(self.locale, "MMM", day)

    def dates(self, days: Sequence[date]) -> str:
        """Return the program's dates: "Fri 27 Dec – Mon 30 Dec 2024", "Fr., 27. – Mo., 30. Dez. 2024"."""
        if not days:
            return ""
        first, last = days[0], days[-1]
        if self.locale != ROOT:
            return _interval(self.locale, first, last)
        if first == last:
            return f"{day_text(first)} {first.year}"
        return f"{day_text(first)} – {day_text(last)} {last.year}"

    def partial_date(self, published: PartialDate) -> str:
        """Return a date whose year may be unknown: "3 May 2022", "27 Mar", "27. März"."""
        if self.locale == ROOT:
            return partial_date_text(published)
        day = date(published.year or 2000, published.month, published.day)
        return _skeleton(self.locale, "MMMd" if published.year is None else "yMMMd", day)


def check_language(locale: str) -> str:
    """Return `locale` if Babel has its dates and times (CLDR), or its language's.

    Raises:
        UsageError: for a locale CLDR does not know.
    """
    if locale != ROOT:
        try:
            _babel_locale(locale)
        except (babel.UnknownLocaleError, ValueError):
            raise UsageError(f"unknown locale {locale!r}: expected a locale such as 'de', 'fr', 'es' or 'sv'") from None
    return locale


def has_catalogue(locale: str) -> bool:
    """Whether the labels exist in `locale`'s language (root and English always do)."""
    return locale == ROOT or _catalogue_path(locale) is not None


def languages() -> tuple[str, ...]:
    """The languages with a catalogue, as their files name them ("de", "en", "es", "fr")."""
    return tuple(sorted(path.stem for path in CATALOGUES.glob("*.po")))


def default_twelve_hour(locale: str) -> bool:
    """Whether `locale` writes times on a 12-hour clock (CLDR's short time: "h:mm a" in en-US).

    >>> default_twelve_hour("root"), default_twelve_hour("en"), default_twelve_hour("de"), default_twelve_hour("en-GB")
    (True, True, False, False)
    """
    if locale == ROOT:
        return True
    pattern = _babel_locale(locale).time_formats["short"].pattern
    return "h" in pattern or "K" in pattern


@functools.lru_cache(maxsize=16)
def translations(locale: str) -> gettext.NullTranslations:
    """The catalogue of `locale` (its region's, else its language's), or none: labels in English."""
    path = _catalogue_path(locale) if locale != ROOT else None
    if path is None:
        return gettext.NullTranslations()
    # Compiled here, in memory, from the .po shipped in the package: a language is one text
    # file, with no build step (and no .mo kept beside it to go stale). Babel's catalogue modules
    # are imported here: `program check` never needs them (a hundredth of a second of its start-up).
    from babel.messages.mofile import write_mo  # noqa: PLC0415
    from babel.messages.pofile import read_po  # noqa: PLC0415
    from babel.support import Translations  # noqa: PLC0415

    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=path.stem)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled)


def _catalogue_path(locale: str) -> Path | None:
    normal = locale.replace("-", "_")
    for name in (normal, normal.split("_", maxsplit=1)[0]):
        path = CATALOGUES / f"{name}.po"
        if path.is_file():
            return path
    return None


@functools.lru_cache(maxsize=16)
def _babel_locale(locale: str) -> babel.Locale:
    """Babel's locale for an ICU one: "de-AT" and "de_AT" alike; a region Babel lacks falls back to its language."""
    normal = locale.replace("-", "_")
    try:
        return babel.Locale.parse(normal)
    except (babel.UnknownLocaleError, ValueError):
        return babel.Locale.parse(normal.split("_", maxsplit=1)[0])


@functools.lru_cache(maxsize=4096)
def _time(locale: str, twelve_hour: bool, hour: int, minute: int) -> str:
    # A day has 1,440 minutes: each is formatted once, however many items start at it.
    moment = datetime(2000, 1, 1, hour, minute)
    if locale == ROOT:
        return clock_text(moment, twelve_hour=twelve_hour)
    return format_skeleton("hm" if twelve_hour else "Hm", moment, locale=_babel_locale(locale))


@functools.lru_cache(maxsize=4096)
def _skeleton(locale: str, skeleton: str, day: date) -> str:
    return format_skeleton(skeleton, datetime(day.year, day.month, day.day), locale=_babel_locale(locale))


@functools.lru_cache(maxsize=1024)
def _full_date(locale: str, day: date) -> str:
    return format_date(day, "full", locale=_babel_locale(locale))


def _interval(locale: str, first: date, last: date) -> str:
    if first == last:
        return _full_date(locale, first)
    return format_interval(first, last, "yMMMEd", locale=_babel_locale(locale))
