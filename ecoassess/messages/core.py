"""Messages of the foundation: generic errors, storage, evidence, command line."""

MESSAGES: dict[str, dict[str, str]] = {
    "error.generic": {"th": "เกิดข้อผิดพลาด", "en": "Something went wrong"},
    "error.not_found": {"th": "ไม่พบข้อมูลที่ระบุ", "en": "Not found"},
    "error.invalid": {"th": "ข้อมูลไม่ถูกต้อง", "en": "Invalid input"},
    "error.storage": {"th": "ใช้ฐานข้อมูลไม่ได้", "en": "The database cannot be used"},
    "error.evidence": {"th": "ไฟล์หลักฐานมีปัญหา", "en": "An evidence file has a problem"},
    "error.export": {"th": "ส่งออกไฟล์ไม่สำเร็จ", "en": "The file could not be written"},
}

MESSAGES.update({
    "cli.usage_error": {"th": "ใช้คำสั่งไม่ถูกต้อง: {detail}", "en": "bad usage: {detail}"},
    "cli.interrupted": {"th": "ยกเลิกแล้ว", "en": "interrupted"},
})
