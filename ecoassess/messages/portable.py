"""Messages of portable files, spreadsheets, comparison and workshop mode."""

_NOTHING_TH = " ไม่ได้นำเข้าข้อมูลใด ๆ"
_NOTHING_EN = "; nothing was imported"


def _refusal(th: str, en: str) -> dict[str, str]:
    return {"th": th + _NOTHING_TH, "en": en + _NOTHING_EN}


MESSAGES: dict[str, dict[str, str]] = {
    "package.unreadable": {"th": "เปิดไฟล์ {path} ไม่ได้: {detail}", "en": "cannot open {path}: {detail}"},
    "package.not_zip": _refusal("ไฟล์นี้ไม่ใช่ไฟล์ .ecoassess หรือเสียหาย ({detail})",
                                "this is not a .ecoassess file, or it is damaged ({detail})"),
    "package.not_package": _refusal("ไฟล์นี้ไม่ใช่ไฟล์ .ecoassess (ไม่มีข้อมูลกำกับที่ถูกต้อง)",
                                    "this is not a .ecoassess file (no valid manifest)"),
    "package.newer_format": _refusal(
        "ไฟล์นี้สร้างด้วย ecoassess รุ่นใหม่กว่า (รูปแบบรุ่น {version} ใน {member}) โปรดปรับรุ่นโปรแกรม",
        "this file was made by a newer ecoassess (format version {version} in {member}); update the app"),
    "package.bad_manifest": _refusal("ข้อมูลกำกับไฟล์ (manifest.json) ไม่ถูกต้อง: {detail}",
                                     "the file's manifest (manifest.json) is invalid: {detail}"),
    "package.bad_json": _refusal("{member} ไม่ใช่ JSON ที่ถูกต้อง: {detail}",
                                 "{member} is not valid JSON: {detail}"),
    "package.bad_document": _refusal("ข้อมูลการประเมินใน {member} ไม่ถูกต้อง: {detail}",
                                     "the assessment in {member} is invalid: {detail}"),
    "package.bad_answers": _refusal("คำตอบในไฟล์ไม่ตรงกับเกณฑ์: {detail_th}",
                                    "the answers in the file do not fit the scheme: {detail_en}"),
    "package.unexportable": {"th": "ส่งออกการประเมินนี้ไม่ได้ ข้อมูลไม่ถูกต้อง: {detail}",
                             "en": "this assessment cannot be exported; its data is invalid: {detail}"},
    "package.absolute_path": _refusal("ไฟล์มีรายการที่ใช้ที่อยู่แบบเต็ม ({member}) ซึ่งไม่ปลอดภัย",
                                      "the file holds an absolute path ({member}), which is unsafe"),
    "package.parent_path": _refusal("ไฟล์มีรายการที่ชี้ออกนอกโฟลเดอร์ ({member}) ซึ่งไม่ปลอดภัย",
                                    "the file holds a path leaving its folder ({member}), which is unsafe"),
    "package.link": _refusal("ไฟล์มีลิงก์ (symlink) {member} ซึ่งไม่อนุญาต",
                             "the file holds a link (symlink) {member}, which is not allowed"),
    "package.special_file": _refusal("ไฟล์มีรายการชนิดพิเศษ {member} ซึ่งไม่อนุญาต",
                                     "the file holds a special entry {member}, which is not allowed"),
    "package.unexpected_member": _refusal("ไฟล์มีรายการที่ไม่รู้จัก: {member}",
                                          "the file holds an unexpected entry: {member}"),
    "package.duplicate": _refusal("ไฟล์มีรายการชื่อซ้ำ: {member}", "the file holds a duplicate entry: {member}"),
    "package.missing_member": _refusal("ไฟล์ขาดรายการ {member}", "the file lacks {member}"),
    "package.encrypted": _refusal("รายการ {member} ถูกเข้ารหัส ซึ่งไม่รองรับ",
                                  "the entry {member} is encrypted, which is not supported"),
    "package.compression": _refusal("รายการ {member} ใช้การบีบอัดที่ไม่รองรับ",
                                    "the entry {member} uses an unsupported compression"),
    "package.overlap": _refusal("รายการในไฟล์ซ้อนทับกัน ({member}) ลักษณะของไฟล์อันตราย (zip bomb)",
                                "entries of the file overlap ({member}), the mark of a zip bomb"),
    "package.too_many_members": _refusal("ไฟล์มีรายการมากเกินไป ({count} เกินขีดจำกัด {limit})",
                                         "the file has too many entries ({count}; the limit is {limit})"),
    "package.member_too_large": _refusal("รายการ {member} ใหญ่เกินขีดจำกัด",
                                         "the entry {member} is larger than allowed"),
    "package.too_large": _refusal("ข้อมูลในไฟล์รวมกันใหญ่เกินขีดจำกัด (ที่ {member})",
                                  "the file's contents are larger than allowed in total (at {member})"),
    "package.bomb": _refusal("รายการ {member} ขยายตัวเกินสัดส่วนที่ปลอดภัย (zip bomb)",
                             "the entry {member} expands beyond a safe ratio (a zip bomb)"),
    "package.damaged_member": _refusal("รายการ {member} เสียหาย: {detail}",
                                       "the entry {member} is damaged: {detail}"),
    "package.manifest_mismatch": _refusal("รายการ {member} ไม่ตรงกับข้อมูลกำกับไฟล์",
                                          "the entry {member} does not match the manifest"),
    "package.hash_mismatch": _refusal("รายการ {member} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 หรือขนาดไม่ตรง)",
                                      "the entry {member} was altered or damaged (SHA-256 or size mismatch)"),
    "package.unknown_scheme": _refusal("เครื่องนี้ไม่มีเกณฑ์ {scheme} (รุ่น {version}) ที่ไฟล์ใช้",
                                       "this machine does not have the scheme {scheme} (version {version}) the file uses"),
    "package.scheme_unmapped": _refusal(
        "ไฟล์ใช้เกณฑ์ {scheme} รุ่น {version} ซึ่งแปลงเป็นรุ่น {local} ในเครื่องนี้ไม่ได้ ข้อที่ไม่มีในรุ่น {local}: {items}",
        "the file uses scheme {scheme} version {version}, which cannot be mapped to version {local} here; "
        "not in {local}: {items}"),
    "package.conflict": {
        "th": "การประเมินนี้ ({factory}, รหัส {id}) มีอยู่แล้ว เลือกเก็บทั้งสอง (--keep-both) หรือแทนที่ (--replace)",
        "en": "this assessment ({factory}, id {id}) is already here; choose --keep-both or --replace"},
    "package.write_failed": {"th": "เขียนไฟล์ {path} ไม่สำเร็จ: {detail}",
                             "en": "could not write {path}: {detail}"},
}
