"""Trial 20's data files (unseen): CfgMgmtCamp 2019's calendar, F8 2017's Open Event export (ENEEM: test_trial20_yaml).

Expectations are written from the sources (tests/data/*/PROVENANCE.md): the calendar's SUMMARY,
DTSTART/DTEND (floating, in its X-WR-TIMEZONE), LOCATION and ORGANIZER value (split at ` & `);
the Open Event sessions' `start_time`/`end_time`.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from program.feed_reading import read_feed
from program.model import Severity
from program.readers import ReadContext
from program.readers.ics import IcsReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data"
CFGMGMTCAMP = DATA / "ics" / "cfgmgmtcamp2019-schedule-excerpt.ics"
BRUSSELS = ZoneInfo("Europe/Brussels")

CFGMGMTCAMP_EVENTS = [
    ("You Had One Job: Configuring the Edge Router", "17:30", "17:55", ("Damien Duportal",), "B.CON"),
    (
        "CNAB: packaging for distributed applications with multiple toolchains",
        "16:30",
        "17:25",
        ("Gareth Rushgrove",),
        "B.CON",
    ),
    ("Ansible Community Update", "14:00", "14:55", ("Robyn Bergeron",), "B.1.017"),
    ("Pulp Users Love Plugins", "15:00", "15:55", ("Matthias Dellweg",), "B.4.039"),
    ("Ops hates containers! Why?", "14:00", "14:55", ("Martin Alfke",), "B.CON"),
    (
        "A general update on the Choria and Marionette Collective projects",
        "16:30",
        "17:25",
        ("R.I. Pienaar",),
        "B.1.015",
    ),
    ("Automating Puppet Certificates Renewal", "15:00", "15:55", ("Raphaël Pinson",), "B.1.015"),
    ("Breakfast", "08:30", "09:55", (), "D.AUD"),
    (
        "CFToolkit - New tooling in CFEngine 3.10, 3.12, and beyond",
        "17:30",
        "18:25",
        ("Ole Herman Elgesem",),
        "B.4.042",
    ),
    ("Istio: Service Mesh Network Security", "15:00", "15:55", ("Andrew Martin",), "B.CON"),
    (
        "Managing large Debian repositories with Pulp (and less than 50GiB of RAM)",
        "17:00",
        "17:25",
        ("Quirin Pamp",),
        "B.4.039",
    ),
    ("Pulp 3: Ready for a Test Drive", "14:00", "14:55", ("Austin Macdonald",), "B.4.039"),
    ("Puppet's Type & Provider Module Extraction Saga", "14:00", "14:55", ("Jorie Tappa",), "B.1.015"),
    ("Secrets management with Puppet at CERN", "17:30", "17:55", ("Carles Garcia Cabot",), "B.1.015"),
    ("pulp_ansible: Ansible content storage", "16:30", "16:55", ("Ina Panova",), "B.4.039"),
    ("Ansible from metal to container", "15:00", "15:55", ("Toshaan Bharvani",), "B.1.017"),
    ("Automate Kubernetes Workloads with Ansible", "17:30", "18:25", ("Michael Hrivnak",), "B.1.017"),
    ("Break", "16:00", "16:25", (), "B.1.017"),
    (
        "Clients, TheForeman, and you. Reusing your server lifecycle management for client machines",
        "14:30",
        "14:55",
        ("Alexander Olofsson",),
        "B.2.015",
    ),
    (
        "Drilling down a software bug: lessons about observability, monitoring, automation and good practices",
        "17:30",
        "18:25",
        ("Katerina Koutsonikoli",),
        "B.3.019",
    ),
    ("Foreman - Lifecycle management for training labs", "17:00", "17:25", ("Dirk Goetz",), "B.2.015"),
    (
        "Foreman and Kubevirt for Orchestrating a Virtualized environment over Containers",
        "16:30",
        "16:55",
        ("Boris Odnopozov",),
        "B.2.015",
    ),
    (
        "How to benefit from the new plugin ecosystem in Rudder 5.0?",
        "15:00",
        "15:55",
        ("Benoît Peccatte",),
        "B.4.042",
    ),
    (
        "Mgmt Config: Advanced demos and internals for hackers",
        "16:30",
        "17:25",
        ("James 'purpleidea' Shubin",),
        "B.3.019",
    ),
    ("The Foreman Community Update", "14:00", "14:25", ("Tomer Brisker", "Greg Sutcliffe"), "B.2.015"),
    ("Tool migration - from Puppet to mgmt and back", "15:00", "15:55", ("Felix Frank",), "B.3.019"),
    (
        "UX challenges of a UI-centric config management tool",
        "16:30",
        "17:25",
        ("Raphael Gauthier",),
        "B.4.042",
    ),
    ("What happened in Rudder in 2018 and what's next?", "14:30", "14:55", ("Alexis Mousset",), "B.4.042"),
    ("What is Rudder and when should I use it?", "14:00", "14:25", ("Alexander Brianceau",), "B.4.042"),
    (
        "Ensuring security with Foreman - OpenSCAP plugin",
        "15:00",
        "15:55",
        ("Aditi Puntambekar",),
        "B.2.015",
    ),
    ("Mgmt Config: The Road to 0.1", "14:00", "14:55", ("James 'purpleidea' Shubin",), "B.3.019"),
    ("Applying SOLID principles to Infrastructure as Code", "17:30", "18:25", ("Bram Vogelaar",), "D.AUD"),
    ("Break", "16:00", "16:25", (), "D.AUD"),
    ("Break", "16:00", "16:25", (), "B.CON"),
    ("Break", "16:00", "16:25", (), "B.1.015"),
    ("Break", "16:00", "16:25", (), "B.3.019"),
    ("Break", "16:00", "16:25", (), "B.2.015"),
    ("Break", "16:00", "16:25", (), "B.4.042"),
    ("Break", "16:00", "16:25", (), "B.4.039"),
    ("Break", "11:00", "11:20", (), "D.AUD"),
]
"""The excerpt's 40 VEVENTs (Monday 4 February 2019), in the file's order."""


def _brussels(clock: str) -> datetime:
    return datetime.fromisoformat(f"2019-02-04T{clock}").replace(tzinfo=BRUSSELS)


def test_cfgmgmtcamp_speakers_are_the_organizer_values_that_differ_from_event_to_event() -> None:
    read = read_feed(FeedSpec(CFGMGMTCAMP), ReadContext())

    got = [(i.title, i.start, i.end, i.people, i.location) for i in read.program.items]
    assert read.reader == "ics"
    assert got == [(t, _brussels(s), _brussels(e), p, r) for t, s, e, p, r in CFGMGMTCAMP_EVENTS]
    assert any("else ORGANIZER (organizers differ)" in line for line in read.program.reading)


_OWNED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
UID:a
SUMMARY:Opening
ORGANIZER:{first}
DTSTART:20190204T090000
DTEND:20190204T093000
END:VEVENT
BEGIN:VEVENT
UID:b
SUMMARY:Lunch
ORGANIZER:{second}
DTSTART:20190204T120000
DTEND:20190204T130000
END:VEVENT
BEGIN:VEVENT
UID:c
SUMMARY:Closing
ORGANIZER:
DTSTART:20190204T170000
DTEND:20190204T173000
END:VEVENT
END:VCALENDAR
"""


def _organizer_people(first: str, second: str) -> list[tuple[str, ...]]:
    data = _OWNED.format(first=first, second=second).replace("\n", "\r\n").encode()
    return [item.people for item in IcsReader().read_bytes(data, source="x.ics", context=ReadContext()).items]


def test_one_organizer_for_every_event_is_the_calendars_owner_even_as_a_bare_name() -> None:
    assert _organizer_people("Camp Team", "Camp Team") == [(), (), ()]


def test_an_organizer_address_names_nobody_and_names_that_differ_are_speakers() -> None:
    assert _organizer_people("mailto:ada@example.org", "mailto:bob@example.org") == [(), (), ()]
    assert _organizer_people("Ada Lovelace", "Bob Smith & Eve Jones") == [
        ("Ada Lovelace",),
        ("Bob Smith", "Eve Jones"),
        (),
    ]


F8 = DATA / "open_event" / "f8-2017-sessions-excerpt.json"
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
F8_SESSIONS = [
    ("Introduction to the Camera Effects Platform", "04-18T12:30", "04-18T13:20", ("Michael Slater",), "Hall G"),
    (
        "Litho: A Declarative Framework for Efficient UIs",
        "04-18T12:30",
        "04-18T13:20",
        ("Lucas Rocha", "Emil Sjölander"),
        "Hall F",
    ),
    (
        "WebVR: Enabling Developers to Build Engaging Cross-Platform VR Content",
        "04-18T12:30",
        "04-18T13:20",
        ("Justin Rogers", "Andrew Mo", "Mike Armstrong"),
        "Hall LL",
    ),
    (
        "Boost Your Business With Messenger",
        "04-18T12:30",
        "04-18T12:50",
        ("Kemal El Moujahid", "Allison Swope"),
        "Hall B",
    ),
    ("How to Build a Great Bot", "04-18T13:00", "04-18T13:20", ("Mikhail Larionov", "Helen Tsang"), "Hall B"),
    (
        "The Evolution of React and GraphQL at Facebook and Beyond",
        "04-18T13:30",
        "04-18T14:20",
        ("Tom Occhino", "Yuzhi Zheng"),
        "Hall F",
    ),
    (
        "Bringing VR Experiences to Everyone: Scripting, Producing and Planning",
        "04-18T13:30",
        "04-18T14:20",
        ("Megan Summers", "Yelena Rachitsky", "Julia Sourikoff", "Christina Heller", "Ryan Horrigan"),
        "Hall LL",
    ),
    (
        "Building Native Games for Facebook Gameroom",
        "04-18T13:30",
        "04-18T13:50",
        ("Tejal Parekh", "Kevin Thai"),
        "Hall B",
    ),
    ("Weapons of Mass Creation", "04-18T13:30", "04-18T13:50", ("Khailee Ng",), "Hall C"),
    (
        "Intro to Building Camera Effects with the AR Studio: Live Demo",
        "04-18T13:30",
        "04-18T14:20",
        ("Dolapo Falola", "Sammi Krug"),
        "Hall G",
    ),
    ("What's Next for Workplace by Facebook?", "04-18T14:00", "04-18T14:50", ("Simon Cross", "Joanna Tong"), "Hall C"),
    ("A Startup Journey from an Emerging Market", "04-18T14:00", "04-18T14:20", ("Gary Urteag",), "Hall B"),
    (
        "Building High-Quality JavaScript Tools",
        "04-18T14:30",
        "04-18T15:20",
        ("Christoph Pojer", "Konstantin Raev"),
        "Hall F",
    ),
    ("What's Next for Instant Games", "04-18T14:30", "04-18T15:20", ("Ray Guang", "Leo Olebe"), "Hall B"),
    (
        "React VR: Build amazing VR experiences using React",
        "04-18T14:30",
        "04-18T14:50",
        ("Andrew Imm", "Amber Roy"),
        "Hall LL",
    ),
    (
        "What can be Learned from China's Mobile Economy Boom in Past 5 Years?",
        "04-18T14:30",
        "04-18T14:50",
        ("Jack (Peng) Zhang",),
        "Hall G",
    ),
    ("Making Great Camera Effects", "04-18T15:00", "04-18T15:50", ("Volodymyr Giginiak", "Stef Smet"), "Hall G"),
    ("The Making of Facebook Spaces", "04-18T15:00", "04-18T15:50", ("Mike Booth",), "Hall LL"),
    (
        "Building Custom Integrations for Workplace by Facebook",
        "04-18T15:00",
        "04-18T15:50",
        ("Astha Agarwal", "Connor Treacy"),
        "Hall C",
    ),
    ("Understanding Gaming Video on Facebook", "04-18T15:30", "04-18T15:50", ("Stephen Ellis", "Guy Cross"), "Hall B"),
    ("Hack: Compilations @ Scale", "04-18T15:30", "04-18T15:50", ("Dwayne Reeves",), "Hall F"),
    (
        "Moving Faster: Optimizing Developer Experiences of Facebook Engineers",
        "04-18T16:00",
        "04-18T16:20",
        ("Katie Coons", "Kasper Kopec"),
        "Hall F",
    ),
    (
        "Explore the Power of the Places Graph",
        "04-18T16:00",
        "04-18T16:20",
        ("Matias Castello", "Aileen Chen"),
        "Hall G",
    ),
    (
        "Create Fullscreen Experiences On Mobile with Canvas",
        "04-18T16:00",
        "04-18T16:20",
        ("Rachel Tucker", "Rohan Kuruvilla"),
        "Hall C",
    ),
    (
        "International Research: Gaining Cultural Context for Scalable Solutions.",
        "04-18T16:00",
        "04-18T16:20",
        ("Megan Witmer",),
        "Hall B",
    ),
    ("Early Lessons in Social VR from Oculus Rooms", "04-18T16:00", "04-18T16:20", ("Mike LeBeau",), "Hall LL"),
    ("VR Together: adding social components to your VR apps", "04-19T14:30", "04-19T15:30", ("Mike Howard",), "Hall A"),
    ("VR 201: Lessons from the frontline", "04-19T16:30", None, ("Chris Pruett",), "Hall A"),
    (
        "Measure the complete customer journey with Facebook Analytics",
        "04-18T16:00",
        "04-18T17:50",
        ("Josh Twist",),
        "Hall LL",
    ),
    (
        "Facebook Analytics: introducing Automated Insights",
        "04-19T13:00",
        "04-19T13:20",
        ("Lisa Jones", "Luke Sernau"),
        "Hall C",
    ),
    (
        "Use machine translations to remove language barriers on Facebook",
        "04-19T12:00",
        "04-19T12:20",
        ("Necip Fazil Ayan",),
        "Hall G",
    ),
    (
        "Natural language understanding @facebook",
        "04-19T13:30",
        "04-19T13:50",
        ("Benoit Dumoulin", "Aparna Lakshmiratan"),
        "Hall G",
    ),
    (
        "Making the facebook social graph semantic",
        "04-19T13:00",
        "04-19T13:20",
        ("Manohar Paluri", "Merlyn Deng"),
        "Hall G",
    ),
    ("Casual 3D capture", "04-19T14:30", "04-19T14:50", ("Johannes Kopf",), "Hall G"),
]
"""The excerpt's 34 sessions: `title`, `start_time`/`end_time` (2017, offset -07:00), speakers, `microlocation`."""


def _pacific(written: str | None) -> datetime | None:
    return datetime.fromisoformat(f"2017-{written}:00-07:00").astimezone(LOS_ANGELES) if written else None


def test_f8_session_ending_before_it_starts_keeps_its_start_with_a_warning_naming_the_files_keys() -> None:
    read = read_feed(FeedSpec(F8), ReadContext(timezone=LOS_ANGELES))

    got = [(i.title, i.start, i.end, i.people, i.location) for i in read.program.items]
    assert read.reader == "open-event"
    assert got == [(t, _pacific(s), _pacific(e), p, r) for t, s, e, p, r in F8_SESSIONS]
    [slip] = [problem for problem in read.program.problems if problem.code == "end-before-start"]
    assert (slip.severity, slip.source.line if slip.source else None) == (Severity.WARNING, 1368)
    assert slip.message == (
        "'VR 201: Lessons from the frontline': its end_time '2017-04-19T15:30:00-07:00' is before its "
        "start_time '2017-04-19T16:30:00-07:00'; read as a start only (at $[27])"
    )
    assert not [problem for problem in read.program.problems if problem.severity is Severity.ERROR]
