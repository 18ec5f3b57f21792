"""The site after a new version, in headless Chromium: an attendee's stars and what changed.

The sample is built into out/, an attendee stars items, then the edited sample
(helpers.SAMPLE_EDITS) is built into the same out/ with `--previous out/program.json`, as an
organiser publishes, and the attendee reloads: the same file, so the same localStorage.
Skipped like test_site_in_chromium.py when Chromium or Playwright is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pytest

from in_chromium import NEEDS_CHROMIUM
from program.cli.main import main

from helpers import changed_sample, copy_of_the_sample

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = NEEDS_CHROMIUM

AXE = Path(__file__).resolve().parent.parent / "data" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MOVED = "spotlight-learning-to-drive-software-defined-storage-792ee1"
CANCELLED = "invited-talk-dawn-song-invited-talk-d28639"
RENAMED_BEFORE = "spotlight-predicting-network-buffer-capacity-for-bbr-079260"
RENAMED = "spotlight-predicting-network-buffer-capacity-for-fair-bbr-59c540"
UNCHANGED = "spotlight-a-code-superoptimizer-through-neural-monte-carlo-62febb"
Scheme = Literal["light", "dark"]
MOVE_NOTE = "Moved: was Sat 3 Dec, 11:45 a.m.–11:55 a.m., now Sat 3 Dec, 12:00 p.m.–12:10 p.m."
CANCEL_NOTE = "Cancelled (was Sat 3 Dec, 9:30 a.m.–10:15 a.m.)"


class Publisher:
    """The sample's two versions, published one after the other into the same out/."""

    def __init__(self, folder: Path) -> None:
        for version in ("before", "after"):
            (folder / version).mkdir()
        self.versions = [copy_of_the_sample(folder / "before"), changed_sample(folder / "after")]
        self.out = folder / "out"
        self.site = self.out / "index.html"

    def publish(self, version: int) -> None:
        """Build version 0 (the sample) or 1 (the edit, with --previous) into out/."""
        previous = ["--previous", str(self.out / "program.json")] if version else []
        assert main(["build", "--no-pdf", str(self.versions[version]), "--out", str(self.out), *previous]) == 0


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    publisher = Publisher(tmp_path)
    publisher.publish(0)
    return publisher


def _open(browser: Browser, publisher: Publisher, width: int = 390, scheme: Scheme = "light") -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.on("pageerror", lambda error: pytest.fail(str(error)))
    page.goto(publisher.site.as_uri())
    page.wait_for_selector("html[data-ready]")
    return page


def _star_then_publish_the_edit(page: Page, publisher: Publisher, *items: str) -> None:
    for item in items:
        page.click(f'[data-item-id="{item}"] .star')
    publisher.publish(1)
    page.reload()
    page.wait_for_selector("html[data-ready]")


def _texts(page: Page, selector: str) -> list[str]:
    texts: list[str] = page.locator(selector).all_inner_texts()
    return texts


def test_a_starred_item_that_moved_is_flagged_with_its_old_and_new_time(browser: Browser, publisher: Publisher) -> None:
    page = _open(browser, publisher)
    _star_then_publish_the_edit(page, publisher, MOVED, UNCHANGED)

    page.click("button[data-view=mine]")

    assert _texts(page, f'[data-item-id="{MOVED}"] .chg') == [MOVE_NOTE]
    assert _texts(page, f'[data-item-id="{UNCHANGED}"] .chg') == []
    assert _texts(page, "#_mine_changed_list li") == [f"Learning to Drive Software-Defined Storage: {MOVE_NOTE}"]


def test_a_starred_item_that_was_cancelled_stays_in_my_schedule_until_removed(
    browser: Browser, publisher: Publisher
) -> None:
    page = _open(browser, publisher)
    _star_then_publish_the_edit(page, publisher, CANCELLED)
    page.click("button[data-view=mine]")

    assert _texts(page, "#_mine_changed_list li") == [f"Dawn Song - Invited Talk: {CANCEL_NOTE} Remove"]
    page.reload()  # still there the next time
    page.wait_for_selector("html[data-ready]")
    page.click("button[data-view=mine]")
    assert len(_texts(page, "#_mine_changed_list li")) == 1

    page.click("#_mine_changed_list .forget")

    assert page.is_hidden("#_mine_changed")
    stored = "localStorage.getItem(JSON.parse(document.getElementById('_data').textContent).store + ':stars')"
    assert page.evaluate(stored) == "[]"


def test_a_renamed_item_keeps_its_star(browser: Browser, publisher: Publisher) -> None:
    page = _open(browser, publisher)
    _star_then_publish_the_edit(page, publisher, RENAMED_BEFORE)

    assert page.get_attribute(f'[data-item-id="{RENAMED}"] .star', "aria-pressed") == "true"
    assert _texts(page, f'[data-item-id="{RENAMED}"] .chg') == [
        "Renamed: was “Predicting Network Buffer Capacity for BBR Fairness”"
    ]


def test_what_changed_lists_the_new_version_and_marks_stay_until_seen(browser: Browser, publisher: Publisher) -> None:
    page = _open(browser, publisher)
    assert page.locator("button[data-view=changes]").count() == 0  # a first version: nothing changed
    _star_then_publish_the_edit(page, publisher)

    page.click("button[data-view=changes]")

    assert page.is_visible("#_changes") and page.is_hidden("#_program")
    assert _texts(page, "#_changes h3") == ["Removed (1)", "Moved (1)", "Renamed (1)", "People changed (1)"]
    assert page.eval_on_selector_all("#_changes li a", "links => links.map(a => a.getAttribute('href'))") == [
        f"#{MOVED}",
        f"#{RENAMED}",
        "#spotlight-implementing-reinforcement-learning-datacenter-4aa30a",
    ]
    assert page.inner_text("#_chg_count") == "(4 new)"
    page.reload()
    page.wait_for_selector("html[data-ready]")
    assert page.locator("main .i.changed").count() == 3  # the cancelled item is not on the page
    page.click("button[data-view=changes]")
    page.click("#_seen")
    assert page.locator("main .i.changed").count() == 0
    assert page.inner_text("#_chg_count") == ""


def test_a_first_visit_marks_nothing(browser: Browser, publisher: Publisher) -> None:
    publisher.publish(1)

    page = _open(browser, publisher)

    assert page.locator("main .chg").count() == 0
    assert page.is_visible("button[data-view=changes]")


@pytest.mark.parametrize(("width", "scheme"), [(390, "light"), (1280, "dark")])
def test_axe_core_finds_nothing_on_my_schedule_and_what_changed(
    browser: Browser, publisher: Publisher, width: int, scheme: Scheme
) -> None:
    page = _open(browser, publisher, width, scheme)
    _star_then_publish_the_edit(page, publisher, MOVED, CANCELLED)
    page.add_script_tag(path=str(AXE))
    found = []

    for view in ("mine", "changes"):
        page.click(f"button[data-view={view}]")
        found += page.evaluate(
            "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
            ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))",
            WCAG_AA,
        )

    assert found == []
