"""program.html as a reader sees it: rendered, printed and photographed by headless Chromium.

Skipped when Chromium is not installed; `.ci/run` installs Debian's `chromium` so CI runs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from program.loading import Loaded
from program.writers import RenderOptions
from program.writers.program_html import ProgramHtmlWriter

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium (Debian package chromium) is not installed")

MEASURE = """
<script>
  const overflowing = [];
  for (const element of document.querySelectorAll('.box, td, li, p, h1, h2, h3, .index p')) {
    const clips = getComputedStyle(element).overflow === 'hidden';
    const rect = element.getBoundingClientRect();
    const tooWide = rect.right > document.documentElement.clientWidth + 1;
    const spills = clips && (element.scrollWidth > element.clientWidth + 1
                             || element.scrollHeight > element.clientHeight + 1);
    if (tooWide || spills) overflowing.push(element.className + ': ' + element.textContent.slice(0, 60));
  }
  const entries = [...document.querySelectorAll('.entry')].map(e => e.dataset.item);
  const boards = [...document.querySelectorAll('.poster')].map(e => e.dataset.board);
  document.body.setAttribute('data-layout', JSON.stringify({overflowing, entries, boards}));
</script>
"""


def _chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        f"--user-data-dir={profile}", "--window-size=1000,1400",
    ]  # fmt: skip
    return subprocess.run([CHROMIUM, *flags, *arguments], capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def rendered(sample: Loaded, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("chromium")
    page = folder / "program.html"
    page.write_text(ProgramHtmlWriter().write(sample.program, RenderOptions()).replace("</body>", MEASURE + "</body>"))
    dom = _chromium("--virtual-time-budget=3000", "--dump-dom", page.as_uri(), profile=folder / "profile").stdout
    layout: dict[str, object] = json.loads(dom.split('data-layout="', 1)[1].split('"', 1)[0].replace("&quot;", '"'))
    _chromium(
        f"--print-to-pdf={folder / 'printed.pdf'}", "--no-pdf-header-footer", page.as_uri(), profile=folder / "p2"
    )
    _chromium(f"--screenshot={folder / 'screen.png'}", page.as_uri(), profile=folder / "p3")
    layout["folder"] = folder
    return layout


def test_no_text_overflows_its_box_or_the_page(rendered: dict[str, object]) -> None:
    assert rendered["overflowing"] == []


def test_every_item_appears_once_in_the_rendered_page(sample: Loaded, rendered: dict[str, object]) -> None:
    entries = rendered["entries"]

    assert isinstance(entries, list)
    assert Counter(entries) == Counter(item.id for item in sample.program.items)


def test_posters_the_page_gives_no_board_show_none_in_the_rendered_page(rendered: dict[str, object]) -> None:
    assert rendered["boards"] == [None] * 19


def test_chromium_prints_a_pdf_and_takes_a_screenshot(rendered: dict[str, object]) -> None:
    folder = rendered["folder"]
    assert isinstance(folder, Path)

    assert (folder / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert (folder / "screen.png").read_bytes().startswith(b"\x89PNG")
    assert (folder / "screen.png").stat().st_size > 20_000


def test_the_overflow_probe_catches_an_overflowing_box(tmp_path: Path) -> None:
    page = tmp_path / "overflow.html"
    box = '<a class="box" style="display:block;overflow:hidden;width:20mm;height:3mm">far too long a title to fit</a>'
    page.write_text(f"<html><body>{box}{MEASURE}</body></html>", encoding="utf-8")

    dom = _chromium("--virtual-time-budget=2000", "--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    layout = json.loads(dom.split('data-layout="', 1)[1].split('"', 1)[0].replace("&quot;", '"'))

    assert layout["overflowing"] == ["box: far too long a title to fit"]
