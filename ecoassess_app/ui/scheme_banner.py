"""The banner of an assessment whose scheme version is not on this computer, with "map to X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ecoassess_app.ui import dialogs
from ecoassess_app.ui.fonts import tinted_box
from ecoassess_app.ui.thaiwrap import WrapLabel

if TYPE_CHECKING:
    from ecoassess_app.ui.services import AssessmentSession

def version_missing(session: AssessmentSession) -> bool:
    """True when the session shows the assessment on another version than its own (the core's
    `scheme_choice` stood in the newest version of the same scheme)."""
    a = session.assessment
    return (session.scheme.id, session.scheme.version) != (a.scheme_id, a.scheme_version)


class SchemeVersionBanner(QFrame):
    """Says which version the assessment was made on and which one it is shown on; the button
    moves it onto the shown version for good, after listing what would be dropped."""

    mapped = Signal(str)  # the assessment id, once it is on the new version

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("schemeBanner")
        tinted_box(self, "#fff3cd")  # no style sheet: its text grows in presentation mode
        self.text = WrapLabel("", self)
        self.text.setObjectName("schemeBannerText")
        self.button = QPushButton(self)
        self.button.setObjectName("mapToVersion")
        self.button.clicked.connect(self.map_to_shown_version)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.setVisible(version_missing(session))

    def retranslate(self) -> None:
        a, scheme = self.session.assessment, self.session.scheme
        self.text.setText(self.tr(
            "This assessment was made on scheme version %1, which is not on this computer. It is "
            "shown and scored on version %2.").replace("%1", a.scheme_version)
            .replace("%2", scheme.version))
        self.button.setText(self.tr("&Map to version %1").replace("%1", scheme.version))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def confirm(self, dropped: list[str]) -> bool:
        version = self.session.scheme.version
        text = self.tr("Move this assessment onto version %1 for good?").replace("%1", version)
        if dropped:
            text += "\n\n" + self.tr("These answers have no place in version %1 and will be "
                                     "dropped (the change history keeps them): %2").replace(
                "%1", version).replace("%2", ", ".join(dropped))
        else:
            text += "\n\n" + self.tr("Every answer has its place in version %1.").replace("%1", version)
        # Answers may be dropped: the safe choice (Cancel) is the default.
        return dialogs.confirm(self, self.tr("Map to version %1").replace("%1", version), text,
                               action=self.tr("Map to version %1").replace("%1", version))

    def map_to_shown_version(self) -> bool:
        from ecoassess.storage.remap import map_to_scheme, mapping_preview
        from ecoassess_app.ui.errors import error_text

        session = self.session
        session.flush()  # every typed answer goes to the store before it is mapped
        dropped = mapping_preview(session.store.get_assessment(session.id), session.scheme)
        if not self.confirm(dropped):
            return False
        try:
            map_to_scheme(session.store, session.id, session.scheme)
        except Exception as error:  # a refusal is said, the assessment stays as it was
            dialogs.warn(self, self.tr("Could not map"), error_text(error))
            return False
        self.hide()
        self.mapped.emit(session.id)
        return True
