"""The self-test's window check: home window, the demo in the wizard, Thai line breaks in Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ecoassess_app.ui.app import AppContext

# "การ|ประเมิน|ความ|พร้อม|โรงงาน|อุตสาห|กรรม|เชิง|นิเวศ": every place a line may break.
WRAP_SAMPLE = "การประเมินความพร้อมโรงงานอุตสาหกรรมเชิงนิเวศ"
WRAP_BOUNDARIES = {3, 10, 14, 19, 25, 31, 35, 39}


def needs_offscreen() -> bool:
    """No display to draw on (a server, CI, a container): use Qt's offscreen platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def run_self_test(argv: list[str]) -> int:
    """Entry of `main.py --self-test [--ui-lang th|en]`."""
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ecoassess import selftest

    return selftest.run(check_windows, lang=_lang(argv))


def _lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg.startswith("--ui-lang="):
            return arg.split("=", 1)[1]
        if arg == "--ui-lang" and i + 1 < len(argv):
            return argv[i + 1]
    return "th"


def check_windows(data_dir: Path, lang: str) -> str:
    """Build the home window and the demo's wizard; check Qt wraps Thai between words."""
    from PySide6.QtWidgets import QApplication

    from ecoassess_app.ui.app import APP_DISPLAY_NAME, AppContext

    _route_qt_messages_to_log()
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setApplicationName(APP_DISPLAY_NAME)
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _t, exc, _tb: errors.append(exc)  # errors raised inside slots
    context = AppContext(app, data_dir, lang)
    try:
        detail = _windows(app, context)
        detail += ", " + thai_wrap_check(app.font()) + ", " + icu_check()
    finally:
        context.close()
        context.deleteLater()
        app.processEvents()
        sys.excepthook = previous
    if errors:
        raise RuntimeError(f"error inside the windows: {type(errors[0]).__name__}: {errors[0]}")
    return detail


def _route_qt_messages_to_log() -> None:
    """Qt's own chatter (the offscreen plugin's "does not support raise()") goes to the log."""
    import logging

    from PySide6.QtCore import qInstallMessageHandler

    qt_log = logging.getLogger("ecoassess.qt")
    qInstallMessageHandler(lambda _mode, _context, text: qt_log.info("%s", text))


def _windows(app: Any, context: AppContext) -> str:
    from ecoassess_app.ui.home import HomeWindow

    home = HomeWindow(context)
    context.home = home
    home.show()
    home.reload()
    app.processEvents()
    if home.model.rowCount() < 1:
        raise RuntimeError("the home window lists no assessment")
    _check_translated(home, context.language)
    home.compute_readiness()
    if not home.readiness:
        raise RuntimeError("the home window computed no readiness figure")
    summary = context.store.list_assessments()[0]
    wizard = context.open_wizard(summary.id)
    app.processEvents()
    pages = len(wizard.wizard.keys)
    for key in list(wizard.wizard.keys):
        wizard.wizard.go_to(key)  # builds every page once
        app.processEvents()
    wizard.close()
    home.close()
    app.processEvents()
    return f"home window and wizard ({pages} pages) built"


def _check_translated(window: Any, lang: str) -> None:
    """In Thai, the buttons speak Thai: the compiled translations were found and loaded."""
    from PySide6.QtWidgets import QPushButton

    texts = [b.text() for b in window.findChildren(QPushButton) if b.text()]
    has_thai = any("\u0e00" <= ch <= "\u0e7f" for text in texts for ch in text)
    if lang == "th" and not has_thai:
        raise RuntimeError(f"the Thai translation is not loaded (buttons read {texts[:3]})")


def thai_wrap_check(font: Any) -> str:
    """Wrapped Thai breaks only between words: through libthai in Qt, or through the zero-width
    spaces ui/thaiwrap.py adds where Qt has none (Windows), as the wizard's labels do."""
    from PySide6.QtGui import QTextLayout, QTextOption

    from ecoassess_app.ui.thaiwrap import ZWSP, breakable, needs_hints, qt_breaks_thai

    if getattr(sys, "frozen", False) and sys.platform.startswith("linux") and not qt_breaks_thai():
        raise RuntimeError("the bundled libthai did not load: Qt finds no break in Thai")
    text = breakable(WRAP_SAMPLE)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = layout.font().pointSizeF() * 8
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    breaks = [len(text[:start].replace(ZWSP, "")) for start in starts[1:]]  # in the sample
    wrong = [b for b in breaks if b not in WRAP_BOUNDARIES]
    if not breaks:
        raise RuntimeError(f"Qt found no place to break a Thai line in {WRAP_SAMPLE}")
    if wrong:
        raise RuntimeError(f"Qt broke Thai inside a word at {wrong} in {WRAP_SAMPLE}")
    how = "zero-width spaces, as Qt has no libthai here" if needs_hints() else "libthai"
    return f"Thai wraps between words ({len(starts)} lines, {how})"


def icu_check() -> str:
    """Qt's ICU data (trimmed in the bundle) still sorts Thai and names time zones in Thai."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    words = sorted(["ขวด", "ไก่", "กา"], key=cmp_to_key(QCollator(QLocale("th_TH")).compare))
    if words != ["กา", "ไก่", "ขวด"]:  # code-point order would put ไก่ last
        raise RuntimeError(f"Qt sorts Thai wrongly (ICU collation data missing?): {words}")
    zone = QTimeZone(b"Asia/Bangkok").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("th_TH"))
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in zone):
        raise RuntimeError(f"Qt has no Thai time-zone name (ICU locale data missing?): {zone!r}")
    return "Thai collation and locale data present"


def run_startup_probe(argv: list[str]) -> int:
    """`--startup-probe`: start the app as usual and exit at a start-up milestone (the first paint
    by default; see ui/probe.py). bench/bench_startup.py times it against a bare window."""
    if needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from ecoassess_app.ui import probe

    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    probe.install(app)
    from ecoassess_app.ui.app import run_app

    return run_app([a for a in argv if a != "--startup-probe"])
