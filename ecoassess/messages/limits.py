"""Messages of the range checks (ecoassess.limits) and of the output-path check (ecoassess.fileio)."""

MESSAGES: dict[str, dict[str, str]] = {
    "limits.not_a_number": {"th": "{path}: ต้องเป็นตัวเลข (ได้รับ {value})",
                            "en": "{path}: must be a number (got {value})"},
    "limits.not_finite": {"th": "{path}: ตัวเลขไม่ถูกต้อง ({value})",
                          "en": "{path}: not a usable number ({value})"},
    "limits.out_of_range": {"th": "{path}: {value} อยู่นอกช่วงที่รับได้ ({min} ถึง {max})",
                            "en": "{path}: {value} is outside the accepted range ({min} to {max})"},
    "limits.text_too_long": {
        "th": "{path}: ข้อความยาว {length} ตัวอักษร เกินที่รับได้ ({max} ตัวอักษร) แนบเป็นไฟล์หลักฐานแทน",
        "en": "{path}: the text is {length} characters long, more than the {max} accepted; attach it as an evidence file instead"},
    "limits.year_range": {"th": "{path}: ปี ค.ศ. {value} อยู่นอกช่วงที่รับได้ ({min}–{max})",
                          "en": "{path}: the year {value} is outside the accepted range ({min}–{max})"},
    "limits.year_be": {
        "th": "{path}: {value} เป็นปี พ.ศ. ช่องนี้ใช้ปี ค.ศ. (หมายถึง {ce} ใช่หรือไม่)",
        "en": "{path}: {value} is a Buddhist-Era year; this field takes the Common Era (did you mean {ce}?)"},
    "limits.date_be": {
        "th": "{path}: วันที่ {value} ใช้ปี พ.ศ. ช่องนี้ใช้ปี ค.ศ. (หมายถึง {ce} ใช่หรือไม่)",
        "en": "{path}: the date {value} has a Buddhist-Era year; this field takes the Common Era (did you mean {ce}?)"},
    "limits.scheme_version": {
        "th": "{path}: รุ่นของเกณฑ์ต้องอยู่ในรูป ปี.ลำดับ เช่น 2026.1 (ได้รับ {value})",
        "en": "{path}: a scheme version has the form YEAR.N, e.g. 2026.1 (got {value})"},
    # ecoassess.fileio.check_output
    "output.empty": {"th": "ยังไม่ได้ระบุไฟล์ที่จะเขียน", "en": "no output file was given"},
    "output.is_input": {
        "th": "ไฟล์ที่จะเขียน {path} เป็นไฟล์ต้นทางของคำสั่งนี้ จึงไม่เขียนทับ เลือกชื่อไฟล์อื่น",
        "en": "{path} is this command's own input; it was not overwritten. Choose another file name."},
    "output.app_file": {
        "th": "{path} เป็นไฟล์ที่โปรแกรมใช้งานอยู่ (ฐานข้อมูล หลักฐาน หรือสำเนาสำรอง) จึงไม่เขียนทับ เลือกที่อื่นนอกโฟลเดอร์ข้อมูล",
        "en": "{path} is a file the app depends on (database, evidence or backups); it was not overwritten. Choose a place outside the data folder."},
    "output.exists_other": {
        "th": "มีไฟล์ {path} อยู่แล้วและไม่ใช่{kind}ที่โปรแกรมนี้สร้าง จึงไม่เขียนทับ เลือกชื่ออื่น หรือใช้ --force",
        "en": "{path} already exists and is not {kind} made by this app; it was not overwritten. Choose another name, or use --force."},
    "output.kind.pdf": {"th": "ไฟล์ PDF", "en": "a PDF"},
    "output.kind.package": {"th": "ไฟล์แบบประเมิน (.ecoassess)", "en": "an assessment file (.ecoassess)"},
    "output.kind.xlsx": {"th": "ไฟล์ Excel", "en": "a workbook"},
    "output.kind.csv": {"th": "ไฟล์ CSV", "en": "a CSV file"},
    "output.kind.backup": {"th": "ไฟล์สำรองข้อมูล", "en": "a backup"},
    "output.write_failed": {"th": "เขียนไฟล์ {path} ไม่สำเร็จ: {detail}",
                            "en": "could not write {path}: {detail}"},
}
