"""Messages of the core rules at the seams: settings, size, expiry, verdict wording, file reasons."""

MESSAGES: dict[str, dict[str, str]] = {
    # settings (ecoassess.scoring.settings)
    "seams.settings.not_number": {"th": "ต้องเป็นตัวเลข", "en": "not a number"},
    "seams.settings.not_bool": {"th": "ต้องเป็น true หรือ false", "en": "not true or false"},
    "seams.settings.not_ids": {"th": "ต้องเป็นรายการรหัสเกณฑ์ เช่น [\"C12\"]",
                               "en": "not a list of criterion ids such as [\"C12\"]"},
    "seams.settings.not_object": {"th": "ต้องเป็นชุดค่าตั้ง (JSON object)",
                                  "en": "not a set of settings (a JSON object)"},
    # prerequisites and size
    "prereq.unanswered": {"th": "ยังไม่ได้ตอบ", "en": "not answered yet"},
    "seams.size.fill_in": {
        "th": "ไม่ทราบขนาดโรงงาน: กรอกรายได้ต่อปี (หรือจำนวนพนักงานประจำ) ในหน้าข้อมูลโรงงาน "
              "หรือเลือกขนาดโรงงาน",
        "en": "the factory size is unknown: enter the annual revenue (or the number of permanent "
              "employees) on the profile page, or choose the size"},
    "seams.size.unknown_route": {
        "th": "ไม่ทราบขนาดโรงงาน: {route} ใช้ได้เฉพาะโรงงานขนาดกลางและขนาดย่อม กรอกรายได้ต่อปี "
              "(หรือจำนวนพนักงานประจำ) ในหน้าข้อมูลโรงงาน หรือเลือกขนาดโรงงาน",
        "en": "the factory size is unknown: {route} counts only for a medium or small factory; "
              "enter the annual revenue (or the number of permanent employees) on the profile "
              "page, or choose the size"},
    "seams.size.by_revenue": {"th": "รายได้ต่อปี", "en": "the annual revenue"},
    "seams.size.by_employees": {"th": "จำนวนพนักงานประจำ", "en": "the number of permanent employees"},
    "seams.size.contradicts": {
        "th": "ขนาดโรงงานที่ระบุ ({declared}) ขัดกับ{basis} ซึ่งเป็นโรงงาน{used} "
              "จึงใช้{used}ตามนิยาม SME ที่ให้รายได้เป็นตัวตัดสิน",
        "en": "the declared size ({declared}) contradicts {basis}, which makes it {used}: "
              "{used} is used, as the SME definition lets the figures decide"},
    "seams.size.basis.revenue": {"th": "ตามรายได้ต่อปี", "en": "by the annual revenue"},
    "seams.size.basis.employees": {"th": "ตามจำนวนพนักงานประจำ",
                                   "en": "by the number of permanent employees"},
    "seams.size.basis.declared": {"th": "ตามที่ระบุ (ยังไม่มีรายได้และจำนวนพนักงาน)",
                                  "en": "as declared (no revenue or employees given)"},
    # certificates
    "seams.cert.expired": {
        "th": "{item}: ใบรับรองหมดอายุแล้วเมื่อ {expiry} (ณ วันที่ {as_of}) และยังไม่ได้กำหนดวันตรวจประเมิน",
        "en": "{item}: the certificate expired on {expiry} (as of {as_of}); no audit date is planned"},
    "seams.cert.profile_before_audit": {
        "th": "{name}: หมดอายุ {expiry} ก่อนวันตรวจประเมินที่วางแผนไว้ {audit}",
        "en": "{name}: expires on {expiry}, before the planned audit on {audit}"},
    "seams.cert.profile_expired": {
        "th": "{name}: หมดอายุแล้วเมื่อ {expiry} (ณ วันที่ {as_of})",
        "en": "{name}: expired on {expiry} (as of {as_of})"},
    "seams.cert_kind.iso14001": {"th": "ISO 14001", "en": "ISO 14001"},
    "seams.cert_kind.green_industry": {"th": "อุตสาหกรรมสีเขียว", "en": "Green Industry"},
    "seams.cert_kind.white_flag_green_star": {"th": "ธงขาวดาวเขียว", "en": "White Flag Green Star"},
    # verdict wording (ecoassess.scoring.verdict)
    "seams.verdict.prereq_unanswered": {
        "th": "{item} {title}: ยังไม่ได้ตอบ",
        "en": "{item} {title}: not answered yet"},
    "seams.verdict.ready_qualified": {"th": "คะแนนถึงเกณฑ์ที่ใช้", "en": "reaches the target used"},
    "seams.verdict.qualified": {"th": "{verdict} — {clauses}", "en": "{verdict} — {clauses}"},
    "seams.qualifier.threshold_assumed": {
        "th": "เกณฑ์ร้อยละ {target} เป็นสมมติฐาน ไม่ใช่เกณฑ์ผ่านทางการ",
        "en": "the {target} % threshold is an assumption, not an official pass mark"},
    "seams.qualifier.draft_prerequisite_not_met": {
        "th": "ข้อกำหนดทั่วไป {items} (ร่าง) ยังไม่ผ่าน",
        "en": "the draft general requirement {items} is not met"},
    "seams.qualifier.certificate_lapses": {
        "th": "มีใบรับรองหมดอายุก่อนวันตรวจประเมิน",
        "en": "a certificate lapses before the audit"},
}
