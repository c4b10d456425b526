"""Export: language, signatory and output file; builds the dossier off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ecoassess.paths import safe_file_name
from ecoassess_app.ui import dialogs, folders
from ecoassess_app.ui.errors import error_text
from ecoassess_app.ui.fonts import tint
from ecoassess_app.ui.pages.base import (
    DONE,
    NOT_STARTED,
    BasePage,
    error_label,
    show_error,
    wrap_label,
)
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.thaiwrap import WrapLabel
from ecoassess_app.ui.workers import Task, run_task

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Scheme
    from ecoassess.storage.service import Store

LANG_CHOICES = ("th", "en", "both")


def build_dossier_job(store: Store, scheme: Scheme, assessment_id: str, lang: str, out: Path,
                      with_evidence: bool):  # noqa: ANN201
    """The export as a job for the worker helper (runs off the GUI thread)."""

    def job(progress) -> Path:  # noqa: ANN001
        from ecoassess import scoring
        from ecoassess.dossier.export import build_dossier

        progress(5, "")
        assessment = store.get_assessment(assessment_id)
        result = scoring.evaluate_assessment(scheme, assessment)
        progress(20, "")
        # force: the save dialog asked before replacing a file; the data folder stays refused
        path = build_dossier(assessment, scheme, result, lang, out, with_evidence=with_evidence,
                             evidence_resolver=lambda ev: store.evidence_file(ev.sha256),
                             data_root=store.layout.root, force=True)
        progress(100, "")
        return path

    return job


class PathField(WrapLabel):
    """The output file, shown whole and wrapping (a long folder path never runs out of sight);
    chosen with Browse. `text()` and `setText()` as a line edit's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._path = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(3)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._path = text
        # A path has no spaces to break at: offer a break after every folder separator.
        super().setText(text.replace("/", "/\u200b").replace("\\", "\\\u200b"))

    def text(self) -> str:
        return self._path


class ExportPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.task: Task | None = None
        self.written: Path | None = None
        self._suggested = ""  # the name last suggested: replaced when the language changes
        form_host = QWidget(self.content)
        form = QFormLayout(form_host)
        self.form = form
        lang_row = QWidget(form_host)
        lang_layout = QHBoxLayout(lang_row)
        lang_layout.setContentsMargins(0, 0, 0, 0)
        self.lang_group = QButtonGroup(self)
        self.lang_radios: dict[str, QRadioButton] = {}
        for lang in LANG_CHOICES:
            radio = QRadioButton(lang_row)
            self.lang_group.addButton(radio)
            self.lang_radios[lang] = radio
            lang_layout.addWidget(radio)
        lang_layout.addStretch(1)
        self.lang_radios["th"].setChecked(True)
        self.signatory = QLineEdit(form_host)
        self.signatory.textEdited.connect(lambda t: self._assessment_field(signatory_name=t.strip()))
        self.position = QLineEdit(form_host)
        self.position.textEdited.connect(lambda t: self._assessment_field(signatory_position=t.strip()))
        out_row = QWidget(form_host)
        out_layout = QHBoxLayout(out_row)
        out_layout.setContentsMargins(0, 0, 0, 0)
        self.output = PathField(out_row)
        self.browse = QPushButton(out_row)
        self.browse.clicked.connect(self.choose_output)
        out_layout.addWidget(self.output, 1)
        out_row.setFocusProxy(self.browse)
        out_layout.addWidget(self.browse)
        self.with_evidence = QCheckBox(form_host)
        self.rows = [lang_row, self.signatory, self.position, out_row, self.with_evidence]
        self.captions = [QLabel(form_host) for _ in self.rows]
        for caption, widget in zip(self.captions, self.rows, strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.output_error = error_label(form_host)
        form.addRow(QLabel(form_host), self.output_error)
        self.body.addWidget(form_host)
        self.export_button = QPushButton(self.content)
        self.export_button.clicked.connect(self.start_export)
        self.result_label = wrap_label(parent=self.content, name="exportResult")
        self.open_file = QPushButton(self.content)
        self.open_file.clicked.connect(lambda: self._open(self.written))
        self.open_folder = QPushButton(self.content)
        self.open_folder.clicked.connect(lambda: self._open(self.written.parent if self.written else None))
        buttons = QHBoxLayout()
        for button in (self.export_button, self.open_file, self.open_folder):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.result_label)
        self.body.addStretch(1)
        self._show_done(False)
        self.retranslate()

    def side_title(self) -> str:
        return self.tr("Export")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Export the dossier"))
        self.set_intro(self.tr("A PDF to submit: the self-assessment report with its evidence list."))
        captions = [self.tr("Language"), self.tr("Signatory na&me"), self.tr("Signatory posi&tion"),
                    self.tr("O&utput file"), self.tr("Evidence")]
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)
        self.lang_radios["th"].setText(self.tr("Thai"))
        self.lang_radios["en"].setText(self.tr("English"))
        self.lang_radios["both"].setText(self.tr("Thai and English"))
        self.signatory.setAccessibleName(self.tr("Signatory name"))
        self.position.setAccessibleName(self.tr("Signatory position"))
        self.output.setAccessibleName(self.tr("Output file"))
        self.browse.setText(self.tr("Bro&wse…"))
        self.with_evidence.setText(self.tr("Include images and PDF evidence in an annex"))
        self.export_button.setText(self.tr("&Export PDF"))
        self.open_file.setText(self.tr("Open the &file"))
        self.open_folder.setText(self.tr("Open its f&older"))

    def refresh(self) -> None:
        a = self.session.assessment
        if self.signatory.text() != a.signatory_name:
            self.signatory.setText(a.signatory_name)
        if self.position.text() != a.signatory_position:
            self.position.setText(a.signatory_position)
        if not self.output.text() or self.output.text() == self._suggested:
            self._suggested = folders.start_in("dossier", self.suggested_name())
            self.output.setText(self._suggested)

    def suggested_name(self) -> str:
        """The dossier's file name in the UI language: the factory's name in that language and
        the year assessed, Buddhist Era in Thai."""
        from ecoassess.i18n import format_year
        from ecoassess_app.ui.i18n import current_language

        a, lang = self.session.assessment, current_language()
        name = (a.profile.name_th if lang == "th" else a.profile.name_en) or a.profile.name_th \
            or a.profile.name_en or self.tr("assessment")
        year = f" {format_year(a.assessment_year, lang)}" if a.assessment_year else ""
        return safe_file_name(self.tr("%1 Eco Factory%2").replace("%1", name).replace("%2", year)) + ".pdf"

    def language(self) -> str:
        return next(lang for lang, radio in self.lang_radios.items() if radio.isChecked())

    def _assessment_field(self, **fields: Any) -> None:
        if not self._loading:  # typed text: saved within a second, or when the field is left
            self.session.set_assessment_fields(typing=True, **fields)

    def choose_output(self) -> None:
        name, _filter = dialogs.save_file(self, self.tr("Save the dossier as"), self.output.text(),
                                          self.tr("PDF files (*.pdf)"))
        if name:
            self.output.setText(name if name.lower().endswith(".pdf") else name + ".pdf")
            folders.remember("dossier", name)

    def start_export(self) -> Task | None:
        out = Path(self.output.text().strip()).expanduser()
        if not self.output.text().strip() or not out.parent.is_dir():
            show_error(self.output_error, self.tr("Choose an output file in an existing folder."))
            return None
        if not self.session.flush():  # the dossier is built from the database: it would miss them
            from ecoassess_app.ui.unsaved import failure_text

            show_error(self.output_error, self.tr("Not exported: some changes are not saved yet (%1).")
                       .replace("%1", failure_text(self.session.last_error)))
            return None
        show_error(self.output_error, "")
        self._show_done(False)
        self.export_button.setEnabled(False)
        job = build_dossier_job(self.session.store, self.session.scheme, self.session.id,
                                self.language(), out, self.with_evidence.isChecked())
        self.task = run_task(self, self.tr("Building the dossier…"), job, self._finished)
        return self.task

    def _finished(self, ok: bool, payload: Any) -> None:
        self.export_button.setEnabled(True)
        if ok:
            self.written = Path(payload)
            folders.remember("dossier", self.written)
            self.result_label.setText(self.tr("Written: %1").replace("%1", str(self.written)))
            tint(self.result_label, "#1b5e20")
            self._show_done(True)
            self.open_file.setFocus()
        else:
            self.result_label.setText(self.tr("The dossier could not be written: %1").replace("%1", error_text(payload)))
            tint(self.result_label, "#b00020")

    def _show_done(self, done: bool) -> None:
        self.open_file.setVisible(done)
        self.open_folder.setVisible(done)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def status(self) -> str:
        return DONE if self.written else NOT_STARTED
