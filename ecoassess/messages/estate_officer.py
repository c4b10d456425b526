"""Messages of the officer's settings on the command line (`estate set-threshold`, `estate
set-status`): help texts, output lines and their one-line reasons."""

_H = {
    "estate_set_threshold": (
        "กำหนดเกณฑ์ผ่านของเจ้าหน้าที่: เกณฑ์ความพร้อมของโรงงาน หรือเกณฑ์ผ่านของระดับหนึ่ง (--level)",
        "set the officer's threshold: the factories' readiness threshold, or one level's pass mark (--level)"),
    "estate_threshold_value": ("ร้อยละ 0–100 หรือ none เพื่อล้างค่าที่เจ้าหน้าที่กำหนด (กลับไปใช้ค่าที่แอปสมมติ หรือไม่กำหนด)",
                               "a percentage from 0 to 100, or none to clear the officer's value (back to the "
                               "app's assumption, or no threshold)"),
    "estate_level": ("รหัสระดับ เช่น eco_champion (ดูได้จาก estate overview --json) ถ้าไม่ระบุคือเกณฑ์ความพร้อมของโรงงาน",
                     "the level's id, e.g. eco_champion (see estate overview --json); without it, the "
                     "factories' readiness threshold"),
    "estate_set_status": (
        "บันทึกสถานะของข้อกำหนดหนึ่งข้อตามที่เจ้าหน้าที่ประเมิน ตัวเลือกที่ไม่ระบุคงค่าเดิมไว้",
        "record the officer's status of one requirement item; options not given keep their recorded value"),
    "estate_item": ("รหัสข้อกำหนด เช่น wc_ghg (ดูได้จาก estate overview --json)",
                    "the requirement item's id, e.g. wc_ghg (see estate overview --json)"),
    "estate_status": ("not_assessed, met, partly_met หรือ not_met", "not_assessed, met, partly_met or not_met"),
    "estate_points": ("คะแนนที่ได้ (ค่าว่างเพื่อล้าง)", "the points scored (empty to clear)"),
    "estate_points_max": ("คะแนนเต็ม เมื่อเกณฑ์ไม่ได้กำหนดไว้ (ค่าว่างเพื่อล้าง)",
                          "the maximum points, where the framework gives none (empty to clear)"),
    "estate_evidence": ("หลักฐาน (ข้อความ)", "the evidence (text)"),
    "estate_note": ("หมายเหตุ", "a note"),
}

_L = {
    "threshold_needed": ("ระบุร้อยละ 0–100 หรือ none เพื่อล้างค่า", "give a percentage from 0 to 100, or none to clear it"),
    "readiness_target": ("เกณฑ์ความพร้อมของโรงงาน", "the factories' readiness threshold"),
    "level_target": ("เกณฑ์ผ่านของระดับ {level}", "the pass mark of {level}"),
    "threshold_set": ("{name}: {target} ร้อยละ {value} (เจ้าหน้าที่กำหนด)",
                      "{name}: {target} is now {value} % (set by the officer)"),
    "threshold_cleared": ("{name}: ล้าง{target} ที่เจ้าหน้าที่กำหนดแล้ว", "{name}: the officer's {target} cleared"),
    "status_set": ("{name}: บันทึกสถานะของข้อกำหนด {item} เป็น \"{status}\" แล้ว",
                   "{name}: requirement {item} recorded as \"{status}\""),
}

MESSAGES: dict[str, dict[str, str]] = {}
for _key, (_th, _en) in _H.items():
    MESSAGES["cli.help." + _key] = {"th": _th, "en": _en}
for _key, (_th, _en) in _L.items():
    MESSAGES["estate." + _key] = {"th": _th, "en": _en}
