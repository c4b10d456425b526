"""Messages of evidence expiry (ecoassess.scoring.evidence_expiry)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "evidence_expiry.before_audit": {
        "th": "หลักฐาน {name} ({items}) หมดอายุ {expiry} ก่อนวันตรวจประเมินที่วางแผนไว้ {audit}",
        "en": "Evidence {name} ({items}) expires on {expiry}, before the planned audit on {audit}",
    },
    "evidence_expiry.lapsed": {
        "th": "หลักฐาน {name} ({items}) หมดอายุแล้วเมื่อ {expiry} (ณ วันที่ {as_of}) และยังไม่ได้กำหนดวันตรวจประเมิน",
        "en": "Evidence {name} ({items}) expired on {expiry} (as of {as_of}); no audit date is planned",
    },
}
