"""General requirements G1–G4: G2 worded for the factory size, eligibility and expiry warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecoassess.scoring import certificates
from ecoassess.scoring.progress import page_state
from ecoassess.scoring.verdict import FAILING
from ecoassess_app.ui.fonts import emphasise, tint
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.pages.base import FROM_PROGRESS, BasePage, wrap_label
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.widgets import helppane
from ecoassess_app.ui.widgets.evidence import EvidencePanel
from ecoassess_app.ui.widgets.inputs import InputControl, make_control
from ecoassess_app.ui.widgets.metchoice import MetChoice

# not met in red with its reason; cannot be checked (size unknown) amber; unanswered grey
STATUS_COLOUR = {"met": "#1b5e20", "not_met": "#b00020", "unknown": "#8a5a00", "unanswered": "#555"}


class PrerequisitesPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.summary = wrap_label(parent=self.content, name="eligibility")
        emphasise(self.summary)
        self.body.addWidget(self.summary)
        self.rows: dict[str, dict[str, Any]] = {}
        for prereq in session.scheme.prerequisites:
            self._build(prereq)
        self.body.addStretch(1)
        session.changed.connect(lambda _i: self._show_result() if self.isVisible() else None)
        self.retranslate()

    def _build(self, prereq: Any) -> None:
        box = QGroupBox(self.content)
        layout = QVBoxLayout(box)
        requirement = wrap_label(parent=box)
        provenance = wrap_label(parent=box)
        tint(provenance, "#555", italic=True)
        controls: dict[str, InputControl] = {}
        layout.addWidget(requirement)
        layout.addWidget(provenance)
        certs = profile_link = None
        if prereq.kind == "route":  # G2 reads the certificates typed on the profile
            certs = wrap_label(parent=box, name=f"certs_{prereq.id}")
            profile_link = QPushButton(box)
            profile_link.setObjectName(f"profile_{prereq.id}")
            profile_link.clicked.connect(lambda: self.open_requested.emit("profile"))
            layout.addWidget(certs)
            layout.addWidget(profile_link, 0, Qt.AlignmentFlag.AlignLeft)
        for definition in prereq.inputs:
            if prereq.kind == "route" and definition.id != "ems_route":
                continue  # the expiry date is typed with the certificate on the profile
            # a yes/no requirement: met / not met / not answered, never a lone tick
            control = MetChoice(definition, box) if prereq.kind == "met" else make_control(definition, box)
            control.changed.connect(lambda v, p=prereq.id, i=definition.id: self._changed(p, i, v))
            controls[definition.id] = control
            if prereq.kind == "met":
                layout.addWidget(control.widget)
            else:
                line = QWidget(box)
                line.setObjectName(f"line_{definition.id}")
                row = QHBoxLayout(line)
                row.setContentsMargins(0, 0, 0, 0)
                caption = QLabel(line)
                caption.setBuddy(control.focus_widget())
                caption.setObjectName(f"caption_{definition.id}")
                row.addWidget(caption)
                row.addWidget(control.widget, 1)
                layout.addWidget(line)
        status = wrap_label(parent=box, name=f"status_{prereq.id}")
        evidence_hint = wrap_label(parent=box)
        tint(evidence_hint, "#555")
        layout.addWidget(status)
        layout.addWidget(evidence_hint)
        help_toggle = helppane.HelpToggle(box, lambda p=prereq: helppane.item_sections(self.session.scheme, p),
                                          f"help_{prereq.id}")
        layout.addWidget(help_toggle)
        evidence = EvidencePanel(self.session, prereq.id, box)
        layout.addWidget(evidence)
        self.body.addWidget(box)
        self.rows[prereq.id] = {"prereq": prereq, "box": box, "requirement": requirement,
                                "provenance": provenance, "controls": controls, "status": status,
                                "evidence_hint": evidence_hint, "evidence": evidence, "help": help_toggle,
                                "certs": certs, "profile_link": profile_link}

    def side_title(self) -> str:
        return self.tr("General requirements")

    def retranslate(self) -> None:
        self.setTitle(self.tr("General requirements (G1–G4)"))
        self.set_intro(self.tr("Each is met or not met; none gives points. A factory that fails one is not yet eligible."))
        size = self.session.result().size  # the core's size rule: revenue decides
        labels = self.session.scheme.provenance_labels
        for row in self.rows.values():
            prereq = row["prereq"]
            row["box"].setTitle(f"{prereq.id} · {pick(prereq.title)}")
            row["box"].setToolTip(f"{prereq.id} = {pick(prereq.name)}")
            row["help"].retranslate(self.tr("Help on %1").replace("%1", prereq.id))
            variant = prereq.variant_for(size) if prereq.variants else None
            requirement = pick(variant.requirement if variant else prereq.requirement)
            evidence = pick(variant.evidence if variant else prereq.evidence)
            if prereq.variants and size is None:
                requirement = self.tr("Set the factory size on the profile page: what this asks depends on it.") + "\n" + requirement
            row["requirement"].setText(requirement)
            row["evidence_hint"].setText(self.tr("Evidence: %1").replace("%1", evidence))
            row["provenance"].setText(pick(labels[prereq.provenance].banner) if prereq.provenance in labels else "")
            for control in row["controls"].values():
                control.retranslate()
                caption = row["box"].findChild(QLabel, f"caption_{control.id}")
                if caption is not None:
                    caption.setText(pick(control.definition.label))
        self._show_result()

    def refresh(self) -> None:
        for pid, row in self.rows.items():
            answer = self.session.answer(pid)
            for input_id, control in row["controls"].items():
                control.set_value(answer.value.get(input_id))
            row["evidence"].refresh()
        self.retranslate()

    def _changed(self, prereq_id: str, input_id: str, value: Any) -> None:
        if self._loading:
            return
        if self.rows[prereq_id]["prereq"].kind == "route":
            self.session.set_route(prereq_id, value)  # a certificate goes onto the profile
            self.reload()
        else:
            self.session.set_value(prereq_id, input_id, value)

    def _show_result(self) -> None:
        result = self.session.result()
        for pid, row in self.rows.items():
            found = result.prerequisite(pid)
            if found is None:
                continue
            status_text = pick(found.status_label)
            warnings = [pick(w.text) for w in result.warnings if w.item_id == pid
                        and w.kind not in ("missing_evidence", "certificate_lapse")]
            reasons = [pick(r) for r in found.reasons if pick(r).casefold() != status_text.casefold()]
            lines = [status_text, *reasons, *(f"⚠ {w}" for w in warnings)]
            row["status"].setText("\n".join(dict.fromkeys(lines)))
            if row["certs"] is not None:
                self._show_certificates(row)
            tint(row["status"], STATUS_COLOUR.get(found.status, "#333"))
        verdict = result.verdict
        pending = [p.id for p in result.prerequisites if p.status == "unanswered"]
        failing = [p for p in result.prerequisites if p.blocking and p.status in FAILING]
        if verdict.status == "not_eligible":  # the requirements that stand in the way, not the score
            self.summary.setText(self.tr("Not yet eligible: %1").replace(
                "%1", "; ".join(f"{p.id} {pick(p.title)}: {pick(p.status_label)}" for p in failing) or "—")
                + "\n" + self.tr("You can still go on and assess the criteria."))
            tint(self.summary, "#b00020")
        elif pending:
            self.summary.setText(self.tr("Not answered yet: %1").replace("%1", ", ".join(pending)))
            tint(self.summary, "#555")
        else:
            self.summary.setText(self.tr("No general requirement stands in the way so far."))
            tint(self.summary, "#1b5e20")

    def _show_certificates(self, row: dict[str, Any]) -> None:
        """G2: the profile's certificates it reads; the route choice only while there are none."""
        held = certificates.candidates(self.session.profile)
        if held:
            listed = "\n".join(f"• {pick(certificates.describe(c))}" for _i, c, _r in held)
            row["certs"].setText(self.tr("Certificates on the factory profile:") + "\n" + listed)
        else:
            row["certs"].setText(self.tr("The factory profile lists no ISO 14001, Green Industry or "
                                         "White Flag certificate. Choose one below (its expiry date "
                                         "goes on the profile page) or \"none yet\"."))
        row["profile_link"].setText(self.tr("Edit certificates on the profile page"))
        line = row["box"].findChild(QWidget, "line_ems_route")
        if line is not None:
            line.setVisible(not held)

    def leave_forward(self) -> None:
        for pid in self.rows:
            self.session.mark_done(pid)

    def status(self) -> str:
        """Complete when every requirement is answered (met or not met), from the answers."""
        states = self.session.progress().states
        return FROM_PROGRESS[page_state([states.get(pid, "not_started") for pid in self.rows])]
