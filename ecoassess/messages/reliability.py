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

_WAY_BACK_TH = " ไฟล์นี้ไม่ถูกแก้ไข กู้คืนได้จากสำเนาสำรองในโฟลเดอร์ backups (คำสั่ง restore)"
_WAY_BACK_EN = "; it was left untouched. Restore a copy from the backups folder (the restore command)."

MESSAGES.update({
    # the data folder and the database file (storage.identity, storage.database)
    "store.fault": {"th": "ใช้โฟลเดอร์ข้อมูล {path} ไม่ได้ในตอนนี้: {detail} ฐานข้อมูลไม่ถูกแก้ไข",
                    "en": "the data folder {path} cannot be used now: {detail}; the database was not changed"},
    "store.db_fault": {"th": "ใช้ฐานข้อมูล {path} ไม่ได้ในตอนนี้: {detail} ฐานข้อมูลไม่ถูกแก้ไขและไม่ได้เสียหาย",
                       "en": "the database {path} cannot be used now: {detail}; it was not changed and is not damaged"},
    "store.not_folder": {"th": "{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์ข้อมูล ระบุโฟลเดอร์ (--data-dir)",
                         "en": "{path} is a file, not a data folder; give a folder (--data-dir)"},
    "store.foreign": {"th": "ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ ecoassess" + _WAY_BACK_TH,
                      "en": "{path} is another program's database, not an ecoassess one" + _WAY_BACK_EN},
    "store.unknown_revision": {
        "th": "ฐานข้อมูล {path} สร้างด้วย ecoassess รุ่นใหม่กว่า (โครงสร้างรุ่น {revision}) "
              "โปรดใช้โปรแกรมรุ่นใหม่" + _WAY_BACK_TH,
        "en": "the database {path} was made by a newer ecoassess (schema {revision}); use the newer "
              "app" + _WAY_BACK_EN},
    "store.empty_file": {
        "th": "ไฟล์ฐานข้อมูล {path} ว่างเปล่า (0 ไบต์) แต่โฟลเดอร์นี้เคยมีข้อมูล (มีสำเนาสำรองหรือหลักฐาน) "
              "จึงไม่สร้างฐานข้อมูลใหม่ทับ กู้คืนได้จากสำเนาใน {backups} (คำสั่ง restore)",
        "en": "the database file {path} is empty (0 bytes) while this folder held data (backups or "
              "evidence); no new database was made over it. Restore a copy from {backups} (the restore command)."},
    "store.wal_foreign": {
        "th": "พบไฟล์บันทึกการเขียน (-wal) ที่ไม่ใช่ของฐานข้อมูล {path} จึงย้ายไปไว้ที่ {kept} โดยไม่นำมาใช้ ข้อมูลเดิมอยู่ครบ",
        "en": "a write-ahead log (-wal) that does not belong to {path} was moved to {kept} and not "
              "replayed; the database is as it was"},
    "store.wal_orphan": {
        "th": "พบไฟล์บันทึกการเขียน (-wal) ที่ไม่มีฐานข้อมูลของมัน จึงย้ายไปไว้ที่ {kept}",
        "en": "a write-ahead log (-wal) without its database was moved to {kept}"},
    "paths.empty_data_dir": {"th": "--data-dir ว่างเปล่า ระบุโฟลเดอร์ข้อมูล",
                             "en": "--data-dir is empty; give a data folder"},
    "paths.no_home": {
        "th": "ไม่พบโฟลเดอร์ของผู้ใช้ (ไม่ได้ตั้งค่า {variable}) ระบุโฟลเดอร์ข้อมูลด้วย --data-dir หรือ ECOASSESS_HOME",
        "en": "no home folder ({variable} is not set); give a data folder with --data-dir or ECOASSESS_HOME"},
    # packages
    "package.replace_other_factory": {
        "th": "แทนที่ไม่ได้: การประเมินรหัส {id} ในเครื่องนี้เป็นของโรงงานอื่น ({factory}) "
              "ใช้ --keep-both เพื่อเก็บไว้ทั้งสองรายการ ไม่ได้นำเข้าข้อมูลใด ๆ",
        "en": "cannot replace: the assessment {id} here belongs to another factory ({factory}); "
              "use --keep-both to keep both; nothing was imported"},
    "package.out_of_range": {"th": "ค่าในไฟล์อยู่นอกช่วงที่รับได้: {detail_th} ไม่ได้นำเข้าข้อมูลใด ๆ",
                             "en": "a value in the file is outside the accepted range: {detail_en}; "
                                   "nothing was imported"},
    "output.given_twice": {"th": "ระบุไฟล์ {path} สองครั้ง เลือกชื่อไฟล์ต่างกัน",
                           "en": "{path} is given twice; choose different file names"},
    # command-line help
    "cli.help.force": {"th": "เขียนทับไฟล์ที่มีอยู่แม้ไม่ใช่ไฟล์ที่โปรแกรมนี้สร้าง (ไม่รวมไฟล์ในโฟลเดอร์ข้อมูล)",
                       "en": "replace an existing file even if this app did not make it "
                             "(never one in the data folder)"},
})

MESSAGES.update({
    # full backups (storage.fullbackup)
    "backup.full_failed": {"th": "เขียนสำรองข้อมูลทั้งหมดไปที่ {path} ไม่สำเร็จ: {detail}",
                           "en": "could not write the full backup {path}: {detail}"},
    "backup.full_invalid": {"th": "ไฟล์สำรองข้อมูลทั้งหมด {path} ใช้ไม่ได้ ({detail}) ข้อมูลในเครื่องนี้ไม่ถูกแก้ไข",
                            "en": "the full backup {path} cannot be used ({detail}); nothing here was changed"},
    "backup.full_newer": {"th": "ไฟล์สำรอง {path} สร้างด้วย ecoassess รุ่นใหม่กว่า (รูปแบบรุ่น {version}) โปรดปรับรุ่นโปรแกรม",
                          "en": "the backup {path} was made by a newer ecoassess (format version {version}); update the app"},
})

MESSAGES.update({
    "backup.full_needs_output": {
        "th": "สำรองข้อมูลทั้งหมดต้องระบุที่เก็บด้วย -o (โฟลเดอร์หรือไฟล์ บนดิสก์อื่นหรือไดรฟ์ USB)",
        "en": "a full backup needs -o FOLDER or FILE (on another disk or a USB drive)"},
    "backup.full_done": {"th": "สำรองฐานข้อมูลและหลักฐาน {files} ไฟล์แล้ว ({size}) ตรวจสอบครบทุกไฟล์",
                         "en": "database and {files} evidence files backed up ({size}), every file checked"},
    "backup.full_skipped": {
        "th": "หลักฐาน {count} ไฟล์หายหรือถูกแก้ไขในโฟลเดอร์ข้อมูล จึงไม่อยู่ในสำเนา: {names} (ดู doctor)",
        "en": "{count} evidence files are missing or altered in the data folder and are not in the "
              "backup: {names} (see doctor)"},
    "cli.doctor_summary": {
        "th": "พบปัญหา {count} รายการ รายการแรก ({kind}): {detail} — ดูทั้งหมดด้วย doctor --json",
        "en": "{count} problem(s); the first ({kind}): {detail} — all of them with doctor --json"},
    "cli.help.backup_full": {
        "th": "สำรองฐานข้อมูลและไฟล์หลักฐานทั้งหมดเป็นไฟล์เดียว (ตรวจสอบแล้ว) ไปยัง -o โฟลเดอร์หรือไฟล์",
        "en": "back up the database and every evidence file, checked, as one file to -o FOLDER or FILE"},
})

MESSAGES.update({
    "scheme.out_of_range": {"th": "ไฟล์เกณฑ์ {source} มีค่าที่อยู่นอกช่วงที่รับได้: {detail_th}",
                            "en": "the scheme file {source} holds a value outside the accepted range: "
                                  "{detail_en}"},
    "scheme.write_failed": {"th": "บันทึกไฟล์เกณฑ์ {path} ไม่สำเร็จ: {detail}",
                            "en": "could not save the scheme file {path}: {detail}"},
})

MESSAGES.update({
    "package.too_big_to_pack": {
        "th": "เขียนไฟล์ .ecoassess ไม่ได้: {name} มีขนาด {size} เกินขีดจำกัด {limit} ที่โปรแกรมจะอ่านกลับได้",
        "en": "the .ecoassess file was not written: {name} is {size}, beyond the {limit} the app can "
              "read back"},
})

MESSAGES.update({
    "output.in_data_folder": {
        "th": "{path} อยู่ในโฟลเดอร์ข้อมูลของโปรแกรม ({root}) ซึ่งโปรแกรมใช้เก็บฐานข้อมูลและหลักฐาน เลือกที่อื่นนอกโฟลเดอร์ข้อมูล",
        "en": "{path} is inside the app's data folder ({root}), which holds the database and the "
              "evidence; choose a place outside the data folder"},
})

MESSAGES.update({
    "output.kind.answers": {"th": "ไฟล์คำตอบ (JSON)", "en": "an answer file (JSON)"},
    "output.kind.full-backup": {"th": "ไฟล์สำรองข้อมูลทั้งหมด", "en": "a full backup"},
})
