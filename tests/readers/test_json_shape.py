"""The shape of a whole JSON document, as json-rows and yaml-site judge it at detection (json_shape)."""

from __future__ import annotations

import pytest

from program.readers import json_shape
from program.readers.json_shape import is_site_schedule, site_json

DAYS = '{"days": [{"date": "2026-05-01", "sessions": [{"title": "Opening", "start": "9.30", "end": "10:00"}]}]}'


def test_a_whole_document_is_parsed_with_numbers_as_written_and_an_opening_cut_short_is_not() -> None:
    document = site_json('{"slots": [{"start": 9.30, "room": 101}]}')
    assert document == {"slots": [{"start": "9.30", "room": "101"}]}  # as the YAML reader reads them: text
    assert site_json(DAYS[:60]) is None
    assert site_json("days:\n  - date: 2026-05-01\n") is None


def test_days_holding_sessions_are_a_sites_and_a_list_of_rows_or_an_apps_json_is_not() -> None:
    assert is_site_schedule(DAYS)
    assert not is_site_schedule('[{"title": "Opening", "start": "09:30"}, {"title": "Talk", "start": "10:00"}]')
    assert not is_site_schedule(DAYS.replace('"end"', '"isServiceSession": false, "end"'))  # Sessionize's
    assert not is_site_schedule(DAYS.replace('"title"', '"note"'))  # no entries: nothing titled


def test_a_document_longer_than_judged_is_left_to_the_refusals_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_shape, "LARGEST_JUDGED", len(DAYS) - 1)
    site_json.cache_clear()
    assert not is_site_schedule(DAYS)
    site_json.cache_clear()
