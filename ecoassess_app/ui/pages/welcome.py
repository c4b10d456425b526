"""Welcome: the scheme, its version, and an honest note on which parts are draft or assumed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from ecoassess_app.ui.fonts import emphasise, tint
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.pages.base import DONE, BasePage, wrap_label
from ecoassess_app.ui.services import AssessmentSession


class WelcomePage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.scheme_label = wrap_label(parent=self.content, name="schemeInfo")
        # Identifiers (the scheme's fingerprint) are for support and trainers: behind a toggle.
        self.details_button = QToolButton(self.content)
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details = wrap_label(parent=self.content, name="schemeDetails")
        tint(self.details, "#555")
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)
        self.description = wrap_label(parent=self.content)
        self.draft_heading = wrap_label(parent=self.content)
        emphasise(self.draft_heading)
        self.draft_note = wrap_label(parent=self.content, name="draftNote")
        self.how_heading = wrap_label(parent=self.content)
        emphasise(self.how_heading)
        self.how = wrap_label(parent=self.content)
        self.body.addWidget(self.scheme_label)
        self.body.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.details)
        for label in (self.description, self.draft_heading, self.draft_note, self.how_heading, self.how):
            self.body.addWidget(label)
        self.body.addStretch(1)
        self.retranslate()

    def side_title(self) -> str:
        return self.tr("Welcome")

    def retranslate(self) -> None:
        s = self.session.scheme
        self.setTitle(self.tr("Welcome"))
        self.set_intro(pick(s.title))
        self.scheme_label.setText(
            self.tr("Scheme: %1 (%2), version %3")
            .replace("%1", pick(s.title)).replace("%2", pick(s.owner)).replace("%3", s.version))
        self.details_button.setText(self.tr("Details"))
        self.details.setText(self.tr("Scheme fingerprint (identifies its exact content): %1\nAssessment id: %2")
                             .replace("%1", s.fingerprint).replace("%2", self.session.id))
        self.description.setText(pick(s.description))
        self.draft_heading.setText(self.tr("What is draft in this scheme"))
        drafts = [f"{c.number}. {pick(c.name)}" for c in s.criteria if c.draft]
        inferred = [f"{c.number}. {pick(c.name)}" for c in s.criteria if c.points_provenance == "inferred"]
        drafted_prereqs = [f"{p.id} {pick(p.name)}" for p in s.prerequisites if p.provenance == "draft"]
        assumed = [pick(getattr(s.settings, name).label)
                   for name in ("target_percent", "criterion_minimum", "not_applicable_allowed", "g4_blocks")]
        lines = [
            self.tr("Criteria whose official indicators are not public; their ladders are our draft: %1")
            .replace("%1", ", ".join(drafts) or "—"),
            self.tr("Criteria whose points are inferred: %1").replace("%1", ", ".join(inferred) or "—"),
            self.tr("Draft general requirements: %1").replace("%1", ", ".join(drafted_prereqs) or "—"),
            self.tr("Assumptions you can change (no official value is known): %1").replace("%1", "; ".join(assumed)),
            self.tr("The readiness result is a self-assessment aid, not a certification decision."),
        ]
        self.draft_note.setText("\n\n".join(lines))
        self.how_heading.setText(self.tr("How this works"))
        self.how.setText(self.tr(
            "Go through the pages in order or jump with the list on the left (Pages shows or hides "
            "it). Every change is saved at once; close the window at any time and you will come "
            "back to the same page. Keyboard: Alt+Right / Alt+Left for Next and Back, F1 for help "
            "on a criterion, Ctrl+W to close."))

    def status(self) -> str:
        return DONE
