"""Text that reaches a terminal: control characters shown as escapes, never obeyed.

A refused member name such as `evil\\x1b[2J.pdf`, a factory name from a hostile package or a
file name that is not UTF-8 must not clear the screen, move the cursor or hide text.
"""

from __future__ import annotations

import re

# C0 controls but newline and tab, DEL, C1 controls, bidirectional overrides and isolates (they
# reorder what the reader sees), and lone surrogates (bytes of a file name that is not UTF-8).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system gave that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """`text` with every control character written as a visible escape (\\x1b, \\u202e)."""
    return _CONTROLS.sub(_escape, text)


def escape_json_controls(text: str) -> str:
    """The same for JSON text, with JSON's own escapes (\\u001b), so that it stays valid JSON."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
