"""Kinds named in French, German and Spanish (readers/kind_words.py), row by row and in real programs."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.loading import load_program
from program.model import Kind
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.kind_words import WORD_ROWS
from program.settings import FeedSpec, Settings

from helpers import ROOT


@pytest.mark.parametrize(("word", "kind"), WORD_ROWS, ids=[word for word, _ in WORD_ROWS])
def test_each_word_names_its_kind_as_a_title_and_as_a_label(word: str, kind: Kind) -> None:
    assert kind_from_title(word) is kind
    assert label_kind(word) is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Pause déjeuner / Lunch", Kind.BREAK),
        ("Repas (offert)", Kind.BREAK),
        ("Dejeuner", Kind.BREAK),  # accents left out
        ("Mot d’accueil", Kind.OPENING),  # a typographic apostrophe
        ("AÇILIŞ", Kind.OPENING),  # Turkish capitals (Hisarlı 2021): "I" is the dotless ı of "Açılış"
        ("KAPANIŞ / DEĞERLENDİRME TOPLANTISI", Kind.CLOSING),
        ("ÖĞLE ARASI", Kind.BREAK),
        ("Accueil et café", Kind.OPENING),
        ("Kaffeepause & Networking", Kind.BREAK),
        ("Cena de gala", Kind.SOCIAL),  # a Spanish title pattern (JNIC 2022's "Cena de gala en el restaurante …")
        ("Vortragsreihe Cena", Kind.OTHER),  # only whole heads: a row would have to name it
        ("Café des sciences : la physique", Kind.OTHER),
        ("Ouverture des données publiques", Kind.OTHER),
        ("Pause-t-on le monde ?", Kind.OTHER),
        ("Vortragsreihe Physik", Kind.OTHER),
        ("Banquet", Kind.SOCIAL),
        ("Conference Banquet", Kind.SOCIAL),
        ("Inauguration", Kind.OPENING),
    ],
)
def test_titles_in_other_languages(title: str, kind: Kind) -> None:
    assert kind_from_title(title) is kind


def test_a_long_welcome_is_no_opening_in_any_language() -> None:
    assert kind_from_title("Accueil", timedelta(minutes=30)) is Kind.OPENING
    assert kind_from_title("Accueil", timedelta(hours=3)) is Kind.OTHER  # as "Welcome to the House of Tea!"


def test_agile_pays_basque_breaks_and_its_conference_hall_formats() -> None:
    data = ROOT / "tests" / "data" / "yaml_site"
    feeds = (FeedSpec(data / "agilepaysbasque2025-schedule.yaml"), FeedSpec(data / "agilepaysbasque2025-talks.json"))
    settings = Settings(feeds=feeds, timezone=ZoneInfo("Europe/Paris"), first_date=date(2025, 9, 12))
    items = load_program(settings).program.items
    kinds = Counter((item.kind, item.title) for item in items if item.kind is Kind.BREAK)
    assert kinds == {(Kind.BREAK, "Pause café"): 6, (Kind.BREAK, "Repas"): 3}
    # the export's `formats: ["Conférence"]` (15 talks) and `["Interactif"]` (3 workshops, a kind no row names)
    labels = Counter((item.label, item.kind) for item in items if item.label is not None)
    assert labels == {("Conférence", Kind.TALK): 15, ("Interactif", Kind.OTHER): 3}


def test_real_breaks_in_french_german_and_spanish_files() -> None:
    paris, spreadsheets = ZoneInfo("Europe/Paris"), ROOT / "tests" / "data" / "spreadsheets"
    jres = Settings(feeds=(FeedSpec(ROOT / "tests" / "data" / "ics" / "handcal-jres2022.ics"),), timezone=paris)
    breaks = Counter(item.title for item in load_program(jres).program.items if item.kind is Kind.BREAK)
    assert breaks == {"Pause": 4, "Déjeuner": 2}
    zitadelle = Settings(
        feeds=(FeedSpec(spreadsheets / "zitadelle-2026-programm.csv"),), timezone=paris, first_date=date(2026, 5, 28)
    )
    lunches = [item for item in load_program(zitadelle).program.items if item.title == "Mittagspause"]
    assert [item.kind for item in lunches] == [Kind.BREAK, Kind.BREAK]  # Type "Pause", title "Mittagspause"


@pytest.mark.parametrize(
    ("path", "title", "kind"),
    [
        ("html_pages/iyrp2026-programa.html", "SESIÓN DE APERTURA", Kind.OPENING),
        ("html_pages/aimmgm2020-conferencias.php", "Ceremonia de Clausura", Kind.CLOSING),
        ("html_pages/inmunologia2016-programa.php", "Refrigerio", Kind.BREAK),
        ("html_pages/inmunologia2016-programa.php", "CEREMONIA DE CLAUSURA", Kind.CLOSING),
        ("yaml_site/eneem2019-agenda.yml", "Sessão de Abertura", Kind.OPENING),
        ("yaml_site/aiucd2025-program.yaml", "Pranzo", Kind.BREAK),
        # Indonesian (RAKERNAS 2023, SMITE 2020) and Turkish (Kuzeyde Yarıyıl 2023): "other" before session 15
        ("html_pages/rakernas2023-rundown-day2.php", "Pembukaan", Kind.OPENING),
        ("html_pages/rakernas2023-rundown-day2.php", "ISHOMA", Kind.BREAK),
        ("html_pages/smite2020-schedules.php", "Pembukaan oleh Moderator", Kind.OPENING),
        ("html_pages/smite2020-schedules.php", "Sambutan OC", Kind.OPENING),
        ("html_pages/smite2020-schedules.php", "Penutupan oleh Ketua Umum", Kind.CLOSING),
        ("html_pages/kuzeydeyariyil2023-program.blade.php", "Otelde Akşam Yemeği", Kind.SOCIAL),
        ("html_pages/kuzeydeyariyil2023-program.blade.php", "Otelde Öğle Yemeği", Kind.BREAK),
        ("html_pages/kuzeydeyariyil2023-program.blade.php", "Otelde Kahvaltı", Kind.BREAK),
        ("html_pages/kuzeydeyariyil2023-program.blade.php", "Gala Yemeği", Kind.SOCIAL),
        # Chinese meals (VICTOR 2017): "other" before session 16
        ("html_pages/victor2017-conference.blade.php", "早餐", Kind.BREAK),
        ("html_pages/victor2017-conference.blade.php", "晚餐", Kind.SOCIAL),
    ],
)
def test_opening_closing_and_break_words_of_real_programs_name_their_kind(path: str, title: str, kind: Kind) -> None:
    # Spanish, Portuguese and Italian titles as the files in tests/data write them: all "other" before session 15.
    assert title in (ROOT / "tests" / "data" / path).read_text(encoding="utf-8")
    assert kind_from_title(title) is kind
