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
    "cli.no_such_file": {"th": "ไม่พบไฟล์ {path}", "en": "no such file: {path}"},
    # why a file operation failed (errors.os_reason), the {detail} of other messages
    "os.no_permission": {
        "th": "ไม่มีสิทธิ์เขียนที่นี่ หรือไฟล์เปิดอยู่ในโปรแกรมอื่น (ปิดไฟล์แล้วลองใหม่)",
        "en": "no permission here, or the file is open in another program (close it and try again)"},
    "os.disk_full": {"th": "พื้นที่ดิสก์เต็ม", "en": "the disk is full"},
    "os.not_found": {"th": "ไม่พบโฟลเดอร์หรือไฟล์นี้", "en": "the folder or file does not exist"},
    "os.read_only": {"th": "ดิสก์นี้อ่านได้อย่างเดียว", "en": "the disk is read-only"},
    "os.name_too_long": {"th": "ชื่อหรือที่อยู่ไฟล์ยาวเกินไป", "en": "the file name or path is too long"},
    "os.is_folder": {"th": "ที่นี่เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "en": "this is a folder, not a file"},
    "cli.needs_console": {
        "th": "คำสั่ง “{command}” ใช้ได้ใน ecoassess-cli.exe (อยู่ในโฟลเดอร์เดียวกัน) "
              "จาก Command Prompt หรือ PowerShell โปรแกรมแบบหน้าต่างนี้ไม่มีที่แสดงผลของคำสั่ง",
        "en": "The command “{command}” runs in ecoassess-cli.exe (in the same folder), from "
              "Command Prompt or PowerShell: this windowed program has nowhere to show its output.",
    },
    "cli.interrupted": {"th": "ยกเลิกแล้ว", "en": "interrupted"},
})

MESSAGES.update({
    "store.unreadable": {"th": "อ่านไฟล์ฐานข้อมูล {path} ไม่ได้: {detail}",
                         "en": "cannot read the database file {path}: {detail}"},
    "store.not_sqlite": {
        "th": "ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ ecoassess จึงไม่ได้เขียนทับ กู้คืนได้จากสำเนาสำรองในโฟลเดอร์ backups (คำสั่ง restore)",
        "en": "{path} is not an ecoassess database; it was left untouched. Restore a copy from the backups folder (the restore command)."},
    "store.corrupt": {
        "th": "ฐานข้อมูล {path} เสียหาย ({detail}) จึงไม่ได้เขียนทับ กู้คืนได้จากสำเนาสำรองในโฟลเดอร์ backups (คำสั่ง restore)",
        "en": "the database {path} is damaged ({detail}); it was left untouched. Restore a copy from the backups folder (the restore command)."},
    "store.migration_failed": {
        "th": "ปรับรุ่นฐานข้อมูลไม่สำเร็จ ({detail}) ไฟล์เดิม {path} ไม่ถูกแก้ไข สำเนาสำรอง: {backup}",
        "en": "the database upgrade failed ({detail}); the original file {path} is untouched. Backup: {backup}"},
    "store.locked": {
        "th": "โฟลเดอร์ข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น (pid {pid}) ปิดโปรแกรมนั้นก่อนแล้วลองใหม่",
        "en": "the data folder {path} is in use by another ecoassess (pid {pid}); close it and try again"},
    "store.read_only": {"th": "เปิดโฟลเดอร์ข้อมูล {path} แบบอ่านอย่างเดียว",
                        "en": "the data folder {path} is open read-only"},
    "store.restore_missing": {"th": "ไม่พบไฟล์สำรอง {path}", "en": "no backup file at {path}"},
    "store.unknown_id": {"th": "ไม่พบการประเมินรหัส {id}", "en": "no assessment with id {id}"},
    "store.ambiguous_id": {"th": "รหัส {id} ตรงกับการประเมิน {count} รายการ โปรดระบุให้ยาวขึ้น",
                           "en": "id {id} matches {count} assessments; give more characters"},
    "store.unknown_field": {"th": "ไม่รู้จักช่องข้อมูล {field}", "en": "unknown field {field}"},
    "store.unknown_evidence": {"th": "ไม่พบหลักฐานรหัส {id}", "en": "no evidence with id {id}"},
    "store.unknown_action": {"th": "ไม่พบแผนปฏิบัติการรหัส {id}", "en": "no action with id {id}"},
    "evidence.bad_hash": {"th": "รหัสไฟล์หลักฐานไม่ถูกต้อง: {sha256}", "en": "not an evidence hash: {sha256}"},
    "evidence.unreadable": {"th": "อ่านไฟล์ {name} ไม่ได้: {detail}", "en": "cannot read {name}: {detail}"},
    "evidence.too_large": {"th": "ไฟล์ {name} ใหญ่เกิน {limit} จึงไม่ได้นำเข้า",
                           "en": "{name} is larger than {limit} and was not added"},
    "evidence.missing": {"th": "ไม่พบไฟล์หลักฐาน {name} ในโฟลเดอร์ข้อมูล",
                         "en": "the evidence file {name} is missing from the data folder"},
    "evidence.altered": {"th": "ไฟล์หลักฐาน {name} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 ไม่ตรง)",
                         "en": "the evidence file {name} was altered or damaged (SHA-256 mismatch)"},
})

MESSAGES.update({
    "cli.list_empty": {"th": "ยังไม่มีการประเมินในเครื่องนี้", "en": "no assessments on this machine yet"},
    "cli.field.id": {"th": "รหัส", "en": "Id"},
    "cli.field.factory": {"th": "โรงงาน", "en": "Factory"},
    "cli.field.scheme": {"th": "เกณฑ์", "en": "Scheme"},
    "cli.field.status": {"th": "สถานะ", "en": "Status"},
    "cli.field.assessment_date": {"th": "วันที่ประเมิน", "en": "Assessment date"},
    "cli.field.audit_date": {"th": "วันตรวจประเมินที่วางแผนไว้", "en": "Planned audit date"},
    "cli.field.answers": {"th": "คำตอบ", "en": "Answers"},
    "cli.field.evidence": {"th": "หลักฐาน", "en": "Evidence files"},
    "cli.field.actions": {"th": "แผนปฏิบัติการ", "en": "Actions"},
    "cli.factory_name_required": {"th": "ต้องระบุชื่อโรงงานภาษาไทย", "en": "the Thai factory name is required"},
    "cli.confirm_needed": {"th": "ต้องยืนยันด้วย {flag} เมื่อไม่ได้ใช้งานผ่านเทอร์มินัล",
                           "en": "confirmation needed: add {flag} (no terminal to ask)"},
    "cli.confirm_delete": {"th": "ลบการประเมิน {id} ใช่หรือไม่ [y/N]", "en": "Delete assessment {id}? [y/N]"},
    "cli.cancelled": {"th": "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลง", "en": "cancelled; nothing changed"},
    "cli.deleted": {"th": "ลบ {id} แล้ว สำเนาสำรอง: {backup}", "en": "deleted {id}; backup: {backup}"},
    "cli.output_is_folder": {"th": "{path} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์", "en": "{path} is a folder; give a file name"},
    "cli.backup_failed": {"th": "สำรองข้อมูลไปที่ {path} ไม่สำเร็จ: {detail}",
                          "en": "could not write the backup {path}: {detail}"},
    "cli.restored": {"th": "กู้คืนจาก {path} แล้ว ไฟล์เดิมเก็บไว้ที่ {kept}",
                     "en": "restored from {path}; the previous database is kept at {kept}"},
    "cli.doctor_ok": {"th": "ฐานข้อมูลและไฟล์หลักฐานทั้งหมดสมบูรณ์", "en": "database and all evidence files are intact"},
    "cli.doctor_problem": {"th": "ปัญหา ({kind}): {detail}", "en": "problem ({kind}): {detail}"},
})

MESSAGES.update({
    "cli.internal_error": {"th": "ข้อผิดพลาดภายในโปรแกรม ({kind}): {detail} — รายละเอียดในบันทึก {log}",
                           "en": "internal error ({kind}): {detail}; details in the log {log}"},
})
