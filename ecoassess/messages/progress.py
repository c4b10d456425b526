"""Messages of the progress summary (ecoassess.scoring.progress)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "progress.summary": {
        "th": "ตอบแล้ว {answered} จาก {criteria} เกณฑ์ · มีหลักฐาน {evidence}/{criteria} · {points}/{max} คะแนน",
        "en": "answered {answered} of {criteria} · with evidence {evidence}/{criteria} · {points}/{max} points"},
}
