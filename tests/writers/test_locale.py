"""Outputs in the program's language: a German build leaves no English label, and dates and times are German.

The scan looks for every label of the English catalogue (the msgids, split at their
placeholders) as whole words in what the site, program.html, speakers.html and the
booklet's data show, leaving out the program's own text (titles, names, abstracts, rooms),
which stays as the feed wrote it.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from catalogue_messages import used_messages
from program.i18n import READER_LINK_LABELS, Lang
from program.loading import load_program
from program.model import Program
from program.settings import FeedSpec, Settings, load_program_file
from program.writers.base import RenderOptions
from program.writers.booklet import booklet_data
from program.writers.clean_text import plain_text, title_text
from program.writers.program_html import ProgramHtmlWriter
from program.writers.site import SiteWriter
from program.writers.speakers_html import SpeakersHtmlWriter

from helpers import FRAB, ROOT, SAMPLE_PROGRAM_FILE

CONGRESS = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"
_PLACEHOLDER = re.compile(r"%\(\w+\)s")
_TAG = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", re.S)
_ATTRIBUTE = re.compile(r'\b(?:aria-label|placeholder|title)="([^"]*)"')
_SPACE = re.compile(r"\s+")
_PIECES = re.compile(r" · |: | — |; |, ")
_TIME = re.compile(r"^\d{1,2}:\d\d\s*")


def _load(locale: str, source: Path) -> Program:
    with contextlib.chdir(ROOT):
        if source.suffix == ".toml":
            settings = attrs.evolve(load_program_file(source.relative_to(ROOT)), locale=locale)
        else:
            settings = Settings(feeds=(FeedSpec(source),), locale=locale)
        return load_program(settings).program


@pytest.fixture(scope="module", params=["sample", "38c3"])
def german(request: pytest.FixtureRequest) -> Program:
    return _load("de", SAMPLE_PROGRAM_FILE if request.param == "sample" else CONGRESS)


def _page_texts(page: str) -> Iterator[str]:
    """The text nodes and labelling attributes of an HTML page, and its script data's own labels."""
    for match in _ATTRIBUTE.finditer(page):
        yield html.unescape(match.group(1))
    data = re.search(r'<script type="application/json" id="_data">(.*?)</script>', page, re.S)
    if data:
        document = json.loads(data.group(1))
        yield from _strings({"labels": document["labels"], "kinds": [label for _value, label in document["kinds"]]})
    for text in _TAG.split(page):
        yield html.unescape(text)


_MACHINE_KEYS = frozenset({"id", "kind", "label", "refs", "style", "paper", "fonts", "lang", "posters"})
"""Booklet data the template reads but does not print as words: ids, kind values, anchors, font names."""


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, member in value.items():
            if key not in _MACHINE_KEYS:
                yield from _strings(member)
    elif isinstance(value, list | tuple):
        for member in value:
            yield from _strings(member)


def _program_text(program: Program) -> str:
    """Everything the program itself says, one string: an English word found inside it is the feed's."""
    parts: list[str] = [program.title, program.venue or "", program.description or "", program.timezone]
    for item in program.items:
        parts += [item.title, title_text(item), item.location or "", item.track or "", item.label or "", *item.people]
        parts += [link.label for link in item.links if link.label not in READER_LINK_LABELS]  # ours: translated
        if item.abstract:
            parts += [item.abstract, plain_text(item.abstract, latex=item.scraped)]
    for person in program.people:
        parts += [person.name, person.display, person.sort_key, *person.aliases, person.affiliation or ""]
    for paper in program.papers:
        parts += [paper.heading, paper.abstract or "", paper.category or ""]
    return "\n".join(_SPACE.sub(" ", part) for part in parts)


def english_left(texts: Iterator[str], program: Program, language: str) -> list[str]:
    """The English labels among `texts` that are not the program's own words (and not the language's too)."""
    translated = Lang(language)
    fragments = set()
    for msgid, plural in used_messages().items():
        own = translated.ngettext(msgid, plural, 1) + translated.ngettext(msgid, plural, 2) if plural else ""
        own = own or translated.gettext(msgid)
        for english in (msgid, plural or ""):
            for part in _PLACEHOLDER.split(english):
                fragment = part.strip(" .,:;()")
                if re.search(r"[A-Za-z]{2}", fragment) and not re.search(rf"\b{re.escape(fragment)}\b", own):
                    fragments.add(fragment)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(fragments, key=len, reverse=True))) + r")\b")
    feed = _program_text(program)
    found = []
    for text in texts:
        # A label and the feed's words share a line ("08:30 Eröffnung · Opening Remarks"): each piece is judged alone.
        for part in _PIECES.split(_SPACE.sub(" ", text)):
            piece = _TIME.sub("", part.strip()).rstrip(" …—")  # a box cuts its last line short
            if piece and (hit := pattern.search(piece)) and piece not in feed and not _feeds_own(hit, feed):
                found.append(f"{hit.group()!r} in {piece[:120]!r}")
    return found


def _feeds_own(hit: re.Match[str], feed: str) -> bool:
    """Whether the word found is inside the feed's words, as with the word before or after it the feed writes it.

    "Kalender von skorpy (none) (.ics)": "none" is in the name "skorpy (none)", not the label "none".
    """
    word, piece = hit.group(), hit.string
    before = " ".join(piece[: hit.start()].split(" ")[-2:])  # "skorpy (" before "none"
    after = " ".join(piece[hit.end() :].split(" ")[:2])
    return any(len(window) > len(word) and window in feed for window in (before + word, word + after))


def test_german_site_shows_no_english_label(german: Program) -> None:
    page = SiteWriter().write(german, RenderOptions())

    assert english_left(_page_texts(page), german, "de") == []


@pytest.mark.parametrize("writer", [ProgramHtmlWriter(), SpeakersHtmlWriter()], ids=["program.html", "speakers.html"])
def test_german_pages_show_no_english_label(german: Program, writer: ProgramHtmlWriter | SpeakersHtmlWriter) -> None:
    page = writer.write(german, RenderOptions())

    assert english_left(_page_texts(page), german, "de") == []


def test_german_booklet_data_holds_no_english_label(german: Program) -> None:
    data = booklet_data(german, RenderOptions())

    assert english_left(_strings(data), german, "de") == []


def test_german_dates_are_written_out_and_times_on_a_24_hour_clock() -> None:
    program = _load("de", SAMPLE_PROGRAM_FILE)
    page = SiteWriter().write(program, RenderOptions())

    assert re.findall(r'<h2 id="day-2022-12-03h">([^<]*)</h2>', page) == ["Samstag, 3. Dezember 2022"]
    assert '<span class="t">13:55–14:40</span>' in page
    assert '<html lang="de"' in page


def test_congress_days_are_german_weekdays() -> None:
    page = ProgramHtmlWriter().write(_load("de", CONGRESS), RenderOptions())

    assert re.findall(r"<h2>([A-Z][a-z]+tag, \d+\. Dezember 2024)</h2>", page) == [
        "Freitag, 27. Dezember 2024",
        "Samstag, 28. Dezember 2024",
        "Sonntag, 29. Dezember 2024",
        "Montag, 30. Dezember 2024",
    ]


@pytest.mark.parametrize(
    ("locale", "weekday"), [("fr", "samedi 3 décembre 2022"), ("es", "sábado, 3 de diciembre de 2022")]
)
def test_french_and_spanish_days_are_their_weekdays(locale: str, weekday: str) -> None:
    page = ProgramHtmlWriter().write(_load(locale, SAMPLE_PROGRAM_FILE), RenderOptions())

    assert re.findall(r'<p class="dates">([^<]*)</p>', page) == [weekday]


def test_clock_option_overrides_the_locales() -> None:
    program = _load("de", SAMPLE_PROGRAM_FILE)

    page = ProgramHtmlWriter().write(program, RenderOptions(twelve_hour=True))

    assert "1:55\u202fPM–2:40\u202fPM" in page  # CLDR keeps the time and its PM together
