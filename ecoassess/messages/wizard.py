"""Messages of the wizard's core helpers: years, next-year copies, the app without a display."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "carry.year_not_later": {
        "th": "ปีของการประเมินใหม่ ({year}) ต้องอยู่หลังปีของการประเมินเดิม ({source_year})",
        "en": "the new assessment's year ({year}) must come after the year of the one it is copied from ({source_year})"},
    "app.no_display": {
        "th": "เปิดโปรแกรมแบบหน้าต่างไม่ได้: ไม่พบหน้าจอ (ต้องเปิดจากหน้าจอเดสก์ท็อป) "
              "คำสั่งแบบบรรทัดคำสั่งยังใช้ได้ ดู ecoassess --help",
        "en": "cannot start the desktop app: no display was found (it needs a desktop session); "
              "the commands still work, see ecoassess --help"},
    "compare.years": {"th": "ครั้งก่อน {then} · ครั้งนี้ {now}", "en": "then {then} · now {now}"},
    "cli.help.next_year_year": {
        "th": "ปีของการประเมินใหม่ เป็นปี ค.ศ. (ค่าเริ่มต้น: ปีถัดจากปีของการประเมินเดิม)",
        "en": "the year of the new assessment, Common Era (default: the year after the source's)"},
    "cli.help.new_year": {
        "th": "ปีที่ประเมิน เป็นปี ค.ศ. (ค่าเริ่มต้น: ปีปัจจุบัน)",
        "en": "the year assessed, Common Era (default: this year)"},
    "cli.field.year": {"th": "ปีที่ประเมิน", "en": "Year assessed"},
    "cli.field.carried_from": {"th": "ยกมาจาก", "en": "Carried from"},
    "year.label": {"th": "ปี {year}", "en": "{year}"},
    "year.from": {"th": "ต่อจากปี {year}", "en": "from {year}"},
}
