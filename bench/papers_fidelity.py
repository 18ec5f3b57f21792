"""How much of an accepted-paper list the readers keep: papers in the source against papers read, field by field.

Run from the project root:  python bench/papers_fidelity.py [LIST ...]

Default: the real files in tests/data/openreview, miniconf, cmt and hotcrp. Each list is read by
the reader that detects it; the source is counted with the standard library's csv or json
alone: every row or note, those its decision or status leaves out (rejected, withdrawn),
and per kept paper its title, authors and abstract as the source writes them (stripped;
Mini-Conf authors split at "|" (a few sites write ";" or "A, B and C"), "*" marks of
equal contribution dropped and runs of spaces made one; CMT's `Authors` (else `Author
Names`, "Surname, Given" turned round) split at ";" without the "*" contact mark;
OpenReview's a list; a program workbook's paper sheet, VLDB 2014's, "Name*, Affiliation; …"
as "Name [Affiliation]"). A field counts as exact when the paper read at
that place has the source's value.
Prints a markdown table.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from python_calamine import CalamineWorkbook  # noqa: E402

from program.readers import READERS, ReadContext, decode_feed, detect_readers  # noqa: E402
from program.readers.base import BinaryReader  # noqa: E402

FOLDERS = ("openreview", "miniconf", "cmt", "hotcrp")
LISTS = [path for folder in FOLDERS for path in sorted((ROOT / "tests/data" / folder).glob("*.*"))] + [
    ROOT / "tests/data/spreadsheets/vldb2014-program.xls"
]  # a program workbook's sheet of papers
Expected = tuple[str, tuple[str, ...], str | None]


def _text(value: Any) -> Any:
    return value["value"] if isinstance(value, dict) else value


def _abstract(value: Any) -> str | None:
    return value.replace("\r\n", "\n").strip() or None if isinstance(value, str) else None


def _miniconf_names(authors: str) -> tuple[str, ...]:
    """Split at "|" (else ";", else commas and "and"), "*" marks dropped, runs of spaces as one, a final full stop."""
    if "|" in authors or ";" in authors:
        parts = authors.split("|" if "|" in authors else ";")
    else:
        parts = re.split(r",|\band\b", authors)
    names = [" ".join(part.replace("*", "").split()) for part in parts if part.strip(" *")]
    if names and re.search(r"\s\w{2,}\.$", names[-1]):  # "…, M. Cox and L. He." (ACS 2021): the list's full stop
        names[-1] = names[-1][:-1]
    return tuple(names)


def _miniconf(text: str) -> tuple[int, list[Expected]]:
    if text.lstrip()[:1] in "[{":
        document = json.loads(text)
        records = list(document.values()) if isinstance(document, dict) else document
        fields = [record.get("content", record) for record in records]
        return len(fields), [(f["title"].strip(), tuple(f["authors"]), _abstract(f.get("abstract"))) for f in fields]
    if not any(next(csv.reader(io.StringIO(text.lstrip("\ufeff"))), [])):
        # no header row (Frontier IR 2026: `,,,,,,,`): code, title, abstract, authors, e-mails, as the rows show
        records = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
        return len(records), [(row[1].strip(), _miniconf_names(row[3]), _abstract(row[2])) for row in records]
    # names case-folded, `Lead Authors` as authors (ACS 2021), rows of empty cells left out
    rows = [
        {str(key).strip().casefold(): value for key, value in row.items()}
        for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        if any(str(value or "").strip() for value in row.values())
    ]
    key = "authors" if rows and "authors" in rows[0] else "lead authors"
    return len(rows), [(r["title"].strip(), _miniconf_names(r[key]), _abstract(r.get("abstract"))) for r in rows]


def _notes(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict) and "notes" in document:
        return list(document["notes"])
    if isinstance(document, list) and document and "submissions" in document[0]:
        return [note for block in document for note in block["submissions"]]
    return list(document.values()) if isinstance(document, dict) else list(document)


def _turned_down(note: dict[str, Any]) -> bool:
    content = note["content"]
    said = [str(_text(content.get(key)) or "") for key in ("venueid", "venue")]
    said += [str(_text(reply["content"].get("decision")) or "") for reply in note.get("notes", [])]
    return any(re.search("reject|withdraw", words, re.IGNORECASE) for words in said)


def _openreview(text: str) -> tuple[int, list[Expected]]:
    notes = [note for note in _notes(json.loads(text)) if not note.get("replyto")]
    kept = [note["content"] for note in notes if not _turned_down(note)]
    return len(notes), [
        (_text(c["title"]).strip(), tuple(_text(c["authors"])), _abstract(_text(c.get("abstract")))) for c in kept
    ]


def _cmt_names(row: dict[str, str]) -> tuple[str, ...]:
    """The authors as CMT's `Authors` column writes them ("Given Surname (Affiliation)"), else `Author Names`.

    Split at ";" (not inside brackets), the "*" contact mark dropped, runs of spaces made one, the affiliation put in
    square brackets (spaces just inside dropped); an `Author Names` list "Surname, Given" is turned round.
    """
    if "authors" in row:  # EMNLP 2017's site: `submission_id,title,authors`, "A, B and C"
        return tuple(name.strip() for name in re.split(r",\s*|\s+and\s+", row["authors"]) if name.strip())
    if "Authors_Name (comma separated)" in row:  # Offline RL 2021: "A, B*, and C", "*" an equal contribution
        written = row["Authors_Name (comma separated)"]
        return tuple(re.sub(r"^and\s+", "", name.strip(" *\n")) for name in written.split(",") if name.strip())
    affiliated = row.get("Authors") or row.get("Authors (with Affiliations)")  # AISTATS 2022's name
    written = affiliated or row["Author Names"]
    # a ";" inside the brackets joins two affiliations of one author (AISTATS 2022: "Jian Tang (HEC Montreal; Mila)")
    parts = [" ".join(part.split()).strip(" *") for part in re.split(r";(?![^()]*\))", written) if part.strip(" *")]
    if not affiliated and all(part.count(",") == 1 and "(" not in part for part in parts):
        parts = [f"{part.split(',')[1].strip()} {part.split(',')[0].strip()}" for part in parts]
    return tuple(_square(part) for part in parts)


def _square(author: str) -> str:
    """An author "Name (Affiliation)" as "Name [Affiliation]", as the model writes an affiliation; "(-)" is none."""
    found = re.fullmatch(r"(?P<name>.*?)\s*\((?P<org>.*)\)", author)
    if found is None:
        return author
    organisation = found["org"].strip()
    return found["name"] if organisation in ("", "-") else f"{found['name']} [{organisation}]"


def _cmt(text: str) -> tuple[int, list[Expected]]:
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t" if "\t" in text.split("\n", maxsplit=1)[0] else ","))
    status = "Decision" if rows and "Decision" in rows[0] else "Status"  # REALM 2025: `Submission ID,…,Decision`
    kept = [row for row in rows if not re.search("reject|withdraw|awaiting", row.get(status, ""), re.IGNORECASE)]
    title = next(
        (name for name in ("Paper Title", "PaperTitle", "Title", "title", "Paper_Title") if rows and name in rows[0]),
        "Paper Title",
    )
    # a title's line break is a space (Offline RL 2021's "…Work:⏎Online Evaluation Budget Matters")
    return len(rows), [(" ".join(r[title].split()), _cmt_names(r), _abstract(r.get("Abstract"))) for r in kept]


def _hotcrp_kept(record: dict[str, Any]) -> bool:
    """Whether HotCRP's export says the paper is accepted, and nothing says it is rejected, withdrawn or a draft.

    Accepted: `status` accept(ed), a positive decision number, or a name saying "accept"; never withdrawn, a draft,
    or rejected (`reject`, `desk_reject`, a negative number, a name saying so).
    """
    status, decision = str(record.get("status", "")).casefold(), record.get("decision")
    said = f"{status} {decision if isinstance(decision, str) else ''}"
    refused = r"reject|withdraw|draft|inprogress|(?:not|non|un)[\s-]*accept|declin"
    if record.get("withdrawn") or record.get("draft") or re.search(refused, said, re.IGNORECASE):
        return False
    number = decision if isinstance(decision, int) and not isinstance(decision, bool) else 0
    return number > 0 or re.search(r"\baccept", said, re.IGNORECASE) is not None


def _hotcrp_name(author: dict[str, str]) -> str:
    name = f"{author.get('first', '')} {author.get('last', '')}".strip()
    return f"{name} [{author['affiliation']}]" if author.get("affiliation") else name


def _hotcrp(text: str) -> tuple[int, list[Expected]]:
    records = json.loads(text)
    kept = [record for record in records if _hotcrp_kept(record)]
    return len(records), [
        (
            r["title"].strip(),
            tuple(_hotcrp_name(author) for author in r["authors"]),
            _abstract(r.get("abstract")),
        )
        for r in kept
    ]


COUNT = {"miniconf": _miniconf, "openreview": _openreview, "cmt": _cmt, "hotcrp": _hotcrp}


def _cmt_workbook(path: Path) -> tuple[int, list[Expected]]:
    """A CMT workbook counted with calamine alone: the rows under the first row holding "Paper ID"."""
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    cells = [[str(value) for value in row] for row in sheet.to_python()]
    at = next(number for number, row in enumerate(cells) if "Paper ID" in row)
    rows = [dict(zip(cells[at], row, strict=False)) for row in cells[at + 1 :] if any(value.strip() for value in row)]
    return len(rows), [
        (" ".join(r["Paper Title"].split()), _cmt_names(r), _abstract(r["Abstract"]))  # "ReCoT:  Regularized …"
        for r in rows
        if not re.search("reject|withdraw|awaiting", r.get("Status", ""), re.IGNORECASE)
    ]


def measure_workbook(path: Path) -> str:
    """The table row of a workbook (a CMT export as CMT gives it), counted with calamine."""
    data = path.read_bytes()
    readers = [reader for reader in READERS.values() if isinstance(reader, BinaryReader) and reader.detect_bytes(data)]
    names = [reader.name for reader in readers]
    if names not in (["cmt"], ["workbook"]):
        return f"| {path.name} | not detected as cmt or workbook ({names}) |"
    in_source, expected = _cmt_workbook(path) if names == ["cmt"] else _paper_sheet(path)
    # a workbook's grids need a zone and a first day; its paper sheet does not, but the read needs them
    context = ReadContext() if names == ["cmt"] else ReadContext(timezone=ZoneInfo("UTC"), first_date=date(2014, 9, 2))
    program = readers[0].read_bytes(data, source=path.name, context=context)
    return _row(path, names[0], in_source, expected, program)


def _paper_sheet(path: Path) -> tuple[int, list[Expected]]:
    """A program workbook's sheet of papers (VLDB 2014: `Session Num | Paper Title | Author Names`), with calamine.

    Titles with runs of spaces as one (as every spreadsheet's titles are counted); authors split at ";", the "*"
    contact mark dropped, "Name, Affiliation" written "Name [Affiliation]"
    (an empty affiliation none); no abstract.
    """
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        cells = [[str(value) for value in row] for row in book.get_sheet_by_name(name).to_python()]
        if cells and "Paper Title" in cells[0] and "Author Names" in cells[0]:
            title, authors = cells[0].index("Paper Title"), cells[0].index("Author Names")
            rows = [row for row in cells[1:] if row[title].strip()]
            return len(rows), [(" ".join(row[title].split()), _affiliated(row[authors]), None) for row in rows]
    return 0, []


def _affiliated(written: str) -> tuple[str, ...]:
    found = []
    for part in written.split(";"):
        name, _, affiliation = part.replace("*", "").partition(",")
        name, affiliation = " ".join(name.split()), " ".join(affiliation.split())
        if name:
            found.append(f"{name} [{affiliation}]" if affiliation else name)
    return tuple(found)


def measure(path: Path) -> str:
    """One table row: the list, its format, papers in the source, left out, read, and fields exact."""
    if path.suffix in (".xls", ".xlsx"):
        return measure_workbook(path)
    text = decode_feed(path.read_bytes(), path.name)
    readers = [reader for reader in detect_readers(text) if reader.name in COUNT]
    if len(readers) != 1:
        return f"| {path.name} | not detected ({[reader.name for reader in detect_readers(text)]}) |"
    reader = readers[0]
    in_source, expected = COUNT[reader.name](text)
    program = reader.read(text, source=path.name, context=ReadContext())
    return _row(path, reader.name, in_source, expected, program)


def _row(path: Path, name: str, in_source: int, expected: list[Expected], program: Any) -> str:
    read = [(paper.title, paper.authors, paper.abstract) for paper in program.papers]
    exact = [sum(1 for ours, theirs in zip(read, expected, strict=False) if ours[i] == theirs[i]) for i in range(3)]
    errors = sum(1 for problem in program.problems if problem.severity.value == "error")
    fields = " | ".join(f"{number}/{len(expected)}" for number in exact)
    left_out = in_source - len(expected)
    return f"| {path.name} | {name} | {in_source} | {left_out} | {len(read)} | {errors} | {fields} |"


def main(paths: list[Path]) -> None:
    """Print the table for `paths` (default: the real lists of the tests)."""
    print(
        "| list | format | papers in source | left out (decision) | papers read | errors | title | authors | abstract |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in paths:
        print(measure(path))


if __name__ == "__main__":
    main([Path(argument) for argument in sys.argv[1:]] or [path for path in LISTS if path.suffix != ".md"])
