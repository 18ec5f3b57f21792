"""How much of a text or Markdown accepted-paper list the paper-list reader keeps.

Run from the project root:  python bench/paper_list_fidelity.py

Per real list in tests/data/paper_lists: the entries in the source, counted by a regular
expression on each list's marks alone (not by the reader); the papers read (a paper listed
twice is read once); and per paper, whether its title and each of its authors stand in the
source as written (white space made one; an author read with where they work, "Ada (Org)",
by the name and each place). Field-by-field checks against hand-written
expectations are in tests/readers/test_paper_list.py. Prints a markdown table.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from datetime import date  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

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
    "adnd-2024.md": r"^## ",
    "sechope-2023.md": r"^\d+\. ",
    "ai4diffeq-2024.md": r"^\*\*",
    "gwc-2025.md": r"^- _",
    "aacl-srw-2023.md": r"^\*\*_",
    "kdd-llm4ecom-2025.md": r"^\+ \[",  # no authors: "authors as written" holds for none given
    "recomb-2026.md": r"^- ",
    "mlsys-2019.md": r"^\s*<p><a href",  # HTML paragraphs in Markdown, a footnote "* Equal Contribution" after them
    "acs2020-papers.md": r"^- \[",  # session 11, unseen: "- [Title](….pdf). A, B, and C."
    "picom2024-accepted.md": r"^(?:<br/></li><li>)?\(\d{10}\)",  # session 11, unseen: "<li>(EDAS number) Title - A; B"
    "nsg2026-accepted-papers.md": r"^\[",  # trial 17, unseen: "[Title](openreview)", then "A, B"; "Purnima gautam"
    "ccc2017-aceptados.php": r'^<div class="paper">',  # trial 16, unseen: papers marked by class, authors first
    "stil-2019.md": r"^- \*\*",  # trial 19, unseen (Portuguese): "- **Title**" over "_Name (Place)_;" lines
    "eres2024-aceitos.md": r"^\s*<li><strong>",  # trial 20, unseen: a bold title over one "Name (Place)" a line
    "pepm2008-acceptedpapers.md": r"^-   [^\[\s]",  # trial 27: pandoc's TWiki page, its menus' items links
    "ruleml2010-accepted-papers.html": r"^<li><span",  # trial 20, unseen: a saved CMS page, menus around its papers
    "sebd2024-accepted.md": r"^- \*\*#\d+\*\* ",  # trial 21, unseen: "- **#7** *Title.* Name (Affil)*; Name (Affil)"
    "avss2018-accepted.md": r"^\d+: <i>",  # trial 21, unseen: "N: <i>Title</i><br />" over "Name (Affil); …"
    "ccir2023-acceptedpapers-excerpt.md": r'^<div style="font-weight: bold">',  # trial 25: bold title blocks
    "nodalida2021-accepted.md": r"^\d+\s*\|",  # trial 29: a table's rows "2 |<TAB>A and B | Title | Short"
    "lt4hala2020-program.md": r'^- "',  # trial 41: '- "Title" -*A and B*', a footer "Back to the Main Page"
}
IN_LINES = {"enlsp2021-accepted-papers-excerpt.md": r"<b>Title:</b>"}
"""Lists whose entries share lines (ENLSP 2021: 13 modals on one line, trial 15): each mark counted, not each line."""
PAGES = {"reneuir-2023.md": (r'^- "', ReadContext(first_date=date(2023, 7, 27), timezone=ZoneInfo("Asia/Taipei")))}
"""Schedule pages (tests/data/pages) with a list of papers below the schedule, read by the schedule-page reader."""
YAML_LISTS = {"wollic2025-accepted.yml": r"^  - title: "}
"""Static sites' YAML lists of papers (tests/data/yaml_site), read by the yaml-site reader (trial 24: WoLLIC 2025)."""
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
"""Entries commented out (AD&D 2024's "Research Proposals"): not on the page, not counted."""
PLACE = re.compile(r"^(?P<name>.*?) [(\[](?P<place>.*)[)\]]$")
"""An author read with where they work ("Ada Lovelace (Engine Club, London)"): the name and each place are checked."""
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
"""A tag, taken out for a title that crosses one."""
BROKEN_WORD = re.compile(r"(?<=\w)([-\u2010])\n(?=\w)")
"""A word broken at a hyphen at a line's end ("Ching‐" / "Fang Yu"), joined as the reader joins it."""


def main() -> None:
    """Print the table."""
    print("| list | entries in source | papers read | listed twice | errors | title as written | authors as written |")
    print("|---|---|---|---|---|---|---|")
    for name, mark in MARKS.items():
        _row(name, mark, "paper-list", DATA / name, ReadContext())
    for name, mark in IN_LINES.items():
        _row(name, mark, "paper-list", DATA / name, ReadContext())
    for name, (mark, context) in PAGES.items():
        _row(f"{name} (below its schedule)", mark, "schedule-page", DATA.parent / "pages" / name, context)
    for name, mark in YAML_LISTS.items():
        _row(name, mark, "yaml-site", DATA.parent / "yaml_site" / name, ReadContext())


def _row(name: str, mark: str, reader: str, path: Path, context: ReadContext) -> None:
    text = path.read_text()
    shown = COMMENT.sub("", text)
    entries = sum(1 for line in shown.splitlines() if re.match(mark, line) and "<!--" not in line)
    entries = len(re.findall(mark, shown)) if name in IN_LINES else entries
    program = READERS[reader].read(text, source=path.name, context=context)
    unescaped = html.unescape(text).replace("\\'", "'")  # "Rockt&auml;schel", Markdown's "O\\'Leary" (PEPM 2008)
    flat = " ".join(BROKEN_WORD.sub(r"\1", unescaped).replace("\\", " ").split())
    untagged = " ".join(TAG.sub("", flat).split())  # RuleML 2010's "RuleML 1.0: <em>The Overarching …</em>"
    shown_flat = f"{flat}\n{untagged}"
    titles = sum(bool(paper.title) and " ".join(paper.title.split()) in shown_flat for paper in program.papers)
    authors = sum(all(_as_written(author, flat) for author in paper.authors) for paper in program.papers)
    twice = sum("listed twice" in said for said in program.reading)
    read = len(program.papers)
    print(f"| {name} | {entries} | {read} | {twice} | {len(program.problems)} | {titles}/{read} | {authors}/{read} |")


def _as_written(author: str, flat: str) -> bool:
    """Whether the author's name, and each place they work at, stand in the source as written."""
    found = PLACE.match(author) if author.endswith((")", "]")) else None
    if found is None:
        return author in flat
    places = [found["place"]] if found["place"] in flat else found["place"].split(", ")
    return found["name"] in flat and all(place in flat for place in places)


if __name__ == "__main__":
    main()
