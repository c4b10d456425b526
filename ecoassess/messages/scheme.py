"""Messages of the scheme, the readiness engine, answer files and their commands."""

MESSAGES: dict[str, dict[str, str]] = {
    # scheme files
    "scheme.invalid": {
        "th": "ไฟล์เกณฑ์ {source} ไม่ถูกต้องที่ {path}: {detail}",
        "en": "scheme file {source} is invalid at {path}: {detail}",
    },
    "scheme.yaml_error": {
        "th": "อ่านไฟล์เกณฑ์ {source} ไม่ได้ (บรรทัด {path}): {detail}",
        "en": "scheme file {source} is not valid YAML (line {path}): {detail}",
    },
    "scheme.unreadable": {
        "th": "เปิดไฟล์เกณฑ์ {source} ไม่ได้: {detail}",
        "en": "cannot read scheme file {source}: {detail}",
    },
    "scheme.same_version": {
        "th": "มีเกณฑ์รุ่น {version} ที่เนื้อหาต่างกันอยู่แล้ว ให้เปลี่ยนรุ่น (version) ของไฟล์ใหม่",
        "en": "a different scheme with version {version} already exists; give the new file a new version",
    },
    "scheme.imported": {
        "th": "นำเข้าเกณฑ์ {id} รุ่น {version} แล้ว ({path})",
        "en": "imported scheme {id} version {version} ({path})",
    },
    "scheme.import_mapping": {
        "th": "คำตอบเดิมที่ไม่มีในเกณฑ์รุ่นใหม่: {items}",
        "en": "answers of existing assessments not in the new version: {items}",
    },
    "scheme.import_mapping_ok": {
        "th": "คำตอบเดิมทุกข้อใช้กับเกณฑ์รุ่นใหม่ได้",
        "en": "every existing answer maps onto the new version",
    },
    # answer files
    "answers.invalid": {
        "th": "ไฟล์คำตอบ {source} ไม่ถูกต้องที่ {path}: {detail}",
        "en": "answer file {source} is invalid at {path}: {detail}",
    },
    "answers.unknown_key": {
        "th": "ไฟล์คำตอบ {source}: ไม่รู้จักคีย์ {path}",
        "en": "answer file {source}: unknown key {path}",
    },
    "answers.not_utf8": {"th": "ไม่ใช่ไฟล์ข้อความ UTF-8 (ไฟล์คำตอบเป็น JSON แบบ UTF-8)",
                         "en": "not UTF-8 text (an answer file is UTF-8 JSON)"},
    "answers.unreadable": {
        "th": "อ่านไฟล์คำตอบ {source} ไม่ได้: {detail}",
        "en": "cannot read answer file {source}: {detail}",
    },
    "answers.not_json": {
        "th": "ไฟล์คำตอบ {source} ไม่ใช่ JSON ที่ถูกต้อง: {detail}",
        "en": "answer file {source} is not valid JSON: {detail}",
    },
    # values inside answers
    "value.negative": {
        "th": "ค่าที่ {path} ต้องไม่ติดลบ (ได้ {value})",
        "en": "the value at {path} must not be negative (got {value})",
    },
    "value.type": {
        "th": "ค่าที่ {path} ต้องเป็น{expected} (ได้ {value})",
        "en": "the value at {path} must be {expected} (got {value})",
    },
    "value.unknown_option": {
        "th": "ค่าที่ {path} ไม่มีตัวเลือก {value}",
        "en": "the value at {path} has no option {value}",
    },
    "value.expected.bool": {"th": "จริงหรือเท็จ (true/false)", "en": "true or false"},
    "value.expected.number": {"th": "ตัวเลข", "en": "a number"},
    "value.expected.integer": {"th": "จำนวนเต็ม", "en": "a whole number"},
    "value.expected.options": {"th": "รายการรหัสตัวเลือก", "en": "a list of option ids"},
    "value.expected.choice": {"th": "รหัสตัวเลือก", "en": "an option id"},
    "value.expected.date": {"th": "วันที่แบบ YYYY-MM-DD", "en": "a date as YYYY-MM-DD"},
    "settings.invalid": {
        "th": "ค่าตั้ง {path} ไม่ถูกต้อง: {detail}",
        "en": "setting {path} is invalid: {detail}",
    },
}

MESSAGES.update({
    # reasons: target ladder
    "score.next": {"th": "เงื่อนไขระดับ {level}: {need}", "en": "level {level} needs {need}"},
    "score.target.0": {
        "th": "ระดับ 0: ยังไม่ผ่านขั้นที่ 1 ({title})",
        "en": "level 0: step 1 ({title}) not met",
    },
    "score.target.1_none": {
        "th": "ระดับ 1: ผ่านขั้นที่ 1 ยังไม่ได้กรอกผลสำเร็จเทียบกับเป้าหมาย",
        "en": "level 1: step 1 met; no achievement against the target entered",
    },
    "score.target.1": {
        "th": "ระดับ 1: ผ่านขั้นที่ 1 บรรลุผลร้อยละ {pct} ของเป้าหมาย (น้อยกว่าร้อยละ {low})",
        "en": "level 1: step 1 met; {pct} % of the target achieved (below {low} %)",
    },
    "score.target.mid": {
        "th": "ระดับ {points}: บรรลุผลร้อยละ {pct} ของเป้าหมาย (ตั้งแต่ร้อยละ {low})",
        "en": "level {points}: {pct} % of the target achieved (at least {low} %)",
    },
    "score.target.4": {
        "th": "ระดับ 4: บรรลุเป้าหมายครบถ้วน (ร้อยละ {pct}) ยังไม่มีมาตรการขั้นที่ 3",
        "en": "level 4: target fully achieved ({pct} %); no step 3 advanced measure",
    },
    "score.target.5": {
        "th": "ระดับ 5: บรรลุเป้าหมายครบถ้วน (ร้อยละ {pct}) และมีมาตรการขั้นที่ 3: {options}",
        "en": "level 5: target fully achieved ({pct} %) with step 3 measures: {options}",
    },
    "score.need.step1": {"th": "ผ่านขั้นที่ 1 ({title})", "en": "step 1 ({title})"},
    "score.need.pct": {
        "th": "บรรลุผลตั้งแต่ร้อยละ {low} ของเป้าหมาย",
        "en": "at least {low} % of the target achieved",
    },
    "score.need.full": {
        "th": "บรรลุเป้าหมายครบถ้วน (ร้อยละ {low})",
        "en": "the target fully achieved ({low} %)",
    },
    "score.need.advanced": {
        "th": "มีมาตรการขั้นที่ 3 อย่างน้อย 1 ข้อภายใน 3 ปีที่ผ่านมา",
        "en": "at least one step 3 advanced measure in the past 3 years",
    },
    "score.note.s3_without_target": {
        "th": "มีมาตรการขั้นที่ 3 แต่ยังไม่บรรลุเป้าหมายครบถ้วน จึงไม่ทำให้คะแนนเพิ่มขึ้น",
        "en": "step 3 measures without full achievement do not raise the score",
    },
    "score.note.above_unmet": {
        "th": "กรอกข้อมูลขั้นที่สูงกว่าไว้แล้ว แต่ขั้นที่สูงขึ้นจะนับได้ต่อเมื่อผ่าน{step}",
        "en": "higher steps are filled in, but they count only once {step} is met",
    },
    "score.note.levels_above_unmet": {
        "th": "ระดับ {levels} ผ่านเงื่อนไขแล้วแต่ไม่นับคะแนน เพราะยังไม่ผ่านระดับ {level}",
        "en": "level(s) {levels} met but not counted: level {level} is not met",
    },
    "score.step1": {"th": "ขั้นที่ 1", "en": "step 1"},
    # strict ladder
    "score.strict.0": {
        "th": "ระดับ 0: ยังไม่ผ่านระดับที่ 1 ({title})",
        "en": "level 0: level 1 ({title}) not met",
    },
    "score.strict.n": {"th": "ระดับ {points}: {situation}", "en": "level {points}: {situation}"},
    "score.cond.min": {
        "th": "{label} ไม่น้อยกว่า {min} (ปัจจุบัน {value})",
        "en": "{label} at least {min} (now {value})",
    },
    "score.cond.any": {"th": "อย่างน้อย 1 ข้อ: {options}", "en": "at least one of: {options}"},
    "score.not_entered": {"th": "ยังไม่กรอก", "en": "not entered"},
    # band ladder
    "score.band.0": {
        "th": "ระดับ 0: ยังไม่ผ่านขั้นที่ 1 ({title})",
        "en": "level 0: step 1 ({title}) not met",
    },
    "score.band.1_none": {
        "th": "ระดับ 1: ผ่านขั้นที่ 1 ยังไม่ได้กรอกพื้นที่สีเขียวที่เพิ่มขึ้น",
        "en": "level 1: step 1 met; no increase above the baseline entered",
    },
    "score.band.1": {
        "th": "ระดับ 1: ผ่านขั้นที่ 1 พื้นที่เพิ่มขึ้นร้อยละ {pct} ยังไม่ถึงช่วงร้อยละ {low}",
        "en": "level 1: step 1 met; increase of {pct} % is below the {low} % band",
    },
    "score.band.n": {
        "th": "ระดับ {points}: พื้นที่เพิ่มขึ้นร้อยละ {pct} ถึงช่วงร้อยละ {low}",
        "en": "level {points}: increase of {pct} % reaches the {low} % band",
    },
    "score.need.band": {
        "th": "พื้นที่สีเขียวเพิ่มขึ้นเกินพื้นที่อ้างอิงตั้งแต่ร้อยละ {low}",
        "en": "green area increased by at least {low} % above the baseline",
    },
    # N/A and answers
    "score.na": {
        "th": "ไม่เกี่ยวข้อง: {justification} (ไม่คิดคะแนน คะแนนเต็มลดลง {max} คะแนน)",
        "en": "not applicable: {justification} (not scored; maximum reduced by {max})",
    },
    "score.na_not_allowed": {
        "th": "{item}: ค่าตั้งไม่อนุญาตให้ระบุว่าไม่เกี่ยวข้อง จึงคิดคะแนนตามปกติ",
        "en": "{item}: the settings do not allow not applicable here, so it is scored normally",
    },
    "score.na_no_justification": {
        "th": "{item}: ระบุว่าไม่เกี่ยวข้องแต่ไม่มีเหตุผล จึงคิดคะแนนตามปกติ",
        "en": "{item}: marked not applicable without a justification, so it is scored normally",
    },
    "score.unanswered": {"th": "ยังไม่ได้ตอบ", "en": "not answered"},
    "score.missing_evidence": {
        "th": "{item}: อ้างระดับ {points} แต่ยังไม่ได้แนบหลักฐาน",
        "en": "{item}: level {points} claimed with no evidence linked",
    },
    "score.missing_evidence_prereq": {
        "th": "{item}: ระบุว่าผ่านแต่ยังไม่ได้แนบหลักฐาน",
        "en": "{item}: marked met with no evidence linked",
    },
    "score.suggest_advanced": {
        "th": "{item}: ข้อมูล 3 ปีแสดงว่า{quantity}ต่อมูลค่าผลิตภัณฑ์ลดลงทุกปี อาจใช้เป็นหลักฐานมาตรการขั้นที่ 3 ข้อ (ก) ได้ (ระบบไม่ได้เลือกให้)",
        "en": "{item}: the 3-year data show {quantity} per unit of product value falling every year; this may support step 3 option (a) (not ticked for you)",
    },
})

MESSAGES.update({
    # prerequisites
    "prereq.met": {"th": "ผ่าน", "en": "met"},
    "prereq.not_met": {"th": "ไม่ผ่าน", "en": "not met"},
    "prereq.unknown": {"th": "ตรวจสอบไม่ได้", "en": "cannot be checked"},
    "prereq.route_ok": {
        "th": "{route} ใช้ได้สำหรับโรงงาน{size}",
        "en": "{route} satisfies it for a {size} factory",
    },
    "prereq.route_wrong": {
        "th": "{route} ใช้ไม่ได้สำหรับโรงงาน{size} ต้องเป็น: {routes}",
        "en": "{route} does not satisfy it for a {size} factory; it needs one of: {routes}",
    },
    "prereq.route_none": {
        "th": "ยังไม่มีเส้นทางระบบการจัดการสิ่งแวดล้อม ต้องเป็น: {routes}",
        "en": "no environmental management route yet; it needs one of: {routes}",
    },
    "prereq.size_unknown": {
        "th": "ไม่ทราบขนาดโรงงาน: {route} ใช้ได้เฉพาะโรงงานขนาดกลางและขนาดย่อม",
        "en": "factory size unknown: {route} counts only for medium and small factories",
    },
    "prereq.size_any": {
        "th": "{route} ใช้ได้กับโรงงานทุกขนาด",
        "en": "{route} satisfies it for a factory of any size",
    },
    "prereq.cert_expires": {
        "th": "{item}: ใบรับรองหมดอายุ {expiry} ก่อนวันตรวจประเมินที่วางแผนไว้ {audit}",
        "en": "{item}: the certificate expires on {expiry}, before the planned audit on {audit}",
    },
    "prereq.cert_no_expiry": {
        "th": "{item}: ยังไม่ได้กรอกวันหมดอายุของใบรับรอง",
        "en": "{item}: the certificate expiry date is not entered",
    },
    "prereq.warning_only": {
        "th": "{item} (ร่าง) ยังไม่ผ่าน: เป็นคำเตือนเท่านั้นตามค่าตั้ง",
        "en": "{item} (draft) not met: a warning only under the current settings",
    },
    # verdict
    "verdict.not_eligible": {"th": "ยังไม่มีคุณสมบัติ", "en": "not eligible"},
    "verdict.not_yet": {"th": "ยังไม่พร้อม", "en": "not ready yet"},
    "verdict.ready": {"th": "พร้อมรับการตรวจประเมิน", "en": "ready for the audit"},
    "verdict.prereq_failed": {
        "th": "{item} {title}: {status}",
        "en": "{item} {title}: {status}",
    },
    "verdict.below_target": {
        "th": "คะแนนรวม {total}/{max} (ร้อยละ {percent}) ต่ำกว่าเกณฑ์ร้อยละ {target} ({provenance})",
        "en": "total {total}/{max} ({percent} %) is below the target of {target} % ({provenance})",
    },
    "verdict.reaches_target": {
        "th": "คะแนนรวม {total}/{max} (ร้อยละ {percent}) ถึงเกณฑ์ร้อยละ {target} ({provenance})",
        "en": "total {total}/{max} ({percent} %) reaches the target of {target} % ({provenance})",
    },
    "verdict.below_minimum": {
        "th": "{item} ได้ {points} คะแนน ต่ำกว่าคะแนนขั้นต่ำรายเกณฑ์ {minimum} ({provenance})",
        "en": "{item} has {points} points, below the per-criterion minimum of {minimum} ({provenance})",
    },
    "verdict.all_na": {
        "th": "ไม่มีเกณฑ์ที่คิดคะแนนได้",
        "en": "no criterion is left to score",
    },
})

MESSAGES.update({
    "eco.bad_year": {
        "th": "{place}: ต้องระบุปี ค.ศ. เป็นจำนวนเต็ม",
        "en": "{place}: the year must be a whole number (Common Era)",
    },
    "eco.missing": {"th": "ปี {year}: ยังไม่กรอก{quantity}", "en": "{year}: {quantity} is missing"},
    "eco.not_number": {
        "th": "ปี {year}: {quantity} ต้องเป็นตัวเลข",
        "en": "{year}: {quantity} must be a number",
    },
    "eco.negative": {
        "th": "ปี {year}: {quantity} ติดลบ จึงไม่นำมาคำนวณ",
        "en": "{year}: {quantity} is negative, so it is left out",
    },
    "eco.zero_product": {
        "th": "ปี {year}: มูลค่าผลิตภัณฑ์เป็นศูนย์ จึงคำนวณค่าต่อหน่วยไม่ได้",
        "en": "{year}: product value is zero, so no intensity can be computed",
    },
    "eco.zero_quantity": {
        "th": "ปี {year}: {quantity} เป็นศูนย์ จึงคำนวณดัชนีประสิทธิภาพเชิงนิเวศไม่ได้",
        "en": "{year}: {quantity} is zero, so no eco-efficiency index can be computed",
    },
    "eco.bad_reference": {
        "th": "ไม่มีข้อมูลของปีอ้างอิง {year} จึงใช้ปีแรกที่มีข้อมูลแทน",
        "en": "no data for reference year {year}; the first year with data is used",
    },
    "eco.too_few_years": {
        "th": "ต้องมีข้อมูล {wanted} ปี (มี {got} ปี)",
        "en": "{wanted} years of data are needed ({got} given)",
    },
})

MESSAGES.update({
    "cli.scheme.fingerprint": {"th": "ลายนิ้วมือ", "en": "fingerprint"},
    "cli.scheme.prerequisites": {"th": "ข้อกำหนดทั่วไป", "en": "General requirements"},
    "cli.scheme.criteria": {
        "th": "ข้อกำหนดเฉพาะ ({count} เกณฑ์ รวม {max} คะแนน)",
        "en": "Specific requirements ({count} criteria, {max} points)",
    },
    "cli.scheme.points": {"th": "คะแนน", "en": "points"},
    "cli.scheme.settings": {"th": "ค่าตั้ง", "en": "Settings"},
    "cli.scheme.documents": {"th": "เอกสารที่ต้องยื่น", "en": "Documents to submit"},
    "cli.score.criteria": {"th": "ข้อกำหนดเฉพาะ", "en": "Criteria"},
    "cli.score.total": {
        "th": "คะแนนรวม: {total}/{max} (ร้อยละ {percent})",
        "en": "Total: {total}/{max} ({percent} %)",
    },
    "cli.score.verdict": {
        "th": "ผลการประเมิน: {verdict} — เกณฑ์ร้อยละ {target} [{provenance}]",
        "en": "Verdict: {verdict} — target {target} % [{provenance}]",
    },
    "cli.score.gaps": {
        "th": "ขั้นต่อไป (เรียงตามคะแนนที่จะเพิ่ม)",
        "en": "Next steps (most points first)",
    },
    "cli.score.need": {"th": "ต้องทำ", "en": "needs"},
    "cli.score.settings": {"th": "ค่าตั้งที่ใช้", "en": "Settings used"},
    "cli.scheme.yes": {"th": "ใช่", "en": "yes"},
    "cli.scheme.no": {"th": "ไม่ใช่", "en": "no"},
    "cli.score.what_if": {
        "th": "ผลคาดการณ์ หากทำขั้นต่อไปของ {items} สำเร็จ (ยังไม่ใช่คำตอบจริง)",
        "en": "Projection if the next step of {items} were done (not the real answers)",
    },
    "cli.score.evidence": {"th": "หลักฐาน", "en": "evidence"},
    "cli.score.warnings": {"th": "คำเตือน", "en": "Warnings"},
    "cli.score.suggestions": {"th": "ข้อเสนอแนะ", "en": "Suggestions"},
})
