"""index.html without a browser: every item once, the data safe and in page order, VEVENTs as in program.ics."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import lxml.html

from program.loading import Loaded
from program.model import Kind
from program.writers import RenderOptions
from program.writers.booklet import booklet_data
from program.writers.ics import IcsWriter
from program.writers.site import SiteWriter


def _page(loaded: Loaded) -> str:
    return SiteWriter().write(loaded.program, RenderOptions())


def test_every_item_once_and_the_data_in_page_order(sample: Loaded) -> None:
    page = _page(sample)

    ids = re.findall(r'data-item-id="([^"]+)"', page)
    data = json.loads(re.search(r'<script type="application/json" id="_data">(.*?)</script>', page, re.S)[1])  # type: ignore[index]

    assert Counter(ids) == Counter(item.id for item in sample.program.items)
    assert len(data["items"]) == len(ids)
    by_id = sample.program.items_by_id()
    kinds = [data["kinds"][row[2]][0] for row in data["items"]]
    assert kinds == [by_id[item_id].kind.value for item_id in ids]


def test_each_timed_item_carries_its_program_ics_vevent(sample: Loaded) -> None:
    page = _page(sample)
    whole = IcsWriter().write(sample.program, RenderOptions()).decode()

    events = [html.unescape(event).replace("\n", "\r\n") for event in re.findall(r' data-ics="([^"]*)"', page)]

    assert len(events) == sum(1 for item in sample.program.items if item.start)
    assert all(event.startswith("BEGIN:VEVENT\r\n") and event in whole for event in events)


def test_hostile_text_stays_text_and_cannot_end_the_data_block(sample: Loaded) -> None:
    first = sample.program.items[0]
    hostile = attrs.evolve(first, title="</script><script>alert(1)</script> & <b>")
    program = attrs.evolve(sample.program, items=(hostile, *sample.program.items[1:]))

    page = SiteWriter().write(program, RenderOptions())

    assert page.count("<script") == 3  # the class switch, site.js, the JSON: none from the title
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in page


def test_the_description_and_poster_boards_are_shown(sample: Loaded) -> None:
    # the sample's page gives no boards: a feed that does (a workbook's "#") is shown with them
    posters = iter(range(499, 600))
    items = tuple(
        attrs.evolve(item, board=str(next(posters))) if item.kind is Kind.POSTER else item
        for item in sample.program.items
    )
    program = attrs.evolve(sample.program, items=items, description="What the workshop is about.\n\nWho should come.")

    page = SiteWriter().write(program, RenderOptions())
    without = SiteWriter().write(sample.program, RenderOptions())

    assert '<p class="about">What the workshop is about.</p>' in page
    assert '<p class="about">Who should come.</p>' in page
    assert re.findall(r"<b>(\d+)</b>", page) == [str(number) for number in range(499, 518)]
    assert re.findall(r"<b>(\d+)</b>", without) == []


def test_a_poster_naming_a_session_that_is_not_there_is_still_listed(sample: Loaded) -> None:
    items = tuple(
        attrs.evolve(item, sessions=("poster-session-gone",)) if item.kind is Kind.POSTER else item
        for item in sample.program.items
    )

    page = SiteWriter().write(attrs.evolve(sample.program, items=items), RenderOptions())

    assert Counter(re.findall(r'data-item-id="([^"]+)"', page)) == Counter(item.id for item in items)


def test_a_users_template_may_treat_the_item_lists_as_the_tuples_they_were(sample: Loaded, tmp_path: Path) -> None:
    """Items are made as the template reaches them; joining, comparing, slicing and counting still work."""
    (tmp_path / "index.html.j2").write_text(
        "{% set everything = view.others + view.days[0].items %}{{ everything | length }} "
        "{{ view.others == () }} {{ view.days[0].items[:2] | map(attribute='id') | join(',') }} "
        "{{ view.days[0].items | last | attr('id') }} {{ view.poster_groups[0].posters | length }}",
        encoding="utf-8",
    )
    days = [item for item in sample.program.items if item.start]
    posters = [item for item in sample.program.items if item.kind is Kind.POSTER]

    text = SiteWriter().write(sample.program, RenderOptions(templates=tmp_path))

    assert text == f"{len(days)} True {days[0].id},{days[1].id} {days[-1].id} {len(posters)}"


def _cards(page: str) -> dict[str, Any]:
    """Each item's <article>, by item id."""
    tree = lxml.html.fromstring(page)
    return {card.get("data-item-id"): card for card in tree.iter("article")}


def test_a_card_names_a_person_and_a_kind_once(sample: Loaded) -> None:
    """An invited talk titled "Jeff Dean - Invited Talk" by Jeff Dean: each said once, as in the PDF."""
    talk = next(item for item in sample.program.items if item.title == "Jeff Dean - Invited Talk")

    text = _cards(_page(sample))[talk.id].text_content()

    assert text.count("Jeff Dean") == 1
    assert text.casefold().count("invited talk") == 1


def test_the_site_and_the_booklet_print_each_title_and_its_people_alike(sample: Loaded) -> None:
    cards = _cards(_page(sample))
    data = booklet_data(sample.program, RenderOptions())
    entries = [entry for day in data["days"] for entry in day["entries"]]
    entries += [poster for group in data["poster_groups"] for poster in group["posters"]]

    # The booklet splits a title at "|" (two things at one time); the site prints the pipe.
    site = {
        item_id: re.sub(r"\s*\|\s*", " | ", card.xpath("string(./h3/a | ./h4/a)")) for item_id, card in cards.items()
    }
    people = {item_id: card.xpath("string(./p[@class='pp'])") for item_id, card in cards.items()}

    assert {
        entry["id"]: " | ".join("".join(run["text"] for run in part) for part in entry["title"]) for entry in entries
    } == {entry["id"]: site[entry["id"]] for entry in entries}
    assert {entry["id"]: ", ".join(entry["people"]) for entry in entries} == {
        entry["id"]: people[entry["id"]] for entry in entries
    }
