"""Factory profile: names, address, estate and province, IDs, size (suggested), contacts, certificates."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecoassess import reference
from ecoassess.i18n import message
from ecoassess_app.ui.fonts import presenting
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.pages.base import (
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    BasePage,
    error_label,
    multiline_edit,
    reserved_error_label,
    show_error,
)
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit
from ecoassess_app.ui.widgets.profile_parts import CertificationsEditor, ContactsEditor

TAX_ID_EXAMPLE = "0105556012341"  # a made-up ID that passes its own check digit
TEXT_FIELDS = ("name_th", "name_en", "company_th", "company_en", "registration_no", "tax_id",
               "branch", "industry")
ESTATE_OTHER, ESTATE_OUTSIDE = "__other__", "__outside__"


def _field(widget: QWidget, error: QLabel) -> QWidget:
    """A field with its inline error message underneath."""
    box = QWidget(widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class ProfilePage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.touched: set[str] = set()  # fields edited here: their messages show from then on
        self.forms: list[QFormLayout] = []
        self._build_factory()
        self._build_location()
        self._build_size()
        self._build_people()
        self.body.addStretch(1)
        self.retranslate()
        self._fit_forms()

    # --- building ------------------------------------------------------------------------
    def _row(self, form: QFormLayout, name: str, widget: QWidget, with_error: bool = False) -> None:
        caption = QLabel(form.parentWidget())
        caption.setBuddy(widget)
        self.captions[name] = caption
        if with_error:
            self.errors[name] = reserved_error_label(form.parentWidget())
            form.addRow(caption, _field(widget, self.errors[name]))
        else:
            form.addRow(caption, widget)

    def _group(self, name: str) -> QFormLayout:
        box = QGroupBox(self.content)
        box.setObjectName(name)
        self.body.addWidget(box)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.forms.append(form)
        return form

    def _fit_forms(self) -> None:
        """Captions above their fields in presentation mode: beside them, a factory's long name
        would not fit its field on a 1024-pixel projector."""
        policy = (QFormLayout.RowWrapPolicy.WrapAllRows if presenting()
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        for form in self.forms:
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit_forms()
        super().changeEvent(event)

    def _build_factory(self) -> None:
        form = self._group("factoryGroup")
        for name in TEXT_FIELDS:
            edit = QLineEdit(form.parentWidget())
            edit.textEdited.connect(lambda text, n=name: self._text_edited(n, text))
            self.edits[name] = edit
            self._row(form, name, edit, with_error=name in ("tax_id", "name_th"))
        self.edits["tax_id"].setMaxLength(17)
        self.edits["tax_id"].setInputMask("")

    def _build_location(self) -> None:
        form = self._group("locationGroup")
        self.address = multiline_edit(form.parentWidget(), 60)
        self.address.textChanged.connect(self._address_changed)
        self._row(form, "address", self.address)
        self.estate = QComboBox(form.parentWidget())
        self.estate.setMaxVisibleItems(15)
        self.estate.currentIndexChanged.connect(self._estate_changed)
        self._row(form, "estate", self.estate)
        self.other_estate = QLineEdit(form.parentWidget())
        self.other_estate.textEdited.connect(lambda t: self._save(typing=True, estate=t.strip()))
        self._row(form, "other_estate", self.other_estate)
        self.province = QComboBox(form.parentWidget())
        self.province.setMaxVisibleItems(15)
        self.province.currentIndexChanged.connect(self._province_changed)
        self._row(form, "province", self.province)
        self._fill_lists()

    def _build_size(self) -> None:
        form = self._group("sizeGroup")
        self.employees_permanent = QSpinBox(form.parentWidget())
        self.employees_outsourced = QSpinBox(form.parentWidget())
        for name, spin in (("employees_permanent", self.employees_permanent),
                           ("employees_outsourced", self.employees_outsourced)):
            spin.setRange(-1, 1_000_000)
            spin.setSpecialValueText("—")
            spin.setValue(-1)
            # Keyboard tracking: each digit is an edit, saved like typed text (typing=True).
            spin.valueChanged.connect(lambda v, n=name: self._save(typing=True, **{n: None if v < 0 else v}))
            self._row(form, name, spin)
        self.revenue = QDoubleSpinBox(form.parentWidget())
        self.revenue.setDecimals(2)
        self.revenue.setRange(-0.01, 1e13)
        self.revenue.setSpecialValueText("—")
        self.revenue.setValue(-0.01)
        self.revenue.setGroupSeparatorShown(True)
        self.revenue.valueChanged.connect(
            lambda v: self._save(typing=True, annual_revenue_baht=None if v < 0 else round(v, 2)))
        self._row(form, "annual_revenue_baht", self.revenue)
        self.size_choice = QComboBox(form.parentWidget())
        for value in (None, "large", "medium", "small"):
            self.size_choice.addItem("", value)
        self.size_choice.currentIndexChanged.connect(lambda _i: self._save(size=self.size_choice.currentData()))
        self.size_hint = QLabel(form.parentWidget())
        self.size_hint.setObjectName("sizeUsed")
        self.size_hint.setWordWrap(True)
        self.errors["size"] = error_label(form.parentWidget())
        self.errors["size"].setObjectName("sizeContradiction")
        size_box = _field(self.size_choice, self.size_hint)
        size_layout = size_box.layout()
        assert size_layout is not None  # made by _field
        size_layout.addWidget(self.errors["size"])
        self._row(form, "size", size_box)

    def _build_people(self) -> None:
        form = self._group("applicationGroup")
        self.application = QButtonGroup(self)
        row = QWidget(form.parentWidget())
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.new_radio = QRadioButton(row)
        self.renewal_radio = QRadioButton(row)
        for radio, value in ((self.new_radio, "new"), (self.renewal_radio, "renewal")):
            self.application.addButton(radio)
            line.addWidget(radio)
            radio.toggled.connect(lambda on, v=value: self._save(application_type=v) if on else None)
        line.addStretch(1)
        self._row(form, "application_type", row)
        self.audit_date = BuddhistDateEdit(form.parentWidget())
        self.audit_date.date_changed.connect(self._audit_date_changed)
        self._row(form, "planned_audit_date", self.audit_date)
        self.assessment_date = BuddhistDateEdit(form.parentWidget())
        self.assessment_date.date_changed.connect(
            lambda d: None if self._loading else self.session.set_assessment_fields(assessment_date=d))
        self._row(form, "assessment_date", self.assessment_date)
        self.contacts = ContactsEditor(form.parentWidget())
        self.contacts.changed.connect(lambda c: self._save(typing=True, contacts=c))
        self.errors["contacts"] = reserved_error_label(form.parentWidget())
        self._row(form, "contacts", _field(self.contacts, self.errors["contacts"]))
        self.certifications = CertificationsEditor(form.parentWidget())
        self.certifications.changed.connect(lambda c: self._save(certifications=c))
        self.certifications.typed.connect(lambda c: self._save(typing=True, certifications=c))
        self.errors["certifications"] = error_label(form.parentWidget())
        self._row(form, "certifications", _field(self.certifications, self.errors["certifications"]))

    def _fill_lists(self) -> None:
        self.estate.blockSignals(True)
        self.estate.clear()
        self.estate.addItem("—", "")
        for estate in reference.estates():
            self.estate.addItem("", estate.name_th)
        self.estate.addItem("", ESTATE_OTHER)
        self.estate.addItem("", ESTATE_OUTSIDE)
        self.estate.blockSignals(False)
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem("—", "")
        for province in reference.provinces():
            self.province.addItem("", province.name_th)
        self.province.blockSignals(False)

    # --- texts ---------------------------------------------------------------------------
    def caption_texts(self) -> dict[str, str]:
        return {
            "name_th": self.tr("Factory name (Thai)"), "name_en": self.tr("Factory name (English)"),
            "company_th": self.tr("Company name (Thai)"), "company_en": self.tr("Company name (English)"),
            "registration_no": self.tr("Factory registration number"), "tax_id": self.tr("Tax ID (13 digits)"),
            "branch": self.tr("Branch"), "industry": self.tr("Industry type or main product"),
            "address": self.tr("Address"), "estate": self.tr("Industrial estate"),
            "other_estate": self.tr("Name of the other estate"), "province": self.tr("Province"),
            "employees_permanent": self.tr("Permanent employees"),
            "employees_outsourced": self.tr("Outsourced employees"),
            "annual_revenue_baht": self.tr("Annual revenue (baht)"), "size": self.tr("Factory size"),
            "application_type": self.tr("Application"), "planned_audit_date": self.tr("Planned audit date"),
            "assessment_date": self.tr("Date of this assessment"), "contacts": self.tr("Contacts"),
            "certifications": self.tr("Certifications held"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Factory profile"))
        self.set_intro(self.tr("What the registration form asks about the factory. Everything is saved as you type."))
        for name, text in self.caption_texts().items():
            self.captions[name].setText(text)
            widget = self.edits.get(name)
            if widget is not None:
                widget.setAccessibleName(text)
        self.address.setAccessibleName(self.caption_texts()["address"])
        for name, field in (("estate", self.estate), ("other_estate", self.other_estate),
                             ("province", self.province), ("employees_permanent", self.employees_permanent),
                             ("employees_outsourced", self.employees_outsourced),
                             ("annual_revenue_baht", self.revenue), ("size", self.size_choice),
                             ("planned_audit_date", self.audit_date), ("assessment_date", self.assessment_date)):
            field.setAccessibleName(self.caption_texts()[name])
        titles = {"factoryGroup": self.tr("Factory"), "locationGroup": self.tr("Location"),
                  "sizeGroup": self.tr("Employees, revenue and size"),
                  "applicationGroup": self.tr("Application, contacts and certifications")}
        for box in self.content.findChildren(QGroupBox):
            if box.objectName() in titles:
                box.setTitle(titles[box.objectName()])
        self.edits["tax_id"].setPlaceholderText(self.tr("13 digits, e.g. %1").replace("%1", TAX_ID_EXAMPLE))
        self.new_radio.setText(self.tr("New application"))
        self.renewal_radio.setText(self.tr("Renewal"))
        th = current_language() == "th"
        for index, estate in enumerate(reference.estates(), start=1):
            name = estate.name_th if th else estate.name_en
            self.estate.setItemText(index, f"{name} ({estate.province_th if th else estate.province_en})")
        self.estate.setItemText(self.estate.count() - 2, self.tr("Other estate (type its name)"))
        self.estate.setItemText(self.estate.count() - 1, self.tr("Outside an industrial estate"))
        for index, province in enumerate(reference.provinces(), start=1):
            self.province.setItemText(index, province.name_th if th else f"{province.name_en} ({province.name_th})")
        names = self.session.scheme.size_names
        self.size_choice.setItemText(0, self.tr("Not declared (decided by the figures)"))
        sizes: tuple[Literal["large", "medium", "small"], ...] = ("large", "medium", "small")
        for index, value in enumerate(sizes, start=1):
            self.size_choice.setItemText(index, pick(names[value]))
        self._validate()

    def side_title(self) -> str:
        return self.tr("Factory profile")

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.session.profile
        for name, edit in self.edits.items():
            if edit.text() != getattr(p, name):
                edit.setText(getattr(p, name))
        if self.address.toPlainText() != p.address:
            self.address.setPlainText(p.address)
        if p.estate_kind == "estate":
            self.estate.setCurrentIndex(max(0, self.estate.findData(p.estate)))
        elif p.estate_kind in ("other", "outside"):
            self.estate.setCurrentIndex(self.estate.findData(ESTATE_OTHER if p.estate_kind == "other" else ESTATE_OUTSIDE))
        else:
            self.estate.setCurrentIndex(0)
        self.other_estate.setText(p.estate if p.estate_kind == "other" else "")
        self._show_other_estate()
        self.province.setCurrentIndex(max(0, self.province.findData(p.province)))
        self.employees_permanent.setValue(-1 if p.employees_permanent is None else p.employees_permanent)
        self.employees_outsourced.setValue(-1 if p.employees_outsourced is None else p.employees_outsourced)
        self.revenue.setValue(-0.01 if p.annual_revenue_baht is None else p.annual_revenue_baht)
        self.size_choice.setCurrentIndex(max(0, self.size_choice.findData(p.size)))
        (self.renewal_radio if p.application_type == "renewal" else self.new_radio).setChecked(True)
        self.audit_date.set_date(self.session.assessment.planned_audit_date)
        self.assessment_date.set_date(self.session.assessment.assessment_date)
        self.contacts.set_contacts(p.contacts)
        self.certifications.set_certifications(p.certifications)
        self._validate()

    def _save(self, *, typing: bool = False, **fields: Any) -> None:
        if not self._loading:
            self.session.set_profile(typing=typing, **fields)
            self._validate()

    def _text_edited(self, name: str, text: str) -> None:
        self.touched.add(name)
        self._save(typing=True, **{name: text.strip()})

    def _address_changed(self) -> None:
        self._save(typing=True, address=self.address.toPlainText().strip())

    def _estate_changed(self, _index: int) -> None:
        data = self.estate.currentData()
        self._show_other_estate()
        if self._loading:
            return
        if data == ESTATE_OTHER:
            self._save(estate_kind="other", estate=self.other_estate.text().strip())
        elif data == ESTATE_OUTSIDE:
            self._save(estate_kind="outside", estate="")
        elif data:
            self._save(estate_kind="estate", estate=data)
            found = next((e for e in reference.estates() if e.name_th == data), None)
            if found and not self.session.profile.province:
                self.province.setCurrentIndex(max(0, self.province.findData(found.province_th)))
        else:
            self._save(estate_kind="", estate="")

    def _show_other_estate(self) -> None:
        visible = self.estate.currentData() == ESTATE_OTHER
        self.other_estate.setVisible(visible)
        self.captions["other_estate"].setVisible(visible)

    def _province_changed(self, _index: int) -> None:
        self._save(province=self.province.currentData() or "")

    def _audit_date_changed(self, value: date | None) -> None:
        if not self._loading:
            self.session.set_assessment_fields(planned_audit_date=value)
            self._validate()

    def tax_id_problem(self, tax: str) -> str:
        digits = "".join(ch for ch in tax if ch.isdigit())
        if not tax or reference.tax_id_valid(tax):
            return ""
        if len(digits) != 13 or len(digits) != len(tax.replace("-", "").replace(" ", "")):
            return self.tr("A tax ID has 13 digits (this one has %1).").replace("%1", str(len(digits)))
        return self.tr("Check the digits: the last one does not match (it is a check digit).")

    def _validate(self) -> None:
        """Messages under a field appear once it has been edited (or holds a wrong value), never
        on a fresh form; their line is kept, so nothing below them moves."""
        p = self.session.profile
        tax = p.tax_id
        show_error(self.errors["tax_id"], self.tax_id_problem(tax))
        missing_name = not (p.name_th or p.name_en) and bool({"name_th", "name_en"} & self.touched)
        show_error(self.errors["name_th"], self.tr("Enter the factory's name in Thai or English.")
                   if missing_name else "")
        bad = self.contacts.bad_emails()
        show_error(self.errors["contacts"], self.tr("Check the e-mail address: it has no @.") if bad else "")
        result = self.session.result()  # the core's rules: size, certificate expiry
        # G2 reports the lapse of the certificate it rests on; it is typed here, so shown here too
        routes = {q.id for q in self.session.scheme.prerequisites if q.kind == "route"}
        lapses = [pick(w.text) for w in result.warnings
                  if (w.item_id == "profile" and w.kind in ("certificate_lapse", "certificate_level"))
                  or (w.item_id in routes and w.kind == "certificate_lapse")]
        show_error(self.errors["certifications"], "\n".join(lapses))
        contradiction = [pick(w.text) for w in result.warnings
                         if w.item_id == "profile" and w.kind == "size"]
        show_error(self.errors["size"], "\n".join(contradiction))
        if result.size:
            basis = message(f"seams.size.basis.{result.size_basis}", current_language())
            self.size_hint.setText(self.tr("Size used for G2 (Thai SME rule): %1, %2").replace(
                "%1", pick(self.session.scheme.size_names[result.size])).replace("%2", basis))
        else:
            self.size_hint.setText(self.tr(
                "Enter the annual revenue (or the permanent employees): the SME rule decides the "
                "size from them. Without both, choose the size."))

    def status(self) -> str:
        p = self.session.profile
        filled = [p.name_th, p.name_en, p.province, p.tax_id, p.industry, p.address]
        if not any(filled):
            return NOT_STARTED
        complete = (p.name_th or p.name_en) and p.province and self.session.result().size
        return DONE if complete and (not p.tax_id or reference.tax_id_valid(p.tax_id)) else IN_PROGRESS
