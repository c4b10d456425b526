"""Editors for the repeating parts of the factory profile: contacts and certifications."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecoassess import model
from ecoassess_app.ui.fonts import emphasise, presenting
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit

CONTACT_ROLES = ("coordinator", "applicant")
CONTACT_FIELDS = ("name", "position", "phone", "email")
CERT_KINDS = model.CERTIFICATION_KINDS


class ContactsEditor(QWidget):
    """Coordinator and applicant: name, position, phone and e-mail, two fields to a line so that
    an e-mail address fits at 150 % scaling (one to a line in presentation mode's larger text)."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.per_line = 0
        self.role_labels: dict[str, QLabel] = {}
        self.captions: dict[tuple[str, str], QLabel] = {}
        self.edits: dict[tuple[str, str], QLineEdit] = {}
        for role in CONTACT_ROLES:
            self.role_labels[role] = QLabel(self)
            for name in CONTACT_FIELDS:
                caption, edit = QLabel(self), QLineEdit(self)
                caption.setBuddy(edit)
                edit.textEdited.connect(lambda _t: self.changed.emit(self.contacts()))
                self.edits[(role, name)] = edit
                self.captions[(role, name)] = caption
        self.set_per_line(1 if presenting() else 2)
        self.retranslate()

    def set_per_line(self, count: int) -> None:
        """Lay the fields out `count` to a line (1 or 2)."""
        if count == self.per_line:
            return
        self.per_line, grid = count, self.grid
        for widget in [*self.role_labels.values(), *self.captions.values(), *self.edits.values()]:
            grid.removeWidget(widget)
        row = 0
        for role in CONTACT_ROLES:
            grid.addWidget(self.role_labels[role], row, 0, 1, 4)
            row += 1
            for index, name in enumerate(CONTACT_FIELDS):
                line, column = row + index // count, 2 * (index % count)
                grid.addWidget(self.captions[(role, name)], line, column)
                grid.addWidget(self.edits[(role, name)], line, column + 1)
            row += -(-len(CONTACT_FIELDS) // count)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1 if count > 1 else 0)

    def role_text(self, role: str) -> str:
        return {"coordinator": self.tr("Coordinator"), "applicant": self.tr("Applicant")}[role]

    def field_text(self, name: str) -> str:
        return {"name": self.tr("Name"), "position": self.tr("Position"),
                "phone": self.tr("Phone"), "email": self.tr("E-mail")}[name]

    def retranslate(self) -> None:
        for (_role, name), caption in self.captions.items():
            caption.setText(self.field_text(name))
        for role, label in self.role_labels.items():
            label.setText(self.role_text(role))
            emphasise(label)
        for (role, name), edit in self.edits.items():
            edit.setAccessibleName(f"{self.role_text(role)}: {self.field_text(name)}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.set_per_line(1 if presenting() else 2)
        super().changeEvent(event)

    def set_contacts(self, contacts: list[model.Contact]) -> None:
        by_role = {c.role: c for c in contacts}
        for (role, name), edit in self.edits.items():
            text = getattr(by_role.get(role, model.Contact()), name)
            if edit.text() != text:
                edit.setText(text)

    def contacts(self) -> list[model.Contact]:
        result = []
        for role in CONTACT_ROLES:
            values = {name: self.edits[(role, name)].text().strip() for name in CONTACT_FIELDS}
            if any(values.values()):
                result.append(model.Contact(role=role, **values))
        return result

    def bad_emails(self) -> list[str]:
        return [e.text() for (_r, n), e in self.edits.items()
                if n == "email" and e.text().strip() and "@" not in e.text()]


class CertificationRow(QWidget):
    changed = Signal()  # a choice: saved at once
    typed = Signal()  # a keystroke in the detail: saved within a second
    remove_requested = Signal(object)

    def __init__(self, cert: model.Certification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in CERT_KINDS:
            self.kind.addItem("", kind)
        self.detail = QLineEdit(cert.detail, self)
        self.valid_until = BuddhistDateEdit(self)
        self.valid_until.set_date(cert.valid_until)
        self.remove = QPushButton(self)
        index = self.kind.findData(cert.kind)
        self.kind.setCurrentIndex(max(0, index))
        # Two lines: what it is, then until when (one line would squeeze the name at 150 %).
        self.until_caption = QLabel(self)
        self.until_caption.setBuddy(self.valid_until)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.kind, 0, 0)
        layout.addWidget(self.detail, 0, 1, 1, 2)
        layout.addWidget(self.until_caption, 1, 0)
        layout.addWidget(self.valid_until, 1, 1)
        layout.addWidget(self.remove, 1, 2)
        layout.setColumnStretch(1, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.detail.textEdited.connect(lambda _t: self.typed.emit())
        self.valid_until.date_changed.connect(lambda _d: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    def retranslate(self) -> None:
        names = {"eco_factory": self.tr("Eco Factory"), "iso14001": self.tr("ISO 14001"),
                 "green_industry": self.tr("Green Industry"),
                 "white_flag_green_star": self.tr("White Flag Green Star (green star)"),
                 "white_flag_gold_star": self.tr("White Flag Green Star (gold star)"),
                 "csr_diw": self.tr("CSR-DIW"), "other": self.tr("Other")}
        for index, kind in enumerate(CERT_KINDS):
            self.kind.setItemText(index, names[kind])
        self.kind.setAccessibleName(self.tr("Certification"))
        self.detail.setPlaceholderText(self.tr("level or name"))
        self.detail.setAccessibleName(self.tr("Level or name of the certificate"))
        self.valid_until.setAccessibleName(self.tr("Valid until"))
        self.until_caption.setText(self.tr("Valid until"))
        self.remove.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def certification(self) -> model.Certification:
        return model.Certification(kind=self.kind.currentData(), detail=self.detail.text().strip(),
                                   valid_until=self.valid_until.date())


class CertificationsEditor(QWidget):
    """Existing certifications with their expiry dates; rows added and removed freely."""

    changed = Signal(list)
    typed = Signal(list)  # the same, from a keystroke (saved within a second, not at once)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CertificationRow] = []
        self.rows_layout = QVBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self._add(model.Certification(kind="iso14001"), emit=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a &certification"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_certifications(self, certs: list[model.Certification]) -> None:
        if [replace(c) for c in certs] == self.certifications():
            return
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for cert in certs:
            self._add(cert, emit=False)

    def _add(self, cert: model.Certification, emit: bool) -> None:
        row = CertificationRow(cert, self)
        row.changed.connect(lambda: self.changed.emit(self.certifications()))
        row.typed.connect(lambda: self.typed.emit(self.certifications()))
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if emit:
            self.changed.emit(self.certifications())
            row.kind.setFocus()

    def _remove(self, row: CertificationRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.changed.emit(self.certifications())

    def certifications(self) -> list[model.Certification]:
        return [row.certification() for row in self.rows]
