"""The paper-list reader's real lists (tests/data/paper_lists) read as the test modules read them."""

from pathlib import Path

from program.model import Paper
from program.readers import READERS, ReadContext

DATA = Path(__file__).resolve().parent / "data" / "paper_lists"
READER = READERS["paper-list"]


def read_list(name: str) -> tuple[Paper, ...]:
    """The papers of a real list, which must read without a problem."""
    program = READER.read((DATA / name).read_text(), source=name, context=ReadContext())
    assert not program.problems
    return program.papers


def paper_of(name: str, title: str) -> Paper:
    """The paper of a real list with this title."""
    return next(paper for paper in read_list(name) if paper.title == title)
