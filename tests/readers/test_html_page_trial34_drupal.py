"""Trial 34's Drupal template (DrupalCamp Spain 2015) and what it writes that was read wrong before.

Every field of its 49 slots is checked against the expectation in `test_html_page_expectations.py`; these
tests name the notations: a template's translated literals, a day given twice (a one-row-a-slot copy and
the grid), a link's title wrapped with `<br/>` over its `speaker` span.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page
from program.model import Item, Kind, SourceRef
from program.readers.html_copied_tables import one_row_a_slot
from program.readers.html_time_spans import parsed_page

PAGE = "drupalcampes2015-session-schedule.tpl.php"
MADRID = ZoneInfo("Europe/Madrid")


def test_a_templates_translated_literal_is_the_text_the_page_shows() -> None:
    root = parsed_page(
        "<h2><?php print t('Sunday'); ?></h2><p>9:30 <?php print t(\"to\") ?> 10:30 <?= __('Room') ?> 1</p>", "p"
    )
    assert root.findtext(".//h2") == "Sunday"
    assert root.findtext(".//p") == "9:30 to 10:30 Room 1"
    assert parsed_page("<p>a<?php echo $room; ?>b</p>", "p").findtext(".//p") == "ab"  # code, not a literal: left out


def test_drupalcamp_reads_each_days_grid_once_on_its_day() -> None:
    program = read_page(PAGE, "Europe/Madrid", date(2015, 5, 23))

    assert len(program.items) == 49 and not program.problems  # 15 overlap warnings before: Sunday on Saturday
    assert (
        "table 1 (line 12): its rows are the slots of table 2 (line 188) written again, one row a slot with each talk"
        " in one cell (a narrow screen's copy): read from table 2 (line 188) only"
    ) in program.reading
    assert any(line.startswith("table 2 (line 188): grid: rooms Room 1, Room 2") for line in program.reading)
    sunday = next(item for item in program.items if item.title == "Cultura empresarial, Open Source y Drupal")
    assert sunday.start == datetime(2015, 5, 24, 9, 30, tzinfo=MADRID) and sunday.location == "Room 1"


def test_a_links_title_wrapped_over_lines_stays_whole_and_its_speaker_span_gives_the_people() -> None:
    program = read_page(PAGE, "Europe/Madrid", date(2015, 5, 23))

    mentoring = next(item for item in program.items if item.title.startswith("Building mentoring"))
    assert (
        mentoring.title == "Building mentoring into an open source community that welcomes and values new contributors"
    )
    assert mentoring.people == ("Cathy Theys",)
    talisman = next(item for item in program.items if item.title == "El poder del Talismán")
    assert talisman.people == ("NeftalíGuerrero",)  # `Neftal&#237;­Guerrero`: the soft hyphen is never shown


def _item(title: str, hour: int, people: tuple[str, ...] = ()) -> Item:
    start = datetime(2015, 5, 23, hour, tzinfo=MADRID)
    end = start.replace(hour=hour + 1)
    return Item(id=title, title=title, kind=Kind.OTHER, source=SourceRef("p"), start=start, end=end, people=people)


def test_a_one_row_a_slot_copy_is_told_from_the_grid_either_way_round() -> None:
    grid = [_item("Welcome", 9), _item("A talk", 10, ("Ana",)), _item("B talk", 10, ("Bo",)), _item("Lunch", 11)]
    copy = [_item("Welcome", 9), _item("Room 1: A talk Ana Room 2: B talk", 10, ("Bo",)), _item("Lunch", 11)]

    assert one_row_a_slot(copy, grid) and not one_row_a_slot(grid, copy)
    assert not one_row_a_slot(copy, [*grid[:3], _item("Dinner", 11)])  # a slot the copy does not write
    untimed = Item(id="notes", title="Notes", kind=Kind.OTHER, source=SourceRef("p"))
    assert not one_row_a_slot([*copy, untimed], grid)  # a line read after the table: not the table's, not dropped
