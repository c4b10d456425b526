"""The Levels tab: the framework in use, every item with its provenance, the officer's statuses,
thresholds and aspect names. Shows the score against the officer's threshold, never that the
estate qualifies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import format_number, label
from ecoassess_app.ui.estate_dialogs import et
from ecoassess_app.ui.estate_fit import fitted_table, refit_now
from ecoassess_app.ui.estate_panels import scrolling_page
from ecoassess_app.ui.fonts import emphasise, tint, tinted_box
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel

PROVENANCE_COLOURS = {"sourced": "#1b5e20", "draft": "#b26a00", "unknown": "#616161", "officer": "#0d47a1"}
SLOTS, HISTORY = "__slots__", "__history__"


def _item(text: str, provenance: str | None = None, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if provenance in PROVENANCE_COLOURS:
        item.setForeground(QColor(PROVENANCE_COLOURS[provenance]))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class LevelsPanel(QWidget):
    """Signals carry what the officer asks for; the window does the work and refreshes."""

    framework_chosen = Signal(str)
    item_edit = Signal(object)  # an ItemView
    item_add = Signal(str)  # level id
    item_remove = Signal(object)
    slot_edit = Signal(object)  # a SlotView
    threshold_edit = Signal(object)  # a LevelView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Any = None
        self.scroll_area = QScrollArea(self)  # the tab scrolls vertically; its tables show every row
        self.body = scrolling_page(self.scroll_area)
        self.framework = QComboBox(self.body)
        self.framework.activated.connect(lambda _i: self.framework_chosen.emit(self.framework.currentData()))
        self.framework_label = QLabel(self.body)
        self.description = WrapLabel("", self.body)
        self.legend = WrapLabel("", self.body)
        tint(self.legend, "#52606d")
        self.levels = QListWidget(self.body)
        self.levels.currentRowChanged.connect(lambda _r: self._show_current())
        self.pages = QStackedWidget(self.body)
        self.level_page, self.slot_page, self.history_page = QWidget(self.body), QWidget(self.body), QWidget(self.body)
        self._build_level_page()
        self._build_slot_page()
        self._build_history_page()
        for stacked in (self.level_page, self.slot_page, self.history_page):
            self.pages.addWidget(stacked)
        self.entries: list[str] = []  # per list row: a level id, SLOTS or HISTORY
        top = QHBoxLayout()
        top.addWidget(self.framework_label)
        top.addWidget(self.framework, 1)
        body = QHBoxLayout()
        body.addWidget(self.levels, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.pages, 1)
        page = QVBoxLayout(self.body)
        page.addLayout(top)
        page.addWidget(self.description)
        page.addWidget(self.legend)
        page.addLayout(body)
        page.addStretch(1)
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    def _build_level_page(self) -> None:
        page = self.level_page
        self.level_notice = WrapLabel("", page)
        tinted_box(self.level_notice, "#fff8e1", margin=6)  # no style sheet: it grows in presentation mode
        self.threshold_text = WrapLabel("", page)
        emphasise(self.threshold_text)
        self.threshold_button = QPushButton(page)
        self.threshold_button.clicked.connect(lambda: self.threshold_edit.emit(self.current_level()))
        self.items = fitted_table(page, stretch=(0, 5), share=0.5)
        self.items.setColumnCount(6)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.doubleClicked.connect(lambda _i: self._edit_selected())
        self.items.itemSelectionChanged.connect(self._selection_changed)
        self.edit_button, self.add_button, self.remove_button = QPushButton(page), QPushButton(page), QPushButton(page)
        self.edit_button.clicked.connect(self._edit_selected)
        self.add_button.clicked.connect(lambda: self.item_add.emit(self.current_level().id))
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        for button in (self.edit_button, self.add_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        threshold = QHBoxLayout()
        threshold.addWidget(self.threshold_text, 1)
        threshold.addWidget(self.threshold_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level_notice)
        layout.addLayout(threshold)
        layout.addWidget(self.items)
        layout.addLayout(row)
        layout.addStretch(1)

    def _build_slot_page(self) -> None:
        page = self.slot_page
        self.slot_note = WrapLabel("", page)
        self.slots = fitted_table(page, stretch=(1,), share=0.5)
        self.slots.setColumnCount(4)
        self.slots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.slots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slots.doubleClicked.connect(lambda _i: self._edit_slot())
        self.name_button = QPushButton(page)
        self.name_button.clicked.connect(self._edit_slot)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slot_note)
        layout.addWidget(self.slots)
        layout.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _build_history_page(self) -> None:
        page = self.history_page
        self.history_label = WrapLabel("", page)
        self.history = fitted_table(page, stretch=(3,), share=0.5)
        self.history.setColumnCount(4)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.framework_label.setText(self.tr("Framework:"))
        self.threshold_button.setText(self.tr("Set the threshold…"))
        self.edit_button.setText(self.tr("Record the status…"))
        self.add_button.setText(self.tr("Add an item…"))
        self.remove_button.setText(self.tr("Remove the item…"))
        self.name_button.setText(self.tr("Name the selected slot…"))
        self.history_label.setText(et("report.history_intro"))
        self.items.setHorizontalHeaderLabels([et("report.col.item"), et("report.col.type"),
                                              et("report.col.provenance"), et("report.col.status"),
                                              et("report.col.points"),
                                              # the status and these are all the officer's: a short heading
                                              self.tr("Evidence and notes")])

    # --- filling --------------------------------------------------------------------------
    def show_overview(self, ov: Any) -> None:
        from ecoassess.estate.framework import frameworks

        lang = current_language()
        self.overview = ov
        fw = ov.framework
        self.retranslate()
        self.framework.clear()
        for f in frameworks():
            self.framework.addItem(f"{label(f.title.as_dict(), lang)} ({f.version})", f.id)
        self.framework.setCurrentIndex(max(0, self.framework.findData(fw.id)))
        self.description.setText(label(fw.description, lang))
        self.legend.setText(et("report.provenance_legend"))
        current = self.levels.currentRow()
        self.levels.blockSignals(True)
        self.levels.clear()
        self.entries = [level.id for level in fw.levels]
        for level in fw.levels:
            QListWidgetItem(label(level.name, lang), self.levels)
        slots = fw.aspects or fw.goals
        if slots:
            self.entries.append(SLOTS)
            key = "report.aspects" if fw.aspects else "report.goals"
            QListWidgetItem(et(key, count=len(slots)).split("(")[0].strip(), self.levels)
        if ov.history:
            self.entries.append(HISTORY)
            QListWidgetItem(self.tr("Levels in public sources"), self.levels)
        self.levels.blockSignals(False)
        self._fit_levels()
        self.levels.setCurrentRow(min(max(current, 0), self.levels.count() - 1))
        self._show_current()

    def _fit_levels(self) -> None:
        """The level list exactly as wide as its longest name (in the font of the moment)."""
        self.levels.setFixedWidth(self.levels.sizeHintForColumn(0) + 2 * self.levels.frameWidth() + 12)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange and self.levels.count():
            QTimer.singleShot(0, self, self._fit_levels)  # presentation mode: the names grew
        super().changeEvent(event)

    def current_level(self) -> Any:
        row = self.levels.currentRow()
        levels = self.overview.framework.levels if self.overview else []
        return levels[row] if 0 <= row < len(levels) else None

    def _show_current(self) -> None:
        if self.overview is None:
            return
        level = self.current_level()
        entry = self.entries[self.levels.currentRow()] if 0 <= self.levels.currentRow() < len(self.entries) else ""
        if entry == HISTORY:
            self._turn_to(self.history_page)
            self._show_history()
            return
        if level is None:
            self._turn_to(self.slot_page)
            self._show_slots()
            return
        self._turn_to(self.level_page)
        self.level_notice.setText(et("level_notice"))
        from ecoassess.estate.text import level_comparison

        lang = current_language()
        threshold = "—" if level.threshold is None else f"{format_number(level.threshold, lang, 1)} %"
        self.threshold_text.setText(
            et("report.threshold_line", threshold=threshold, provenance=et("prov." + level.threshold_provenance))
            + " · " + level_comparison(level, lang))
        self.items.setRowCount(len(level.items))
        for r, item in enumerate(level.items):
            points = "—" if item.points is None else format_number(item.points, lang, 1)
            if item.points_max:
                points += f" / {format_number(item.points_max, lang, 1)}"
            officer = " · ".join(v for v in (item.evidence, item.note) if v)
            if item.support is not None:
                officer += (" · " if officer else "") + et(
                    "report.support", criteria=", ".join(item.supported_by),
                    percent=f"{format_number(item.support, lang, 1)} %")
            cells = [_item(label(item.title, lang), None, item.id),
                     _item(et("type." + item.type) + ("" if item.type_provenance == "sourced"
                                                      else f" ({et('prov_short.' + item.type_provenance)})")),
                     _item(et("prov." + item.provenance), item.provenance),
                     _item(et("status." + item.status)), _item(points), _item(officer or "—")]
            for c, cell in enumerate(cells):
                self.items.setItem(r, c, cell)
        self._selection_changed()
        refit_now(self.items)

    def _turn_to(self, page: QWidget) -> None:
        """Show one page; the others take no height (a stack is as tall as its tallest page)."""
        for other in (self.level_page, self.slot_page, self.history_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(page)
        self.pages.adjustSize()

    def _show_slots(self) -> None:
        ov, lang = self.overview, current_language()
        fw = ov.framework
        slots = fw.aspects or fw.goals
        self.slot_note.setText(et("report.aspects" if fw.aspects else "report.goals", count=len(slots)))
        self.slots.setHorizontalHeaderLabels([et("report.col.slot"), et("report.col.name"),
                                              et("report.col.provenance"), et("report.col.support")])
        self.slots.setRowCount(len(slots))
        for r, slot in enumerate(slots):
            support = "—" if slot.support is None else f"{format_number(slot.support, lang, 1)} %"
            name = label(slot.name, lang) if slot.name else et("not_known")
            for c, cell in enumerate((_item(slot.id, None, slot.id), _item(name, slot.provenance),
                                      _item(et("prov." + slot.provenance), slot.provenance), _item(support))):
                self.slots.setItem(r, c, cell)
        refit_now(self.slots)
        self.name_button.setEnabled(any(s.provenance in ("unknown", "officer") for s in slots))

    def _show_history(self) -> None:
        ov, lang = self.overview, current_language()
        self.history.setHorizontalHeaderLabels([et("report.col.year"), et("report.col.level"),
                                                et("report.col.provenance"), et("report.col.source")])
        self.history.setRowCount(len(ov.history))
        for r, h in enumerate(ov.history):
            level = label(h["level_name"], lang) + (" " + et("report.surveillance") if h["surveillance"] else "")
            year = str(h["year"]) + (" " + et("report.fiscal") if h["fiscal"] else "") + \
                (" " + et("report.by_year") if h["by_year"] else "")
            for c, text in enumerate((year, level, et("prov." + h["provenance"]), "; ".join(h["source_titles"]))):
                self.history.setItem(r, c, _item(text, h["provenance"]))
        refit_now(self.history)

    # --- requests -------------------------------------------------------------------------
    def selected_item(self) -> Any:
        level = self.current_level()
        row = self.items.currentRow()
        return level.items[row] if level is not None and 0 <= row < len(level.items) else None

    def _edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.item_edit.emit(item)

    def _selection_changed(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and item.custom)  # shipped items stay

    def _remove_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.custom:
            self.item_remove.emit(item)

    def _edit_slot(self) -> None:
        fw = self.overview.framework if self.overview else None
        slots = (fw.aspects or fw.goals) if fw else []
        row = self.slots.currentRow()
        if 0 <= row < len(slots) and slots[row].provenance in ("unknown", "officer"):
            self.slot_edit.emit(slots[row])
