"""Day headings in Japanese, Polish, Portuguese, Italian and Dutch, rewritten in the notations `dates` reads.

- Japanese: `6月27日（金）` (month 月, day 日, the weekday's kanji in brackets), `2025年6月27日`,
  and a day's number `2日目` ("day 2") before it: `2日目　6月27日（金）` (biomol51 2025) is the
  date it writes; `1日目` alone is "Day 1".
- Portuguese weekdays end in `-feira` (`Quinta-feira (26/10)`, WBMM 2023): the first word names
  the day, and a numeric date in brackets after a weekday is the date.
- Vietnamese: `ngày 22 tháng 7 năm 2023` (day, month, year), after a weekday `Thứ Bảy` (Saturday;
  Sunday is `Chủ nhật`) and a part of the day `Buổi 1,` ("session 1", TVU 2023).
- Polish (`Czwartek, 1.12.2022`, geoinformacja 2022), Portuguese, Italian and Dutch (`Zaterdag 13
  december 2025`, WND 2025) weekday names, read as whole words only: their first letters ("nie",
  "sob") are too often other words.
- Ukrainian, Russian, Greek and Turkish month names (`19 Листопада 2019`, an ENT course in Kyiv 2019;
  `4 Ιουλίου 2022`, Check4facts 2022; `11 Şubat 2012`, CETURK 2012), whole words only, `LOCAL_MONTHS`; Turkish
  weekdays (`Çarşamba`). Turkish capitals are read by `folded` (`19 MAYIS 2021`, Hisarlı 2021; `5 NİSAN`, `3 EKİM`).
- Norwegian, Danish and Swedish weekdays (`Tirsdag 3. desember`, DevOpsDagar 2024) and Norwegian `desember`;
  Malay and Indonesian weekdays and months (`Rabu, 1 Oktober 2025`, JKR AI & IoT 2025; `Ogos`, `Disember`).
- Thai: `วันพุธที่ 9 กันยายน 2563` (weekday วัน…ที่, day, month, year), THRF14 2020. Thai years are of the
  Buddhist era (2563 is 2020 CE): a year of 2400 or more beside a Thai month is one, 543 years ahead.
"""

from __future__ import annotations

import re

LOCAL_WEEKDAYS: dict[str, int] = {
    **{"poniedziałek": 0, "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "niedziela": 6},
    **{"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4},  # sábado, domingo: Spanish's
    **{"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5, "domenica": 6},
    # Italian without its accent, as a keyboard without "ì" writes it (AI Day 2026: `Data: venerdi 17/04/2026`)
    **{"lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4},
    **{"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6},
    # Turkish, as `folded` writes them ("Salı" is "sali"), with and without their marks
    **{"pazartesi": 0, "sali": 1, "çarşamba": 2, "carsamba": 2, "perşembe": 3, "persembe": 3, "cuma": 4},
    **{"cumartesi": 5, "pazar": 6},
    # Norwegian and Danish, then Swedish's own (DevOpsDagar 2024: "Tirsdag 3. desember")
    **{"mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5, "søndag": 6},
    **{"måndag": 0, "tisdag": 1, "lördag": 5, "söndag": 6},
    # Malay and Indonesian (JKR AI & IoT 2025: "Rabu, 1 Oktober 2025"); Indonesian Sunday "Minggu" is also "week"
    **{"isnin": 0, "senin": 0, "selasa": 1, "rabu": 2, "khamis": 3, "kamis": 3, "jumaat": 4, "jumat": 4},
    **{"sabtu": 5, "ahad": 6},
}
"""Weekdays (0 is Monday) by their whole names."""
LOCAL_MONTHS: dict[str, int] = {
    # Ukrainian, as named and in a date's genitive ("19 листопада 2019")
    **{"січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7},
    **{"серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12},
    **{"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7},
    **{"серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12},
    # Russian, as named and in the genitive ("13 марта 2013")
    **{"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8},
    **{"сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12},
    **{"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8},
    **{"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12},
    # Greek, in a date's genitive ("Αθήνα, 4 Ιουλίου 2022", Check4facts 2022)
    **{"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7},
    **{"αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12},
    # Polish, as named (O tym się nie mówi 2016: "9 Kwiecień, 2016"; the genitive "kwietnia" is in `dates`)
    **{"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8},
    **{"wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12},
    # Turkish ("11 Şubat 2012"); "Mart" and "Mayıs" are read by their English first letters. `folded` makes
    # both Turkish i's a dotted i ("KASIM", "Kasım" and "Kasim" are "kasim"), and sites often drop the marks
    # ("Subat", "Agustos").
    **{"ocak": 1, "şubat": 2, "subat": 2, "nisan": 4, "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8},
    **{"eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12},
    # Norwegian "desember" (the others are read by their English or German first letters)
    "desember": 12,
    # Malay and Indonesian ("Ogos", "Disember"; "Mei" is Dutch's too, in `dates`)
    **{"januari": 1, "februari": 2, "mac": 3, "julai": 7, "ogos": 8, "agustus": 8, "disember": 12},
}
"""Months (1 is January) by their whole names, in lower case. Polish "maj" (May, named and in a date) is left out:
"maj" is a word's start too often; a day-first date writes "maja"."""
_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


def folded(text: str) -> str:
    """The text case-folded, Turkish's dotted capital İ and dotless ı both a plain i.

    `casefold` makes "İ" an i and a combining dot ("NİSAN" would be "ni̇san", no month) and leaves "ı"
    as it is ("Kasım" against "KASIM", which folds to "kasim"): both are read as the i they stand for.

    >>> folded("5 NİSAN 2021"), folded("19 MAYIS"), folded("Kasım"), folded("AÇILIŞ")
    ('5 nisan 2021', '19 mayis', 'kasim', 'açiliş')
    """
    return text.translate(_TURKISH_I).casefold()


_KANJI_WEEKDAYS = {"月": "mon", "火": "tue", "水": "wed", "木": "thu", "金": "fri", "土": "sat", "日": "sun"}
_JAPANESE_DATE = re.compile(
    r"^(?:(?P<number>\d{1,2})\s*日目\s*[:：、,]?\s*)?"
    r"(?:(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*(?:[日号號]|(?=\s*(?:[(（]|星期|周|週|礼拜|禮拜)))"
    r"\s*(?:[(（]\s*(?P<weekday>[月火水木金土日])(?:曜日?)?\s*[)）]"
    r"|[(（]?\s*(?:星期|周|週|礼拜|禮拜)(?P<chinese>[一二三四五六日天])\s*[)）]?)?)?$"
)
_CHINESE_WEEKDAYS = {"一": "mon", "二": "tue", "三": "wed", "四": "thu", "五": "fri", "六": "sat"}
_CHINESE_WEEKDAYS |= {"日": "sun", "天": "sun"}
"""A Chinese weekday after 星期 or 周 (CLMF 2015: `8月22日 星期六`, Saturday the 22nd of August). The day's 日 (or
号) may be left out before a weekday: VICTOR 2017 heads its second day `8月23 周三` between `8月22日 周二` and `8月24日
周四`."""
_VIETNAMESE_WEEKDAYS = {"hai": "mon", "ba": "tue", "tư": "wed", "năm": "thu", "sáu": "fri", "bảy": "sat"}
_VIETNAMESE_DATE = re.compile(
    r"^(?:buổi\s+\d{1,2}\s*,\s*)?(?:(?:thứ\s+(?P<weekday>hai|ba|tư|năm|sáu|bảy)|(?P<sunday>chủ\s+nhật))\s*,?\s*)?"
    r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s*(?:năm\s+|,\s*)(?P<year>\d{4}))?$",
    re.IGNORECASE,
)
THAI_MONTHS: dict[str, int] = {
    **{"มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6},
    **{"กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12},
}
"""Thai months by their whole names (Thai writes no spaces between words: read where a number stands beside them)."""
_THAI_WEEKDAYS = {"จันทร์": "mon", "อังคาร": "tue", "พุธ": "wed", "พฤหัสบดี": "thu", "พฤหัส": "thu"}
_THAI_WEEKDAYS |= {"ศุกร์": "fri", "เสาร์": "sat", "อาทิตย์": "sun"}
_THAI_DATE = re.compile(
    r"^(?:วัน(?P<weekday>" + "|".join(_THAI_WEEKDAYS) + r")\s*(?:ที่)?\s*)?"
    r"(?P<day>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*(?P<month>" + "|".join(THAI_MONTHS) + r")"
    r"(?:\s*(?:พ\.\s*ศ\.|ค\.\s*ศ\.)?\s*(?P<year>\d{4}))?$"
)
"""A Thai date: "วันอังคารที่ 8 กันยายน 2563" (Tuesday the 8th of September 2563 BE), "8-9 กันยายน 2563" (a page's
two days: the first), "พ.ศ." (Buddhist era) or "ค.ศ." (common era) before the year."""
BUDDHIST_ERA = 543
"""Years the Buddhist era counts ahead of the common era (2563 BE is 2020 CE)."""
_BUDDHIST_YEARS = 2400
"""A Thai year from this on is of the Buddhist era (2400 BE is 1857 CE); a common-era year stays as written."""


def thai_year(year: int) -> int:
    """The common-era year of a year written beside a Thai month: a Buddhist-era year less 543.

    >>> thai_year(2563), thai_year(2020)
    (2020, 2020)
    """
    return year - BUDDHIST_ERA if year >= _BUDDHIST_YEARS else year


_KOREAN_WEEKDAYS = {"월": "mon", "화": "tue", "수": "wed", "목": "thu", "금": "fri", "토": "sat", "일": "sun"}
_KOREAN_DATE = re.compile(
    r"^(?:(?P<year>\d{4})\s*년\s*)?(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일"
    r"\s*(?:[(（]\s*(?P<weekday>[월화수목금토일])(?:요일)?\s*[)）]|(?P<long>[월화수목금토일])요일)?$"
)
"""A Korean date: "2015년 3월 28일 (토)" (year 년, month 월, day 일; transparency hackathon 2015), "2014년 3월 22일
토요일" (DevArt 2014), the weekday bracketed or written out with 요일."""


def _japanese_written(written: str) -> str | None:
    """A Japanese or Chinese date or day number as `dates` reads it ("6月27日（金）" as "fri 27.6"), else None."""
    japanese = _JAPANESE_DATE.match(written)
    if japanese is None or not (japanese["number"] or japanese["month"]):
        return None
    if japanese["month"] is None:
        return f"Day {int(japanese['number'])}"
    named = _KANJI_WEEKDAYS.get(japanese["weekday"] or "") or _CHINESE_WEEKDAYS.get(japanese["chinese"] or "")
    weekday = f"{named} " if named else ""
    year = f".{japanese['year']}" if japanese["year"] else ""
    return f"{weekday}{int(japanese['day'])}.{int(japanese['month'])}{year}"


def _korean_written(written: str) -> str | None:
    """A Korean date as a notation `dates` reads it ("2015년 3월 28일 (토)" as "sat 28.3.2015"), else None."""
    if (korean := _KOREAN_DATE.match(written)) is None:
        return None
    named = _KOREAN_WEEKDAYS.get(korean["weekday"] or korean["long"] or "")
    year = f".{korean['year']}" if korean["year"] else ""
    return f"{named + ' ' if named else ''}{int(korean['day'])}.{int(korean['month'])}{year}"


_FEIRA = re.compile(r"^(?P<weekday>[^\W\d_]+)-feira\b", re.IGNORECASE)
_BRACKETED_NUMERIC = re.compile(
    r"^(?P<weekday>[^\W\d_]+\.?),?\s*[(（]\s*(?P<date>\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)\s*[)）]$"
)


def is_japanese_date(text: str) -> bool:
    """Whether all of a text is a Japanese date or day number ("2日目　6月27日（金）", "6月26日", "1日目").

    >>> is_japanese_date("2日目　6月27日（金）"), is_japanese_date("1日目"), is_japanese_date("6月27日 開会")
    (True, True, False)
    """
    found = _JAPANESE_DATE.match(" ".join(text.replace("\u3000", " ").split()))
    return found is not None and bool(found["number"] or found["month"])


def local_written(text: str) -> str:
    """The text in a notation `dates` reads: "6月27日（金）" as "fri 27.6", "Quinta-feira (26/10)" as "Quinta 26/10".

    >>> local_written("2日目　6月27日（金）"), local_written("1日目"), local_written("2025年6月26日(木)")
    ('fri 27.6', 'Day 1', 'thu 26.6.2025')
    >>> local_written("8月22日 星期六"), local_written("8月25日星期二"), local_written("8月23 周三")
    ('sat 22.8', 'tue 25.8', 'wed 23.8')
    >>> local_written("2015년 3월 28일 (토)"), local_written("2014년 3월 22일 토요일"), local_written("3월 22일")
    ('sat 28.3.2015', 'sat 22.3.2014', '22.3')
    >>> local_written("Buổi 1, Thứ Bảy ngày 22 tháng 7 năm 2023"), local_written("Chủ nhật, ngày 2 tháng 7")
    ('sat 22.7.2023', 'sun 2.7')
    >>> local_written("วันพุธที่ 9 กันยายน 2563"), local_written("8-9 กันยายน 2563"), local_written("9 กันยายน")
    ('wed 9.9.2020', '8.9.2020', '9.9')
    >>> local_written("Quinta-feira (26/10)"), local_written("Monday (3/10)"), local_written("Monday, 3 March")
    ('Quinta 26/10', 'Monday 3/10', 'Monday, 3 March')
    """
    written = " ".join(text.replace("\u3000", " ").split())
    if (east_asian := _japanese_written(written) or _korean_written(written)) is not None:
        return east_asian
    if (vietnamese := _VIETNAMESE_DATE.match(written)) is not None:
        named = _VIETNAMESE_WEEKDAYS.get((vietnamese["weekday"] or "").casefold())
        weekday = f"{named} " if named else "sun " if vietnamese["sunday"] else ""
        year = f".{vietnamese['year']}" if vietnamese["year"] else ""
        return f"{weekday}{int(vietnamese['day'])}.{int(vietnamese['month'])}{year}"
    if (thai := _THAI_DATE.match(written)) is not None:
        weekday = f"{_THAI_WEEKDAYS[thai['weekday']]} " if thai["weekday"] else ""
        year = f".{thai_year(int(thai['year']))}" if thai["year"] else ""
        return f"{weekday}{int(thai['day'])}.{THAI_MONTHS[thai['month']]}{year}"
    written = _FEIRA.sub(lambda found: found["weekday"], written)
    if (bracketed := _BRACKETED_NUMERIC.match(written)) is not None:
        return f"{bracketed['weekday']} {bracketed['date']}"
    return written
