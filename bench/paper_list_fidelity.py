"""How much of a text or Markdown accepted-paper list the paper-list reader keeps.

Run from the project root:  python bench/paper_list_fidelity.py

Per real list in tests/data/paper_lists: the entries in the source, counted by a regular
expression on each list's marks alone (not by the reader); the papers read (a paper listed
twice is read once); and per paper, whether its title and each of its authors stand in the
source as written (white space made one). Field-by-field checks against hand-written
expectations are in tests/readers/test_paper_list.py. Prints a markdown table.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from program.readers import READERS, ReadContext  # noqa: E402

DATA = ROOT / "tests" / "data" / "paper_lists"
MARKS = {
    "blp-2025.md": r"^\*\*\d+\. ",
    "codi-2020.md": r"^\* ",
    "ctrlgen-2021.md": r"^\*\*",
    "discotec-2025.md": r"^\s*\*",
    "optrl-2019.md": r"^\s*- ",
    "ppdp-2025-list.md": r"^- ",
    "uncertainlp-2024.md": r"^\* ",
    "ssdbm-2023.md": r"^\*\*",
    "mabs-2023.md": r"^\| (?!Author\(s\) )\S",  # a table's rows, its header left out
    "coine-2024.md": r"^\| (?!Author\(s\) )\S",
    "pgr-2019.md": r"^<a href",
    "apbc-2018.md": r"^\* ",
}
BROKEN_WORD = re.compile(r"(?<=\w)([-\u2010])\n(?=\w)")
"""A word broken at a hyphen at a line's end ("Ching‐" / "Fang Yu"), joined as the reader joins it."""


def main() -> None:
    """Print the table."""
    reader = READERS["paper-list"]
    print("| list | entries in source | papers read | listed twice | errors | title as written | authors as written |")
    print("|---|---|---|---|---|---|---|")
    for name, mark in MARKS.items():
        text = (DATA / name).read_text()
        entries = sum(1 for line in text.splitlines() if re.match(mark, line) and "<!--" not in line)
        program = reader.read(text, source=name, context=ReadContext())
        flat = " ".join(BROKEN_WORD.sub(r"\1", text).replace("\\", " ").split())
        titles = sum(bool(paper.title) and " ".join(paper.title.split()) in flat for paper in program.papers)
        authors = sum(all(author in flat for author in paper.authors) for paper in program.papers)
        twice = sum("listed twice" in said for said in program.reading)
        read = len(program.papers)
        print(
            f"| {name} | {entries} | {read} | {twice} | {len(program.problems)} | {titles}/{read} | {authors}/{read} |"
        )


if __name__ == "__main__":
    main()
