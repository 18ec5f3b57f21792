"""One vocabulary of start, end, room and speaker words for a sheet's header and a site's keys (trial 32).

Hochschule München's YAML writes `ende` and `raum`, AAHD 2026's JSON `espacio` and `expositores`: each reader
knew some of the words and not others. Now both take the seven languages' words from one list.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.tabular.columns import field_of
from program.readers.tabular.vocabulary_languages import LANGUAGE_WORDS
from program.readers.yaml_shape import FIELD_KEYS, folded
from program.readers.yaml_site import YamlSiteReader

WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize("field", sorted(LANGUAGE_WORDS))
def test_every_language_has_words_for_the_field_in_both_readers(field: str) -> None:
    assert set(LANGUAGE_WORDS[field]) == {"de", "fr", "es", "it", "pt", "nl", "pl"}
    for words in LANGUAGE_WORDS[field].values():
        for word in words:
            assert field_of(word) == field, word
            assert any(folded(word) in keys for keys in FIELD_KEYS.values()), word


@pytest.mark.parametrize(
    ("keys", "room", "speaker"),
    [
        (("początek", "koniec", "sala", "prelegent"), "Sala 1", "Anna Nowak"),  # Polish
        (("begintijd", "einde", "zaal", "spreker"), "Sala 1", "Anna Nowak"),  # Dutch
        (("início", "fim", "local", "palestrante"), "Sala 1", "Anna Nowak"),  # Portuguese
        (("inizio", "ora fine", "stanza", "relatore"), "Sala 1", "Anna Nowak"),  # Italian
    ],
)
def test_a_sites_entries_and_a_sheets_rows_in_other_languages(keys: tuple[str, ...], room: str, speaker: str) -> None:
    start, end, place, person = keys
    written = f"- title: Otwarcie\n  {start}: '10:00'\n  {end}: '10:45'\n  {place}: {room}\n  {person}: {speaker}\n"
    context = ReadContext(first_date=date(2026, 5, 4), timezone=WARSAW)
    site = YamlSiteReader().read(written, source="program.yml", context=context)
    sheet = SpreadsheetCsvReader().read(
        f"title,{start},{end},{place},{person}\nOtwarcie,10:00,10:45,{room},{speaker}\n",
        source="program.csv",
        context=context,
    )

    for program in (site, sheet):
        (item,) = program.items
        assert (item.start, item.end) == (
            datetime(2026, 5, 4, 10, 0, tzinfo=WARSAW),
            datetime(2026, 5, 4, 10, 45, tzinfo=WARSAW),
        )
        assert (item.location, item.people) == (room, (speaker,))
