"""Trial 35's Indonesian rundown page: times a style sheet writes from an attribute (`content: attr(data-date)`).

Every field of every slot is compared with the expectations in `test_html_page_expectations.py`.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_times_shown_from_a_data_attribute_in_wib_read_without_options() -> None:
    # RAKERNAS 2023: `<li class="event" data-date="08:30 WIB - 09:15 WIB">`, `.timeline .event:before { content:
    # attr(data-date); }`; `<h2> Day 2 <small> Selasa, 07 Februari 2023</small></h2>`; three `<li>`s commented out
    program = read_page("rakernas2023-rundown-day2.php")

    assert program.timezone == "Asia/Jakarta"
    assert len(program.items) == 13
    speech = next(item for item in program.items if item.title == "Speech Komisaris")
    assert (speech.start, speech.end, speech.people, speech.location) == (
        datetime(2023, 2, 7, 8, 30, tzinfo=JAKARTA),
        datetime(2023, 2, 7, 9, 15, tzinfo=JAKARTA),
        ("Alfian Noor",),
        "R. Borobudur 1 Hotel Santika Premiere Semarang",
    )
    # `(90 Menit)` repeats the range 06:30-08:00: no part of the title
    assert program.items[0].title == "Breakfast"
    assert not [item for item in program.items if "Menit" in item.title or "WIB" in item.title]
    assert {item.start.date() for item in program.items if item.start} == {date(2023, 2, 7)}


def test_an_attribute_shown_after_an_element_and_a_length_the_range_does_not_repeat() -> None:
    page = (
        "<html><head><style>li.slot::after { content: attr(data-time) }</style></head><body><ul>"
        '<li class="slot" data-time="09:00 - 10:00">Keynote (30 min)</li>'
        '<li class="other" data-time="11:00 - 12:00">Not shown</li>'
        "</ul></body></html>"
    )
    context = ReadContext(timezone=JAKARTA, first_date=date(2023, 2, 7))
    program = HtmlPageReader().read(page, source="t.html", context=context)

    assert [(item.title, item.start) for item in program.items] == [
        ("Keynote (30 min)", datetime(2023, 2, 7, 9, 0, tzinfo=JAKARTA))
    ]
