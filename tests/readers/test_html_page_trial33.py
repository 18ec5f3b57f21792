"""Trial 33's two saved pages (COMOSA 2025's Word table, THRF14 2020's Thai page) and the notations they write.

Every field of every slot is checked against the expectations in `test_html_page_expectations.py`; these
tests name what each page writes that was read wrong before (trial 33's report).
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page
from program.readers.lines.thai_names import thai_people, thai_room
from program.readers.notation.dates import parse_date
from program.readers.notation.leading import leading_span
from program.readers.notation.lengths import without_length
from program.readers.notation.local_dates import local_written
from program.readers.notation.times import parse_span

BANGKOK = ZoneInfo("Asia/Bangkok")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def test_the_thai_hour_word_after_a_time_is_part_of_the_time() -> None:
    # THRF14 2020: `<h6>08.00 - 08.30 น.</h6>` (น. for นาฬิกา, o'clock); "น.ส." (Miss) is no hour's word.
    assert parse_span("08.00 - 08.30 น.").end_minutes == 8 * 60 + 30
    found = leading_span("09.00 – 10.30 น.")
    assert found is not None and (found.span.start.minutes, found.rest) == (9 * 60, "")
    found = leading_span("10.00 น.ส. สมหญิง")
    assert found is not None and found.rest == "น.ส. สมหญิง"


def test_a_thai_date_in_the_buddhist_era_is_its_common_era_day() -> None:
    assert local_written("วันอังคารที่ 8 กันยายน 2563") == "tue 8.9.2020"
    written = parse_date("วันพุธที่ 9 กันยายน 2563")
    assert (written.year, written.month, written.day, written.weekday) == (2020, 9, 9, 2)
    assert local_written("9 กันยายน ค.ศ. 2020") == "9.9.2020"  # a common-era year stays as written


def test_thai_speakers_lose_their_titles_posts_and_moderators() -> None:
    assert thai_people("รองศาสตราจารย์ ดร.วรพันธ์ คู่สกุลนิรันดร์ คณะเทคโนโลยีสารสนเทศและการสื่อสาร") == ("วรพันธ์ คู่สกุลนิรันดร์",)
    assert thai_people("โดย คุณกฤษณะ ละไล ผู้สื่อข่าวและพิธีกร") == ("กฤษณะ ละไล",)
    assert thai_people("รองศาสตราจารย์ ยืน ภู่วรวรรณ ที่ปรึกษา ผู้ดำเนินรายการ อาจารย์ดร.ปกป้อง ส่องเมือง") == ("ยืน ภู่วรวรรณ",)
    assert thai_people("โดย คณบดี คณะสังคมศาสตร์และมนุษยศาสตร์ มหาวิทยาลัยมหิดล") == ()
    assert thai_room("ห้องที่ 2 อัตลักษณ์ สังคมและวัฒนธรรม (ห้อง 413) ผู้นำถก") == ("อัตลักษณ์ สังคมและวัฒนธรรม", "ห้อง 413")


def test_thrf14_reads_both_days_without_date_and_titles_beside_their_times() -> None:
    program = read_page("thrf14-program2.php", "Asia/Bangkok", None)

    assert not program.problems
    assert any("first date: 2020-09-08, from the page ('8-9 กันยายน 2563')" in line for line in program.reading)
    by_start = {(item.start, item.location): item for item in program.items}
    first = by_start[(datetime(2020, 9, 8, 8, 0, tzinfo=BANGKOK), None)]
    assert (first.title, first.end) == ("ลงทะเบียน", datetime(2020, 9, 8, 8, 30, tzinfo=BANGKOK))
    keynote = by_start[(datetime(2020, 9, 9, 9, 0, tzinfo=BANGKOK), None)]  # day 2, not 21:00 on day 1
    assert (keynote.title, keynote.people) == ("ปาฐกถานำ หัวข้อ “การศึกษายุคดิจิทัล”", ("ยืน ภู่วรวรรณ",))
    opening = by_start[(datetime(2020, 9, 8, 9, 0, tzinfo=BANGKOK), None)]
    assert opening.title == "ปาฐกถานำ Humanities, Science and Technology: An Inevitable Crossroads"
    assert opening.people == ("Ainin Binti Sulaiman",)
    rooms = sorted(
        item.location or "" for item in program.items if item.start == datetime(2020, 9, 9, 13, 0, tzinfo=BANGKOK)
    )
    assert rooms == ["ห้อง 412", "ห้อง 413", "ห้อง 414", "ห้อง 415"]
    assert len(program.items) == 19  # the rooms' papers (no times) are listed as not placed, not items
    assert any("not placed: โดย พงศ์ธร ผลพัฒนาสกุลชัย" in line for line in program.reading)


def test_a_vietnamese_length_after_a_time_is_its_minutes() -> None:
    assert without_length("16:10 – 16:20 (10p)") == ("16:10 – 16:20", 10)
    assert parse_span("16:20 – 16:30 (10p)").end_minutes == 16 * 60 + 30


def test_comosa_reads_day_rows_durations_sessions_and_ceremonies() -> None:
    # COMOSA 2025 (cut): `Day 02 | Saturday, August 16th,⏎2025`, `16:10 – 16:20 (10p)`, `Session 1` over its talks.
    program = read_page("comosa2025-programs.php", "Asia/Ho_Chi_Minh", None)

    assert not program.problems
    assert any("'Day 02 | Saturday, August 16th, 2025': the day of the rows below" in line for line in program.reading)
    assert any("2 session rows over their talks' rows read as headings" in line for line in program.reading)
    titles = [item.title for item in program.items]
    assert not any(title.startswith("Session") for title in titles)
    by_title = {item.title: item for item in program.items}
    multi_goal = next(item for item in program.items if item.title.startswith("Multi-Goal Path Planning"))
    assert multi_goal.start == datetime(2025, 8, 16, 9, 0, tzinfo=HANOI)
    crypto = by_title["High-Order Optimization for Equity–Crypto Portfolios"]
    assert (crypto.start, crypto.end) == (
        datetime(2025, 8, 16, 16, 10, tzinfo=HANOI),
        datetime(2025, 8, 16, 16, 20, tzinfo=HANOI),
    )
    assert by_title["Opening ceremony"].people == ("Laurent El Ghaoui", "Le Minh Ha", "Nguyen Ngoc Doanh")
    keynote = next(item for item in program.items if item.title.startswith("Modeling to support sustainability"))
    assert keynote.people == ("Alexis Drogoul",)  # the chair's line is no speaker
    assert by_title["Closing Speech & Group Photos"].people == ("Nguyen Ngoc Doanh",)
    assert program.items[0].start is not None and program.items[0].start.date() == date(2025, 8, 15)
