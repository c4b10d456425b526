"""The wizard's page list: each page with its progress from the answers; activating one jumps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ecoassess_app.ui.pages.base import DONE, IN_PROGRESS, NEEDS_EVIDENCE
from ecoassess_app.ui.thaiwrap import breakable

if TYPE_CHECKING:
    from ecoassess_app.ui.wizard import AssessmentWizard

STATUS_MARK = {"not_started": "○", IN_PROGRESS: "◐", DONE: "●", NEEDS_EVIDENCE: "◉"}
SIDE_WIDTH = 220


class SidePanel(QListWidget):
    """Each page with its progress (not started / in progress / done); activating one jumps."""

    jump_requested = Signal(str)

    def __init__(self, wizard: AssessmentWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wizard = wizard
        self.setAccessibleName(self.tr("Pages"))
        self.setFixedWidth(SIDE_WIDTH)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in wizard.keys:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.addItem(item)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.update_all()

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def status_text(self, status: str) -> str:
        return {
            "not_started": self.tr("not started"),
            IN_PROGRESS: self.tr("in progress"),
            DONE: self.tr("answered"),
            NEEDS_EVIDENCE: self.tr("answered; evidence still to link"),
        }.get(status, status)

    def update_all(self) -> None:
        current = self.wizard.current_key()
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            page = self.wizard.pages[key]
            status = page.status()
            title = page.side_title()
            badge = page.badge_text()
            if badge:  # the draft mark goes wherever the item appears
                title = f"{title} ({badge})"
            item.setText(f"{STATUS_MARK.get(status, '○')}  {breakable(title)}")
            item.setToolTip("\n".join(filter(None, [self.status_text(status), page.code_text()])))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {self.status_text(status)}")
            if key == current:
                self.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Pages"))
            self.update_all()
        super().changeEvent(event)
