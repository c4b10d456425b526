"""Dialogs of the estate window: a new estate, assessments on this computer, a requirement's
status, an item the officer adds, a slot's name, and the dimension mapping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecoassess.i18n import label, message
from ecoassess_app.ui.i18n import current_language
from ecoassess_app.ui.thaiwrap import WrapLabel

NOT_SET = -1.0


def et(key: str, **params: Any) -> str:
    """An estate label of the core catalogue (shared with the report) in the UI language."""
    return message("estate." + key, current_language(), **params)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def spin_or_none(box: QDoubleSpinBox) -> float | None:
    return None if box.value() == box.minimum() else box.value()


def optional_spin(parent: QWidget, maximum: float, value: float | None, unset_text: str) -> QDoubleSpinBox:
    """A number box whose lowest value reads "not set" (None)."""
    box = QDoubleSpinBox(parent)
    box.setRange(NOT_SET, maximum)
    box.setDecimals(1)
    box.setSpecialValueText(unset_text)
    box.setValue(NOT_SET if value is None else value)
    return box


class NewEstateDialog(QDialog):
    """Pick an estate from the IEAT list or type another name; choose the framework."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from ecoassess.estate.framework import frameworks
        from ecoassess.reference import estates

        super().__init__(parent)
        lang = current_language()
        self.setWindowTitle(self.tr("New estate"))
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for estate in estates():
            shown = estate.name_th if lang == "th" else estate.name_en
            self.name.addItem(f"{shown} ({estate.province_th if lang == 'th' else estate.province_en})",
                              estate.name_th)
        self.name.setCurrentIndex(-1)
        edit = self.name.lineEdit()
        assert edit is not None  # the combo box is editable
        edit.setPlaceholderText(self.tr("an estate from the IEAT list, or another name"))
        self.framework = QComboBox(self)
        for fw in frameworks():
            self.framework.addItem(f"{label(fw.title.as_dict(), lang)} ({fw.version})", fw.id)
        form = QFormLayout()
        form.addRow(self.tr("Estate"), self.name)
        form.addRow(self.tr("Framework"), self.framework)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(WrapLabel(self.tr("A name that is not on the IEAT list is kept as you type it."), self))
        layout.addWidget(_buttons(self))
        self.resize(560, 160)

    def values(self) -> tuple[str, str]:
        """(the name: the IEAT Thai name when picked from the list, else the text typed; framework id)."""
        text = self.name.currentText().strip()
        index = self.name.findText(text)
        name = self.name.itemData(index) if index >= 0 else text
        return name, self.framework.currentData()


class LocalDialog(QDialog):
    """Choose assessments already on this computer (the factory's own or unpacked ones)."""

    def __init__(self, summaries: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessments on this computer"))
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        lang = current_language()
        for s in summaries:
            name = (s.factory_th if lang == "th" else s.factory_en) or s.factory_th or s.factory_en or s.id[:8]
            item = QListWidgetItem(f"{name} · {s.scheme_version} · {s.id[:8]}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the assessments to take into the estate:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(_buttons(self))
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class ItemDialog(QDialog):
    """The officer's status of one requirement item: status, points, evidence, note."""

    def __init__(self, item: Any, parent: QWidget | None = None) -> None:
        from ecoassess.estate.records import REQUIREMENT_STATUSES

        super().__init__(parent)
        self.setWindowTitle(self.tr("Requirement status"))
        title = WrapLabel(label(item.title, current_language()), self)
        self.status = QComboBox(self)
        for status in REQUIREMENT_STATUSES:
            self.status.addItem(et("status." + status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        unset = self.tr("not set")
        self.points = optional_spin(self, 1_000_000, item.points, unset)
        self.points_max = optional_spin(self, 1_000_000, item.points_max, unset)
        self.evidence = QLineEdit(item.evidence, self)
        self.note = QPlainTextEdit(item.note, self)
        self.note.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Maximum points"), self.points_max)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(520, 300)

    def values(self) -> dict[str, Any]:
        return {"status": self.status.currentData(), "points": spin_or_none(self.points),
                "points_max": spin_or_none(self.points_max), "evidence": self.evidence.text(),
                "note": self.note.toPlainText()}


class AddItemDialog(QDialog):
    """A requirement item the officer knows of and the framework does not ship."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a requirement item"))
        self.title_th = QLineEdit(self)
        self.title_en = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in ("scored", "mandatory", "prerequisite"):
            self.kind.addItem(et("type." + kind), kind)
        self.points_max = optional_spin(self, 1_000_000, None, self.tr("not set"))
        form = QFormLayout()
        form.addRow(self.tr("Title (Thai)"), self.title_th)
        form.addRow(self.tr("Title (English)"), self.title_en)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Maximum points"), self.points_max)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(520, 200)

    def values(self) -> dict[str, Any]:
        return {"title_th": self.title_th.text(), "title_en": self.title_en.text(),
                "type_": self.kind.currentData(), "points_max": spin_or_none(self.points_max)}


class SlotDialog(QDialog):
    """Name an aspect or goal whose official name is not yet known."""

    def __init__(self, slot_id: str, name: dict[str, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name %1").replace("%1", slot_id))
        self.name_th = QLineEdit((name or {}).get("th", ""), self)
        self.name_en = QLineEdit((name or {}).get("en", ""), self)
        form = QFormLayout()
        form.addRow(self.tr("Name (Thai)"), self.name_th)
        form.addRow(self.tr("Name (English)"), self.name_en)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(self.tr("Leave both empty to mark the name as not yet known again."), self))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 160)

    def values(self) -> tuple[str, str]:
        return self.name_th.text(), self.name_en.text()


class MappingDialog(QDialog):
    """Which dimension each criterion (and G2, the improvement data) rolls up into."""

    def __init__(self, mapping: dict[str, list[str]], dimensions: list[Any], criteria: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        self.setWindowTitle(self.tr("Dimension mapping"))
        placed = {m: d for d, members in mapping.items() for m in members}
        members = [(c.id, f"{c.id} {label(c.name, lang)}") for c in criteria]
        members += [("G2", et("member.G2")), ("improvement", et("member.improvement"))]
        self.table = QTableWidget(len(members), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Dimension")])
        self.table.verticalHeader().hide()
        self.combos: dict[str, QComboBox] = {}
        for row, (member, text) in enumerate(members):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(none)"), "")
            for d in dimensions:
                combo.addItem(label(d.name, lang), d.id)
            combo.setCurrentIndex(max(0, combo.findData(placed.get(member, ""))))
            self.table.setCellWidget(row, 1, combo)
            self.combos[member] = combo
        self.table.resizeColumnsToContents()
        self.dimension_ids = [d.id for d in dimensions]
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(et("prov.draft") + ": " + self.tr(
            "the app's mapping is an inference, not IEAT's. Your mapping is used for this estate."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(_buttons(self))
        self.resize(620, 560)

    def mapping(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {d: [] for d in self.dimension_ids}
        for member, combo in self.combos.items():
            if combo.currentData():
                out[combo.currentData()].append(member)
        return out


class ThresholdDialog(QDialog):
    """A threshold in % that may be left unset (the official one is not known)."""

    def __init__(self, title: str, explanation: str, value: float | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.value_box = optional_spin(self, 100, value, self.tr("not set"))
        self.value_box.setSuffix(" %")
        form = QFormLayout()
        form.addRow(self.tr("Threshold"), self.value_box)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(explanation, self))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 180)

    def value(self) -> float | None:
        return spin_or_none(self.value_box)
