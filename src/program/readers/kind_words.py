"""Titles that name a kind in French, German, Spanish, Polish, Italian, Portuguese, Japanese, … ("Pause café", "休憩").

Spreadsheet and YAML programs are often written in the audience's language: Agile Pays Basque
2025 has six "Pause café" and three "Repas" among its talks. A title is such a kind when its
head (what comes before a separator: "Pause déjeuner / Lunch", "Accueil & café") is one of the
words below, accents optional ("Dejeuner"). Only whole heads: "Café des sciences : …" or
"Ouverture des données publiques" are talks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from program.model import Kind
from program.readers.notation.local_dates import folded

WORD_ROWS: tuple[tuple[str, Kind], ...] = (
    # French
    ("Pause", Kind.BREAK),
    ("Pause café", Kind.BREAK),
    ("Pause-café", Kind.BREAK),
    ("Pause déjeuner", Kind.BREAK),
    ("Pause méridienne", Kind.BREAK),
    ("Déjeuner", Kind.BREAK),
    ("Repas", Kind.BREAK),
    ("Café", Kind.BREAK),
    ("Collation", Kind.BREAK),
    ("Accueil", Kind.OPENING),
    ("Accueil des participants", Kind.OPENING),
    ("Mot d'accueil", Kind.OPENING),
    ("Mot de bienvenue", Kind.OPENING),
    ("Ouverture", Kind.OPENING),
    ("Séance d'ouverture", Kind.OPENING),
    ("Clôture", Kind.CLOSING),
    ("Mot de clôture", Kind.CLOSING),
    ("Séance de clôture", Kind.CLOSING),
    ("Conférence", Kind.TALK),
    ("Conférence plénière", Kind.KEYNOTE),
    ("Présentation plénière", Kind.KEYNOTE),  # COMPAS 2026
    ("Conférence invitée", Kind.INVITED_TALK),
    ("Table ronde", Kind.PANEL),
    ("Table-ronde", Kind.PANEL),  # SimpleText 2021
    ("Tables rondes", Kind.PANEL),  # MMI&Après 2019
    ("Session posters", Kind.POSTER_SESSION),
    ("Session poster", Kind.POSTER_SESSION),
    ("Apéro", Kind.SOCIAL),
    ("Apéritif", Kind.SOCIAL),
    ("Cocktail", Kind.SOCIAL),
    ("Dîner", Kind.SOCIAL),
    ("Dîner de gala", Kind.SOCIAL),
    ("Soirée", Kind.SOCIAL),
    # German
    ("Kaffeepause", Kind.BREAK),
    ("Kurze Pause", Kind.BREAK),  # DevDay 2016
    ("Herzlich willkommen", Kind.OPENING),  # Deutscher Tourismustag 2014
    ("Mittagspause", Kind.BREAK),
    ("Mittagessen", Kind.BREAK),
    ("Kaffee und Kuchen", Kind.BREAK),
    ("Tee und Kaffee", Kind.BREAK),  # DVCS 2021
    ("Kaffee und Tee", Kind.BREAK),
    ("Begrüßung", Kind.OPENING),
    ("Eröffnung", Kind.OPENING),
    ("Abschluss", Kind.CLOSING),
    ("Verabschiedung", Kind.CLOSING),
    ("Hauptvortrag", Kind.KEYNOTE),
    ("Vortrag", Kind.TALK),
    ("Podiumsdiskussion", Kind.PANEL),
    ("Postersession", Kind.POSTER_SESSION),
    ("Abendessen", Kind.SOCIAL),
    ("Empfang", Kind.SOCIAL),
    ("Ball", Kind.SOCIAL),  # KasaiCon 2022's evening: a ball, a disco and karaoke
    ("Disco", Kind.SOCIAL),
    ("Karaoke", Kind.SOCIAL),
    # Spanish
    ("Pausa", Kind.BREAK),
    ("Pausa café", Kind.BREAK),
    ("Pausa-café", Kind.BREAK),  # a Granada congress page (2015): "Pausa-cafe", "Pausa-Cafe"
    ("Almuerzo", Kind.BREAK),
    ("Comida", Kind.BREAK),
    ("Descanso", Kind.BREAK),
    ("Receso", Kind.BREAK),  # CICA 2017
    ("Corte", Kind.BREAK),  # CAICU 2023's "Corte (café)": a pause, the head alone
    ("Ceremonia de inauguración", Kind.OPENING),
    ("Presentación de posters", Kind.POSTER_SESSION),
    ("Evento cultural", Kind.SOCIAL),
    ("Bienvenida", Kind.OPENING),
    ("Charla", Kind.TALK),  # FLISoL Sucre 2019: "Charla: Administración de Servicios …" (a talk)
    ("Apertura", Kind.OPENING),
    ("Inauguración", Kind.OPENING),
    ("Clausura", Kind.CLOSING),
    ("Cierre", Kind.CLOSING),
    ("Finalización del congreso", Kind.CLOSING),  # CAICU 2023
    ("Conferencia magistral", Kind.KEYNOTE),
    ("Conferencia plenaria", Kind.KEYNOTE),
    ("Ponencia magistral", Kind.KEYNOTE),  # CONEISC 2014's filters: "Ponencias Magistrales", "… Especializadas"
    ("Ponencias magistrales", Kind.KEYNOTE),
    ("Ponencia especializada", Kind.TALK),
    ("Ponencias especializadas", Kind.TALK),
    ("Conferencia invitada", Kind.INVITED_TALK),  # JNIC 2022
    ("Mesa redonda", Kind.PANEL),
    ("Sesión de pósters", Kind.POSTER_SESSION),
    ("Cena", Kind.SOCIAL),
    ("Cóctel", Kind.SOCIAL),
    ("Recital", Kind.SOCIAL),  # Cartagena 2020: "Recital: Canción de Autor sin fronteras", an evening of songs
    # German, GEBF 2015
    ("Eröffnungsveranstaltung", Kind.OPENING),
    ("Abschlussveranstaltung", Kind.CLOSING),
    ("Mittagsvorlesung", Kind.INVITED_TALK),
    ("Poster-Session", Kind.POSTER_SESSION),
    ("Sektempfang", Kind.SOCIAL),
    ("Gesellschaftsabend", Kind.SOCIAL),
    # Indonesian, SMITE 2020 (PERDOSSI): "ISTIRAHAT (BOOTH FARMASI/IKLAN BERJALAN)" is the break, its bracket no one
    ("Istirahat", Kind.BREAK),
    # Turkish, SQL Server 2012 Lansmanı
    ("Kahve Arası", Kind.BREAK),
    ("Öğle Yemeği", Kind.BREAK),
    ("Açılış Konuşmaları", Kind.OPENING),
    # Vietnamese, TVU 2023
    ("Nghỉ ngơi", Kind.BREAK),
    ("Bài phát biểu chính", Kind.KEYNOTE),
    # Korean, KOITA 2016
    ("기조연설", Kind.KEYNOTE),
    ("개회식", Kind.OPENING),
    ("폐회식", Kind.CLOSING),
    ("중식", Kind.BREAK),  # "중식 및 네트워킹": lunch and networking
    ("휴식", Kind.BREAK),  # "휴식 및 네트워킹": a break and networking
    ("주제발표", Kind.TALK),  # a topic's presentation
    # Korean hackathons (trial 40): "점심 시간" (lunch time), "오프닝"/"클로징", "뒷풀이" (the after-party)
    ("점심", Kind.BREAK),
    ("점심 시간", Kind.BREAK),
    ("점심시간", Kind.BREAK),
    ("점심 식사", Kind.BREAK),
    ("점심 제공", Kind.BREAK),  # lunch provided
    ("오프닝", Kind.OPENING),
    ("클로징", Kind.CLOSING),
    ("뒷풀이", Kind.SOCIAL),
    # Polish, geoinformacja 2022
    ("Przerwa", Kind.BREAK),
    ("Przerwa kawowa", Kind.BREAK),
    ("Przerwa obiadowa", Kind.BREAK),
    ("Sesja otwarcia", Kind.OPENING),
    ("Zakończenie", Kind.CLOSING),
    ("Wykłady plenarne", Kind.KEYNOTE),
    ("Wykład plenarny", Kind.KEYNOTE),
    ("Spotkanie towarzyskie", Kind.SOCIAL),
    # Polish, Ogrody Nowego Internetu 2024
    ("Wstęp do konferencji", Kind.OPENING),
    ("Otwarcie konferencji", Kind.OPENING),  # OSConf 2013
    ("Zakończenie konferencji", Kind.CLOSING),
    ("Uroczyste rozpoczęcie konferencji", Kind.OPENING),  # O tym się nie mówi 2016: the ceremonial opening
    ("Dyskusja", Kind.PANEL),
    # Italian, e-privacy 2016
    ("Tavola rotonda", Kind.PANEL),
    ("Chiusura", Kind.CLOSING),
    ("Chiusura lavori", Kind.CLOSING),
    # Italian, MokaByte Conference 2026 ("Pausa caffè", "Pausa pranzo": the coffee and lunch breaks)
    ("Pausa", Kind.BREAK),
    ("Pausa caffè", Kind.BREAK),
    ("Pausa pranzo", Kind.BREAK),
    # Portuguese, WBMM 2023
    ("Intervalo", Kind.BREAK),
    ("Almoço", Kind.BREAK),
    ("Abertura", Kind.OPENING),
    ("Encerramento", Kind.CLOSING),
    ("Sessão de Pôsteres", Kind.POSTER_SESSION),
    ("Jantar", Kind.SOCIAL),
    ("Palestra", Kind.TALK),
    ("Jantar de Confraternização", Kind.SOCIAL),
    # Portuguese, ENEIMAGEM 2013 ("Mesa-Redonda “Humor Gráfico”": the head before the quoted theme)
    ("Cerimônia de Abertura", Kind.OPENING),
    ("Conferência", Kind.KEYNOTE),
    ("Conferência de abertura", Kind.KEYNOTE),
    ("Conferência de encerramento", Kind.KEYNOTE),
    ("Mesa-Redonda", Kind.PANEL),
    ("Mesa Redonda", Kind.PANEL),
    ("Intervalo para Almoço", Kind.BREAK),
    ("Cafezinho", Kind.BREAK),
    ("Atividade cultural", Kind.SOCIAL),
    # Portuguese, I ENPEB 2012 ("14h - 15h - Mesas Redondas" over its round tables, "Comunicação: Title")
    ("Mesas Redondas", Kind.PANEL),
    ("Coquetel", Kind.SOCIAL),
    ("Comunicação", Kind.TALK),
    # Portuguese, PHPeste 2019 ("Painel das comunidades mais arretadas do Brasil": a panel of the communities)
    ("Painel", Kind.PANEL),
    # German, WHG 2019 (the day's first slot, "Einführung": the introduction)
    ("Einführung", Kind.OPENING),
    # Dutch, WND 2025
    ("Koffie", Kind.BREAK),
    ("Koffiepauze", Kind.BREAK),
    ("Koffie/thee", Kind.BREAK),
    ("Ontbijt", Kind.BREAK),
    ("Opening van de conferentie", Kind.OPENING),
    ("Sluiting", Kind.CLOSING),
    ("Sluiting van de conferentie", Kind.CLOSING),
    ("Plenaire lezing", Kind.KEYNOTE),
    ("Aperitief", Kind.SOCIAL),
    ("Borrel", Kind.SOCIAL),
    # Ukrainian, an ENT course in Kyiv 2019 ("Вступне слово": the opening words)
    ("Кава брейк", Kind.BREAK),
    ("Кава-брейк", Kind.BREAK),
    ("Перерва", Kind.BREAK),
    ("Обідня перерва", Kind.BREAK),
    ("Вступне слово", Kind.OPENING),
    ("Відкриття", Kind.OPENING),
    ("Закриття", Kind.CLOSING),
    # Russian, the Moscow child-safety conference 2013 ("Перерыв (обед)": the break, for lunch)
    ("Перерыв", Kind.BREAK),
    ("Обед", Kind.BREAK),
    ("Кофе-брейк", Kind.BREAK),
    # Greek, Check4facts 2022 ("Ελαφρύ γεύμα/ Light lunch", "Πρώτη κεντρική ομιλία/ First keynote speech")
    ("Ελαφρύ γεύμα", Kind.BREAK),
    ("Γεύμα", Kind.BREAK),
    ("Διάλειμμα", Kind.BREAK),
    ("Χαιρετισμοί", Kind.OPENING),
    ("Στρογγυλό τραπέζι", Kind.PANEL),
    ("Κεντρική ομιλία", Kind.KEYNOTE),
    ("Πρώτη κεντρική ομιλία", Kind.KEYNOTE),
    ("Δεύτερη κεντρική ομιλία", Kind.KEYNOTE),
    ("Τρίτη κεντρική ομιλία", Kind.KEYNOTE),
    # Turkish, CETURK 2012 ("Ara": a break; "Öğle Arası": the lunch break)
    ("Ara", Kind.BREAK),
    ("Öğle Arası", Kind.BREAK),
    ("Kahve Arası", Kind.BREAK),
    ("Açılış", Kind.OPENING),
    ("Kapanış", Kind.CLOSING),
    # Ceremonies and sessions that open or close, and snacks and lunches, as real programs write them (session 15):
    # Spanish (AIMMGM 2020's "Ceremonia de Clausura", IYRP 2026's "SESIÓN DE APERTURA", Inmunología 2016's
    # "Refrigerio"), Portuguese (ENEEM 2019's "Sessão de Abertura"), Italian (AIUCD 2025's "Pranzo"), French, German
    ("Ceremonia de apertura", Kind.OPENING),
    ("Ceremonia de clausura", Kind.CLOSING),
    ("Sesión de apertura", Kind.OPENING),
    ("Sesión de clausura", Kind.CLOSING),
    ("Acto de apertura", Kind.OPENING),
    ("Acto inaugural", Kind.OPENING),
    ("Acto de clausura", Kind.CLOSING),
    ("Palabras de bienvenida", Kind.OPENING),
    ("Refrigerio", Kind.BREAK),
    ("Pausa para café", Kind.BREAK),
    ("Sessão de abertura", Kind.OPENING),
    ("Sessão de encerramento", Kind.CLOSING),
    ("Cerimônia de encerramento", Kind.CLOSING),
    ("Pranzo", Kind.BREAK),
    ("Apertura lavori", Kind.OPENING),
    ("Apertura dei lavori", Kind.OPENING),
    ("Chiusura dei lavori", Kind.CLOSING),
    ("Saluti di benvenuto", Kind.OPENING),
    ("Saluti istituzionali", Kind.OPENING),
    ("Cérémonie d'ouverture", Kind.OPENING),
    ("Cérémonie de clôture", Kind.CLOSING),
    ("Discours d'ouverture", Kind.OPENING),
    ("Grußworte", Kind.OPENING),
    ("Schlusswort", Kind.CLOSING),
    # Turkish, Hisarlı 2021 ("DAVETLİ KONUŞMACI": the invited speaker, over the name and the talk)
    ("Davetli Konuşmacı", Kind.INVITED_TALK),
    ("Davetli Konuşma", Kind.INVITED_TALK),
    # Japanese, biomol51 2025 (a title in 「」 brackets is read without them)
    ("開会", Kind.OPENING),
    ("開会式", Kind.OPENING),
    ("閉会", Kind.CLOSING),
    ("閉会式", Kind.CLOSING),
    ("オープニング", Kind.OPENING),  # Fukuoka Engineers Day 2021: the word "opening" in katakana
    ("クロージング", Kind.CLOSING),
    ("エンディング", Kind.CLOSING),  # OSH 2014: "ending", the closing in katakana
    ("休憩", Kind.BREAK),
    ("コーヒーブレイク", Kind.BREAK),  # Science of science 2024: "coffee break" in katakana
    ("開会のあいさつ", Kind.OPENING),  # opening and closing greetings
    ("閉会のあいさつ", Kind.CLOSING),
    ("昼食", Kind.BREAK),
    ("朝食", Kind.BREAK),  # Space Apps Kushimoto 2019: breakfast and dinner at the youth hostel, the eve party
    ("夕食", Kind.BREAK),
    ("前夜祭", Kind.SOCIAL),
    ("招待講演", Kind.INVITED_TALK),
    ("基調講演", Kind.KEYNOTE),
    ("ポスターセッション", Kind.POSTER_SESSION),
    ("懇親会", Kind.SOCIAL),
    # Hackers Champloo 2018: "開会宣言・ゲストの紹介" (the opening declaration, then the guests), lunch, snack time
    ("開会宣言", Kind.OPENING),
    ("ランチブレイク", Kind.BREAK),
    ("おやつの時間", Kind.BREAK),
)
"""One row a word, tested row by row. German nouns that are also English ("Pause", "Panel") and
words that are often a talk's first word in English ("Introduction") are the English table's."""


def _folded(text: str) -> str:
    """Lower case, accents and apostrophe shapes set aside, spaces collapsed: "Mot d’accueil" is "mot d'accueil".

    Turkish capitals too: "AÇILIŞ" is "Açılış" (`folded` reads both Turkish i's as one, Hisarlı 2021).
    """
    if text.isascii():  # no accent to set aside, and casefold keeps ASCII ASCII
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", folded(text.replace("’", "'")))
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


_WORDS: dict[str, Kind] = {_folded(word): kind for word, kind in WORD_ROWS}
_HEAD = re.compile(r"\s*(?:\s[-–—/&+|]\s|(?<=\w)/\s|[:(\[（・]|\s(?:et|und|y|및)\s|\s(?=[“«]))")
"""Where a title's head ends: "Pause déjeuner / Lunch", "Repas (offert)", "Accueil et café", "Mesa-Redonda “Tema”",
"開会宣言・ゲストの紹介" (a middle dot between two things), "Ελαφρύ γεύμα/ Light lunch" (a slash before a
translation), "중식 및 네트워킹" (Korean "and")."""


_NUMBERED = re.compile(r"\s+\d{1,2}[a-z]?$")
"""A number after the head ("Palestra 2", "Vortrag 3"): the head names the kind."""


@lru_cache(maxsize=4096)  # a program repeats its breaks' titles
def word_kind(title: str) -> Kind | None:
    """The kind a title's head names in French, German or Spanish, or None.

    >>> word_kind("Pause café"), word_kind("Repas (offert)"), word_kind("Mittagspause")
    (<Kind.BREAK: 'break'>, <Kind.BREAK: 'break'>, <Kind.BREAK: 'break'>)
    >>> word_kind("Café des sciences : la physique"), word_kind("Ouverture des données publiques")
    (None, None)
    """
    title = title.strip().strip("「」")  # "「招待講演」" (biomol51 2025)
    whole = _WORDS.get(_folded(title.strip(" .!")))  # "Kaffee und Kuchen" holds a separator
    head = _folded(_HEAD.split(title.strip(), maxsplit=1)[0].rstrip(" .!"))
    return whole or _WORDS.get(head) or _WORDS.get(_NUMBERED.sub("", head))  # "Palestra 2" (WBMM 2023)


_RUN_ON_KINDS = frozenset({Kind.PANEL, Kind.CLOSING})
"""Kinds a title's first words name though the title runs on ("Painel das comunidades …", "Encerramento da
conferência"): a panel or the closing of something is that panel or closing. An opening or a café of something
may be a talk's metaphor ("Ouverture des données publiques", "Café des sciences"): not these."""
_JOINER = re.compile(r"^(?P<head>.+?)\s+(?:de|da|do|das|dos|del|des|du|della|delle|der)\s+\S", re.IGNORECASE)
"""A kind's words, then a word joining what it is of ("das", "da", "del", "der")."""
_LAST_PART = re.compile(r"\s+(?:e|and|y|et|und|&)\s+(?P<last>\S+)(?:\s+\S+){0,3}\s*[.!]?$", re.IGNORECASE)
"""A title's last part after "and", a few words long ("Sorteio de brindes e encerramento primeiro dia")."""


@lru_cache(maxsize=4096)
def run_on_kind(title: str) -> Kind | None:
    """The panel or closing a title's words name where the title runs on without a separator, or None.

    Its first words, before a word joining what they are of ("Painel das comunidades …"), or the first word
    of its last part after "and" ("Sorteio de brindes e encerramento primeiro dia": the prize draw and the
    day's closing).

    >>> run_on_kind("Painel das comunidades mais arretadas do Brasil"), run_on_kind("Encerramento da conferência")
    (<Kind.PANEL: 'panel'>, <Kind.CLOSING: 'closing'>)
    >>> run_on_kind("Sorteio de brindes e encerramento da conferência")
    <Kind.CLOSING: 'closing'>
    >>> run_on_kind("Ouverture des données publiques"), run_on_kind("Painéis solares e baterias")
    (None, None)
    """
    joined = _JOINER.match(title.strip())
    if joined is not None and (kind := _WORDS.get(_folded(joined["head"]))) in _RUN_ON_KINDS:
        return kind
    last = _LAST_PART.search(title.strip())
    if last is not None and (kind := _WORDS.get(_folded(last["last"]))) is Kind.CLOSING:
        return kind
    return None
