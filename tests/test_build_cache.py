"""Rebuilds that redo only what changed give, file by file, what a full build gives.

Random edits of the sample (a talk moved, renamed, its people changed, its abstract or its
kind changed, an item removed, a setting, the program's `updated`, the clock, posters as
events or a template changed) are built one after the other into one out/, each incrementally, and each compared
with a full build of the same input into a fresh folder.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from program.build_cache import CACHE_FILE, published_people
from program.pipeline import BuildOptions, build
from program.settings import Settings, load_program_file
from program.writers import RenderOptions, piece_reuse
from program.writers.piece_files import PieceFile, read_piece_file
from program.writers.piece_reuse import PIECES_FOLDER
from program.writers.template_folder import shipped_templates

from helpers import SAMPLE_PAGE, files_under

_TIME_LINE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d")
_ENTRIES = sum(1 for line in SAMPLE_PAGE.read_text().splitlines() if _TIME_LINE.match(line))

Edit = tuple[str, int, int]
"""(what, an entry, another entry)."""

_EDITS = st.tuples(
    st.sampled_from(
        [
            *("move", "rename", "people", "abstract", "kind", "remove", "venue", "updated", "clock", "posters"),
            *("template", "nothing"),
        ]
    ),
    st.integers(0, _ENTRIES - 1),
    st.integers(0, _ENTRIES - 1),
)


_OTHER_KIND = {"(Spotlight)": "(Poster)", "(Poster)": "(Spotlight)", "(Talk)": "(Spotlight)", "(Break)": "(Talk)"}


def _entries(lines: list[str]) -> list[int]:
    return [number for number, line in enumerate(lines) if _TIME_LINE.match(line)]


def _people_line(lines: list[str], start: int, end: int) -> int | None:
    """The line naming the entry's people (just before its 🔗), if it has one."""
    link = next((number for number in range(start, end) if lines[number] == "🔗"), None)
    return link - 1 if link is not None and lines[link - 1] != "|" else None


def _edit_page(text: str, what: str, first: int, second: int) -> str:
    lines = text.split("\n")
    starts = _entries(lines)
    first, second = first % len(starts), second % len(starts)
    bounds = [*starts, len(lines)]
    start, end = bounds[first], bounds[first + 1]
    if what == "move":  # the talk takes another's time
        lines[start] = lines[bounds[second]]
    elif what == "rename":
        lines[start + 2] += " revised"
    elif what == "people":
        mine, theirs = _people_line(lines, start, end), _people_line(lines, bounds[second], bounds[second + 1])
        if mine is not None and theirs is not None:
            lines[mine] = lines[theirs]
        elif mine is not None:
            lines[mine] += " · Ada Q. Newcomer"
    elif what == "abstract":  # the paper's other items point to the first with this abstract (the site)
        longest = max(range(start, end), key=lambda number: len(lines[number]))
        if len(lines[longest]) > 100:
            lines[longest] += " Revised."
    elif what == "kind":  # what the paper's other items say of it ("Spotlight at 10:55 a.m.")
        for number in range(start, end):
            if lines[number] in _OTHER_KIND:
                lines[number] = _OTHER_KIND[lines[number]]
                break
    elif what == "remove" and len(starts) > 2:
        del lines[start:end]
    return "\n".join(lines)


def _apply(edit: Edit, folder: Path, clock: list[bool]) -> None:
    """Make the edit; `clock`: [twelve-hour clock, posters as events], the options toggled by "clock" and "posters"."""
    what, first, second = edit
    page = folder / SAMPLE_PAGE.name
    page.write_text(_edit_page(page.read_text(), what, first, second))
    program_file = folder / "mlsys2022.toml"
    if what == "venue":
        text = program_file.read_text()
        program_file.write_text(re.sub(r'^venue = "[^"]*"', f'venue = "Hall {first}"', text, flags=re.MULTILINE))
    elif what == "updated":  # every event's DTSTAMP: the site's events change, the pages' other pieces do not
        text = program_file.read_text()
        stamp = f"updated = 2022-12-{first % 28 + 1:02}T00:00:00Z"
        program_file.write_text(re.sub(r"^updated = \S+", stamp, text, flags=re.MULTILINE))
    elif what == "clock":
        clock[0] = not clock[0]
    elif what == "posters":  # schedule.xml/.json: each poster an event of its sessions
        clock[1] = not clock[1]
    elif what == "template":
        template = folder / "templates" / "talks.md.j2"
        template.parent.mkdir(exist_ok=True)
        shipped = (shipped_templates() / "talks.md.j2").read_text()
        template.write_text(f"{shipped}\n<!-- edit {first} -->\n")


def _build(folder: Path, out: Path, *, options: list[bool], incremental: bool) -> dict[str, bytes]:
    templates = folder / "templates"
    folder_given = templates if templates.is_dir() else None
    render = RenderOptions(twelve_hour=options[0], posters_as_events=options[1], templates=folder_given)
    settings_ = load_program_file(folder / "mlsys2022.toml")
    build(settings_, out, BuildOptions(render=render, pdf=False, incremental=incremental))
    return files_under(out)


_EXAMPLES = int(os.environ.get("PROGRAM_REBUILD_EXAMPLES", "12"))
"""More when looked at closely (a change to what rebuilds reuse): PROGRAM_REBUILD_EXAMPLES=100."""


@settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(_EDITS, min_size=1, max_size=3))
def test_incremental_builds_match_full_builds_file_by_file(edits: list[Edit]) -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        shutil.copy(SAMPLE_PAGE, folder)
        shutil.copy(SAMPLE_PAGE.parent / "mlsys2022.toml", folder)
        clock = [True, False]
        _build(folder, folder / "out", options=clock, incremental=True)
        for number, edit in enumerate(edits):
            _apply(edit, folder, clock)
            incremental = _build(folder, folder / "out", options=clock, incremental=True)
            full = _build(folder, folder / f"full-{number}", options=clock, incremental=False)
            assert sorted(incremental) == sorted(full)
            for name, data in full.items():
                assert incremental[name] == data, f"{name} differs after {edits[: number + 1]}"


def test_nothing_changed_writes_nothing(tmp_path: Path) -> None:
    settings_ = _sample_copy(tmp_path)
    first = build(settings_, tmp_path / "out", BuildOptions(pdf=False))
    builds = tmp_path / "out" / ".program-publish" / "builds"
    before = [(path.name, path.stat().st_mtime_ns) for path in builds.iterdir()]

    again = build(settings_, tmp_path / "out", BuildOptions(pdf=False))

    assert again.unchanged
    assert [(path.name, path.stat().st_mtime_ns) for path in builds.iterdir()] == before
    assert again.written == first.written


def test_one_edit_renders_its_people_calendars_and_links_the_rest(tmp_path: Path) -> None:
    settings_ = _sample_copy(tmp_path)
    build(settings_, tmp_path / "out", BuildOptions(pdf=False))
    people = tmp_path / "out" / "people"
    inodes = {path.name: path.stat().st_ino for path in people.iterdir()}
    page = tmp_path / SAMPLE_PAGE.name
    page.write_text(page.read_text().replace("Jeff Dean - Invited Talk", "Jeff Dean - Opening Keynote"))

    build(settings_, tmp_path / "out", BuildOptions(pdf=False))

    changed = sorted(path.name for path in people.iterdir() if path.stat().st_ino != inodes[path.name])
    # (A poster's edit would change more: each poster session's event lists its posters,
    # and every presenter at the session has that event.)
    assert changed == ["jeff-dean.ics"]
    assert not (tmp_path / "out" / CACHE_FILE).exists()


def _sample_copy(folder: Path) -> Settings:
    """The sample page and its program file copied into `folder`, the program file loaded."""
    shutil.copy(SAMPLE_PAGE, folder)
    shutil.copy(SAMPLE_PAGE.parent / "mlsys2022.toml", folder)
    return load_program_file(folder / "mlsys2022.toml")


def _piece_file(path: Path) -> PieceFile:
    """The pieces file at `path`, of whatever salt it names."""
    return read_piece_file(path, orjson.loads(path.read_bytes().partition(b"\n")[0])["salt"])


def _pieces(out: Path, writer: str) -> dict[str, str]:
    """A writer's pieces in the published build: its file's, and its base's when it was kept beside one."""
    folder = out / ".program-publish" / "current" / PIECES_FOLDER
    pieces = _piece_file(folder / writer)
    if pieces.partial:
        return {**_piece_file(folder / f"{writer}{piece_reuse.BASE_SUFFIX}").texts(), **pieces.texts()}
    return pieces.texts()


def test_one_edit_renders_only_its_pieces_again(tmp_path: Path) -> None:
    settings_ = _sample_copy(tmp_path)
    out = tmp_path / "out"
    build(settings_, out, BuildOptions(pdf=False))
    before = {writer: _pieces(out, writer) for writer in ("frab-xml", "site", "speakers-html")}
    current = out / ".program-publish" / "current" / PIECES_FOLDER
    before_inodes = {writer: (current / writer).stat().st_ino for writer in before}
    feed_inode = (out / "changes.xml").stat().st_ino
    page = tmp_path / SAMPLE_PAGE.name
    page.write_text(page.read_text().replace("Jeff Dean - Invited Talk", "Jeff Dean - Opening Keynote"))

    build(settings_, out, BuildOptions(pdf=False))

    after = {writer: _pieces(out, writer) for writer in before}
    folder = out / ".program-publish" / "current" / PIECES_FOLDER
    for writer, pieces in after.items():
        # The talk's event, its article, Jeff Dean's entry: one piece new, the others the same text. Only the new
        # one is written: the published pieces are kept beside it (the piece it replaced stays there, unasked).
        assert len(pieces.keys() - before[writer].keys()) == 1
        assert all(before[writer][key] == text for key, text in pieces.items() if key in before[writer])
        assert len(pieces) > 10
        written = _piece_file(folder / writer)
        assert written.partial
        assert written.texts().keys() == pieces.keys() - before[writer].keys()
        assert (folder / f"{writer}{piece_reuse.BASE_SUFFIX}").stat().st_ino == before_inodes[writer]
    # A first version's feed shows the program's own fields and its count of items: the edit left it as published.
    assert (out / "changes.xml").stat().st_ino == feed_inode


def test_the_cache_records_the_people_as_program_json_has_them(tmp_path: Path) -> None:
    settings_ = _sample_copy(tmp_path)
    out = tmp_path / "out"
    build(settings_, out, BuildOptions(pdf=False))
    written = orjson.loads((out / "program.json").read_bytes())["people"]

    recorded = published_people(out)

    assert recorded == [{key: person[key] for key in ("id", "name", "aliases")} for person in written]
    assert len(written) > 50


def test_the_people_of_an_edited_program_json_are_read_from_it(tmp_path: Path) -> None:
    settings_ = _sample_copy(tmp_path)
    out = tmp_path / "out"
    build(settings_, out, BuildOptions(pdf=False))
    program_json = out / "program.json"
    os.utime(program_json, ns=(time.time_ns(), time.time_ns() + 10**9))

    assert published_people(out) is None


def test_nothing_changed_since_an_edit_writes_nothing(tmp_path: Path) -> None:
    """The build an edit replaced stays (as `previous`) until the next publishes: it is no killed build's."""
    settings_ = _sample_copy(tmp_path)
    build(settings_, tmp_path / "out", BuildOptions(pdf=False))
    page = tmp_path / SAMPLE_PAGE.name
    page.write_text(page.read_text().replace("Jeff Dean - Invited Talk", "Jeff Dean - Opening Keynote"))
    build(settings_, tmp_path / "out", BuildOptions(pdf=False))

    again = build(settings_, tmp_path / "out", BuildOptions(pdf=False))

    assert again.unchanged
    assert len(list((tmp_path / "out" / ".program-publish" / "builds").iterdir())) == 2


def test_pieces_past_the_kept_budget_are_made_again_and_the_rebuild_is_the_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 items the kept pieces doubled a worker's memory: past the budget they are made, not kept.
    monkeypatch.setattr(piece_reuse, "KEPT_MOST", 3_000)
    settings_ = _sample_copy(tmp_path)
    out = tmp_path / "out"
    build(settings_, out, BuildOptions(pdf=False))
    page = tmp_path / SAMPLE_PAGE.name
    page.write_text(page.read_text().replace("Jeff Dean - Invited Talk", "Jeff Dean - Opening Keynote"))

    build(settings_, out, BuildOptions(pdf=False))
    build(settings_, tmp_path / "full", BuildOptions(pdf=False))

    kept = _pieces(out, "site")
    assert 0 < sum(len(text) for text in kept.values()) <= 3_000
    assert len(kept) < len(_pieces_unbounded(tmp_path, settings_))
    assert files_under(out) == files_under(tmp_path / "full")


def _pieces_unbounded(folder: Path, settings_: Settings) -> dict[str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(piece_reuse, "KEPT_MOST", 10**9)
        build(settings_, folder / "unbounded", BuildOptions(pdf=False))
    return _pieces(folder / "unbounded", "site")
