"""The header names that mean each of our fields in Japanese (`vocabulary.FIELDS` adds them after its own).

Fukuoka Engineers Day 2021's timetable heads its pipe table `開始時間 | 終了時間 | 時間 | セッション | 登壇者`
(start, end, length, session, speakers). "時間" is left unnamed: it is a column of lengths
("0:20") there, of clock times in other timetables, and in Chinese ones too (WASN 2018's
`時間 | 2018.08.26 (日)`, whose layout the HTML table reader tells by its cells).
"""

from __future__ import annotations

JAPANESE: dict[str, tuple[str, ...]] = {
    "title": ("セッション", "タイトル", "講演タイトル", "発表タイトル", "演題", "テーマ"),
    "people": ("登壇者", "発表者", "講演者", "講師", "スピーカー"),
    "start": ("開始時間", "開始時刻", "開始"),
    "end": ("終了時間", "終了時刻", "終了"),
    "duration": ("所要時間",),
    "room": ("会場", "部屋", "ルーム"),
    "date": ("日付", "開催日"),
}
"""Our fields and the Japanese header names that mean them (no case to fold: written as `normal_name` keeps them)."""
