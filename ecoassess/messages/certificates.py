"""Messages of G2 read from the profile's certificates (ecoassess.scoring.certificates)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "certs.until": {"th": "{name} มีผลถึง {expiry}", "en": "{name}, valid until {expiry}"},
    "certs.no_date": {"th": "{name} (ไม่ได้กรอกวันหมดอายุ)", "en": "{name} (no expiry date entered)"},
    "certs.gold_star": {"th": "ธงขาวดาวทอง", "en": "White Flag Gold Star"},
    "certs.from_profile": {
        "th": "จากการรับรองในหน้าข้อมูลโรงงาน: {cert}",
        "en": "from the certifications on the profile: {cert}"},
    "certs.answer_differs": {
        "th": "{item}: คำตอบระบุ {answer} แต่ข้อมูลโรงงานระบุ {profile} จึงใช้ตามข้อมูลโรงงาน",
        "en": "{item}: the answer names {answer}, the profile {profile}; the profile's "
              "certificate is used"},
    "certs.gi_no_level": {
        "th": "ข้อมูลโรงงานมีอุตสาหกรรมสีเขียวที่ไม่ได้ระบุระดับ: ระบุระดับ (1–5) เพื่อใช้กับข้อกำหนด G2",
        "en": "the profile lists Green Industry without its level: give the level (1–5) so "
              "that G2 can use it"},
    "certs.moved_conflict": {
        "th": "{item} ในไฟล์ระบุ {answer} แต่ข้อมูลโรงงานมี {profile} อยู่แล้ว: "
              "คงตามข้อมูลโรงงาน แก้ไขได้ในหน้าข้อมูลโรงงาน",
        "en": "{item} in the file names {answer}, but the profile already lists {profile}: "
              "the profile's is kept (change it on the profile page)"},
    "certs.moved_none_conflict": {
        "th": "{item} ในไฟล์ระบุว่ายังไม่มีการรับรอง แต่ข้อมูลโรงงานมี {profile}: คงตามข้อมูลโรงงาน",
        "en": "{item} in the file says no certificate is held, but the profile lists "
              "{profile}: the profile's is kept"},
}
