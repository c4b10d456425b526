"""Messages of the wizard's autosave: why the database did not take an edit (ecoassess.storage.save_errors)."""

MESSAGES: dict[str, dict[str, str]] = {
    "autosave.locked": {
        "th": "ฐานข้อมูลถูกใช้งานอยู่โดยโปรแกรมอื่น จะลองบันทึกใหม่อัตโนมัติ",
        "en": "the database is busy in another program; saving is retried automatically"},
    "autosave.disk_full": {
        "th": "พื้นที่ดิสก์เต็ม ลบไฟล์ที่ไม่ใช้ออกบ้าง แล้วโปรแกรมจะบันทึกให้เอง",
        "en": "the disk is full; free some space and the answers are saved automatically"},
    "autosave.read_only": {
        "th": "เขียนโฟลเดอร์ข้อมูลไม่ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์)",
        "en": "the data folder cannot be written (read-only or no permission)"},
    "autosave.io": {
        "th": "อ่านหรือเขียนดิสก์ไม่ได้ (ไดรฟ์ถูกถอดออกหรือเสียหรือไม่)",
        "en": "the disk could not be read or written (was the drive removed or is it failing?)"},
    "autosave.os": {"th": "เขียนฐานข้อมูลไม่ได้: {detail}", "en": "the database cannot be written: {detail}"},
    "autosave.unknown": {
        "th": "ฐานข้อมูลไม่รับการแก้ไข ({detail}) จะลองบันทึกใหม่อัตโนมัติ",
        "en": "the database did not take the change ({detail}); saving is retried automatically"},
}
