"""The changes in the program's language: changes.xml and the site's "What changed" of a German build.

The sample and its edit (helpers.SAMPLE_EDITS: one talk moved, one cancelled, one renamed,
one speaker replaced), both built with `--locale de`, the second with `--previous`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from babel.messages.extract import extract
from lxml import etree, html

from catalogue_messages import KEYWORDS, ROOT

from helpers import published_edit

ATOM = "{http://www.w3.org/2005/Atom}"
XHTML = "{http://www.w3.org/1999/xhtml}"
CHANGE_MODULES = ("changelog.py", "change_history.py", "changes_feed.py", "site_changes.py")
SHARED = {"Version"}
"""The words of the English change texts that the German ones have too."""
HEADINGS = ["Entfallen (1)", "Verschoben (1)", "Umbenannt (1)", "Personen geändert (1)"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German build of the edited sample, with --previous the German build of the sample."""
    return published_edit(tmp_path_factory.mktemp("geändert"), "--locale", "de")


def _english_fragments() -> set[str]:
    """The English words of the change texts: their msgids' text between placeholders.

    "Moved: was %(before)s, now %(after)s" gives "Moved: was" and "now" (too short to tell
    apart from a title's words: left out, as is "Version", which is German too).
    """
    parts = (part.strip(" ,:()“”→") for message in _messages() for part in re.split(r"%\(\w+\)s", message))
    return {part for part in parts if len(part) >= 5 and part not in SHARED}


def _messages() -> Iterator[str]:
    """Each message of the modules that word the changes (both forms of a plural)."""
    for name in CHANGE_MODULES:
        with (ROOT / "src" / "program" / "writers" / name).open("rb") as handle:
            for _line, message, _comments, _context in extract("python", handle, KEYWORDS):
                yield from (form for form in message if form) if isinstance(message, tuple) else (message,)


def _english_in(texts: list[str]) -> list[str]:
    return [
        f"{fragment!r} in {text!r}"
        for fragment in _english_fragments()
        for text in texts
        if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text)
    ]


def test_the_fragments_are_the_english_labels() -> None:
    assert {"Moved", "Removed", "Cancelled (was", "items changed", "Version 1: first published"} <= _english_fragments()


def test_changes_xml_is_in_german(out: Path) -> None:
    feed = feedparser.parse((out / "changes.xml").read_bytes())
    entry = etree.parse(out / "changes.xml").getroot().find(f"{ATOM}entry")
    assert entry is not None
    headings = [heading.text or "" for heading in entry.iter(f"{XHTML}h3")]
    lines = ["".join(line.itertext()) for line in entry.iter(f"{XHTML}li")]

    assert feed.bozo is False
    assert feed.feed.title == "ML for Systems Workshop at NeurIPS 2022: Änderungen"
    assert [entry.title for entry in feed.entries] == [
        "Version 2: 4 Beiträge geändert",
        "Version 1: erstmals veröffentlicht, 33 Beiträge",
    ]
    assert headings == HEADINGS
    assert lines[0] == "Dawn Song - Invited Talk (Eingeladener Vortrag), Sa., 3. Dez., 09:30–10:15"
    assert lines[1].endswith("(Spotlight): Sa., 3. Dez., 11:45–11:55 → Sa., 3. Dez., 12:00–12:10")
    assert lines[3].endswith("(Spotlight): mit Alex Shpiner; ohne Benjamin Fuhrer")
    root = etree.parse(out / "changes.xml").getroot()
    shown = root.iter(f"{ATOM}title", f"{XHTML}h3", f"{XHTML}li", f"{XHTML}p")
    texts = ["".join(element.itertext()) for element in shown]
    assert _english_in(texts) == []


def test_what_changed_and_the_marks_are_in_german(out: Path) -> None:
    page = html.parse(out / "index.html").getroot()
    section = page.get_element_by_id("_changes")
    data = json.loads(page.get_element_by_id("_data").text or "")
    notes = {row[0] or row[1]: row[4] for row in data["changes"]["versions"][-1][1]}

    assert [heading.text_content() for heading in section.iter("h3")] == HEADINGS
    assert notes == {
        "invited-talk-dawn-song-invited-talk-d28639": "Abgesagt (war Sa., 3. Dez., 09:30–10:15)",
        "spotlight-learning-to-drive-software-defined-storage-792ee1": (
            "Verschoben: war Sa., 3. Dez., 11:45–11:55, jetzt Sa., 3. Dez., 12:00–12:10"
        ),
        "spotlight-predicting-network-buffer-capacity-for-fair-bbr-59c540": (
            "Umbenannt: war „Predicting Network Buffer Capacity for BBR Fairness“"
        ),
        "spotlight-implementing-reinforcement-learning-datacenter-4aa30a": (
            "Vortragende geändert: mit Alex Shpiner; ohne Benjamin Fuhrer"
        ),
    }
    assert _english_in([section.text_content(), *notes.values()]) == []
