"""Messages of history rows whose criterion the assessment's scheme version no longer has."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # "C13 การกระจายรายได้ให้กับชุมชน (ไม่มีในเกณฑ์รุ่น 2027.1 แล้ว)": named by the version it was in
    "history.item.gone_named": {"th": "{id} {name} (ไม่มีในเกณฑ์รุ่น {version} แล้ว)",
                                "en": "{id} {name} (no longer in scheme {version})"},
    # that version is not on this computer: the code alone, and why it has no name
    "history.item.gone": {"th": "{id} (ไม่มีในเกณฑ์รุ่น {version} แล้ว)",
                          "en": "{id} (no longer in scheme {version})"},
}
