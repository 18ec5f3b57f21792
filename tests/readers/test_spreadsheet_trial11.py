"""Trial 11's spreadsheets (tests/data/spreadsheets: agilelaval2026, acml-oamls2021, educause2016).

Expectations written by hand from the files. Agile Laval 2026 (Laval, France, 18 May 2026) keeps
its programme in a Google Forms sheet with French headers: each slot's start typed into the
`Horodateur` (the form's timestamp column) as `18/05/2026 09:55:00`, four rooms in parallel, no
ends, `Prénom Nom` for the speaker, `Titre de la session` for the title, the lunch "in" room `-`.
The ACML 2021 Online Asian ML School (8–16 November 2021) writes `start_at,end_at` as
`2021-11-09 14:00:00 +08:00` (and `2021-11-10 9:00:00 +08:00`), unsorted. EDUCAUSE 2016's
scraped workbook writes `2016-10-24 8:00:00`: a one-digit hour with seconds.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from program.readers import READERS
from spreadsheet_files import DATA, read_csv, read_workbook

PARIS = ZoneInfo("Europe/Paris")
PLUS_8 = timezone(timedelta(hours=8))

# Agile Laval's 22 rows: (start, title, people, room); each slot ends when the day's next later one starts
AGILE_LAVAL = [
    ("08:15", "Accueil des participants - Café de bienvenue", (), "Hall Admin"),
    ("08:45", "Mot des organisateurs", (), "Amphi 1"),
    (
        "09:00",
        "Keynote 1 : Mes chers collègues, par pitié, ne massacrons plus les enseignements de gestion de projet !",
        ("Jean Luc Lambert",),
        "Amphi 1",
    ),
    ("09:55", "Le vent tourne, comment naviguez vous sur l'agilité ?", ("Yannick Ameur",), "Amphi 1"),
    ("09:55", "Apprendre Sans Frontières : Un voyage entre Education et Agilité", ("Thomas Chopin",), "Salle -TC 6"),
    (
        "09:55",
        "Créer des sites, logiciels et applis à impact : de l'Agilité au Product Management",
        ("Camille Sanchis",),
        "Salle -TC 7",
    ),
    (
        "09:55",
        "Des réunions qui respirent et qui donnent envie de revenir (Atelier long)",
        ("Hélène Surgot",),
        "Salle -TC 8",
    ),
    ("10:45", "Pause café", (), "Hall Admin"),
    ("11:10", "L'art de la motivation", ("Thomas Clavier",), "Amphi 1"),
    ("11:10", "De l'oubli à la maitrise, comment gérer ses connaissances ?", ("Maxime Sciare",), "Salle -TC 6"),
    (
        "11:10",
        "Les Aventuriers du Manifeste Perdu, votre escape game de l'agilité",
        ("Hervé Guennec", "Alexandre Huete"),
        "Salle -TC 7",
    ),
    ("12:00", "Pause déjeuner", (), None),
    (
        "13:30",
        "Keynote 2 : Se (re)connecter à l'énergie des pionniers... manifeste pour un travail plus vivant.",
        ("Julien Fallet",),
        "Amphi 1",
    ),
    (
        "14:25",
        "TransformationAgile.com - Les pratiques agiles pour l'entreprise : l'art de réussir",
        ("Philippe Paulus",),
        "Amphi 1",
    ),
    (
        "14:25",
        "Peut-on rester agile avec des équipes en distanciel ?",
        ("Nicolas Masztaler", "Thomas Le Gac"),
        "Salle -TC 6",
    ),
    (
        "14:25",
        "Comment diminuer voire faire disparaitre une émotion gênante (peur, colère, tristesse...)",
        ("Françoise Bossuet",),
        "Salle -TC 7",
    ),
    ("14:25", "Le jeu Win Your Star (Serious game) (Atelier long)", ("Gaëtan Beuve",), "Salle -TC 8"),
    ("15:15", "Pause café", (), "Hall Admin"),
    ("15:30", "L'agilité peut-elle être une culture d'entreprise ?", ("Christophe Keromen",), "Amphi 1"),
    ("15:30", "Comment mesurer la performance d'une équipe Agile ?", ("Vincent Rossignol",), "Salle -TC 6"),
    ("15:30", "Retro, oui, mais laquelle", ("Jean-Baptiste LE GOFF",), "Salle -TC 7"),
    ("16:30", "Mot de clôture", (), "Amphi 1"),
]

# The school's 25 rows as written: (day of November, start, end, people, title)
OAMLS = [
    (9, "14:00", "16:00", ("Emtiyaz Khan",), "Machine Learning from a Bayesian Perspective"),
    (10, "14:00", "16:00", ("Emtiyaz Khan",), "Machine Learning from a Bayesian Perspective"),
    (11, "16:00", "18:00", ("Jonas Peters", "Sorawit Saengkyongam"), "Causality and Distributional Robustness"),
    (12, "16:00", "18:00", ("Jonas Peters", "Sorawit Saengkyongam"), "Causality and Distributional Robustness"),
    (11, "10:00", "11:00", ("Cheng-Te Li",), "Graph Representation Learning and Its Applications"),
    (11, "11:00", "13:00", ("Cheng-Te Li",), "Graph Representation Learning and Its Applications"),
    (
        12,
        "14:00",
        "16:00",
        ("Hung-yi Lee",),
        "Self-supervised Learning and its applications to Human Language Processing",
    ),
    (15, "11:00", "13:00", ("Hung-yi Lee",), "Meta Learning and its applications to Human Language Processing"),
    (9, "09:00", "11:00", ("Reza Haffari",), "Machine Learning for NLP"),
    (11, "14:00", "16:00", ("Sinno Pan",), "Transfer Learning"),
    (15, "09:00", "11:00", ("Taiji Suzuki",), "Deep Learning Theory and Optimization"),
    (16, "14:00", "16:00", ("Taiji Suzuki",), "Deep Learning Theory and Optimization"),
    (15, "14:00", "16:00", ("Zhongwen Xu",), "Reinforcement Learning"),
    (16, "16:00", "18:00", ("Zhongwen Xu",), "Reinforcement Learning"),
    (8, "11:00", "13:00", ("Cheng Soon Ong",), "Computational Biology"),
    (9, "11:00", "13:00", ("Cheng Soon Ong",), "Computational Biology"),
    (8, "14:00", "16:00", ("Angela Yao",), "Machine Learning for Computer Vision"),
    (8, "16:00", "18:00", ("Angela Yao",), "Machine Learning for Computer Vision"),
    (16, "09:00", "11:00", ("Vered Shwartz",), "Commonsense Reasoning in Natural Language Processing"),
    (16, "11:00", "13:00", ("Vered Shwartz",), "Commonsense Reasoning in Natural Language Processing"),
    (10, "11:00", "13:00", ("Nhat Ho",), "Optimal Transport"),
    (12, "09:00", "11:00", ("Peter Bartlett",), "Generalization Theory"),
    (12, "11:00", "13:00", ("Peter Bartlett",), "Generalization Theory"),
    (8, "09:30", "10:30", ("Wee Sun Lee",), "Introduction and Ice Breaker"),
    (
        10,
        "09:30",
        "10:30",
        ("Hưng Bùi", "Wray Buntine", "Wittawat Jitkrittum", "Wee Sun Lee", "Nan Lu", "Ngân Vũ"),
        "Roundtable Discussion on Machine Learning Research",
    ),
]


def _at(day: date, clock: str, zone: ZoneInfo | timezone) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone)


def _names(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The names of an item's people, without the affiliation their keys carry ("Jean Luc Lambert [Elypsis]")."""
    return tuple(key.split(" [", 1)[0] for key in keys)


def test_agile_laval_google_forms_sheet_finds_its_french_header_and_slot_starts() -> None:
    text = (DATA / "agilelaval2026-program.csv").read_text(encoding="utf-8")
    program = read_csv("agilelaval2026-program.csv", timezone=PARIS)
    day = date(2026, 5, 18)
    starts = [_at(day, start, PARIS) for start, *_ in AGILE_LAVAL]
    ends = [min((later for later in starts if later > start), default=None) for start in starts]
    got = [(item.start, item.end, item.title, _names(item.people), item.location) for item in program.items]

    assert READERS["csv"].detect(text[:2000])
    assert got == [
        (start, end, title, people, room)
        for start, end, (_, title, people, room) in zip(starts, ends, AGILE_LAVAL, strict=True)
    ]
    assert program.items[2].people == ("Jean Luc Lambert [Elypsis]",)  # Entreprise: the speaker's company
    assert any(line.startswith("columns: Horodateur → start") for line in program.reading)


def test_a_forms_timestamp_column_to_the_second_is_no_start() -> None:
    """A form's answers stamped when they came ("12/03/2025 14:23:51") are no programme: the rows stay untimed."""
    stamped = "Horodateur,Titre de la session,Prénom Nom\n12/03/2025 14:23:51,A,Ann Lee\n13/03/2025 09:02:17,B,Bo\n"

    assert not READERS["csv"].detect(stamped)


def test_acml_school_start_at_end_at_with_offsets_are_read_at_their_offset() -> None:
    text = (DATA / "acml-oamls2021-schedule.csv").read_text(encoding="utf-8")
    program = read_csv("acml-oamls2021-schedule.csv")
    got = [(item.start, item.end, item.people, item.title) for item in program.items]

    assert READERS["csv"].detect(text[:2000])
    assert got == [
        (_at(date(2021, 11, day), start, PLUS_8), _at(date(2021, 11, day), end, PLUS_8), people, title)
        for day, start, end, people, title in OAMLS
    ]
    assert [problem.code for problem in program.problems] == ["no-time-zone"]
    assert "50 timestamps read as moments, shown in UTC+08:00" in program.reading  # not "Etc/GMT-8"


def test_educause_one_digit_hours_with_seconds_are_read() -> None:
    program = read_workbook("educause2016-sessions-excerpt.xlsx", timezone=ZoneInfo("America/Los_Angeles"))
    first = program.items[0]

    assert len(program.items) == 40
    assert not [problem for problem in program.problems if problem.code == "unreadable-row"]
    assert (first.title, first.location, first.start) == (
        "Exhibitor Help Desk Open",
        "Lobby B, Level One",
        _at(date(2016, 10, 24), "08:00", ZoneInfo("America/Los_Angeles")),
    )
    assert [item.start.date() for item in program.items if item.start is not None] == [date(2016, 10, 24)] * 6 + [
        date(2016, 10, 25)
    ] * 34
