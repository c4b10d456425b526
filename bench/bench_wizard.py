"""The wizard on the full demo (Thai): open it at its first page and step through every page,
against a plain-Qt window holding the same visible text (the fair floor) and, for reference, an
empty QWizard; and reopening it where the user left off (the last page) against opening it at
the first.

The plain copy is generated from the live wizard on each run: every visible label, button, check
box, field, list and table of every page (and the side panel's entries) becomes the same kind of
plain widget with the same text, stacked in a scroll area per page of a QStackedWidget. So when the
wizard gains a widget, the floor gains it too. Rounds interleave the three arms in one process.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, interleave, parse_args, ratio_line  # noqa: E402

TARGET = 1.5
Spec = tuple[str, Any]


def widget_spec(widget: Any, root: Any) -> list[Spec]:
    """The visible widgets under `widget`, in tree order, as (kind, content) pairs."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QRadioButton,
        QTableWidget,
        QTextEdit,
        QWidget,
    )

    specs: list[Spec] = []
    for child in widget.children():
        if not isinstance(child, QWidget) or not child.isVisibleTo(root):
            continue
        if isinstance(child, QLabel):
            if child.text():
                specs.append(("label", (child.text(), child.wordWrap())))
        elif isinstance(child, QCheckBox):
            specs.append(("check", (child.text(), child.isChecked())))
        elif isinstance(child, QRadioButton):
            specs.append(("radio", (child.text(), child.isChecked())))
        elif isinstance(child, QAbstractButton):
            specs.append(("button", child.text()))
        elif isinstance(child, QLineEdit | QAbstractSpinBox):
            specs.append(("line", child.text()))
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            specs.append(("text", child.toPlainText()))
        elif isinstance(child, QComboBox):
            specs.append(("combo", ([child.itemText(i) for i in range(child.count())], child.currentIndex())))
        elif isinstance(child, QTableWidget):
            cells = [[(child.item(r, c).text() if child.item(r, c) else "") for c in range(child.columnCount())]
                     for r in range(child.rowCount())]
            heads = [child.horizontalHeaderItem(c).text() if child.horizontalHeaderItem(c) else ""
                     for c in range(child.columnCount())]
            specs.append(("table", (heads, cells)))
        elif isinstance(child, QListWidget):
            specs.append(("list", [child.item(i).text() for i in range(child.count())]))
        else:
            if isinstance(child, QGroupBox) and child.title():
                specs.append(("label", (child.title(), False)))
            specs.extend(widget_spec(child, root))
    return specs


def live_spec(window: Any) -> tuple[list[str], list[list[Spec]]]:
    """The side panel's entries and every page's visible content, from the stepped wizard."""
    side = [window.side.item(i).text() for i in range(window.side.count())]
    pages = []
    for key in window.wizard.keys:
        page = window.wizard.pages[key]
        heading = [("label", (page.title(), True))] + ([("label", (page.subTitle(), True))] if page.subTitle() else [])
        pages.append(heading + widget_spec(page, page))
    return side, pages


def build_plain(side: list[str], pages: list[list[Spec]]) -> tuple[Any, Any]:
    """The plain-Qt window: a side list, a stack of scrolling pages, Back and Next."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QStackedWidget,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
        QWidget,
    )

    def make(kind: str, content: Any) -> QWidget:
        if kind == "label":
            label = QLabel(content[0])
            label.setWordWrap(content[1])
            return label
        if kind in ("check", "radio"):
            box = (QCheckBox if kind == "check" else QRadioButton)(content[0])
            box.setChecked(content[1])
            return box
        if kind == "button":
            return QPushButton(content)
        if kind == "line":
            return QLineEdit(content)
        if kind == "text":
            return QPlainTextEdit(content)
        if kind == "combo":
            combo = QComboBox()
            combo.addItems(content[0])
            combo.setCurrentIndex(content[1])
            return combo
        if kind == "list":
            return _list(content)
        heads, cells = content
        table = QTableWidget(len(cells), len(heads))
        table.setHorizontalHeaderLabels(heads)
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        return table

    def _list(texts: list[str]) -> QListWidget:
        widget = QListWidget()
        widget.addItems(texts)
        return widget

    window = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    row.addWidget(_list(side))
    column = QVBoxLayout()
    stack = QStackedWidget()
    for specs in pages:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        for kind, content in specs:
            layout.addWidget(make(kind, content))
        layout.addStretch(1)
        scroll.setWidget(body)
        stack.addWidget(scroll)
    column.addWidget(stack, 1)
    buttons = QHBoxLayout()
    back, forward = QPushButton("< ย้อนกลับ"), QPushButton("ถัดไป >")
    back.clicked.connect(lambda: stack.setCurrentIndex(max(0, stack.currentIndex() - 1)))
    forward.clicked.connect(lambda: stack.setCurrentIndex(min(stack.count() - 1, stack.currentIndex() + 1)))
    buttons.addStretch(1)
    buttons.addWidget(back)
    buttons.addWidget(forward)
    column.addLayout(buttons)
    row.addLayout(column, 1)
    window.setCentralWidget(central)
    return window, forward


def count_texts(side: list[str], pages: list[list[Spec]]) -> tuple[int, int]:
    widgets = sum(len(p) for p in pages) + len(side)
    chars = sum(len(str(content)) for p in pages for _k, content in p) + sum(map(len, side))
    return widgets, chars


def main() -> int:
    args = parse_args(__doc__)
    rounds = 2 if args.quick else 7
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    from ecoassess.demo import create_demo
    from ecoassess_app.ui.app import create_context

    # The offscreen platform's "does not support raise()" chatter, not the benchmark's output.
    qInstallMessageHandler(lambda _mode, _ctx, text: None if "does not support" in text
                           else sys.stderr.write(text + "\n"))
    app = QApplication.instance() or QApplication([])
    spec: dict[str, Any] = {}

    def wizard_arm() -> float:
        # Opened at the welcome page, as a new assessment or one left there: the resume below
        # is measured on its own (the previous round left it at the last page).
        context.store.update_assessment(demo_id, last_page="")
        start = time.perf_counter()
        window = context.open_wizard(demo_id)
        window.resize(1280, 720)
        wizard = window.wizard
        app.processEvents()
        for _ in range(len(wizard.pageIds()) - 1):
            wizard.next()
            app.processEvents()
        seconds = time.perf_counter() - start
        spec["side"], spec["pages"] = live_spec(window)  # after the clock: the floor of this round
        spec["keys"] = list(wizard.keys)
        window.close()
        app.processEvents()
        return seconds

    def resume_arm(last: bool) -> float:
        """Open and show the first page (`last` False) or the page where the user left off, the
        last one (`last` True): QWizard reaches a page only by Next, one page at a time."""
        context.store.update_assessment(demo_id, last_page=spec["keys"][-1] if last else "")
        start = time.perf_counter()
        window = context.open_wizard(demo_id)
        window.resize(1280, 720)
        app.processEvents()
        seconds = time.perf_counter() - start
        window.close()
        app.processEvents()
        return seconds

    def plain_arm() -> float:
        start = time.perf_counter()
        window, forward = build_plain(spec["side"], spec["pages"])
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        for _ in range(len(spec["pages"]) - 1):
            forward.click()
            app.processEvents()
        seconds = time.perf_counter() - start
        window.close()
        window.deleteLater()
        app.processEvents()
        return seconds

    def empty_arm() -> float:
        start = time.perf_counter()
        wizard = QWizard()
        for index in range(len(spec["pages"])):
            page = QWizardPage()
            page.setTitle(f"Page {index + 1}")
            wizard.setPage(index, page)
        wizard.resize(1280, 720)
        wizard.show()
        wizard.restart()
        app.processEvents()
        for _ in range(len(spec["pages"]) - 1):
            wizard.next()
            app.processEvents()
        seconds = time.perf_counter() - start
        wizard.close()
        wizard.deleteLater()
        app.processEvents()
        return seconds

    with tempfile.TemporaryDirectory() as data:
        context = create_context(app, ["--data-dir", data, "--ui-lang", "th"])
        demo_id = create_demo(context.store)
        context.scheme  # noqa: B018 - the scheme loads once per app, not per wizard
        for arm in (wizard_arm, plain_arm, empty_arm):  # warm-up: imports, fonts, glyph caches
            arm()
        times = interleave(rounds, {"wizard": wizard_arm, "plain": plain_arm, "empty": empty_arm,
                                    "open": lambda: resume_arm(False), "resume": lambda: resume_arm(True)})
        context.close()
    widgets, chars = count_texts(spec["side"], spec["pages"])
    header(f"wizard on the full demo in Thai: open and step through {len(spec['pages'])} pages", args.quick)
    print(f"  the plain-Qt copy, generated from the live wizard this run: {widgets} widgets, "
          f"{chars} characters of text")
    print(ratio_line("wizard / same-content plain Qt", times["wizard"], times["plain"], target=TARGET,
                     names=("wizard", "plain")))
    print(ratio_line("wizard / empty QWizard (reference)", times["wizard"], times["empty"],
                     names=("wizard", "empty")))
    print(ratio_line("reopen at the last page / at the first", times["resume"], times["open"],
                     names=("last", "first")))
    print("  (reopening where the user left off steps Next through every page before it: the "
          "wizard line above opens at the first page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
