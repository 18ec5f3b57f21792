"""Pages the trial-8 re-run found silently wrong (CILC 2025, SPIN 2024, PRL neutrino 2025).

Expectations written by hand from each page (tests/data/html_pages/PROVENANCE.md).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from program.model import Item, Kind
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

from helpers import ROOT

PAGES = ROOT / "tests" / "data" / "html_pages"
ROME = ZoneInfo("Europe/Rome")


def _cilc() -> tuple[Item, ...]:
    text = (PAGES / "cilc2025-program.md").read_text(encoding="utf-8")
    return HtmlPageReader().read(text, source="c.md", context=ReadContext(timezone=ROME)).items


def test_a_session_cells_talks_have_the_times_their_list_items_write() -> None:
    """CILC 2025: `<li><strong>12:35-13:00</strong><br> Mario Alviano, Pietro Marcrì <br><em>Logic, …</em></li>`.

    The 32 talks were read with start and end null, so no calendar had them.
    """
    items = _cilc()
    talks = [item for item in items if item.sessions]
    assert len(talks) == 32
    assert all(talk.start is not None and talk.end is not None for talk in talks)
    by_title = {item.title: item for item in items}
    last = by_title["Logic, Leaves, and Labels: Visualizing SELinux Trees with ASP Chef"]
    assert (last.start, last.end, last.people) == (
        datetime(2025, 6, 25, 12, 35, tzinfo=ROME),
        datetime(2025, 6, 25, 13, 0, tzinfo=ROME),
        ("Mario Alviano", "Pietro Marcrì"),
    )
    session = by_title["Session X: Argumentation"]  # the session starts 13:25, its first talk 13:30
    first = by_title["Weighted Assumption Based Argumentation to reason about ethical principles and actions"]
    assert first.sessions == (session.id,)
    assert (session.start, first.start, first.end) == (
        datetime(2025, 6, 27, 13, 25, tzinfo=ROME),
        datetime(2025, 6, 27, 13, 30, tzinfo=ROME),
        datetime(2025, 6, 27, 13, 55, tzinfo=ROME),
    )


def test_an_invited_talk_cell_gives_its_title_speaker_and_chair() -> None:
    """CILC 2025's invited talks and tutorial: they were one glued title and named no one.

    `<strong>Invited Talk</strong><br><em>Chair: Laura Giordano</em><br><br><strong>Stefano Bistarelli,
    University of Perugia, Italy</strong><br><em>Arguing Together: …</em>`.
    """
    by_title = {item.title: item for item in _cilc()}
    invited = by_title["Arguing Together: The Evolution of a Concurrent and Timed Argumentation Language"]
    assert (invited.people, invited.label, invited.abstract, invited.start) == (
        ("Stefano Bistarelli",),
        "Invited Talk",
        "Chair: Laura Giordano",
        datetime(2025, 6, 25, 14, 0, tzinfo=ROME),
    )
    assert invited.kind is Kind.INVITED_TALK
    tutorial = by_title["ASP with Quantifiers: A Natural and Efficient Way to Tackle Problems Beyond NP"]
    assert (tutorial.people, tutorial.label, tutorial.abstract) == (
        ("Giuseppe Mazzotta",),
        "Tutorial",
        "Chair: Francesca Toni",
    )
    assert by_title["Rough Knowledge and its Refinement"].people == ("Rafael Penaloza Nyssen",)
