"""Constants and small builders the tests share (importable as `helpers`)."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

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
