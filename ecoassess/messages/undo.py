"""Messages of undo (ecoassess.undo)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "undo.unlink": {"th": "เลิกเชื่อมโยง {name} จาก {item}", "en": "unlink {name} from {item}"},
    "undo.action": {"th": "นำ “{description}” ({item}) ออกจากแผน",
                    "en": "remove “{description}” ({item}) from the plan"},
    "undo.edit": {"th": "แก้ไข{what} ({page})", "en": "change of {what} ({page})"},
    "undo.evidence": {"th": "แก้ไข{what}ของ {name}", "en": "change of {what} of {name}"},
    "undo.evidence.description": {"th": "คำอธิบาย", "en": "description"},
    "undo.evidence.document_date": {"th": "วันที่ของเอกสาร", "en": "document date"},
    "undo.evidence.expiry": {"th": "วันที่ใช้ได้ถึง", "en": "expiry date"},
    "undo.evidence.several": {"th": "รายละเอียด", "en": "details"},
    "undo.action_edit": {"th": "แก้ไข{what}ของ “{description}” ({item})",
                         "en": "change of {what} of “{description}” ({item})"},
    "undo.action_field.owner": {"th": "ผู้รับผิดชอบ", "en": "owner"},
    "undo.action_field.due_date": {"th": "กำหนดเสร็จ", "en": "due date"},
    "undo.action_field.status": {"th": "สถานะ", "en": "status"},
    "undo.action_field.description": {"th": "ข้อความมาตรการ", "en": "action text"},
    "undo.action_field.item_id": {"th": "เกณฑ์", "en": "criterion"},
    "undo.action_field.several": {"th": "รายละเอียด", "en": "details"},
    "undo.gone_evidence": {
        "th": "ย้อนกลับไม่ได้: ไฟล์ {name} ไม่อยู่ในการประเมินนี้แล้ว ข้อมูลอื่นไม่มีการเปลี่ยนแปลง",
        "en": "Cannot undo: {name} is no longer in this assessment; nothing else was changed."},
    "undo.gone_action": {
        "th": "ย้อนกลับไม่ได้: มาตรการ “{description}” ({item}) ไม่อยู่ในแผนแล้ว ข้อมูลอื่นไม่มีการเปลี่ยนแปลง",
        "en": "Cannot undo: the action “{description}” ({item}) is no longer in the plan; "
              "nothing else was changed."},
}
