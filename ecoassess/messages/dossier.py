"""Messages and labels of the dossier PDF (th/en)."""

MESSAGES: dict[str, dict[str, str]] = {
    "error.dossier_reportlab_version": {
        "th": "ReportLab รุ่น {found} ใช้สร้างเอกสาร PDF ไม่ได้ (ต้องเป็นรุ่น {expected})",
        "en": "ReportLab {found} cannot build the dossier (version {expected} is required)",
    },
}
