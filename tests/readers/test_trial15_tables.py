"""Tables and YAML a new user brought unseen (session 12, trial 15), read as their sources say.

- The Pietrobon symposium 2026's TSV `day | hour | content`: it needed a program file mapping its
  columns, and its lectures kept `Lecture by dr. Massimo Mantegazza, "…"` whole as the title.
- AI4FACD 2025's YAML: `subtitle: Zhiru Zhang, Cornell University` was glued onto the title.

The expectations are read off the files (each a screen long).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import READERS, ReadContext
from program.readers.workbook import WorkbookReader

from helpers import ROOT

DATA = ROOT / "tests" / "data"
PIETROBON = DATA / "spreadsheets" / "pietrobon2026-program.csv"
AI4FACD = DATA / "yaml_site" / "ai4facd2025-program.yml"
ROME = ZoneInfo("Europe/Rome")
TOKYO = ZoneInfo("Asia/Tokyo")


def _detected(text: str) -> list[str]:
    return [name for name, reader in READERS.items() if reader.detect(text)]


def test_pietrobon_tsv_is_detected_and_its_lectures_split_into_speaker_and_title() -> None:
    text = PIETROBON.read_text(encoding="utf-8")
    assert _detected(text) == ["csv"]
    program = READERS["csv"].read(text, source=str(PIETROBON), context=ReadContext(timezone=ROME))

    def at(clock: str) -> datetime:
        return datetime.combine(date(2026, 1, 30), datetime.strptime(clock, "%H:%M").time(), ROME)

    got = [(item.title, item.start, item.end, item.people, item.label) for item in program.items]
    assert got == [
        ("Registration", at("10:00"), at("10:30"), (), None),
        ("Welcome by the Department Head, Prof. Rosario Rizzuto", at("10:30"), at("11:00"), ("Rosario Rizzuto",), None),
        (
            "From calcium channels to brain plasticity: my adventures with Daniela",
            at("11:00"),
            at("11:30"),
            ("Chinfei Chen",),
            "Lecture",
        ),
        (
            "Sodium Channels in Genetic Neurological Disorders: Spotlight on SCN1A/NaV1.1",
            at("11:30"),
            at("12:00"),
            ("Massimo Mantegazza",),
            "Lecture",
        ),
        (
            "Cellular and circuital mechanisms underlying sensory perception and spatial navigation",
            at("12:00"),
            at("12:30"),
            ("Tommaso Fellin",),
            "Lecture",
        ),
        ("Lunch break (reserved to invited participants)", at("12:30"), at("14:00"), (), None),
        (
            "Calcium Channelopathies: from Migraine to Autism",
            at("14:00"),
            at("14:30"),
            ("Joerg Striessnig",),
            "Lecture",
        ),
        ("Perineuronal nets: a brain wide perspective", at("14:30"), at("15:00"), ("Tommaso Pizzorusso",), "Lecture"),
        ("GLT-1 multifaceted modulation of E/I balance", at("15:00"), at("15:30"), ("Fiorenzo Conti",), "Lecture"),
        ("Coffee break (reserved to invited participants)", at("15:30"), at("16:00"), (), None),
        (
            "Homeostatic chemo-optogenetics and gene-free photostimulation of neurons: towards a light-powered brain",
            at("16:00"),
            at("16:30"),
            ("Fabio Benfenati",),
            "Lecture",
        ),
        (
            "Unraveling the mechanisms of migraine with aura (with Daniela!)",
            at("16:30"),
            at("17:00"),
            ("K.C. Brennan",),
            "Lecture",
        ),
        ("Concluding Lecture by Prof. Daniela Pietrobon", at("17:00"), at("18:00"), ("Daniela Pietrobon",), None),
    ]
    assert [item.kind for item in program.items if item.label == "Lecture"] == [Kind.TALK] * 8
    assert "columns: day → date, hour → time, content → title" in program.reading


def test_a_title_by_two_people_or_by_a_gerund_keeps_its_title() -> None:
    text = "time\ttitle\n10:00-10:30\tLearning by Doing\n10:30-11:00\tPanel by Ada Lovelace, Bo Li\n"
    program = READERS["csv"].read(
        text, source="t.tsv", context=ReadContext(timezone=ROME, first_date=date(2026, 1, 30))
    )

    assert [(item.title, item.people) for item in program.items] == [
        ("Learning by Doing", ()),
        ("Panel by Ada Lovelace, Bo Li", ()),
    ]


def test_a_lounge_sponsored_by_a_firm_names_nobody() -> None:
    # EDUCAUSE 2016's sessions: "CIO Lounge - Sponsored by Unit4, Gold Partner" made "Gold Partner" a speaker
    book = DATA / "spreadsheets" / "educause2016-sessions-excerpt.xlsx"
    context = ReadContext(timezone=ZoneInfo("America/Los_Angeles"))
    program = WorkbookReader().read_bytes(book.read_bytes(), source=str(book), context=context)

    sponsored = [item for item in program.items if "Sponsored by" in item.title]
    assert len(sponsored) == 4 and all(item.people == () for item in sponsored)


def test_ai4facd_subtitle_of_a_name_and_affiliation_is_the_speaker() -> None:
    text = AI4FACD.read_text(encoding="utf-8")
    context = ReadContext(timezone=TOKYO, first_date=date(2025, 6, 21))
    program = READERS["yaml-site"].read(text, source=str(AI4FACD), context=context)

    def at(clock: str) -> datetime:
        return datetime.combine(date(2025, 6, 21), datetime.strptime(clock, "%H:%M").time(), TOKYO)

    got = [(item.title, item.start, item.end, item.people) for item in program.items]
    ict = "Institute of Computing Technology, Chinese Academy of Sciences"
    assert got[:7] == [
        ("Welcome and Introduction", at("08:45"), at("09:00"), (f"Xing Hu [{ict}]",)),
        (
            "Hypothesizing (Fantasizing) Autonomous Hardware Design",
            at("09:00"),
            at("09:30"),
            ("Zhiru Zhang [Cornell University]",),
        ),
        ("The Role of AI for Next Generation SW/HW Codesign", at("09:30"), at("10:00"), ("Vincent T. Lee [Meta]",)),
        (
            "QiMeng: Automated Hardware and Software Design for Processor Chip",
            at("10:00"),
            at("10:30"),
            (f"Di Huang [{ict}]",),
        ),
        (
            "Hair of the Dog: How AI Can Help Formally Verify AI-Designed Chips",
            at("10:30"),
            at("11:00"),
            ("Yatin Manerkar [University of Michigan]",),
        ),
        (
            "Learning with Limited Resources: Optimizing Neural Networks for Extreme Efficiency",
            at("11:00"),
            at("11:30"),
            ("Radu Marculescu [University of Texas at Austin]",),
        ),
        ("Break", at("11:30"), at("11:45"), ()),
    ]
    assert len(program.items) == 12
    assert all(not item.people for item in program.items[7:])  # the papers' talks name no one in this file
    assert program.reading[0].startswith("12 entries, 6 speakers, 0 rooms")
    assert "subtitle → people" in program.reading[0]
