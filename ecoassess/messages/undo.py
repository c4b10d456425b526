"""Messages of undo (ecoassess.undo)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "undo.unlink": {"th": "เลิกเชื่อมโยง {name} จาก {item}", "en": "unlink {name} from {item}"},
    "undo.action": {"th": "นำ “{description}” ({item}) ออกจากแผน",
                    "en": "remove “{description}” ({item}) from the plan"},
    "undo.edit": {"th": "แก้ไข{what} ({page})", "en": "change of {what} ({page})"},
}
