"""Thai line breaks where Qt finds none: zero-width spaces between words.

Qt breaks Thai lines between words through libthai, which it opens at run time. The Linux build
bundles libthai; Windows has none, and there Qt breaks Thai only at spaces, so a long criterion
name is cut off in the side panel and a long sentence runs past its column. Where Qt finds no
break inside a Thai sample, the text of wrapping labels gets a zero-width space at every word end
(pythainlp `newmm`, the dossier's segmentation): Qt breaks there and draws nothing.

`ECOASSESS_THAI_BREAKS=hints` forces the hints (tests, and checking the Windows behaviour on
Linux); `ECOASSESS_THAI_BREAKS=qt` turns them off.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ecoassess.thaisplit import THAI, ZWSP, with_break_hints, without_break_hints

ENV = "ECOASSESS_THAI_BREAKS"
# A phrase with no spaces and its word starts; Qt with libthai breaks at some of these.
SAMPLE = "การจัดการสุขภาพและความปลอดภัยในการทำงาน"
_lock = threading.Lock()  # pythainlp builds its dictionary once; one caller at a time
_qt_breaks: list[bool] = []


def qt_breaks_thai() -> bool:
    """Whether Qt itself finds a line break inside a Thai phrase (libthai loaded)."""
    if not _qt_breaks:
        from PySide6.QtCore import QTextBoundaryFinder

        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, SAMPLE)
        inner = []
        while (position := finder.toNextBoundary()) != -1:
            if 0 < position < len(SAMPLE):
                inner.append(position)
        _qt_breaks.append(bool(inner))
    return _qt_breaks[0]


def needs_hints() -> bool:
    """Whether wrapping labels should carry zero-width spaces (no Thai line breaks in Qt)."""
    forced = os.environ.get(ENV, "").strip().lower()
    if forced in ("hints", "qt"):
        return forced == "hints"
    return not qt_breaks_thai()


def breakable(text: str) -> str:
    """The text as a wrapping label should show it: with break hints when Qt needs them."""
    if not text or not THAI.search(text) or not needs_hints():
        return text
    with _lock:
        return with_break_hints(text)


def warm_up() -> None:
    """Load the Thai dictionary in the background when hints will be needed (after first paint),
    so the first wizard page does not wait for it."""
    if needs_hints():
        threading.Thread(target=breakable, args=(SAMPLE,), name="thai-words", daemon=True).start()


def keep_clipboard_plain(app: QApplication) -> None:
    """Text the officer copies out of a hinted label goes to the clipboard without the hints.

    Only while hints are in use, and only for copies made in this app (it owns the clipboard or
    is the active application): text copied elsewhere is left as it is.
    """
    if not needs_hints() or getattr(app, "_plain_clipboard", False):
        return
    clipboard = app.clipboard()

    def cleaned() -> None:
        text = clipboard.text()
        ours = clipboard.ownsClipboard() or app.applicationState() == Qt.ApplicationState.ApplicationActive
        if ZWSP in text and ours and needs_hints():
            clipboard.setText(without_break_hints(text))

    clipboard.dataChanged.connect(cleaned)
    app._plain_clipboard = True  # type: ignore[attr-defined]


class WrapLabel(QLabel):
    """A word-wrapping label that breaks Thai between words on every platform, and remembers
    its height per width.

    Qt breaks Thai at word boundaries through a dictionary, which makes every height-for-width
    query about seven times dearer than for English; layouts ask many times per pass.
    `text()` is what is shown (with any break hints); `plain_text()` is the text as set.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, str, str], int] = {}
        self._font_key: str | None = None  # the font's key, until the font changes
        self.setWordWrap(True)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(breakable(text))

    def plain_text(self) -> str:
        return without_break_hints(self.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._font_key = None
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Asked thousands of times while a page lays out: the cached answer must stay cheap.
        font_key = self._font_key
        if font_key is None:
            font_key = self._font_key = self.font().key()
        key = (width, self.text(), font_key)
        found = self._heights.get(key)
        if found is None:
            if len(self._heights) > 64:
                self._heights.clear()
            found = self._heights[key] = super().heightForWidth(width)
        return found


__all__ = ["ZWSP", "WrapLabel", "breakable", "keep_clipboard_plain", "needs_hints", "qt_breaks_thai",
           "warm_up"]
