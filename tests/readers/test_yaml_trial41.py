"""Trial 41's Hugo page (session 17): Horizons della filologia digitale 2024, its programme in the front matter.

themefisher's Eventre theme writes `tab.tablist[]` days (`name: "Giorno 01"`, `date: "16 aprile 2024"`) of
`tablist_items[]` rows (`speaker`, `subject`, `pause`, `time: "09.30 - 09.45"`, a chair's `presi`). Read before as
3 untimed items, the days (`not read: tablist_items`), beside "6 entries titled by their description's first line".
Expectations: `bench/yaml_sources_trial41.py`, the front matter read with PyYAML and the page's shape written out.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
_SPEC = importlib.util.spec_from_file_location("yaml_sources_trial41", ROOT / "bench" / "yaml_sources_trial41.py")
assert _SPEC is not None and _SPEC.loader is not None
sources = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(sources)

DATA = ROOT / "tests" / "data" / "yaml_site"
NAME = "horizonsphilologie2024-schedule.it.md"
ROME = ZoneInfo("Europe/Rome")
FIRST = datetime(2024, 4, 16, tzinfo=ROME)


def _read(text: str | None = None):  # type: ignore[no-untyped-def]
    text = text if text is not None else (DATA / NAME).read_text(encoding="utf-8")
    return YamlSiteReader().read(text, source=NAME, context=ReadContext(timezone=ROME))


def test_the_page_is_detected_as_a_site_s_schedule() -> None:
    assert [reader.name for reader in detect_readers((DATA / NAME).read_text(encoding="utf-8"))] == ["yaml-site"]


def test_every_timed_row_is_an_item_on_its_day() -> None:
    program = _read()
    expected = sources.horizons2024()
    assert len(program.items) == len(expected) == 32
    for (title, minutes, _), item in zip(expected, program.items, strict=True):
        assert (item.title, item.start) == (title, FIRST + timedelta(minutes=minutes))


def test_the_summary_says_one_count_of_entries() -> None:
    reading = _read().reading
    assert reading[0].startswith("32 entries, ") and "entries at tab.tablist[].tablist_items[]" in reading[0]
    assert not [line for line in reading if "titled by their description" in line]
    assert not [line for line in reading if line.startswith("not read:") and "tablist_items" in line]


def test_session_labels_and_chairs_are_no_items_and_are_said() -> None:
    reading = _read().reading
    assert (
        "6 labels without a time between timed entries read as no item: '[SESSIONE I] Paleografia, HTR e "
        "ricostruzione virtuale', '[Workshop I]', '[SESSIONE II] Filologia collaborativa', …"
    ) in reading
    assert (
        "6 rows naming people without a title or a time (a session's chair, above its talks) read as no item: "
        "'Gennaro Ferrante', 'Andrea Zappulli & Sabrina Iorio', 'Arturo De Vivo', …"
    ) in reading


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Benvenuti", (16, 9, 30), (16, 9, 45)),  # a break's `pause`
        ("L'allineamento testo-immagine come caratteristica delle edizioni digitali", (16, 10, 30), (16, 11, 0)),
        ("Pausa pranzo", (16, 13, 30), (16, 15, 30)),  # "13.30 – 15.30", an en dash
        ("Un decennio del progetto Antologia greca -- risultati, successi e sfide", (16, 10, 0), (16, 10, 30)),
        ("Tra il simposio e la campagna: i topoi epigrammatici del 7e Idillio di Teocrito", (18, 12, 0), (18, 12, 30)),
    ],
)
def test_times_and_titles_as_the_page_shows_them(
    title: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    found = [item for item in _read().items if item.title == title]
    (day, hour, minute), (end_day, end_hour, end_minute) = start, end
    assert [(item.start, item.end) for item in found][:1] == [
        (
            datetime(2024, 4, day, hour, minute, tzinfo=ROME),
            datetime(2024, 4, end_day, end_hour, end_minute, tzinfo=ROME),
        )
    ]


def test_the_people_and_their_bracketed_affiliations() -> None:
    by_title = {item.title: item.people for item in _read().items}
    assert by_title["Discorso di apertura"] == (
        "Giulio Massimilla",
        "Michael Sinatra",
        "Serena Cannavale",
        "Marcello Vitali-Rosati",
        "Mathilde Verstraete",
    )
    # a long affiliation in brackets no longer makes the name a sentence, read as nobody
    reboul = next(people for title, people in by_title.items() if title.startswith("Allineare testi greci"))
    assert len(reboul) == 1 and reboul[0].startswith("Marianne Reboul [École Normale Supérieure de Lyon, ")
    expected = [people for _, _, people in sources.horizons2024()]
    read = [item.people for item in _read().items]
    assert sum(one == other for one, other in zip(expected, read, strict=True)) == 31  # the research chair: nobody


def test_without_a_zone_it_is_asked_for() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="pass --timezone Area/City"):
        YamlSiteReader().read(text, source=NAME, context=ReadContext())


def test_days_of_timed_rows_under_a_title_key_we_do_not_know_are_named_by_the_refusal() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8")
    renamed = text.replace("    subject :", "    topic :").replace("    pause :", "    pausa :")
    renamed = renamed.replace("      subject :", "      topic :").replace("      pause :", "      pausa :")
    with pytest.raises(ParseError) as refused:
        _read(renamed)
    assert 'items = "tab.tablist[].tablist_items[]", title = "topic"' in str(refused.value)
