"""The command line's help texts (`ecoassess --help`, `ecoassess COMMAND --help`), in both languages.

The help follows `--ui-lang` (else the system language), like every other CLI message.
"""

from __future__ import annotations

_H = {
    # argparse's own words
    "usage": ("วิธีใช้:", "usage:"),
    "positionals": ("ค่าที่ต้องระบุ", "positional arguments"),
    "options": ("ตัวเลือก", "options"),
    "help": ("แสดงวิธีใช้นี้แล้วจบ", "show this help message and exit"),
    "version": ("แสดงรุ่นของโปรแกรมแล้วจบ", "show the program's version number and exit"),
    # global
    "description": ("ประเมินความพร้อมสู่การรับรองโรงงานอุตสาหกรรมเชิงนิเวศ (Eco Factory) "
                    "ไม่ระบุคำสั่งเพื่อเปิดโปรแกรมแบบหน้าต่าง",
                    "Eco Factory readiness assessment. Without a command, the desktop app starts."),
    "data_dir": ("โฟลเดอร์ข้อมูลที่จะใช้ (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)",
                 "the data folder to use (default: the user's data folder)"),
    "ui_lang": ("ภาษาของข้อความ: th หรือ en (ค่าเริ่มต้น: ภาษาของระบบ)",
                "language of messages: th or en (default: the system language)"),
    "command": ("คำสั่ง", "commands"),
    "json": ("พิมพ์ผลเป็น JSON แทนข้อความ", "print JSON instead of text"),
    "id": ("รหัสการประเมิน (หรือส่วนต้นที่ไม่ซ้ำ)", "assessment id (or a unique prefix)"),
    "yes": ("ยืนยันโดยไม่ถาม", "confirm without asking"),
    # store
    "list": ("แสดงรายการการประเมินในเครื่องนี้", "list the assessments on this machine"),
    "show": ("แสดงการประเมินหนึ่งรายการ", "show one assessment"),
    "new": ("สร้างการประเมินใหม่ของโรงงาน", "create an assessment for a factory"),
    "factory_th": ("ชื่อโรงงานภาษาไทย", "the factory's name in Thai"),
    "factory_en": ("ชื่อโรงงานภาษาอังกฤษ", "the factory's name in English"),
    "next_year": ("เริ่มการประเมินปีถัดไปจากรายการนี้ (ยกคำตอบมาด้วย)",
                  "start next year's assessment from this one (answers carried over)"),
    "delete": ("ลบการประเมิน (เก็บสำรองข้อมูลไว้)", "delete an assessment (a backup is kept)"),
    "backup": ("คัดลอกฐานข้อมูลเป็นไฟล์สำรอง", "copy the database to a backup file"),
    "backup_output": ("ไฟล์สำรองที่จะเขียน (ค่าเริ่มต้น: โฟลเดอร์ backups ในโฟลเดอร์ข้อมูล)",
                      "the backup file to write (default: backups/ in the data folder)"),
    "restore": ("แทนที่ฐานข้อมูลด้วยไฟล์สำรอง", "replace the database by a backup file"),
    "restore_file": ("ไฟล์สำรอง (.sqlite3)", "the backup file (.sqlite3)"),
    "doctor": ("ตรวจฐานข้อมูลและไฟล์หลักฐานทุกไฟล์", "check the database and every evidence file"),
    "demo": ("สร้างการประเมินโรงงานตัวอย่าง", "create the demo factory assessment"),
    # scheme and score
    "scheme": ("แสดงเกณฑ์โรงงานอุตสาหกรรมเชิงนิเวศ", "show the Eco Factory scheme"),
    "scheme_lang": ("ภาษาของผัง (ค่าเริ่มต้น: ภาษาของข้อความ)",
                    "language of the tree (default: UI language)"),
    "action": ("การทำงาน", "actions"),
    "scheme_import": ("นำเข้าไฟล์เกณฑ์รุ่นใหม่กว่า", "import a newer scheme file"),
    "scheme_file": ("ไฟล์เกณฑ์ (YAML)", "the scheme file (YAML)"),
    "scheme_diff": ("แสดงสิ่งที่เปลี่ยนระหว่างสองรุ่นของเกณฑ์", "show what changed between two scheme versions"),
    "scheme_diff_about": ("เทียบสองรุ่นของเกณฑ์เดียวกัน: เกณฑ์และข้อกำหนดที่เพิ่มหรือตัดออก ระดับ คำตอบที่จะไม่มีที่อยู่ "
                          "ถ้อยคำภาษาไทยและภาษาอังกฤษ ค่าตั้ง และที่มาของเนื้อหา (ร่าง → ตามแบบประเมินที่เผยแพร่ …) "
                          "ไฟล์ที่ระบุจะถูกตรวจแต่ไม่นำเข้า",
                          "Compare two versions of one scheme: criteria and requirements added or removed, levels, "
                          "answers that will have no place, Thai and English wording, settings and provenance "
                          "(draft → published form …). Files named are checked, not imported."),
    "scheme_diff_args": ("รุ่นในเครื่องนี้ (เช่น 2026.1) หรือไฟล์เกณฑ์ ถ้าระบุเพียงหนึ่ง จะเทียบกับรุ่นที่เก่ากว่าล่าสุดในเครื่องนี้",
                         "versions on this computer (e.g. 2026.1) or scheme files; with one only, it is "
                         "compared with the newest older version here"),
    "scheme_diff_lang": ("ภาษาของรายงาน (ค่าเริ่มต้น: ภาษาของข้อความ)",
                         "language of the report (default: UI language)"),
    "answer_schema": ("พิมพ์ JSON Schema ของไฟล์คำตอบ", "print the JSON Schema of answer files"),
    "score": ("คิดคะแนนการประเมิน (รหัส) หรือไฟล์คำตอบ (ที่อยู่ไฟล์)",
              "score an assessment (id) or an answer file (path)"),
    "target": ("รหัสการประเมิน หรือไฟล์คำตอบ", "an assessment id, or an answer file"),
    "what_if": ("คาดการณ์ผล หากทำขั้นถัดไปของเกณฑ์เหล่านี้สำเร็จ",
                "project the result if the next step of these criteria were done"),
    # export
    "export": ("เขียนรายงาน PDF ของการประเมิน (รหัส) หรือของไฟล์คำตอบ",
               "write the dossier PDF of an assessment (id) or an answer file"),
    "export_lang": ("ภาษาของรายงาน (ค่าเริ่มต้น th; both = ไทยพร้อมอังกฤษกำกับ)",
                    "language of the dossier (default th; both = Thai with English beneath)"),
    "export_output": ("ไฟล์ PDF ที่จะเขียน", "the PDF file to write"),
    "with_evidence": ("แนบหลักฐาน: รูปภาพในภาคผนวก หน้า PDF ต่อท้าย",
                      "attach evidence: images in an annex, PDF pages appended"),
    # portable files and workshop
    "keep_both": ("มีการประเมินนี้อยู่แล้ว: นำเข้าเป็นสำเนาใหม่ (รหัสใหม่)",
                  "same assessment already here: import as a new copy (new id)"),
    "replace": ("มีการประเมินนี้อยู่แล้ว: แทนที่ (สำรองข้อมูลก่อน)",
                "same assessment already here: replace it (backup first)"),
    "pack": ("เขียนการประเมินเป็นไฟล์ .ecoassess สำหรับส่งต่อ",
             "write an assessment to a portable .ecoassess file"),
    "pack_output": ("ไฟล์ที่จะเขียน หรือโฟลเดอร์ (ค่าเริ่มต้น: โฟลเดอร์ปัจจุบัน)",
                    "file to write, or a folder (default: the current folder)"),
    "unpack": ("นำเข้าไฟล์ .ecoassess (ตรวจก่อน นำเข้าทั้งหมดหรือไม่นำเข้าเลย)",
               "import a .ecoassess file (checked, all or nothing)"),
    "unpack_file": ("ไฟล์ .ecoassess", "the .ecoassess file"),
    "unpack_epilog": ("ถ้ามีการประเมินในไฟล์นี้อยู่ในเครื่องแล้ว ให้เลือก --keep-both (นำเข้าเป็นสำเนาใหม่ "
                      "รหัสใหม่) หรือ --replace (สำรองข้อมูลรายการเดิมก่อน แล้วแทนที่) ถ้าไม่เลือก "
                      "จะไม่นำเข้าสิ่งใดและจบด้วยรหัส 1",
                      "When the assessment in the file is already on this machine, choose --keep-both "
                      "(import it as a new copy with a new id) or --replace (the existing one is backed "
                      "up, then replaced). Without either, nothing is imported and the command exits "
                      "with 1."),
    "spreadsheet": ("ส่งออกการประเมินเป็น CSV (UTF-8 มี BOM) หรือ XLSX: หนึ่งแถวต่อหนึ่งเกณฑ์",
                    "export assessments to CSV (UTF-8 with BOM) or XLSX: one row per criterion"),
    "ids": ("รหัสการประเมิน (ค่าเริ่มต้นเมื่อใช้ --all: ทุกรายการ)",
            "assessment ids (default with --all: every one)"),
    "all": ("ทุกการประเมินในเครื่องนี้", "every assessment on this machine"),
    "sheet_output": ("ไฟล์ .csv หรือ .xlsx", "a .csv or .xlsx file"),
    "compare": ("เปรียบเทียบสองการประเมินของโรงงานเดียวกัน: คะแนนแต่ละเกณฑ์ ครั้งก่อนและครั้งนี้",
                "compare two assessments of one factory: points per criterion then and now"),
    "compare_ids": ("ครั้งก่อน ครั้งนี้ หรือเฉพาะครั้งนี้ ถ้ายกมาจากครั้งก่อน",
                    "THEN NOW, or only NOW when it was carried forward from THEN"),
    "changed_only": ("แสดงเฉพาะเกณฑ์ที่เปลี่ยน", "list only criteria that changed"),
    "workshop": ("โหมดอบรมสำหรับวิทยากร: นำเข้าไฟล์ทั้งชั้น ภาพรวม รีเซ็ตข้อมูลตัวอย่าง",
                 "workshop mode for trainers: import a class, overview, demo reset"),
    "workshop_import": ("นำเข้าไฟล์ .ecoassess ทุกไฟล์ในโฟลเดอร์ ไฟล์เสียจะถูกข้าม",
                        "import every .ecoassess file of a folder; bad files are skipped"),
    "folder": ("โฟลเดอร์ของไฟล์ .ecoassess", "the folder of .ecoassess files"),
    "overview": ("ภาพรวมของชั้น: โรงงาน × 14 เกณฑ์ พร้อมคะแนนรวม",
                 "class overview: factories x 14 criteria, totals"),
    "anonymise": ("แสดงรหัส (F01, F02 …) แทนชื่อโรงงาน",
                  "show codes (F01, F02 …) instead of factory names"),
    "include_demo": ("รวมโรงงานตัวอย่าง", "include the demo factory"),
    "overview_csv": ("เขียนภาพรวมเป็น CSV ด้วย", "also write the overview as CSV"),
    "overview_pdf": ("เขียนสรุปชั้นหนึ่งหน้าเป็น PDF ด้วย", "also write the one-page class summary PDF"),
    "reset_demo": ("ลบการประเมินตัวอย่างแล้วสร้างใหม่", "delete the demo assessments and create a fresh one"),
}

MESSAGES = {f"cli.help.{key}": {"th": th, "en": en} for key, (th, en) in _H.items()}
