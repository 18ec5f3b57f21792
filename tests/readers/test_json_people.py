"""People objects in a JSON list: Netdev 0x16's HotCRP export, a file a tester tried unseen (trial 5).

Each talk's `authors` is a list of {"email", "first", "last", "affiliation", "contact"}; 18 talks
carry `pc_conflicts`, an object keyed by reviewers' e-mail addresses. Read here with json-rows
(`--format json-rows`); detected, it is the hotcrp reader's paper list (tests/readers/test_hotcrp.py).
Expectations written by hand from tests/data/hotcrp/netdev0x16-schedule.json.
"""

from __future__ import annotations

from program.feed_reading import read_feed
from program.model import Item, Program
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader
from program.readers.tabular.read import key_families
from program.settings import FeedSpec

from helpers import ROOT

NETDEV = ROOT / "tests" / "data" / "hotcrp" / "netdev0x16-schedule.json"


def _read() -> Program:
    text = decode_feed(NETDEV.read_bytes(), NETDEV.name)
    return JsonRowsReader().read(text, source=NETDEV.name, context=ReadContext())


def _titled(program: Program, title: str) -> Item:
    return next(item for item in program.items if item.title == title)


def test_author_objects_are_people_with_their_affiliations() -> None:
    program = _read()
    assert len(program.items) == 37
    # pid 1: {"first": "J Hadi", "last": "Salim", "affiliation": "Mojatatu Networks"}
    assert _titled(program, "TC Workshop").people == ("J Hadi Salim [Mojatatu Networks]",)
    assert _titled(program, "Cross–Layer Telemetry Support in Linux Kernel").people == (
        "Justin Iurman [University of Liege]",
        "Benoit Donnet [University of Liege]",
    )
    # pid 47: the second author gives no affiliation; the third's stays hers.
    assert _titled(program, "Outreachy").people == ("Roopa Prabhu [Nvidia]", "Jaehee Park", "Stefano Brivio [Red Hat]")
    assert _titled(program, "Driver Workshop").people[:2] == ("Saeed Mahameed", "Willem de Bruijn")


def test_authors_addresses_are_kept_for_their_people_and_never_printed() -> None:
    program = _read()
    assert dict(program.addresses)["J Hadi Salim [Mojatatu Networks]"].endswith("@mojatatu.com")
    said = "\n".join(program.reading)
    assert "@" not in said
    assert "authors → people, authors.affiliation → affiliation, authors.email → email" in said
    assert "pc_conflicts.… (13 keys)" in said


def test_key_families_are_said_once_when_keyed_by_data_or_many() -> None:
    names = ["pid", "pc.a@x.org", "pc.b@y.org", "options.video"]
    assert key_families(names) == ["pid", "pc.… (2 keys)", "options.video"]
    many = [f"options.o{number}" for number in range(8)]
    assert key_families(many) == ["options.… (8 keys)"]


def test_hotcrps_export_is_detected_as_hotcrps_papers() -> None:
    # session 17: a HotCRP export is a paper list (rejected papers may be in it): hotcrp's, read as rows when named
    detected = read_feed(FeedSpec(NETDEV), ReadContext())
    assert (detected.reader, len(detected.program.items), len(detected.program.papers)) == ("hotcrp", 0, 37)
