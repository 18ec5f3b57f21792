"""The header names that mean each of our fields, in English, German, French and Spanish.

Dutch, Italian, Japanese, Malay, Nordic, Polish, Portuguese, Russian and Turkish names come from their own modules; the
words for start, end, room and speakers in seven languages from `vocabulary_languages`, which a site's YAML
and JSON keys share.

`columns.py` matches a table's header against them; a name is normalised first (`normal_name`).
"""

from __future__ import annotations

from program.readers.tabular.vocabulary_it import ITALIAN
from program.readers.tabular.vocabulary_ja import JAPANESE
from program.readers.tabular.vocabulary_languages import words_for
from program.readers.tabular.vocabulary_ms import MALAY
from program.readers.tabular.vocabulary_nl import DUTCH
from program.readers.tabular.vocabulary_no import NORDIC
from program.readers.tabular.vocabulary_pl import POLISH
from program.readers.tabular.vocabulary_pt import PORTUGUESE
from program.readers.tabular.vocabulary_ru import RUSSIAN
from program.readers.tabular.vocabulary_tr import TURKISH

FIELDS: dict[str, tuple[str, ...]] = {
    "title": (
        "title",
        "talk title",
        "paper title",  # RSAfrica 2026's CMT export given SESSION_TITLE beside it: a row is a paper's slot
        "session title",
        "talk",
        "topic",
        "session",
        "event",
        "name",
        "session name",
        "titel",
        "vortrag",
        "thema",
        "veranstaltung",
        "titre",
        "sujet",
        "intitule",
        "intitulé",
        "titre de la session",  # Agile Laval 2026's Google Forms sheet
        "titre de session",
        "conférence",
        "activity",
        "was",
        "actividad",
        "título",
        "titulo",
        "charla",
        "ponencia",
        "sesión",
        "sesion",
        "evento",
        "tema",
        "workshop item",  # CDAAI's agenda: "| Workshop Item | Duration |"
        "agenda item",
        "subject",  # Google Calendar's import CSV; VIZBI 2015: "Time | Subject | Trainer | Materials"
        "content",  # Pietrobon symposium 2026's TSV: "day | hour | content"
        "program",  # KU AI Tech Day 2024's data module: time, program, presenter (after every other name)
        "programme",
        "nombre",  # Innova Ciencias' `actividades`: the activity's name (a speaker's beside a "título")
    ),
    "people": (
        "speaker",
        "speakers",
        "speaker name",
        "speaker names",
        "speakernames",
        "speaker name key",  # HCD 2025's schedule master: speaker_name_keys1, speaker_name_keys2
        "speaker name keys",  # ASRU AI4CSL 2025's schedule.json: "speakerNames": ["Abeer Alwan"]
        "presenter",
        "presenters",
        "presenter name",
        "student",  # the Turing student poster showcase 2020's posters.csv: `student` (`A;B` for two)
        "students",
        "keynote speaker",
        "keynote speakers",
        "invited speaker",
        "invited speakers",
        "author",
        "authors",
        "panelists",  # after the authors: RSAfrica 2026 fills Panelists on its panels only, Authors on papers
        "panellists",
        "moderator",
        "moderators",
        "lead speaker",  # NEMS 2026's "Lead Speaker/Moderator" beside "Speaker 1", "Speaker 2", "Speaker 3"
        "lead speakers",
        "host",
        "hosts",
        "referent",
        "referentin",
        "referenten",
        "referent innen",
        "referentinnen",
        "vortragende",
        "vortragender",
        "sprecher",
        "sprecherin",
        "teilnehmer",  # the Sendezentrum at 31C3: a podcast's "Teilnehmer", the people on the show
        "teilnehmende",
        "teilnehmer innen",
        "teilnehmerinnen",
        "participants",
        "participantes",
        "persons",  # frab's key: re:publica 2013's sessions.js (frab's export as a script's list)
        "intervenant",
        "intervenants",
        "intervenante",
        "orateur",
        "oratrice",
        "conferencier",
        "conférencier",
        "présentateur",
        "presentateur",
        "prénom nom",  # Agile Laval 2026: the speaker's "first name last name" in one column
        "prenom nom",
        "nom prénom",
        "nom prenom",
        "who",
        "wer",
        "fullname",  # Neuromatch 2020: the speaker, "Tim Behrens (Oxford)"
        "full name",
        "ponente",
        "ponentes",
        "orador",
        "oradora",
        "oradores",
        "presentador",
        "presentadora",
        "expositor",
        "expositores",
        "conferencista",
        "autor",
        "autores",
        "quién",
        "facilitator",
        "facilitators",
        *("trainer", "trainers", "instructor", "instructors", "tutor", "tutors", "lecturer", "lecturers"),
    ),
    "date": ("date", "datum", "day", "weekday", "tag", "jour", "wochentag", "fecha", "día", "dia"),
    "time": (
        "time",
        "zeit",
        "uhrzeit",
        "heure",
        "horaire",
        "slot time",
        "time slot",
        "timeslot",
        "time block",  # HCD 2025's "13:15–14:45" (its timetable1/timetable2 are the start and end)
        "when",
        "hour",
        "hora",
        "horario",
    ),
    "start": (
        "start",
        "start datetime",
        "start date time",
        "start time",
        "starttime",
        "starts",
        "from",
        "begin",
        "beginn",
        "von",
        "fra",  # Norwegian and Danish: NAV IT-dagen 2022's `FRA | TIL | SPEAKER - SPOR 1`
        "från",  # Swedish
        "début",
        "debut",
        "heure de début",
        "heure de debut",
        "start date",
        "time start",
        "inicio",
        "hora de inicio",
        "hora inicio",
        "desde",
        "comienzo",
        "event start",  # a Sched.com export: event_start, event_end, event_type
        "start at",  # ACML 2021's Asian ML School (Jekyll _data): start_at, end_at
        "starts at",
        "session start",  # GWADW 2026's "Program" sheet: Session ID, Session name, Session start, Session end
    ),
    "end": (
        "end",
        "end datetime",
        "end date time",
        "end time",
        "endtime",
        "ends",
        "to",
        "until",
        "ende",
        "bis",
        "til",  # Norwegian and Danish (NAV IT-dagen 2022)
        "till",  # Swedish
        "fin",
        "heure de fin",
        "end date",
        "time end",
        "hora de fin",
        "hora fin",
        "hora final",  # CEC 2024's workbook: Hora Inicio, Hora Final
        "hora de finalización",
        "hora finalización",
        "hora término",
        "hora de término",
        "final",
        "hasta",
        "término",
        "termino",
        "event end",
        "end at",
        "ends at",
        "session end",
        "finish",  # DLF Forum 2020's sessions: start, finish
        "finish time",
        "finishes",
    ),
    "end_date": ("end date", "end day"),
    "duration": ("duration", "length", "minutes", "mins", "dauer", "länge", "durée", "duree", "duración", "duracion"),
    "room": (
        "room",
        "room name",
        "location",
        "venue",
        "stage name",  # Campus Party Brasil 2017's app export: `stage` adds the event, `Palco Ciência CPBR10 (…)`
        "stage",
        "hall",
        "raum",
        "ort",
        "saal",
        "salle",
        "lieu",
        "room location",
        "sala",
        "lugar",
        "salón",
        "salon",
        "aula",
        "ubicación",
        "ubicacion",
        "locations",  # a Guidebook export's (AAJA 2025): one location a row
    ),
    "kind": (
        "type",
        "kind",
        "format",
        "session type",
        "talk type",
        "talk format",
        "art",
        "typ",
        "format de session",
        "format du créneau",
        "tipo",
        "formato",
        "modalidad",
        "event type",
        "type of activity",  # IBS Tanzania 2025's timetable: "Lecture", "Practical 1", "Teas & Coffees"
        "activity type",
        "categories",  # the al-folio workshop sites' _data/schedule.csv: "Invited Talk:", "Panel:", "Coffee Break"
    ),
    "abstract": (
        "abstract",
        "description",
        "summary",
        "synopsis",
        "details",
        "notes",
        "zusammenfassung",
        "beschreibung",
        "kurzbeschreibung",
        "résumé",
        "resume",
        "resumen",
        "descripción",
        "descripcion",
        "description de la session",
        "desc",
    ),
    "link": (
        *("url", "link", "links", "slides", "video", "youtube", "recording", "website", "page", "enlace"),
        *("materials", "material"),  # VIZBI 2015's BioJS tutorial: "Slides", "Materials" links
    ),
    "track": (
        "track",
        "tracks",
        "track name",
        "stream",
        "parcours",
        "filière",
        "cluster",
        "themenbereich",
        "podcast",  # the Sendezentrum at 31C3: the show on air ("Freak Show", "WRINT"), or "Workshop"
        "sendung",
        "thema",
        "eje",
        "eje temático",
        "área temática",
        "schedule tracks",  # a Guidebook export's `schedule_tracks` (AAJA 2025): `Innovation|Training`
    ),
    "affiliation": (
        "company",
        "affiliation",
        "affiliations",
        "organisation",
        "organization",
        "institution",
        "firma",
        "unternehmen",
        "institut",
        "entreprise",
        "organisme",
        "affil",
        "afiliación",
        "afiliacion",
        "institución",
        "institucion",
        "empresa",
        "organización",
        "organizacion",
    ),
    "board": ("board", "#", "board number", "board no", "poster board", "poster number", "poster no", "poster nr"),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "mail",
        "speaker email",
        "speaker e mail",
        "presenter email",
        "author email",
        "author emails",
        "emails",
        "e mail adresse",
        "courriel",
        "adresse e mail",
        "correo",
        "correo electrónico",
        "correo electronico",
    ),
}
"""Our fields and the header names (normalised: see `normal_name`) that mean them."""
_LANGUAGES = (ITALIAN, JAPANESE, RUSSIAN, TURKISH, DUTCH, POLISH, PORTUGUESE, MALAY, NORDIC)
FIELDS = {
    field: tuple(
        dict.fromkeys(
            (
                *names,
                *(name for words in _LANGUAGES for name in words.get(field, ())),
                *words_for(field),  # start, end, room, speakers in seven languages: shared with a site's keys
            )
        )
    )
    for field, names in FIELDS.items()
}
SECOND_MEANING = {
    **{"thema": "track", "topic": "track", "name": "people", "nombre": "people"},
    **{"start date": "date", "end date": "end_date"},
    "activity": "alt_title",
    "session": "alt_title",
}
"""Names that mean one field unless the table has a better column for it, then another field:
"Thema" is a talk's topic in "Zeit | Thema | Referent", its track beside a "Titel" (and "topic" beside
a "title": ACML 2021's school, "Causality" for two lectures); a "name"
beside a "title" is the speaker's (NEJS Conf 2018's speakers.json: name, title of their talk);
"Start Date" beside a "Start Time" is the date, and "End Date" beside an "End Time" the end's
date (Penguicon 2019's sheets and Google Calendar's import CSV: an item may end days later); an
"Activity" beside a "Title" is the title of the rows that leave the Title empty (PROBPROG 2021:
`**Arrival and networking**`, `**Industry Panel**: Impact of …`); so is a "Session" beside a "Title" (DANE
2024's `day,time,Session,speaker,affiliation,title,abstract`: `Lunch`, `Welcome` in Session alone, a talk's
session `Keynote 1 (Chair: …)` beside its title)."""
FIELD_OF_NAME = {name: field for field, names in FIELDS.items() for name in names if SECOND_MEANING.get(name) != field}
