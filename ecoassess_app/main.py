"""Entry point: no arguments starts the desktop app; a sub-command runs the command line.

It lives outside the Qt-free core, and imports Qt only on the way to the app."""

from __future__ import annotations

import os
import sys


def _is_package(arg: str) -> bool:
    """An assessment file given to the program (dropped on the icon, or "Open with")."""
    return arg.lower().endswith(".ecoassess") and not arg.startswith("-")


def _wants_gui(argv: list[str]) -> bool:
    # Only global options (or none), or .ecoassess files to import: the app. Anything else is
    # the command line.
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--data-dir", "--ui-lang"):
            i += 2
            continue
        if arg.startswith(("--data-dir=", "--ui-lang=")) or arg in ("--presentation",) or _is_package(arg):
            i += 1
            continue
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:  # the packaged app checks itself (see ecoassess/selftest.py)
        from ecoassess_app.ui.selftest_ui import run_self_test

        return run_self_test(argv)
    if "--startup-probe" in argv:  # bench/bench_startup.py: exit at a start-up milestone
        from ecoassess_app.ui.selftest_ui import run_startup_probe

        return run_startup_probe(argv)
    if _wants_gui(argv):
        if _no_display():
            return _say_no_display(argv)
        from ecoassess_app.ui.app import run_app

        return run_app(argv)
    if sys.stdout is None or sys.stderr is None:  # the windowed ecoassess.exe given a command
        return _command_needs_console(argv)
    from ecoassess.cli import main as cli_main

    return cli_main(argv)


def _no_display() -> bool:
    """Linux without X11 or Wayland (an SSH session, a container) and no other Qt platform chosen:
    Qt would abort with a long plugin message."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if platform and not platform.startswith(("xcb", "wayland")):
        return False  # offscreen, vnc, eglfs …: the user chose a platform that needs no display
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _say_no_display(argv: list[str]) -> int:
    """One line in the user's language instead of Qt's "could not connect to display" abort."""
    from ecoassess.cli import argv_language
    from ecoassess.i18n import message, system_language

    lang = argv_language(argv)
    lang = lang if lang in ("th", "en") else system_language()
    print(message("app.no_display", lang), file=sys.stderr)
    return 1


def _command_needs_console(argv: list[str]) -> int:
    """The windowed Windows app has nowhere to print: say where commands run, in a dialog."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ecoassess.cli import argv_language
    from ecoassess.i18n import message

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - the dialog needs it
    lang = argv_language(argv)
    lang = lang if lang in ("th", "en") else "en"
    QMessageBox.warning(None, "ecoassess", message("cli.needs_console", lang, command=" ".join(argv)))
    return 2


if __name__ == "__main__":
    sys.exit(main())
