"""Messages of the core rules at the seams: settings, size, expiry, verdict wording, file reasons."""

MESSAGES: dict[str, dict[str, str]] = {
    # settings (ecoassess.scheme.settings)
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
        "th": "ขนาดโรงงานที่ระบุ ({declared}) ขัดกับ{basis} ซึ่งบ่งว่าเป็นโรงงาน{used} "
              "จึงใช้{used}ตามนิยาม SME ที่ให้ตัวเลขเป็นตัวตัดสิน",
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

MESSAGES.update({
    # pydantic's error types told in our words (ecoassess.reasons.pydantic_detail)
    "seams.pyd.missing": {"th": "ต้องมีค่านี้", "en": "this is required"},
    "seams.pyd.extra": {"th": "ไม่รู้จักคีย์นี้", "en": "unknown key"},
    "seams.pyd.string": {"th": "ต้องเป็นข้อความ (ได้รับ {value})", "en": "must be text (got {value})"},
    "seams.pyd.integer": {"th": "ต้องเป็นจำนวนเต็ม (ได้รับ {value})",
                          "en": "must be a whole number (got {value})"},
    "seams.pyd.number": {"th": "ต้องเป็นตัวเลข (ได้รับ {value})", "en": "must be a number (got {value})"},
    "seams.pyd.bool": {"th": "ต้องเป็น true หรือ false (ได้รับ {value})",
                       "en": "must be true or false (got {value})"},
    "seams.pyd.date": {"th": "ต้องเป็นวันที่แบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2027-06-30 (ได้รับ {value})",
                       "en": "must be a date as YYYY-MM-DD, Common Era, e.g. 2027-06-30 (got {value})"},
    "seams.pyd.datetime": {"th": "ต้องเป็นวันและเวลาแบบ ปปปป-ดด-ววTชช:นน:วว (ได้รับ {value})",
                           "en": "must be a date and time as YYYY-MM-DDTHH:MM:SS (got {value})"},
    "seams.pyd.object": {"th": "ต้องเป็นชุดข้อมูลแบบ {{ … }} (ได้รับ {value})",
                         "en": "must be an object {{ … }} (got {value})"},
    "seams.pyd.list": {"th": "ต้องเป็นรายการแบบ [ … ] (ได้รับ {value})",
                       "en": "must be a list [ … ] (got {value})"},
    "seams.pyd.literal": {"th": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed} (ได้รับ {value})",
                          "en": "must be one of: {allowed} (got {value})"},
    "seams.pyd.minimum": {"th": "ต้องไม่น้อยกว่า {limit} (ได้รับ {value})",
                          "en": "must be at least {limit} (got {value})"},
    "seams.pyd.maximum": {"th": "ต้องไม่เกิน {limit} (ได้รับ {value})",
                          "en": "must be at most {limit} (got {value})"},
    "seams.pyd.too_short": {"th": "สั้นเกินไป (อย่างน้อย {limit})",
                            "en": "too short (at least {limit})"},
    "seams.pyd.too_long": {"th": "ยาวเกินไป (ไม่เกิน {limit})", "en": "too long (at most {limit})"},
    "seams.pyd.pattern": {"th": "รูปแบบไม่ถูกต้อง (ได้รับ {value})",
                          "en": "not in the expected form (got {value})"},
    "seams.pyd.rule": {"th": "ไม่เป็นไปตามกฎของรูปแบบไฟล์", "en": "breaks a rule of the format"},
    "seams.pyd.other": {"th": "ค่าไม่ถูกต้อง (ได้รับ {value})", "en": "not accepted (got {value})"},
    # JSON that cannot be read (ecoassess.reasons.json_detail)
    "seams.json.value": {"th": "ขาดค่าหรือมีคำที่ไม่ใช่ JSON ที่บรรทัด {line} ตำแหน่ง {column}",
                         "en": "a value is missing or not JSON at line {line}, column {column}"},
    "seams.json.comma": {"th": "ขาดเครื่องหมายจุลภาค (,) ที่บรรทัด {line} ตำแหน่ง {column}",
                         "en": "a comma (,) is missing at line {line}, column {column}"},
    "seams.json.colon": {"th": "ขาดเครื่องหมายทวิภาค (:) ที่บรรทัด {line} ตำแหน่ง {column}",
                         "en": "a colon (:) is missing at line {line}, column {column}"},
    "seams.json.property": {
        "th": "ชื่อคีย์ต้องอยู่ในเครื่องหมายคำพูดคู่ (\") หรือมีจุลภาคเกินก่อน }} ที่บรรทัด {line} ตำแหน่ง {column}",
        "en": "a key must be in double quotes (\"), or a comma stands before }} at line {line}, column {column}"},
    "seams.json.extra": {"th": "มีข้อความเกินหลังจบข้อมูล JSON ที่บรรทัด {line} ตำแหน่ง {column}",
                         "en": "extra text after the JSON data at line {line}, column {column}"},
    "seams.json.unterminated": {"th": "ข้อความไม่มีเครื่องหมายคำพูดปิด เริ่มที่บรรทัด {line} ตำแหน่ง {column}",
                                "en": "a text has no closing quote, from line {line}, column {column}"},
    "seams.json.control": {"th": "มีอักขระควบคุม (เช่น การขึ้นบรรทัดใหม่) อยู่ในข้อความ ที่บรรทัด {line} ตำแหน่ง {column}",
                           "en": "a control character (such as a line break) inside a text at line {line}, column {column}"},
    "seams.json.escape": {"th": "เครื่องหมาย \\ ใช้ไม่ถูกต้อง ที่บรรทัด {line} ตำแหน่ง {column}",
                          "en": "a backslash (\\) escape is not valid at line {line}, column {column}"},
    "seams.json.trailing_comma": {"th": "มีจุลภาคเกินก่อนวงเล็บปิด ที่บรรทัด {line} ตำแหน่ง {column}",
                                  "en": "a comma stands before a closing bracket at line {line}, column {column}"},
    "seams.json.other": {"th": "ไม่ใช่ JSON ที่ถูกต้อง ที่บรรทัด {line} ตำแหน่ง {column}",
                         "en": "not valid JSON at line {line}, column {column}"},
    "seams.json.too_deep": {"th": "ข้อมูลซ้อนกันลึกเกินไป", "en": "nested too deeply"},
    "seams.json.duplicate": {"th": "คีย์ \"{field}\" ปรากฏซ้ำ (ต้องมีเพียงครั้งเดียว)",
                             "en": "the key \"{field}\" appears twice (it may appear only once)"},
    "seams.json.constant": {"th": "{name} ไม่ใช่ตัวเลขที่ใช้ได้ใน JSON", "en": "{name} is not a usable JSON number"},
    "seams.json.long_number": {"th": "มีตัวเลขยาวเกินไป (หลายพันหลัก)",
                               "en": "a number is far too long (thousands of digits)"},
    "seams.json.not_utf8": {"th": "ไม่ใช่ข้อความ UTF-8", "en": "not UTF-8 text"},
})

MESSAGES.update({
    # answer files (ecoassess.answerfile)
    "seams.answers.not_object": {"th": "ไฟล์ต้องเป็นชุดข้อมูล JSON แบบ {{ … }}",
                                 "en": "the file must be a JSON object {{ … }}"},
    "seams.answers.wrong_scheme": {
        "th": "เป็นคำตอบของเกณฑ์ \"{got}\" แต่โปรแกรมใช้เกณฑ์ \"{expected}\"",
        "en": "these are answers to the scheme \"{got}\"; this program uses \"{expected}\""},
    "seams.answers.status": {
        "th": "ต้องเป็น not_started, in_progress, done หรือ carried_over",
        "en": "must be not_started, in_progress, done or carried_over"},
    "seams.answers.bool": {"th": "ต้องเป็น true หรือ false", "en": "must be true or false"},
    "seams.answers.text": {"th": "ต้องเป็นข้อความ", "en": "must be text"},
    "seams.answers.year_twice": {"th": "มีปีเดียวกันซ้ำกัน", "en": "a year appears twice"},
})

MESSAGES.update({
    # packages (ecoassess.package.document)
    "seams.package.no_section": {"th": "ไม่ใช่ข้อมูลการประเมินที่มีส่วน package",
                                 "en": "not an assessment with a package section"},
    "seams.package.required": {"th": "ต้องมี profile, scheme และ scheme_version",
                               "en": "profile, scheme and scheme_version are required"},
    "seams.package.parts_disagree": {"th": "ส่วนไฟล์คำตอบและส่วน package ไม่ตรงกัน",
                                     "en": "the answer file part and the package part disagree"},
})

MESSAGES.update({
    # scheme files (ecoassess.scheme.loader)
    "seams.scheme.yaml": {"th": "เขียนรูปแบบ YAML ไม่ถูกต้อง (ตรวจการย่อหน้า เครื่องหมาย : และเครื่องหมายคำพูด)",
                          "en": "not valid YAML (check the indentation, colons and quotes)"},
    "seams.scheme.not_mapping": {"th": "ไฟล์ต้องเป็นชุดข้อมูลแบบ คีย์: ค่า",
                                 "en": "the file must be a mapping of keys to values"},
})

MESSAGES.update({
    "seams.package.scheme_differs": {"th": "เกณฑ์ใน manifest.json ไม่ตรงกับ assessment.json",
                                     "en": "the scheme in manifest.json differs from assessment.json"},
    "seams.package.evidence_twice": {"th": "มีหลักฐานรายการเดียวกันซ้ำ",
                                     "en": "an evidence file is listed twice"},
    "seams.package.id_differs": {"th": "รหัสการประเมินใน manifest.json ไม่ตรงกับ assessment.json",
                                 "en": "the assessment id in manifest.json differs from assessment.json"},
})

MESSAGES.update({
    # the command line (ecoassess.cli.options, ecoassess.cli.usage)
    "cli.help.as_of": {"th": "วันที่ใช้ประเมิน แบบ ปปปป-ดด-วว ปี ค.ศ. (ค่าเริ่มต้น: วันนี้) "
                             "ใช้ตรวจวันหมดอายุใบรับรองเมื่อยังไม่กำหนดวันตรวจประเมิน",
                       "en": "the day the result speaks for, YYYY-MM-DD, Common Era (default: today); "
                             "certificates are checked against it when no audit date is planned"},
    "seams.cli.bad_date": {
        "th": "{option}: \"{value}\" ไม่ใช่วันที่ ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2027-06-30",
        "en": "{option}: \"{value}\" is not a date; use YYYY-MM-DD, Common Era, e.g. 2027-06-30"},
    "seams.usage.required": {"th": "ต้องระบุ {names}", "en": "{names} must be given"},
    "seams.usage.unrecognized": {"th": "ไม่รู้จัก {names}", "en": "not recognised: {names}"},
    "seams.usage.choice": {"th": "{arg}: ไม่มีตัวเลือก {value} (เลือกได้: {choices})",
                           "en": "{arg}: there is no choice {value} (choose from: {choices})"},
    "seams.usage.one_value": {"th": "{arg}: ต้องระบุค่าหนึ่งค่า", "en": "{arg}: give one value"},
    "seams.usage.values": {"th": "{arg}: ต้องระบุอย่างน้อยหนึ่งค่า",
                           "en": "{arg}: give at least one value"},
    "seams.usage.not_with": {"th": "{arg}: ใช้ร่วมกับ {other} ไม่ได้",
                             "en": "{arg}: cannot be used with {other}"},
    "seams.usage.bad_value": {"th": "{arg}: ค่า {value} ใช้ไม่ได้", "en": "{arg}: {value} is not accepted"},
    "seams.usage.ambiguous": {"th": "{arg} ตรงกับหลายตัวเลือก: {names}",
                              "en": "{arg} matches several options: {names}"},
    "seams.usage.one_of": {"th": "ต้องระบุอย่างใดอย่างหนึ่ง: {names}", "en": "give one of: {names}"},
})

MESSAGES.update({
    "seams.remap.other_scheme": {
        "th": "เกณฑ์ {scheme} ไม่ใช่เกณฑ์ของการประเมินนี้ ({own})",
        "en": "{scheme} is not this assessment's scheme ({own})"},
})

MESSAGES.update({
    "seams.open.unsafe": {
        "th": "โฟลเดอร์สำหรับเปิดดูหลักฐาน {path} ไม่ปลอดภัย (เป็นลิงก์ หรือเป็นของผู้ใช้อื่น) "
              "จึงไม่ได้คัดลอกไฟล์ไปเปิด",
        "en": "the folder for viewing evidence {path} is not safe (a link, or owned by another "
              "user); nothing was copied there"},
})

MESSAGES.update({
    "seams.lock.failed": {
        "th": "ล็อกโฟลเดอร์ข้อมูล {path} ไม่ได้: {detail}",
        "en": "cannot lock the data folder {path}: {detail}"},
})
