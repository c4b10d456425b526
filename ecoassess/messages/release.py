"""Messages of the release work: the diagnostics file (ecoassess.diagnostics)."""

MESSAGES = {
    "output.kind.diagnostics": {"th": "ไฟล์ข้อมูลวินิจฉัยปัญหา", "en": "a diagnostics file"},
}
