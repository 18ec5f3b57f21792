"""Spreadsheet items written by hand from the sheets, one a line, for the fidelity bench.

A line is "Mon 08:00 09:35 | Title | Name; Name": the weekday in --date's week, the start,
the end ("-": none), the title and the people ("?": not counted); "- | Title | Name" is untimed.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from program.readers.base import ReadContext

Expected = list[tuple[str, datetime | None, datetime | None, tuple[str, ...] | None]]


def at(day: date, clock: str, zone: ZoneInfo, fmt: str = "%H:%M") -> datetime:
    """The wall-clock moment `clock` on `day` in `zone`."""
    return datetime.combine(day, datetime.strptime(clock.strip(), fmt).time(), zone)


def written(text: str, context: ReadContext) -> Expected:
    """Items written by hand as "Mon 08:00 09:35 | Title | Name; Name" (weekdays from --date's week; "-": no end)."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows: Expected = []
    for line in text.strip().splitlines():
        when, title, who = (part.strip() for part in line.split("|"))
        people = tuple(name.strip() for name in who.split(";") if name.strip())
        if when == "-":  # an untimed row (a paper under its session): title and people only
            rows.append((title, None, None, people))
            continue
        weekday, start, end = when.split()
        day = first + timedelta(days=(weekdays.index(weekday) - first.weekday()) % 7)
        checked = people if who != "?" else None  # "?": names written into the title ("Joggen mit Sandra"), not counted
        rows.append((title, at(day, start, zone), at(day, end, zone) if end != "-" else None, checked))
    return rows


# ML4HST 2023, written by hand from the sheet: day, start, end | title | people (a cell's lines in order).
ML4HST = """
Mon 08:00 09:35 | Introduction to AI and ML | Dr. Suresh
Mon 08:00 09:35 | Online ML Activities | Matt
Tue 08:00 09:35 | Haar Cascade Face Tracking | Nischal
Wed 08:00 09:35 | Melody Harmonzation | Fletcher
Thu 08:00 09:35 | Line Following with TurboPi | Josh
Fri 08:00 09:35 | Introduction to Quantum Mechanics | Fletecher
Fri 08:00 09:35 | Introduction to Quantum Computing | Tessa
Mon 09:35 09:45 | Break |
Tue 09:35 09:45 | Break |
Wed 09:35 09:45 | Break |
Thu 09:35 09:45 | Break |
Fri 09:35 09:45 | Break |
Mon 09:45 11:15 | ML Fundamentals | Josh
Mon 09:45 11:15 | Percpetron | Dr. Suresh
Tue 09:45 11:15 | ChatGPT | Fletcher
Tue 09:45 11:15 | Introduction to Pytorch | Josh
Tue 09:45 11:15 | Dr. Wright | Dr. Wright
Wed 09:45 11:15 | Plant Species Identification | Matt
Wed 09:45 11:15 | Data Collection with Drones | Bruce
Thu 09:45 11:15 | Obstacle Avoidance Drones | Bruce
Fri 09:45 10:45 | Quantum Encryption | Bruce
Fri 09:45 10:45 | Online Quantum Computing Activities | Matt
Mon 11:15 12:15 | Lunch |
Tue 11:15 12:15 | Lunch |
Wed 11:15 12:15 | Lunch |
Thu 11:15 12:15 | Lunch |
Fri 10:45 11:00 | Break |
Mon 12:15 13:30 | Introduction to Lobe AI | Matt
Mon 12:15 13:30 | Rock Paper Scissors | Matt
Tue 12:15 13:30 | Bird Sound Identification | Matt
Wed 12:15 13:30 | Introduction to CNNs | Dr. Suresh
Thu 12:15 15:00 | PuppyPi | Fletcher
Thu 12:15 15:00 | JetHexa | Matt
Fri 11:00 11:45 | Dr. Pudenz | Dr. Pudenz
Mon 13:30 13:45 | Break |
Tue 13:30 13:45 | Break |
Wed 13:30 13:45 | Break |
Fri 12:00 13:00 | Lunch |
Mon 13:45 15:00 | Iris Classifier with Scikit | Josh
Mon 13:45 15:00 | Animal Classifier with Sckit | Nischal
Tue 13:45 15:00 | Pytorch Lightning and Copilot | Bruce
Wed 13:45 15:00 | Introduction to RNNs | Dr. Suresh
Wed 13:45 15:00 | Advanced ML Architectures | Dr. Suresh
Fri 13:00 14:15 | Programming Quantum Computers | Dr. Suresh
Mon 15:00 15:15 | Break |
Tue 15:00 15:15 | Break |
Wed 15:00 15:15 | Break |
Thu 15:00 15:15 | Break |
Mon 15:15 16:30 | Polynomial Regression | Tessa
Mon 15:15 16:30 | Image Classification with Scikit | Josh
Tue 15:15 16:30 | Vehicle Detection | Fletcher
Wed 15:15 16:30 | Introduction to TurboPi | Josh
Wed 15:15 16:30 | Face Tracking with TurboPi | Nischal
Thu 15:15 16:30 | Free Time |
Fri 14:15 14:30 | Wrapup |
"""
# Zitadelle 2026, written by hand from programm.csv: Tag 1 is Thursday 28 May; starts only.
# Rows 25-28 repeat rows 9-12 (day 2's morning sport, pasted again): the same four items.
ZITADELLE = """
Thu 10:00 - | Speedboote | ?
Thu 13:00 - | Fähre 1 | ?
Thu 14:30 - | Fähre 2 | ?
Thu 15:00 - | Speedboote | ?
Thu 18:21 - | Eröffnung Zitadelle 2026 | ?
Thu 21:21 - | DJ Party | ?
Fri 07:30 - | Frühstück von 7:30 bis 10:30 | ?
Fri 07:30 - | Yoga & Meditation | ?
Fri 08:00 - | Sunrise Morning Medidation mit Sandra | ?
Fri 08:00 - | Joggen | ?
Fri 08:00 - | Ganzkörper Fitness-Übungen mit Bitfit | ?
Fri 08:45 - | Kundalini Yoga mit Rike | ?
Fri 10:00 - | Specter Desktop mit Schnurtz | ?
Fri 11:00 - | Bitcoin für Beginner mit 21Bitcoin | ?
Fri 12:00 - | Fix the family mit Susanne Dröber | ?
Fri 13:00 - | Mittagspause | ?
Fri 14:00 - | Netdiver | ?
Fri 15:00 - | Ralph - Nostr Kicktip | ?
Fri 16:00 - | Liebe Ego Privacy & höhere Bewusstseinszustände - Bitcoin als Guru mit Jack (Mr. Luna) und Nicole Nowak |?
Fri 17:00 - | Liebe Ego Privacy & höhere Bewusstseinszustände - Bitcoin als Guru mit Jack (Mr. Luna) und Nicole Nowak |?
Fri 19:00 - | Panal Bitcoin | ?
Fri 20:21 - | Die Rockchain Rebels | ?
Fri 22:21 - | DJ Party | ?
Sat 07:30 - | Frühstück von 7:30 bis 10:30 | ?
Sat 13:00 - | Mittagspause | ?
Sat 14:00 - | Gil - Pubky | ?
Sat 15:00 - | Institutionelle Adoption mit Filip | ?
Sat 15:00 - | Specter Shield Lite Workshop | ?
Sat 16:00 - | Tim Buktu Nostr Einundzwanzig | ?
Sat 16:00 - | Specter Shield Lite Workshop | ?
Sat 17:00 - | Was gibt es für L2's | ?
Sat 17:00 - | Specter Shield Lite Workshop | ?
Sat 19:00 - | Bitcoin Familienduell - Wir haben 121 Leute gefragt | ?
Sat 20:00 - | Panal Bitcoin | ?
Sat 21:21 - | 21Bitcoin Pool-Party | ?
Sun 09:00 - | Speedboote | ?
Sun 10:30 - | Fähre 1 | ?
Sun 11:30 - | Fähre 2 | ?
"""

# GUG CZ DevFest 2017, written by hand from schedule_d1.csv and schedule_d2.csv: a break written in
# every track's speaker column, or in the first alone, is one item; "Nik Page" has no talk title.
# Not items: 'Kruhovka' and 'Jeanne Trojan workshop', in a column without a name.
GUGCZ_DAY1 = """
Sat 09:00 09:30 | Registration / Breakfast |
Sat 09:30 10:00 | Zahájení |
Sat 10:00 10:50 | Flutter | Kasper Lund
Sat 10:00 10:50 | Android Things | Rebecca Franks
Sat 10:00 10:50 | Google Cloud | Radek Simko
Sat 10:50 11:00 | Break |
Sat 11:00 11:50 | SDK Android | Vitaliy Zasadnyy
Sat 11:00 11:50 | Indie marketing | Tomáš Hubálek
Sat 11:00 11:50 | Firebase | Juarez Filho
Sat 11:50 12:00 | Break |
Sat 12:00 12:25 | AI Rust | Vigneshwer Dhinakaran
Sat 12:00 12:25 | Firebase Functions | Sofia Huts
Sat 12:00 12:25 | IoT Security | Vladislav Iliushin
Sat 12:25 12:35 | Break |
Sat 12:35 13:00 | Robots | Tomáš Jukin
Sat 12:35 13:00 | Android Studio Plugin | Alexey Buzdin
Sat 12:35 13:00 | Nik Page | Nik Page
Sat 13:00 14:00 | Lunch |
Sat 14:00 14:50 | Google Assistant | Faisal Abid
Sat 14:00 14:50 | Angular Dart | Jana Moudrá
Sat 14:00 14:50 | Android Room | Hugo Visser
Sat 14:50 15:00 | Break |
Sat 15:00 15:50 | Programming in Prison | Sarabeth Jaffe
Sat 15:00 15:50 | Sonar Android | Petr Nálevka
Sat 15:00 15:50 | HTTP2 | Daniel Stenberg
Sat 15:50 16:00 | Break |
Sat 16:00 16:50 | PWAs | Simon MacDonald
Sat 16:00 16:50 | Dart | Tomáš Zvěřina
Sat 16:00 16:50 | Android Doze | Britt Barak
Sat 16:50 17:20 | Coffee Break |
Sat 17:20 17:45 | Lightning Talks x 7 |
Sat 17:20 17:45 | Kotlin Android | Vaclav Souhrada
Sat 17:20 17:45 | Web VR | Tanay Pant
Sat 17:45 18:10 | Service Workers | Ipsha Bhidonia
Sat 17:45 18:10 | J2ObjC | Jindrich Sarson
Sat 18:10 18:15 | Break |
Sat 18:15 18:45 | Ukončení |
Sat 18:45 23:40 | Afterparty |
"""
GUGCZ_DAY2 = """
Sun 09:30 10:00 | Registration / Breakfast |
Sun 10:00 12:30 | experiments with real-time audio/video processing in JavaScript | Ondřej Žára
Sun 10:00 12:30 | Introduction to JavaScript Game Development | Alvin Ourrad
Sun 10:00 12:30 | Basic Concepts of Containers Orchestration | Václav Pavlín
Sun 10:00 12:30 | Okay Google, let's do the code review | Neha Sharma; Jaswant Singh
Sun 10:00 12:30 | Coding Dojo | Paweł Lewtak
Sun 12:30 13:00 | Lunch |
Sun 13:00 15:30 | It's aliiiiive! | Věrka Koukalová; Standa Koukal
Sun 13:00 15:30 | Crypto currency trading algo | Vít Listík
Sun 13:00 15:30 | Writing Firebase Functions in Kotlin | Sergejs Luhmirins
Sun 13:00 15:30 | Morfina - The World Unique Homomorphic Encrypted Open API | Jaroslav Machaň
Sun 13:00 15:30 | Move to Google Cloud Platform, and stop worrying ... | Pavel Krejsa
Sun 13:00 15:30 | PWA | Martin Lonsky
"""


# STTP (nileshghavate/sttp), written by hand from Sheet1: "Day 2" (A–C) an afternoon of 12-hour times
# without pm, "Day3" (E–G) a morning; --date 2022-05-09 (a Monday) is day 1. The breaks are titled
# "“- - - - ”" beside their code "Break".
STTP = """
Tue 14:00 14:20 | Introduction, Features, Application,Popularity, Installation and configuration, various tools. Basic programs |
Tue 14:20 14:40 | Exercise 1 |
Tue 14:40 15:00 | Standard Data Types |
Tue 15:00 15:20 | Exercise 2 |
Tue 15:20 15:40 | Data type conversion, Operators and Decision Making |
Tue 15:40 16:00 | Exercise 3 |
Tue 16:00 16:20 | Break |
Tue 16:20 16:40 | Function, Module, Package |
Tue 16:40 17:00 | Game : Guess secret Code |
Wed 09:30 09:50 | Date/Time, I/O Operation, Exception Handling |
Wed 09:50 10:10 | Exercise 5 |
Wed 10:10 10:30 | OOP ( Class, inhertance, overriding, Data Hiding) |
Wed 10:30 10:50 | Exercise 6 |
Wed 10:50 11:10 | Py <--> MySQL |
Wed 11:10 11:30 | Connect db with python |
Wed 11:30 11:50 | Break |
"""  # noqa: E501

# Instincts 2014 (shivkanthb/instincts-2k14), written by hand from the three sheets and their merged
# ranges: an event starts at its first hour column and ends with its last ("11-12am" ends at noon,
# "12am-1pm" is noon to one); by start, then in the rooms' order (column A). Thursday 13 March 2014.
# Sheet2 writes "போட்டி"'s vowel sign ோ as its two halves (U+0BC7 U+0BBE), as the escapes say.
INSTINCTS = """
Thu 09:00 12:00 | Instincts Inauguration |
Thu 10:00 15:00 | Theatrical Play |
Thu 11:00 16:00 | Dance Alive |
Thu 12:00 14:00 | சாரல் துவக்க விழா |
Thu 12:00 14:00 | Debate (Semi Finals) |
Thu 12:00 15:00 | 60 Seconds |
Thu 12:00 14:00 | Pot Pourri |
Thu 12:00 17:00 | Onday Photography |
Thu 12:00 17:00 | Gaming |
Thu 13:00 15:00 | Mehandi |
Thu 14:00 17:00 | IPL Bidding |
Thu 14:00 17:00 | Games (Saaral) |
Thu 15:00 17:00 | Debate Finals |
Thu 15:00 17:00 | Origami (Paper Art) |
Thu 18:00 20:00 | OML PRO SHOW |
Fri 09:00 12:00 | Reels Of Fire (Short Flim) |
Fri 09:00 10:00 | Music Registration |
Fri 09:00 12:00 | பேச்சு ப\u0bc7\u0bbeட்டி |
Fri 09:00 12:00 | Variety Show (Prelims) |
Fri 09:00 17:00 | Gaming |
Fri 09:00 17:00 | Dance Workshops |
Fri 10:00 12:00 | SSN Idol (Prelims) |
Fri 10:00 13:00 | Shipwreck |
Fri 10:00 12:00 | Rangoli |
Fri 12:00 14:00 | Classical Solo |
Fri 12:00 14:00 | Jam Prelims |
Fri 12:00 16:00 | சிறுகதை/கவிதை ப\u0bc7\u0bbeட்டி |
Fri 12:00 14:00 | Face Painting |
Fri 13:00 15:00 | Variety Show Finals |
Fri 13:00 15:00 | Light Music Band |
Fri 13:00 16:00 | Screenplay Workshop |
Fri 14:00 17:00 | Photography Workshop |
Fri 14:00 16:00 | Clay Moulding |
Fri 15:00 17:00 | SSN Idol Finals |
Fri 15:00 17:00 | Solo Instrumental |
Fri 15:00 17:00 | Jam Finals |
Fri 15:00 17:00 | Mix & Match |
Fri 16:00 17:00 | Bike Stunt |
Fri 17:00 20:00 | Vogue Show and DJ |
Sat 09:00 13:00 | General Quiz & SpEnt Quiz (Prelims) |
Sat 09:00 17:00 | Gaming |
Sat 10:00 14:00 | பட்டிமன்றம் |
Sat 10:00 12:00 | Treasure Hunt (Prelims) |
Sat 10:00 13:00 | Creative Writing |
Sat 11:00 15:00 | Circle Masters (Street Battle) |
Sat 11:00 13:00 | Online (Shutter Click) & On-Day Photography Results |
Sat 13:00 16:00 | ADZAP |
Sat 13:00 16:00 | தமிழிசை |
Sat 13:00 15:00 | Stress Interview |
Sat 14:00 15:00 | சாரல் நிறைவு விழா |
Sat 14:00 17:00 | General Quiz & SpEnt Quiz (Finals) |
Sat 14:00 16:00 | Treasure Hunt (Final) |
Sat 15:00 17:00 | Celebrity Variety |
Sat 15:00 17:00 | Elocution (ELC) |
Sat 17:00 20:00 | Choreo Night |
"""

# Python Zero to Hero (ChasNelson1990), written by hand from Sheet1: a start and a length in minutes;
# Friday 5 April 2019 (the README's first delivery); "END" has no length.
ZERO_TO_HERO = """
Fri 08:30 09:00 | REGISTRATION |
Fri 09:00 09:05 | Introduction |
Fri 09:05 09:25 | Running Python in Jupyter Notebooks |
Fri 09:25 09:50 | Basic Python Syntax and Variables |
Fri 09:50 10:10 | Data Types in Python |
Fri 10:10 10:45 | Built-in Functions, Help and Documentation |
Fri 10:45 11:15 | COFFEE |
Fri 11:15 11:35 | The Python list Data Type |
Fri 11:35 12:00 | Loops in Python (for and while) |
Fri 12:00 12:25 | Python Conditionals (if Statements) |
Fri 12:25 12:45 | Writing Your Own Functions |
Fri 12:45 13:30 | LUNCH |
Fri 13:30 13:40 | Q&A |
Fri 13:40 13:50 | Python Modules |
Fri 13:50 14:10 | Python Modules – NumPy and SciPy |
Fri 14:10 14:30 | Python Modules – pandas |
Fri 14:30 14:50 | Python Modules – matplotlib and Seaborn |
Fri 14:50 15:20 | COFFEE |
Fri 15:20 16:20 | Own Data Workshop |
Fri 16:20 16:30 | Where to go now? |
Fri 16:30 - | END |
"""

# eRum 2016's sheet "Program" (2016-10-12 is a Wednesday), written by hand from the sheet: the grid's rows in
# order, a row's rooms left to right; no cell names people; "20:00+" has no end, "19:50" ends at the next row.
ERUM_PROGRAM = """
Wed 08:00 09:00 | Registration |
Wed 09:00 12:30 | Workshops at University of Life Sciences and Statistical Office |
Wed 12:30 13:30 | Registration and Lunch break (not included in fees) |
Wed 13:30 17:00 | Workshops at University of Life Sciences and Statistical Office |
Thu 08:00 08:40 | Registration + Coffee - sponsored by Quantide |
Thu 08:40 09:00 | Welcome session (AULA) |
Thu 09:00 10:10 | Invited Talks I - Heather Turner + Katarzyna Stąpor (AULA) - Chairman: Rasmus Bååth |
Thu 10:10 10:20 | Group photo in front of the main entrance to the venue |
Thu 10:20 10:45 | Coffee Break - sponsored by eoda |
Thu 10:45 12:15 | Methodology 1 |
Thu 10:45 12:15 | Business 1 |
Thu 10:45 12:15 | Packages 1 |
Thu 12:15 13:30 | Lunch Break - sponsored by McKinsey |
Thu 13:30 14:40 | Invited Talks II - Rasmus Bååth + Jakub Glinka (AULA) - Chairman: Katarzyna Kopczewska |
Thu 14:40 15:00 | Fast coffee break - sponsored by Analyx |
Thu 15:00 16:30 | Methodology 2 |
Thu 15:00 16:30 | Business 2 |
Thu 15:00 16:30 | Packages 2 |
Thu 16:30 17:00 | Coffee Break - sponsored by WLOG Solutions |
Thu 17:00 18:10 | Invited Talks III - Ulrike Grömping + Przemysław Biecek (AULA) - Chairman: Heather Turner |
Thu 18:20 19:45 | Methodology 3 |
Thu 18:20 19:45 | Data Workflow 1 |
Thu 18:20 19:45 | BioR |
Thu 19:50 20:00 | Buses to the Welcome paRty Venue |
Thu 20:00 - | Welcome paRty + poster session - sponsored by McKinsey |
Fri 08:00 08:30 | Registration + coffee - sponsored by Rstudio |
Fri 08:30 09:40 | Invited Talks IV - Romain François + Marek Gągolewski (AULA) - Chairman: Matthias Templ |
Fri 09:40 10:00 | Fast coffee Break - sponsored by DataCamp |
Fri 10:00 11:10 | Invited Talks V - Matthias Templ + Katarzyna Kopczewska (AULA) - Chairman: Katarzyna Stąpor |
Fri 11:10 12:20 | Sponsors session (AULA) |
Fri 12:20 13:30 | Lunch Break - sponsored by Microsoft |
Fri 13:30 15:00 | Lightning talks |
Fri 13:30 15:00 | Data Workflow 2 |
Fri 13:30 15:00 | Education learning |
Fri 15:00 15:20 | Closing session (AULA) |
Fri 19:00 - | A closing get-together with the organisers over beer in the City Center (facultative, not included in fee) |
Sat 10:00 14:00 | Sightseeing tour (facultative, extra fee) |
"""  # noqa: E501
