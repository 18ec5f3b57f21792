"""The catalogues: each holds every label the code and templates use, translated, and nothing else."""

from __future__ import annotations

import re
from datetime import date

import pytest
from babel.messages.pofile import read_po

from catalogue_messages import used_messages
from program.i18n import CATALOGUES, Lang, languages

_PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _catalogue(language: str) -> dict[str, object]:
    with (CATALOGUES / f"{language}.po").open("rb") as handle:
        catalogue = read_po(handle)
    return {_msgid(message.id): message.string for message in catalogue if message.id}


def _msgid(id_: str | list[str] | tuple[str, ...]) -> str:
    return id_ if isinstance(id_, str) else id_[0]


def test_languages_are_english_german_french_and_spanish() -> None:
    assert languages() == ("de", "en", "es", "fr")


@pytest.mark.parametrize("language", languages())
def test_catalogue_has_exactly_the_labels_in_use(language: str) -> None:
    assert sorted(_catalogue(language)) == sorted(used_messages())


@pytest.mark.parametrize("language", [language for language in languages() if language != "en"])
def test_catalogue_translates_every_label_with_its_placeholders(language: str) -> None:
    for msgid, string in _catalogue(language).items():
        forms = string if isinstance(string, tuple) else (string,)
        assert all(forms), msgid
        assert all(
            set(_PLACEHOLDER.findall(form)) <= set(_PLACEHOLDER.findall(msgid)) | {"%(count)s", "%(num)s"}
            for form in forms
        ), msgid


def test_a_region_uses_its_languages_catalogue() -> None:
    assert Lang("de-AT").gettext("Running order") == Lang("de").gettext("Running order") == "Ablauf"


def test_a_locale_without_catalogue_has_english_labels_and_its_own_dates() -> None:
    swedish = Lang.of("sv", None)

    assert (swedish.gettext("Running order"), swedish.day_heading(date(2025, 6, 14)), swedish.twelve_hour) == (
        "Running order",
        "lördag 14 juni 2025",
        False,
    )
