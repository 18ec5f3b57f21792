"""changes.xml: the sample before and after an edit, built with `--previous` as an organiser would.

The edit (helpers.SAMPLE_EDITS): one talk moved, one cancelled, one renamed, one speaker
replaced. The feed is read by feedparser and validated against RFC 4287's RELAX NG schema
(tests/data/atom/PROVENANCE.md).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import feedparser
import pytest
import rnc2rng
from lxml import etree

from program.cli.main import main

from helpers import SAMPLE_EDITS, changed_sample, published_edit

ATOM = "{http://www.w3.org/2005/Atom}"
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "atom" / "atom.rnc"
MOVED = "spotlight-learning-to-drive-software-defined-storage-792ee1"
RENAMED = "spotlight-predicting-network-buffer-capacity-for-fair-bbr-59c540"
RENAMED_BEFORE = "spotlight-predicting-network-buffer-capacity-for-bbr-079260"
PEOPLE = "spotlight-implementing-reinforcement-learning-datacenter-4aa30a"
CANCELLED = "invited-talk-dawn-song-invited-talk-d28639"


def _build(program_file: Path, out: Path, *more: str) -> None:
    status = main(["build", "--no-pdf", str(program_file), "--out", str(out), *more])
    assert status == 0


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """first/: the sample; out/: the sample rebuilt after the edit with --previous out/program.json."""
    root = tmp_path_factory.mktemp("changes")
    published_edit(root)
    return root


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    # rnc2rng declares the RNC's `namespace local = ""` as xmlns:local="", which XML forbids;
    # the schema names that namespace by ns="" where it uses it, so the declaration goes.
    rng = rnc2rng.dumps(rnc2rng.load(str(SCHEMA))).replace('xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode()))


def test_the_edit_is_one_new_version_above_the_first(builds: Path) -> None:
    feed = feedparser.parse((builds / "out" / "changes.xml").read_bytes())

    assert feed.bozo is False
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == [
        "Version 2: 4 items changed",
        "Version 1: first published, 33 items",
    ]
    assert [entry.updated for entry in feed.entries] == ["2022-12-02T00:00:00Z", "2022-12-02T00:00:00Z"]


def test_each_change_links_to_its_item_on_the_site(builds: Path) -> None:
    entry = etree.parse(builds / "out" / "changes.xml").getroot().find(f"{ATOM}entry")
    assert entry is not None
    lines = entry.findall(f"{ATOM}content//{{http://www.w3.org/1999/xhtml}}li")

    links = {line.findtext("{*}a"): line.find("{*}a").get("href") for line in lines if line.find("{*}a") is not None}
    unlinked = [line.text for line in lines if line.find("{*}a") is None]

    assert sorted(links.values()) == sorted(f"index.html#{item}" for item in (MOVED, RENAMED, PEOPLE))
    assert unlinked == ["Dawn Song - Invited Talk (invited talk), Sat 3 Dec, 9:30 a.m.–10:15 a.m."]
    moved = next(text for text, href in links.items() if href.endswith(MOVED))
    assert moved.endswith("Sat 3 Dec, 11:45 a.m.–11:55 a.m. → Sat 3 Dec, 12:00 p.m.–12:10 p.m.")
    site = (builds / "out" / "index.html").read_text(encoding="utf-8")
    assert all(f'id="{item}"' in site for item in (MOVED, RENAMED, PEOPLE))


def test_an_entry_carries_its_changes_as_program_diff_records(builds: Path) -> None:
    entry = etree.parse(builds / "out" / "changes.xml").getroot().find(f"{ATOM}entry")
    assert entry is not None

    records = json.loads(entry.findtext("{tag:program.invalid,2025:changes}changes") or "")

    assert {record["changes"][0]: (record["old"] or {}).get("id") for record in records} == {
        "removed": CANCELLED,
        "moved": MOVED,
        "renamed": RENAMED_BEFORE,
        "people": PEOPLE,
    }
    assert len(SAMPLE_EDITS) == len(records)


@pytest.mark.parametrize("build", ["first", "out"])
def test_the_feed_is_valid_atom(builds: Path, atom_schema: etree.RelaxNG, build: str) -> None:
    document = etree.parse(builds / build / "changes.xml")

    assert atom_schema.validate(document), atom_schema.error_log
    assert document.getroot().find(f"{ATOM}author/{ATOM}name") is not None  # the schema's Schematron rule


def test_the_same_builds_give_the_same_feed_and_a_rebuild_adds_no_version(builds: Path, tmp_path: Path) -> None:
    after = changed_sample(tmp_path)

    _build(after, tmp_path / "again", "--previous", str(builds / "first" / "program.json"))
    _build(after, tmp_path / "again", "--previous", str(tmp_path / "again" / "program.json"))

    assert (tmp_path / "again" / "changes.xml").read_bytes() == (builds / "out" / "changes.xml").read_bytes()


def test_a_third_version_keeps_the_earlier_entries_as_published(builds: Path, tmp_path: Path) -> None:
    shutil.copytree(builds / "out", tmp_path / "out", symlinks=True)
    after = changed_sample(tmp_path)
    page = next(tmp_path.glob("*.txt"))
    page.write_text(
        page.read_text(encoding="utf-8").replace("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m."),
        encoding="utf-8",
    )

    _build(after, tmp_path / "out", "--previous", str(tmp_path / "out" / "program.json"))

    def entries(folder: Path) -> list[bytes]:
        return [etree.tostring(entry) for entry in etree.parse(folder / "changes.xml").getroot().iter(f"{ATOM}entry")]

    now, before = entries(tmp_path / "out"), entries(builds / "out")
    assert now[1:] == before
    assert b"Version 3: 1 item changed" in now[0]
    assert len({etree.fromstring(entry).findtext(f"{ATOM}id") for entry in now}) == 3


def test_a_damaged_earlier_feed_is_refused_with_its_line(
    builds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(builds / "out", tmp_path / "out", symlinks=True)
    (tmp_path / "out" / "changes.xml").write_text("<?xml version='1.0'?>\n<feed>\n<entry>\n</feed>\n")
    capsys.readouterr()

    status = main(["build", "--no-pdf", str(changed_sample(tmp_path)), "--out", str(tmp_path / "out"),
                   "--previous", str(tmp_path / "out" / "program.json")])  # fmt: skip

    assert status != 0
    assert f"{tmp_path / 'out' / 'changes.xml'}:4: error: expected the changes.xml of an earlier build" in (
        capsys.readouterr().err
    )
    assert (tmp_path / "out" / "changes.xml").read_text().startswith("<?xml version='1.0'?>\n<feed>")
