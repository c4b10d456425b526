"""Messages of the readable change history (ecoassess.history_view)."""

from __future__ import annotations

_PROFILE = {
    "name_th": ("ชื่อโรงงาน (ไทย)", "factory name (Thai)"),
    "name_en": ("ชื่อโรงงาน (อังกฤษ)", "factory name (English)"),
    "company_th": ("ชื่อบริษัท (ไทย)", "company name (Thai)"),
    "company_en": ("ชื่อบริษัท (อังกฤษ)", "company name (English)"),
    "address": ("ที่อยู่", "address"),
    "estate_kind": ("ที่ตั้ง (ในหรือนอกนิคม)", "location (estate or not)"),
    "estate": ("นิคมอุตสาหกรรม", "industrial estate"),
    "province": ("จังหวัด", "province"),
    "registration_no": ("เลขทะเบียนโรงงาน", "factory registration number"),
    "tax_id": ("เลขประจำตัวผู้เสียภาษี", "tax ID"),
    "branch": ("สาขา", "branch"),
    "industry": ("ประเภทอุตสาหกรรม", "industry"),
    "employees_permanent": ("พนักงานประจำ", "permanent employees"),
    "employees_outsourced": ("พนักงานจ้างเหมา", "outsourced employees"),
    "annual_revenue_baht": ("รายได้ต่อปี (บาท)", "annual revenue (baht)"),
    "size": ("ขนาดโรงงานที่ระบุ", "declared factory size"),
    "contacts": ("ผู้ติดต่อ", "contacts"),
    "certifications": ("การรับรองที่ได้รับ", "certifications held"),
    "application_type": ("ประเภทการสมัคร", "application type"),
}
_ASSESSMENT = {
    "assessment_date": ("วันที่ประเมิน", "assessment date"),
    "planned_audit_date": ("วันที่วางแผนตรวจประเมิน", "planned audit date"),
    "signatory_name": ("ชื่อผู้ลงนาม", "signatory's name"),
    "signatory_position": ("ตำแหน่งผู้ลงนาม", "signatory's position"),
    "status": ("สถานะการประเมิน", "assessment status"),
    "scheme_version": ("รุ่นของเกณฑ์", "scheme version"),
    "is_demo": ("ข้อมูลตัวอย่าง", "demo data"),
    "assessment_year": ("ปีที่ประเมิน", "assessment year"),
    "settings": ("ค่าตั้ง (เกณฑ์ผ่าน คะแนนขั้นต่ำ)", "settings (pass mark, minimum)"),
}
_ANSWER = {
    "value": ("คำตอบ", "answer"),
    "note": ("บันทึกเพิ่มเติม", "notes"),
    "justification": ("เหตุผลที่ไม่เกี่ยวข้อง", "why not applicable"),
    "not_applicable": ("ไม่เกี่ยวข้อง", "not applicable"),
    "evidence": ("หลักฐาน", "evidence"),
    "action": ("แผนปฏิบัติการ: มาตรการ", "action plan: action"),
    "action_owner": ("แผนปฏิบัติการ: ผู้รับผิดชอบ", "action plan: owner"),
    "action_due_date": ("แผนปฏิบัติการ: กำหนดเสร็จ", "action plan: due date"),
    "action_status": ("แผนปฏิบัติการ: สถานะ", "action plan: status"),
    "action_item_id": ("แผนปฏิบัติการ: เกณฑ์", "action plan: criterion"),
    "evidence_description": ("หลักฐาน: คำอธิบาย", "evidence: description"),
    "evidence_document_date": ("หลักฐาน: วันที่ของเอกสาร", "evidence: document date"),
    "evidence_expiry": ("หลักฐาน: ใช้ได้ถึง", "evidence: valid until"),
}

MESSAGES: dict[str, dict[str, str]] = {
    **{f"history.profile.{k}": {"th": th, "en": en} for k, (th, en) in _PROFILE.items()},
    **{f"history.assessment.{k}": {"th": th, "en": en} for k, (th, en) in _ASSESSMENT.items()},
    **{f"history.answer.{k}": {"th": th, "en": en} for k, (th, en) in _ANSWER.items()},
    "history.item.profile": {"th": "ข้อมูลโรงงาน", "en": "Factory profile"},
    "history.item.assessment": {"th": "การประเมิน", "en": "Assessment"},
    "history.item.improvement": {"th": "การปรับปรุงอย่างต่อเนื่อง", "en": "Continual improvement"},
    "history.improvement": {"th": "ตารางข้อมูลปี {years} (ปีฐาน {reference})",
                            "en": "data table for {years} (reference year {reference})"},
    "history.action_status.open": {"th": "ยังไม่ดำเนินการ", "en": "open"},
    "history.action_status.in_progress": {"th": "กำลังดำเนินการ", "en": "in progress"},
    "history.action_status.done": {"th": "เสร็จแล้ว", "en": "done"},
    "history.setting.target_percent": {"th": "เกณฑ์ผ่านร้อยละ {value}", "en": "pass mark {value} %"},
    "history.setting.criterion_minimum": {"th": "คะแนนขั้นต่ำรายเกณฑ์ {value}",
                                          "en": "minimum per criterion {value}"},
    "history.yes": {"th": "ใช่", "en": "yes"},
    "history.no": {"th": "ไม่ใช่", "en": "no"},
    "history.not_restorable": {
        "th": "ค่านี้กู้คืนจากประวัติไม่ได้ (การแนบหรือเลิกเชื่อมโยงหลักฐานย้อนกลับได้ด้วย Ctrl+Z)",
        "en": "this value cannot be restored from the history (evidence links come back with Ctrl+Z)"},
}
