"""The words for a session's start, end, room and speakers in the languages organisers write their data in.

One vocabulary for a sheet's header and a site's keys: `vocabulary.FIELDS` (CSV, workbooks, json-rows) adds
these to its names, and `yaml_shape.FIELD_KEYS` (yaml-site, a site's nested JSON) to its keys, after its
own English ones. Hochschule München's Studieninfotag 2020 writes `start`, `ende`, `raum` in its YAML;
AAHD 2026 `horario`, `espacio`, `expositores` in its JSON: read alike whichever reader gets the file.

Only nouns: the prepositions that head a sheet's column ("von", "bis", "desde", "hasta") are too short or too
common to be a site's key for a time ("do" and "od" in Polish, "van" and "tot" in Dutch), and stay the sheet's.
"""

from __future__ import annotations

LANGUAGE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "start": {
        "de": ("beginn", "anfang", "startzeit"),
        "fr": ("début", "debut", "heure de début"),
        "es": ("inicio", "comienzo", "hora de inicio"),
        "it": ("inizio", "ora inizio", "ora di inizio"),
        "pt": ("início", "inicio", "hora de início"),
        "nl": ("aanvang", "begintijd", "starttijd"),
        "pl": ("początek", "poczatek", "rozpoczęcie"),
    },
    "end": {
        "de": ("ende", "endzeit"),
        "fr": ("fin", "heure de fin"),
        "es": ("fin", "término", "termino", "hora de fin", "hora final"),
        "it": ("ora fine", "ora di fine"),  # "fine" alone is an English word a header may say
        "pt": ("fim", "término", "termino", "hora de fim"),
        "nl": ("einde", "eindtijd"),
        "pl": ("koniec", "zakończenie", "zakonczenie"),
    },
    "room": {
        "de": ("raum", "saal", "ort", "hörsaal"),
        "fr": ("salle", "lieu"),
        "es": ("sala", "lugar", "espacio", "salón", "aula", "ubicación", "ubicacion"),
        "it": ("sala", "aula", "stanza", "luogo"),
        "pt": ("sala", "local", "auditório", "auditorio"),
        "nl": ("zaal", "lokaal", "locatie", "ruimte"),
        "pl": ("sala", "miejsce", "lokalizacja"),
    },
    "people": {
        "de": ("referent", "referentin", "referenten", "sprecher", "sprecherin", "vortragende", "vortragender"),
        "fr": ("intervenant", "intervenants", "intervenante", "orateur", "oratrice", "conférencier", "conferencier"),
        "es": ("ponente", "ponentes", "expositor", "expositores", "orador", "oradores", "conferencista"),
        "it": ("relatore", "relatori", "relatrice", "relatrici", "oratore", "oratori"),
        "pt": ("palestrante", "palestrantes", "apresentador", "apresentadores"),
        "nl": ("spreker", "sprekers"),
        "pl": ("prelegent", "prelegenci", "prelegentka", "prowadzący", "prowadzacy"),
    },
}
"""Our fields, then each language's words for them (lower case, as `normal_name` writes a header)."""


def words_for(field: str) -> tuple[str, ...]:
    """Every language's words for `field`, each once, in the order above.

    >>> words_for("end")[:3]
    ('ende', 'endzeit', 'fin')
    """
    return tuple(dict.fromkeys(word for words in LANGUAGE_WORDS.get(field, {}).values() for word in words))
