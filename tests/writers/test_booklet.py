"""program.pdf, the Typst booklet: opened as a reader would, with pypdf.

Pages and sizes, every title searchable, poster abstracts (no made-up boards), the index's page
numbers pointing at pages that name the person, embedded fonts, the same bytes twice, CJK
names in a CJK font, and a warning (never silent boxes) when no font has a character.
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from program.cli.main import main
from program.errors import OutputWarning
from program.loading import Loaded, load_program
from program.model import Kind
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions, booklet_fonts
from program.writers.booklet import BookletWriter, TemplateError, booklet_data, pdf_available
from program.writers.booklet_fonts import CJK_FONTS, font_folders
from program.writers.booklet_timetable import CHAR_WIDTH

from conftest import LoadText
from helpers import FRAB, entry

pytestmark = pytest.mark.skipif(not pdf_available(), reason="Typst (the pdf extra) is not installed")


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in _reader(data).pages]


def _squeezed(text: str) -> str:
    """Text without white space, so wrapped titles still match."""
    return re.sub(r"\s+", "", text)


def _write(program: Any, options: RenderOptions | None = None) -> bytes:
    return BookletWriter().write(program, options or RenderOptions())


@pytest.fixture(scope="module")
def sample_pdf(sample: Loaded) -> bytes:
    return _write(sample.program)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its font program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            found[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def _size(data: bytes) -> list[int]:
    return [round(float(value)) for value in _reader(data).pages[0].mediabox[2:]]


def test_sample_is_a_booklet_of_a_few_a4_pages(sample: Loaded, sample_pdf: bytes) -> None:
    pages = _pages(sample_pdf)
    short = _pages(_write(sample.program, RenderOptions(abstracts=False)))

    assert _size(sample_pdf) == [595, 842]
    assert 5 <= len(pages) <= 9
    assert len(short) < len(pages)
    assert "ML for Systems Workshop at NeurIPS 2022" in pages[0]
    assert "All times are America/Chicago time." in pages[0]
    assert "Index of speakers and authors" in pages[-1]


@pytest.mark.parametrize(("paper", "size"), [("letter", [612, 792]), ("a5", [420, 595])])
def test_paper_sizes(sample: Loaded, paper: str, size: list[int]) -> None:
    assert _size(_write(sample.program, RenderOptions(paper=paper))) == size


def test_every_title_is_searchable_text_and_printed_as_read(sample: Loaded, sample_pdf: bytes) -> None:
    text = "\n".join(_pages(sample_pdf))
    squeezed = _squeezed(text)
    data = booklet_data(sample.program, RenderOptions())
    entries = [entry for day in data["days"] for entry in day["entries"]]
    entries += [poster for group in data["poster_groups"] for poster in group["posters"]]
    titles = [" · ".join("".join(run["text"] for run in part) for part in entry["title"]) for entry in entries]

    assert len(titles) == len(sample.program.items)
    assert [title for title in titles if _squeezed(title) not in squeezed] == []
    assert "Poster Session · Coffee Break" in text
    assert " | " not in text
    assert "p.m.." not in text
    assert "Invited Talk" not in text  # "Jeff Dean", under the kind "Invited talk", says it once


def test_posters_have_their_abstracts_and_no_made_up_boards(sample: Loaded, sample_pdf: bytes) -> None:
    text = _squeezed("\n".join(_pages(sample_pdf)))
    posters = [item for item in sample.program.items if item.kind is Kind.POSTER]
    papers = {paper.id: paper for paper in sample.program.papers}
    poster_only = [
        poster
        for poster in posters
        if len(papers[poster.paper or ""].items) == 1 and (poster.abstract or papers[poster.paper or ""].abstract)
    ]

    # the page gives no boards: none made up from the running order ("P7" before a title)
    numbered = [
        poster.title for poster in posters if re.search(rf"P\d+{re.escape(_squeezed(poster.title)[:20])}", text)
    ]
    assert numbered == []
    assert len(poster_only) >= 10
    for poster in poster_only:
        abstract = poster.abstract or papers[poster.paper or ""].abstract or ""
        assert _squeezed(abstract[:80]) in text, poster.title


def test_index_cites_exactly_the_pages_that_name_the_person(sample: Loaded, sample_pdf: bytes) -> None:
    """Timetable, running order and posters: every page before the index that prints the name, once each, in order."""
    pages = [_squeezed(page) for page in _pages(sample_pdf)]
    index_text = _pages(sample_pdf)[-1]
    cited: dict[str, list[int]] = {}
    naming: dict[str, list[int]] = {}
    for person in sample.program.people:
        line = re.search(rf"^{re.escape(person.sort_key)}\s+([\d, ]+)$", index_text, re.MULTILINE)
        assert line, person.sort_key
        cited[person.display] = [int(number) for number in re.findall(r"\d+", line.group(1))]
        name = _squeezed(person.display)
        naming[person.display] = [number for number in range(2, len(pages)) if name in pages[number - 1]]
    timetable = next(number for number, page in enumerate(pages, 1) if "8:40a.m.Invitedtalk" in page)
    running_order = next(number for number, page in enumerate(pages, 1) if "Runningorder" in page)

    assert cited == naming
    assert cited["Jeff Dean"] == [timetable, running_order] == [2, 3]


def test_fonts_are_embedded(sample_pdf: bytes) -> None:
    fonts = _fonts(_reader(sample_pdf))

    assert fonts
    assert all(fonts.values())


def test_the_same_bytes_twice_dated_by_the_program(sample: Loaded, sample_pdf: bytes) -> None:
    assert _write(sample.program) == sample_pdf
    assert sample.program.updated is not None
    stamp = sample.program.updated.strftime("D:%Y%m%d%H%M%S")
    metadata = _reader(sample_pdf).metadata
    assert metadata is not None
    assert str(metadata.get("/CreationDate", "")).startswith(stamp)


def _installed_cjk() -> bool:
    return bool(booklet_fonts._installed(CJK_FONTS, tuple(font_folders())))


def test_chinese_names_print_in_a_cjk_font(load_text: LoadText) -> None:
    if not _installed_cjk():
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk)")
    program = load_text(
        entry("Sat 9:00 a.m. - 10:00 a.m.", "Compilers", "(Oral)", people="张伟 · Ada Lovelace")
    ).program

    with warnings.catch_warnings():
        warnings.simplefilter("error", OutputWarning)
        reader = _reader(_write(program))

    assert "张伟" in "".join(page.extract_text() for page in reader.pages)
    assert any("CJK" in name for name in _fonts(reader))


def test_without_a_cjk_font_the_build_says_which_to_install(
    load_text: LoadText, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(booklet_fonts, "font_folders", list)
    program = load_text(
        entry("Sat 9:00 a.m. - 10:00 a.m.", "Compilers", "(Oral)", people="张伟 · Ada Lovelace")
    ).program

    with pytest.warns(OutputWarning, match=r"张 \(U\+5F20\).*fonts-noto-cjk"):
        _write(program)


def test_emoji_without_a_font_are_named_not_printed_silently(
    load_text: LoadText, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(booklet_fonts, "font_folders", list)
    program = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", "Party 🎉 time ⚖", "(Talk)", people="Ada Lovelace")).program

    with pytest.warns(OutputWarning, match=r"1 character\(s\), 🎉 \(U\+1F389\),.*fonts-noto-color-emoji") as seen:
        _write(program)
    assert "⚖" not in str(seen[0].message)  # DejaVu Sans Mono, bundled with Typst, has it


def test_a_latin_program_warns_about_nothing(sample: Loaded) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", OutputWarning)
        _write(sample.program)


def test_a_template_in_the_templates_folder_replaces_the_booklet(sample: Loaded, tmp_path: Path) -> None:
    (tmp_path / "booklet.typ").write_text(
        '#let data = json(bytes(sys.inputs.data))\n#set page(paper: "a6")\n= #data.title\n', encoding="utf-8"
    )

    pages = _pages(_write(sample.program, RenderOptions(templates=tmp_path)))

    assert [" ".join(page.split()) for page in pages] == [sample.program.title]


def test_a_broken_template_is_an_error_naming_it(sample: Loaded, tmp_path: Path) -> None:
    (tmp_path / "booklet.typ").write_text("#let x = (\n", encoding="utf-8")

    with pytest.raises(TemplateError, match=r"booklet\.typ"):
        _write(sample.program, RenderOptions(templates=tmp_path))


def test_text_is_data_not_markup(load_text: LoadText) -> None:
    hostile = r'#set page(width: 1cm) <lbl> @ref *bold* _em_ \ ] ) " // not a comment #{'
    program = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", hostile, "(Talk)", people="Ada Lovelace")).program

    text = "".join(_pages(_write(program)))

    assert _squeezed(hostile) in _squeezed(text)


def test_ten_minutes_of_a_long_day_get_one_line_that_fits(load_text: LoadText) -> None:
    """No box is shorter than a line of text, and no line is wider than its box."""
    program = load_text(
        entry("Sat 9:00 a.m. - 9:10 a.m.", "A ten-minute spotlight with a long title that cannot fit", "(Spotlight)")
        + entry("Sat 9:10 a.m. - 6:00 p.m.", "Hackathon", "(Talk)", people="Ada Lovelace")
    ).program
    data = booklet_data(program, RenderOptions())
    boxes = [box for day in data["days"] for part in day["parts"] for box in part["boxes"]]

    short = next(box for box in boxes if box["height"] < 15)
    assert len(short["lines"]) == 1
    assert short["lines"][0].startswith("9:00 a.m. A ten-minute")
    assert len(short["lines"][0]) * CHAR_WIDTH <= short["width"]
    assert all(box["height"] >= 11 for box in boxes)


def test_build_a5_says_which_font_to_install_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(booklet_fonts, "font_folders", list)
    feed = tmp_path / "day.txt"
    feed.write_text(entry("Sat 9:00 a.m. - 10:00 a.m.", "Party 🎉", "(Talk)", people="Ada Lovelace"), encoding="utf-8")

    status = main(
        [
            "build",
            "--pdf",
            "--paper",
            "a5",
            str(feed),
            "--date",
            "2022-12-03",
            "--timezone",
            "UTC",
            "--out",
            str(tmp_path / "out"),
        ]
    )

    errors = capsys.readouterr().err.splitlines()
    assert status == 0
    assert [line for line in errors if "warning: program.pdf" in line] == [
        "program: warning: program.pdf: 1 character(s), 🎉 (U+1F389), print as empty boxes: no font has them; "
        "install an emoji font such as Noto Color Emoji (Debian/Ubuntu: apt-get install fonts-noto-color-emoji)"
    ]
    assert _size((tmp_path / "out" / "program.pdf").read_bytes()) == [420, 595]


def test_every_38c3_event_is_in_the_running_order_of_its_conference_day() -> None:
    """A concert at 1 a.m. belongs to the evening before (38C3's day changes at 06:00), and is not lost."""
    feed = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"
    program = load_program(Settings(feeds=(FeedSpec(feed),))).program
    data = booklet_data(program, RenderOptions())

    shown = [entry["id"] for day in data["days"] for entry in day["entries"]]
    assert sorted(shown) == sorted(item.id for item in program.items if item.start)
    assert [day["heading"] for day in data["days"]] == [
        "Fri 27 Dec 2024",
        "Sat 28 Dec 2024",
        "Sun 29 Dec 2024",
        "Mon 30 Dec 2024",
    ]
