"""Does a window fit its screen? Window size, horizontal scrolling and every text against its cell.

Used by tools/screenshots.py --check-fit (and, in presentation mode, `not_grown`: every text
grows with the larger app font). Each problem is one line naming the widget and what
it needs: a window taller than the screen's free area, a scroll area or table that scrolls
sideways, a label, button, field, cell or header whose text is wider (or, wrapped, taller) than
the space it has — an elided "380,0…" included.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

TASKBAR, TITLE_BAR = 40, 31  # logical pixels, as ecoassess_app.ui.geometry assumes
SLACK = 1  # rounding of fractional font metrics at 150 %


def _describe(widget: QWidget, text: str = "") -> str:
    name = widget.objectName() or widget.accessibleName() or ""
    shown = text.replace("\u200b", "").replace("\n", " ")
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"{type(widget).__name__}{f' {name!r}' if name else ''} “{shown}”"


def _plain(text: str, mnemonic: bool) -> str:
    """The text as drawn: a mnemonic's "&" is an underline, "&&" a single "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&") if mnemonic else text


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def window_problems(window: QWidget) -> list[str]:
    screen = window.screen()
    geometry = screen.geometry()
    free_height = geometry.height() - TASKBAR - TITLE_BAR
    problems = []
    if window.height() > free_height or window.width() > geometry.width():
        problems.append(f"window {window.width()}×{window.height()} larger than the free screen "
                        f"{geometry.width()}×{free_height}")
    hint = window.minimumSizeHint()
    if hint.height() > window.height() + SLACK or hint.width() > window.width() + SLACK:
        problems.append(f"window needs at least {hint.width()}×{hint.height()}, has "
                        f"{window.width()}×{window.height()}")
    return problems


def _label_problem(label: QLabel) -> str | None:
    text = _plain(label.text(), label.buddy() is not None)
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    width = rect.width() - 2 * max(label.indent(), 0)
    if GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        if label.wordWrap():
            doc.setTextWidth(width)
            needed_w, needed_h = doc.idealWidth(), doc.size().height()
        else:
            needed_w, needed_h = doc.idealWidth(), 0
    else:
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            bound = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000),
                                         int(Qt.TextFlag.TextWordWrap), text)
            needed_w, needed_h = bound.width(), bound.height()
        else:
            needed_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            needed_h = 0
    if needed_w > width + SLACK:
        return f"{_describe(label, text)} needs {needed_w:.0f} px wide, has {width}"
    if needed_h > rect.height() + SLACK + 2:
        return f"{_describe(label, text)} needs {needed_h:.0f} px high, has {rect.height()}"
    return None


def _field_problem(widget: QWidget, text: str, room: int) -> str | None:
    if not text:
        return None
    needed = QFontMetrics(widget.font()).horizontalAdvance(text)
    if needed > room + SLACK:
        return f"{_describe(widget, text)} needs {needed} px, has {room}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # Qt's inner margin
    return _field_problem(edit, edit.text() or edit.placeholderText(), room)


def _combo_problem(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 4
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    return _field_problem(combo, combo.currentText(), room)


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        return f"{_describe(button, button.text())} needs {hint.width()} px, has {button.width()}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    needed = QFontMetrics(box.font()).horizontalAdvance(box.title()) + 16
    if needed > box.width() + SLACK:
        return f"{_describe(box, box.title())} title needs {needed} px, has {box.width()}"
    return None


def _cell_problems(view: QAbstractItemView) -> list[str]:
    problems = []
    model = view.model()
    if model is None:
        return problems
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    viewport = view.viewport().rect()
    # The item delegate's text margin: the focus frame's margin plus one, on each side.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text or view.indexWidget(index) is not None:
                continue
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(viewport.adjusted(0, -100_000, 0, 100_000)):
                continue
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            metrics = QFontMetrics(font)
            room = rect.width() - 2 * margin
            if wrap:  # a view's delegate wraps at word ends, or anywhere in a word too long
                flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
                bound = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000), flags, text)
                if bound.width() > room + SLACK or bound.height() > rect.height() + SLACK:
                    problems.append(f"{_describe(view, text)} cell ({row}, {column}) needs "
                                    f"{bound.width()}×{bound.height()}, has {room}×{rect.height()}")
            else:
                needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if needed > room + SLACK:
                    problems.append(f"{_describe(view, text)} cell ({row}, {column}) needs "
                                    f"{needed} px, has {room}")
    return problems


def _sorted_label_room(header: QHeaderView, size: int) -> int:
    """The width the style leaves a sorted section's heading beside its arrow (Fusion, Qt 6)."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, size, header.height())
    option.orientation = Qt.Orientation.Horizontal
    option.state |= QStyle.StateFlag.State_Horizontal
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    return header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()


def _header_problems(header: QHeaderView) -> list[str]:
    problems = []
    model = header.model()
    if model is None or not header.isVisible():
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        font = model.headerData(section, header.orientation(), Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if font is not None else header.font())
        advance = max(metrics.horizontalAdvance(line) for line in text.split("\n"))  # its widest line
        text = text.replace("\n", " / ")
        size = header.sectionSize(section)
        if header.orientation() == Qt.Orientation.Horizontal:
            needed = advance + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            if needed > size + SLACK:
                problems.append(f"header “{text}” needs {needed} px, has {size}")
            elif header.isSortIndicatorShown() and section == header.sortIndicatorSection():
                room = _sorted_label_room(header, size)
                if advance > room + SLACK:
                    problems.append(f"header “{text}” is cut by its sort arrow: needs {advance} px "
                                    f"beside it, has {room}")
        else:
            needed = advance + 8
            if needed > header.width() + SLACK:
                problems.append(f"row header “{text}” needs {needed} px, has {header.width()}")
    return problems


def widget_problems(root: QWidget) -> list[str]:
    """Every visible text under `root` that does not fit, and every sideways scrolling."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        found: str | None = None
        if isinstance(widget, QLabel):
            found = _label_problem(widget)
        elif isinstance(widget, QLineEdit):
            owner = widget.parentWidget()
            if isinstance(owner, QAbstractSpinBox | QComboBox):
                continue  # checked with their owner
            found = _line_edit_problem(widget)
        elif isinstance(widget, QAbstractSpinBox):
            edit = widget.findChild(QLineEdit)
            if edit is not None:
                found = _field_problem(widget, edit.text(), edit.width() - 4)
        elif isinstance(widget, QComboBox):
            found = _combo_problem(widget)
        elif isinstance(widget, QAbstractButton):
            found = _button_problem(widget)
        elif isinstance(widget, QGroupBox):
            found = _group_problem(widget)
        if found:
            problems.append(found)
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar is not None and bar.maximum() > 0:
                problems.append(f"{_describe(widget)} scrolls sideways by {bar.maximum()} px")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            problems += _cell_problems(widget)
        if isinstance(widget, QTableView):  # a model's headings as much as a table widget's
            problems += _header_problems(widget.horizontalHeader())
            problems += _header_problems(widget.verticalHeader())
    return problems


# --- presentation mode: every text grows ----------------------------------------------------
GROWTH = 1.2  # the larger app font is 15/11 of the normal one; a text that did not follow stays 1.0
TEXT_KINDS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QGroupBox,
              QAbstractItemView, QTabBar, QTextEdit, QPlainTextEdit)


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text()) and (widget.pixmap() is None or widget.pixmap().isNull())
    if isinstance(widget, QAbstractButton):
        return bool(widget.text())
    if isinstance(widget, QGroupBox):
        return bool(widget.title())
    return isinstance(widget, TEXT_KINDS)


def text_sizes(root: QWidget) -> dict[int, tuple[QWidget, float]]:
    """The point size each visible text under `root` is drawn in (its widget's resolved font)."""
    found: dict[int, tuple[QWidget, float]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if _shown(widget) and isinstance(widget, TEXT_KINDS) and _has_text(widget):
            found[id(widget)] = (widget, widget.fontInfo().pointSizeF())
    return found


def not_grown(before: dict[int, tuple[QWidget, float]], root: QWidget) -> list[str]:
    """The texts of `before` still shown under `root` whose font did not grow by GROWTH since:
    a style sheet with a font (or any fixed font) keeps a text small on the projector."""
    after = text_sizes(root)
    problems = []
    for key, (widget, size) in before.items():
        if key in after and after[key][0] is widget and after[key][1] < size * GROWTH:
            text = widget.title() if isinstance(widget, QGroupBox) else getattr(widget, "text", str)()
            text = text if isinstance(text, str) else ""
            problems.append(f"{_describe(widget, text)} stays at {after[key][1]:g} pt "
                            f"(was {size:g}) in presentation mode")
    return problems
