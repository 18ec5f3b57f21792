"""The header names that mean each of our fields in Malay and Indonesian (`vocabulary.FIELDS` adds them after its own).

JKR's AI & IoT course 2025 heads its tables `Masa | Aktiviti | Penceramah | Fasilitator` (time, activity,
speaker, facilitator). The facilitator runs the room and gives no talk: "fasilitator" is no people column.
"""

from __future__ import annotations

MALAY: dict[str, tuple[str, ...]] = {
    "title": ("aktiviti", "aktivitas", "kegiatan", "acara", "tajuk", "judul", "atur cara", "sesi", "topik"),
    "people": ("penceramah", "pembentang", "penyampai", "pembicara", "narasumber", "pemateri", "penyaji"),
    "time": ("masa", "waktu", "jam"),
    "date": ("tarikh", "tanggal", "hari"),
    "room": ("tempat", "bilik", "dewan", "lokasi", "ruang", "ruangan"),
}
"""Our fields and the Malay and Indonesian header names that mean them, in lower case."""
