"""Constants and small builders the tests share (importable as `helpers`)."""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from program.cli.main import main
from program.model import Program
from program.readers import ReadContext, detect_readers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE_PAGE = SEEDS / "002_84455bf78bc88092.txt"
SAMPLE_PROGRAM_FILE = SEEDS / "mlsys2022.toml"
GOLDEN = Path(__file__).resolve().parent / "golden"
CHICAGO = ZoneInfo("America/Chicago")


def entry(time: str, title: str, *body: str, people: str = "") -> str:
    """Return one schedule-page entry, as the seed writes it."""
    lines = [time, "|", title, *body, "|", *([people] if people else []), "🔗", "|"]
    return "\n".join(lines) + "\n"


FRAB = Path(__file__).parent / "data" / "frab"
"""Real frab/pretalx/hub exports and the c3voc schemas (see data/frab/PROVENANCE.md)."""


def read_detected(folder: str, name: str, context: ReadContext) -> tuple[str, Program]:
    """A real file of tests/data/<folder>, read by the one reader that claims it: that reader's name and the program."""
    text = (ROOT / "tests" / "data" / folder / name).read_text(encoding="utf-8")
    [reader] = detect_readers(text)
    return reader.name, reader.read(text, source=name, context=context)


def files_under(folder: Path) -> dict[str, bytes]:
    """Return every file below `folder` (subfolders included) by its posix path relative to it.

    This is what a reader of a published out/ sees: links are followed, and the publication's
    own folder (`.program-publish`, the builds behind the links) is not an output.
    """
    files = []
    for directory, subdirectories, names in os.walk(folder, followlinks=True):
        subdirectories[:] = [name for name in subdirectories if name != ".program-publish"]
        files += [Path(directory) / name for name in names if (Path(directory) / name).is_file()]
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(files)}


README = ROOT / "README.md"
DOCS = ROOT / "docs"


def documentation() -> str:
    """The README and every page of docs/, joined: where a user reads about a command, a rule or a format."""
    pages = [README, *sorted(DOCS.glob("*.md"))]
    return "\n\n".join(page.read_text(encoding="utf-8") for page in pages)


class Serving:
    """`program serve` running in a subprocess, its output read as it comes."""

    def __init__(self, folder: Path, *arguments: str) -> None:
        # faulthandler: a server that will not stop is sent SIGABRT, and its threads' stacks come on stderr
        environment = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONFAULTHANDLER": "1"}
        command = [sys.executable, "-m", "program", "serve", *arguments]
        self.process = subprocess.Popen(
            command, cwd=folder, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        for stream, into in ((self.process.stdout, self.lines.put), (self.process.stderr, self.stderr.append)):
            threading.Thread(target=lambda s=stream, f=into: [f(line) for line in s], daemon=True).start()

    def url(self, timeout: float = 30) -> str:
        """The address it prints once the first build is done."""
        line = self.lines.get(timeout=timeout)
        assert line.startswith("serving http://127.0.0.1:"), (line, self.stderr)
        return line.split()[1]

    def said(self, text: str, timeout: float = 10) -> bool:
        """Whether `text` comes on its stderr within `timeout` seconds.

        Its stderr is read by a thread of its own: a line written before the address may come
        after it (the broken-template test failed so on a loaded machine).
        """
        deadline = time.monotonic() + timeout
        while text not in "".join(self.stderr):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def stop(self, signal_number: int = signal.SIGINT) -> int:
        """Stop it as Ctrl-C does (or with `signal_number`); its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal_number)
        try:  # 30 s: under a load of 6 on 2 cores (fuzz runs beside the suite) 10 s was not always enough
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # Seen once in CI (four servers at once, not reproduced): say where it hung, not only that it did.
            self.process.send_signal(signal.SIGABRT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            time.sleep(0.5)  # the stderr thread's last lines
            raise AssertionError("program serve did not stop within 30 s:\n" + "".join(self.stderr[-80:])) from None
        finally:
            if self.process.poll() is None:
                self.process.kill()


def copy_of_the_sample(folder: Path) -> Path:
    """The sample program file and its feed, in `folder`: theirs to edit."""
    shutil.copy(SAMPLE_PROGRAM_FILE, folder)
    shutil.copy(SAMPLE_PAGE, folder)
    return folder / SAMPLE_PROGRAM_FILE.name


PEOPLE_CSV = """name,email
R. Baghdadi,riyadh@mail.example
Newsha Ardalani,newsha@mail.example
Jian Huang,jian@mail.example
Daixuan Li,daixuan@mail.example
Ryan Adams,ryan@mail.example
Ada Lovelace,ada@mail.example
Nobody Here,nobody@mail.example
"""


NOTIFY_EDITS = (
    ("Sat 3:45 p.m. - 4:30 p.m.", "Sat 4:00 p.m. - 4:45 p.m."),  # Riyadh Baghdadi's talk moves
    # Renamed wherever it is shown (the spotlight and both poster sessions).
    ("Learning to Drive Software-Defined Storage", "Learning to Drive Software-Defined Storage Systems"),
    ("Wenda Zhou · Olga Solodova · Ryan Adams", "Wenda Zhou · Olga Solodova · Ada Lovelace"),
    ("Sat 2:50 p.m. - 3:35 p.m.\n|\nNewsha Ardalani - Invited Talk\n(Talk)\n|\nNewsha Ardalani\n🔗\n|\n", ""),
)
"""Seed 002 as issue 30's notify test edits it: a talk moved, one renamed, a speaker replaced, one cancelled."""


def edit_page(page: Path, edits: Sequence[tuple[str, str]], *, once: bool = True) -> None:
    """Apply (text, replacement) edits to a feed; each text found once, or (`once` false) anywhere it is."""
    text = page.read_text(encoding="utf-8")
    for before, after in edits:
        assert text.count(before) == 1 if once else before in text, before
        text = text.replace(before, after)
    page.write_text(text, encoding="utf-8")


def event_sequence(event: icalendar.Component) -> int:
    """An event's SEQUENCE (0 when it has none)."""
    return int(str(event.get("SEQUENCE", 0)))


def notify_args(pair: Path, *more: str) -> list[str]:
    """`program notify` from the pair's old build to its new version, with its people file, and `more`."""
    new, previous = pair / "new" / "mlsys2022.toml", pair / "out-old" / "program.json"
    return ["notify", str(new), "--previous", str(previous), "--people", str(pair / "people.csv"), *more]


def notify_pair(root: Path) -> Path:
    """Build the sample into root/out-old, copy it to root/new with its page edited, and write a people file."""
    from program.cli.main import main  # noqa: PLC0415 (the rest of helpers does without the program)

    for version in ("old", "new"):
        (root / version).mkdir()
        shutil.copy(SAMPLE_PROGRAM_FILE, root / version / SAMPLE_PROGRAM_FILE.name)
        shutil.copy(SAMPLE_PAGE, root / version / SAMPLE_PAGE.name)
    edit_page(root / "new" / SAMPLE_PAGE.name, NOTIFY_EDITS, once=False)
    assert main(["build", "--no-pdf", str(root / "old" / "mlsys2022.toml"), "--out", str(root / "out-old")]) == 0
    (root / "people.csv").write_text(PEOPLE_CSV, encoding="utf-8")
    return root


SAMPLE_EDITS = (
    # Moved: a spotlight 15 minutes later.
    ("Sat 11:45 a.m. - 11:55 a.m.\n|\nLearning to Drive", "Sat 12:00 p.m. - 12:10 p.m.\n|\nLearning to Drive"),
    # Cancelled: an invited talk taken out.
    ("Sat 9:30 a.m. - 10:15 a.m.\n|\nDawn Song - Invited Talk\n(Talk)\n|\nDawn Song\n🔗\n|\n", ""),
    # Renamed: a spotlight (its poster keeps the old title).
    ("Capacity for BBR Fairness\n(Spotlight)", "Capacity for Fair BBR in the Kernel\n(Spotlight)"),
    # A speaker replaced: the first author of a spotlight (its poster keeps the old list).
    (
        "|\nBenjamin Fuhrer · Yuval Shpigelman · Chen Tessler · Shie Mannor · Gal Chechik · Eitan Zahavi"
        " · Gal Dalal\n🔗\n|\nSat",
        "|\nAlex Shpiner · Yuval Shpigelman · Chen Tessler · Shie Mannor · Gal Chechik · Eitan Zahavi"
        " · Gal Dalal\n🔗\n|\nSat",
    ),
)
"""The sample's next version, as an organiser would edit seed 002: (text, replacement), each found once."""


def changed_sample(folder: Path) -> Path:
    """The sample program file and its feed after `SAMPLE_EDITS`, in `folder`."""
    program_file = copy_of_the_sample(folder)
    edit_page(folder / SAMPLE_PAGE.name, SAMPLE_EDITS)
    return program_file


def published_edit(root: Path, *options: str) -> Path:
    """Build the sample into root/out (kept as root/first), then its edit with --previous; return root/out.

    `options` go to both builds ("--locale", "de").
    """
    for version in ("before", "after"):
        (root / version).mkdir()
    before, after = copy_of_the_sample(root / "before"), changed_sample(root / "after")
    build = ["build", "--no-pdf", *options, "--out", str(root / "out")]
    assert main([*build, str(before)]) == 0
    shutil.copytree(root / "out", root / "first", symlinks=False)
    assert main([*build, str(after), "--previous", str(root / "out" / "program.json")]) == 0
    return root / "out"
