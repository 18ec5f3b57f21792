"""Titles that name their kind by their words: "Opening Remarks", "Lunch", "Industry Panel", "專題演講".

Tested in order, before the label table (`kind_labels`): a title's first words, or its last
("Summary & Closing Remarks"), in English, Chinese (WASN 2018) and Spanish (JNIC 2022), where a
whole title is no one word of `kind_words` ("Cena de gala en el restaurante San Mamés").
"""

from __future__ import annotations

import re

from program.model import Kind

_REMARKS = r"(\s+(remarks?|words|address|session|ceremony))?(\s+(?:(?:and|to|of)\b|[&+/]).*)?\s*[.!]?$"
"""What may follow "Opening" in a title that is the opening itself, not "Opening the Black Box":
"Opening Remarks", "Welcome + Opening Remarks", "Closing session of the workshop"."""
_AT_PLACE = r"(?:\w+?[dt][ae]\s+)?"
"""A Turkish place in the locative before a meal, "Otelde Kahvaltı" (breakfast at the hotel): -de, -da, -te, -ta."""
POSTER_SESSION = re.compile(r"\bposters?\s+session\b|\bsesi[oó]n\s+(?:de\s+)?p[oó]ster(?:e?s)?\b", re.IGNORECASE)
"""A poster session anywhere in a title: JNIC 2022's "Café. Sesión Poster día 1: Investigación ya publicada I"."""
TITLE_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(r"^[A-Z][A-Z0-9-]{1,11}(?:\s+\d{4})?\s+[Kk]eynote$"), Kind.KEYNOTE),  # "ICMT Keynote": an event's
    (re.compile(r"^[A-Z][\w-]{1,15}?\s*(?:19|20)\d{2}\s+[Oo]pening$"), Kind.OPENING),  # "BiocAsia2020 Opening"
    (re.compile(r"^[A-Z][\w-]{1,15}?\s*(?:19|20)\d{2}\s+[Cc]losing$"), Kind.CLOSING),
    (
        re.compile(
            rf"^((conference|workshop)\s+)?(opening|welcome|open(?=\s+ceremony)){_REMARKS}|^introduction(\s+and\s+(welcome|opening\s+remarks))?\s*[.!]?$",
            re.IGNORECASE,
        ),
        Kind.OPENING,
    ),
    (
        re.compile(
            rf"^((conference|workshop)\s+)?(closing|concluding){_REMARKS}|^ending\s+remarks\s*[.!]?$|^wrap(?:ping\s+up|[\s-]*up)$|^the\s+end\s*[.!]?$"
            r"|^awards?(\s+(ceremony|session|presentation))?(\s+(and|&)\s+(closing|concluding|ending)\s+remarks)?\s*[.!]?$",
            re.I,
        ),
        Kind.CLOSING,
    ),
    # "Summary & Closing Remarks"; "General discussion, closing" (EvalNLG 2020)
    (
        re.compile(r"(?:\s(?:&|and)\s+(?:closing|concluding)\s+remarks|,\s+closing)\s*[.!]?$", re.IGNORECASE),
        Kind.CLOSING,
    ),
    (POSTER_SESSION, Kind.POSTER_SESSION),
    (
        re.compile(
            # "Break-out discussion" (ReNeuIR 2023) is work in groups, no break; "BioBreak" (Forth-Tagung 2023) is one
            r"^((morning|afternoon|short)\s+)?(lunch|breakfast|coffee|tea|break)\b(?![-\s]*out\b)"
            # PSITE-7 2018's "Nutrition Break" and "Snacks" (the Philippines' name for a coffee break and its food)
            r"|\b(coffee|lunch|tea|nutrition|health|snack|refreshment)\s+break\b|^bio\s?break$|^snacks?$",
            re.IGNORECASE,
        ),
        Kind.BREAK,
    ),
    # "Competition Q&A" (ML for Systems 2023): a one-word topic's Q&A
    (re.compile(r"^(panel|q\s*&\s*a)\b|^(open\s+)?discussion(\s+panel\b.*)?$|^\w+\s+q\s*&\s*a$", re.I), Kind.PANEL),
    # "Flash Talks" (AGN on the Beach 2023) and "Ignite Talks" (DevOpsDagar 2023) are lightning talks by other names
    (
        re.compile(
            r"^(spotlight|lightning|flash|ignite)\s+(session|talk)s?\b|^poster\s+spotlights?\b"
            r"|^(?:palestras?|charlas?)\s+rel[âáa]mpagos?\b",  # SciPy LA 2018's "Palestra Relâmpago"
            re.IGNORECASE,
        ),
        Kind.SPOTLIGHT,
    ),
    (re.compile(r"^invited\s+speaker\s+\d+$", re.IGNORECASE), Kind.INVITED_TALK),
    (re.compile(r"^keynote\s+(?:message|address|speech|lecture)$", re.IGNORECASE), Kind.KEYNOTE),  # PSITE-7 2018
    (
        re.compile(r"^[A-Z][a-z]+\s+keynote(?:$|\s*:\s+\S)", re.IGNORECASE),
        Kind.KEYNOTE,
    ),  # "Academic Keynote", "Plenary Keynote: …"
    (re.compile(r"^[A-Z][a-z]+\s+panel$", re.IGNORECASE), Kind.PANEL),  # "Industry Panel"
    (re.compile(r"^industry\s+talks?$", re.IGNORECASE), Kind.TALK),  # BLP 2023's "Industry Talk"
    (
        re.compile(
            r"^(reception|social|dinner|banquet|hallway\s+track|happy\s+hour|networking(?!\s+(?:the|an?)\s)|fellowship\s+night)\b"
            r"|^(workshop|conference|gala)\s+(dinner|banquet)\b|^(welcome|farewell)\s+(reception|dinner)\b",
            re.I,
        ),
        Kind.SOCIAL,
    ),  # "Networking the Empire: …" (ArcheoFOSS 2025) is a talk: the word a verb there
    (re.compile(r"^#\w+\s*,\s*networking$", re.IGNORECASE), Kind.SOCIAL),  # BilboStack 2025's "#laEspuela,Networking"
    # Chinese titles (WASN 2018): a keynote (專題演講), a break (休息, 點心), dinner (晚宴), an opening
    # ceremony (開幕典禮), an award ceremony (頒獎典禮), a poster exhibition (海報展示).
    (re.compile(r"^(?:專題|主題|专题|主题)演講|^(?:专题|主题)演讲"), Kind.KEYNOTE),
    (re.compile(r"^(?:休息|茶敘|茶叙|午餐|午休)"), Kind.BREAK),
    (re.compile(r"^☕"), Kind.BREAK),  # a coffee cup for a title (Ogrody Nowego Internetu 2024)
    (re.compile(r"^(?:晚宴|歡迎晚宴|欢迎晚宴)"), Kind.SOCIAL),
    (re.compile(r"^(?:大會)?開幕|^(?:大会)?开幕"), Kind.OPENING),
    (re.compile(r"^\W*(?:頒獎|颁奖)"), Kind.CLOSING),
    (re.compile(r"海報展示|海报展示"), Kind.POSTER_SESSION),
    # Spanish titles (JNIC 2022): "Cena de gala en el restaurante San Mamés.", "Cocktail de despedida",
    # "Visita guiada por Bilbao", "Evento de bienvenida. Happy Rivers.", "Inauguración oficial de las
    # JNIC 2022", "Clausura oficial de JNIC 2022"
    (
        re.compile(r"^(?:cena|c[oó]ctel|cocktail|visita\s+guiada|evento\s+de\s+bienvenida)\b", re.IGNORECASE),
        Kind.SOCIAL,
    ),
    (re.compile(r"^inauguraci[oó]n\b", re.IGNORECASE), Kind.OPENING),
    (re.compile(r"^clausura\b", re.IGNORECASE), Kind.CLOSING),
    # A paper's number in brackets before its title (TVU 2023: "[Bài 2] Đánh giá …", "[Bài báo 11] …"): a talk
    (re.compile(r"^\[(?:bài(?:\s+báo)?|paper)\s*#?\s*\d+\]\s*\w", re.IGNORECASE), Kind.TALK),
    # Vietnamese (TVU 2023): the delegates' welcome and the conference's opening, numbered ".1 Khai mạc hội nghị"
    (re.compile(r"^(?:\.?\d+\s+)?(?:chào\s+mừng\s+đại\s+biểu|khai\s+mạc)\b", re.IGNORECASE), Kind.OPENING),
    # Thai titles (THRF14 2020): a keynote (ปาฐกถา), a panel discussion (เสวนา), lunch ((พัก)รับประทานอาหาร), the
    # opening's speeches (กล่าวรายงาน, the report; กล่าวต้อนรับ, welcome; กล่าวเปิด, opening), the closing's (กล่าวปิด)
    (re.compile(r"^ปาฐกถา"), Kind.KEYNOTE),
    (re.compile(r"^เสวนา"), Kind.PANEL),
    (re.compile(r"^(?:พัก)?รับประทานอาหาร|^พักเบรก"), Kind.BREAK),
    (re.compile(r"^กล่าว(?:รายงาน|ต้อนรับ|เปิด)"), Kind.OPENING),
    (re.compile(r"^กล่าวปิด"), Kind.CLOSING),
    (re.compile(r"^closing\s+speech\b", re.IGNORECASE), Kind.CLOSING),  # COMOSA 2025's "Closing Speech & Group Photos"
    # Norwegian, Danish and Swedish: the welcome that opens the day (NAV IT-dagen 2022's "VELKOMMEN: Mingling og …")
    (re.compile(r"^(?:velkommen|velkomst|välkommen)\b", re.IGNORECASE), Kind.OPENING),
    # Dutch (Congres TBK 2016): the congress's opening, a panel discussion, a tea break, the networking drinks
    (re.compile(r"^opening\s+(?:congres|symposium|conferentie)\b", re.IGNORECASE), Kind.OPENING),
    (re.compile(r"^paneldiscussie\b", re.IGNORECASE), Kind.PANEL),
    (re.compile(r"^(?:thee|koffie)?pauze$", re.IGNORECASE), Kind.BREAK),
    (re.compile(r"^netwerkborrel\b", re.IGNORECASE), Kind.SOCIAL),
    # Chinese (CLMF 2015): an opening (开幕式) or closing ceremony (闭幕式) anywhere in a title, a lunch (主题午餐)
    (re.compile(r"开幕式|開幕式"), Kind.OPENING),
    (re.compile(r"闭幕式|閉幕式"), Kind.CLOSING),
    (re.compile(r"^(?:主题|自助|工作)?午餐$"), Kind.BREAK),  # not "報到 & 午餐" (WASN 2018: registration first)
    # Chinese meals (VICTOR 2017): breakfast (早餐) a break as lunch is, dinner (晚餐) a social as "Dinner" is
    (re.compile(r"^(?:自助)?早餐$"), Kind.BREAK),
    (re.compile(r"^(?:自助)?晚餐$"), Kind.SOCIAL),
    (re.compile(r"^fiesta\b", re.IGNORECASE), Kind.SOCIAL),  # Spanish: a party (CONEISC 2014's "FIESTA DE GALA")
    # Indonesian (RAKERNAS 2023, SMITE 2020): the opening (Pembukaan, "… oleh Moderator": by the moderator) and the
    # welcome speeches (Sambutan), the closing (Penutupan); ISHOMA (istirahat, sholat, makan: a break to rest, pray and
    # eat) and lunch (Makan Siang) are breaks, dinner (Makan Malam) a social as "Dinner" is
    (re.compile(r"^(?:pembukaan|sambutan)\b", re.IGNORECASE), Kind.OPENING),
    (re.compile(r"^penutupan\b", re.IGNORECASE), Kind.CLOSING),
    (re.compile(r"^(?:ishoma|makan\s+siang)\b", re.IGNORECASE), Kind.BREAK),
    (re.compile(r"^makan\s+malam\b", re.IGNORECASE), Kind.SOCIAL),
    # Malay (JKR AI & IoT 2025): morning, afternoon and night tea (Minum pagi/petang/malam), breakfast (Sarapan), rest
    # (Rehat) and lunch (Makan Tengahari) are breaks; dinner (Makan malam) a social, above
    (
        re.compile(r"^(?:minum\s+(?:pagi|petang|malam)|sarapan|rehat|makan\s+tengah\s*hari)\b", re.IGNORECASE),
        Kind.BREAK,
    ),
    # Norwegian (DevOpsDagar 2024): a break and what is done in it ("Pause og utsjekk", and check-out), lunch (Lunsj);
    # dinner (Middag), an aperitif and a social evening socials; the welcome and start, the closing ("It's a wrap")
    (re.compile(r"^(?:pause|kaffepause|lunsj)(?:\s+og\s.*)?$", re.IGNORECASE), Kind.BREAK),
    (re.compile(r"^(?:middag|aperitiff|sosialt)\b", re.IGNORECASE), Kind.SOCIAL),
    (re.compile(r"^(?:velkommen|oppstart)\b", re.IGNORECASE), Kind.OPENING),
    (re.compile(r"^(?:avslutning\b|it'?s\s+a\s+wrap\s*[.!]?$)", re.IGNORECASE), Kind.CLOSING),
    # Turkish meals (Kuzeyde Yarıyıl 2023), after a place in the locative ("Otelde": at the hotel): lunch (Öğle
    # Yemeği) and breakfast (Kahvaltı) are breaks as "Lunch" is, dinner (Akşam Yemeği) and a gala dinner socials
    (re.compile(rf"^{_AT_PLACE}(?:öğle\s+yemeğ[iİ]|kahvalt[ıI])\b", re.IGNORECASE), Kind.BREAK),
    (re.compile(rf"^{_AT_PLACE}(?:akşam|gala)\s+yemeğ[iİ]\b", re.IGNORECASE), Kind.SOCIAL),
)
"""Titles that name a kind by their first words ("Opening Remarks", "Lunch", "Q&A", "Morning Tea/Snacks",
"Spotlight Session #1", "Invited speaker 3", "Workshop dinner"), or by their last: "Summary & Closing Remarks",
"Industry Panel", "Academic Keynote" (one word before the kind, nothing after)."""
