"""Messages of the data folder's reliability: faults, outputs and inputs, database identity, backups."""

MESSAGES: dict[str, dict[str, str]] = {
    # faults (errors.sqlite_reason): the {detail} of other messages
    "os.busy": {"th": "โปรแกรมอื่นกำลังล็อกฐานข้อมูลอยู่ (รอสักครู่หรือปิดโปรแกรมนั้นแล้วลองใหม่)",
                "en": "another program holds a lock on the database (wait, or close it, and try again)"},
    "os.no_memory": {"th": "หน่วยความจำไม่พอ", "en": "not enough memory"},
    "os.io_error": {"th": "อ่านหรือเขียนดิสก์ไม่ได้ (ดิสก์หรือไดรฟ์ USB อาจถูกถอดหรือเสีย)",
                    "en": "the disk could not be read or written (a drive removed or failing?)"},
    "os.cannot_open": {"th": "เปิดไฟล์ไม่ได้ (ไม่มีสิทธิ์ หรือโฟลเดอร์อ่านได้อย่างเดียว)",
                       "en": "the file cannot be opened (no permission, or a read-only folder)"},
    # outputs (fileio.check_output)
    "output.name_too_long": {
        "th": "ชื่อไฟล์ {path} ยาวเกิน {limit} ไบต์ที่ระบบไฟล์รับได้ เลือกชื่อที่สั้นลง",
        "en": "the file name {path} is longer than the {limit} bytes file systems accept; choose a shorter name"},
    "output.special": {"th": "{path} ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือ FIFO) จึงไม่เขียนลงไป",
                       "en": "{path} is not a regular file (a device or a FIFO); nothing was written there"},
    "output.no_folder": {"th": "ไม่มีโฟลเดอร์ {path} (หรือไม่ใช่โฟลเดอร์) เลือกโฟลเดอร์ที่มีอยู่",
                         "en": "the folder {path} does not exist or is not a folder; choose an existing folder"},
    # inputs (fileio.open_input)
    "input.special": {"th": "{path} ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือ FIFO) จึงไม่อ่าน",
                      "en": "{path} is not a regular file (a device or a FIFO); it was not read"},
    "input.folder": {"th": "{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "en": "{path} is a folder, not a file"},
    "input.unreadable": {"th": "อ่านไฟล์ {path} ไม่ได้: {detail}", "en": "cannot read {path}: {detail}"},
}
