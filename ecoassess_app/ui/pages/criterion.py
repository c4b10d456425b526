"""One page per criterion C01–C14, built from the scheme: ladder, answer controls, N/A, evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
)

from ecoassess import model
from ecoassess.scheme.settings import setting_value
from ecoassess_app.ui import readiness
from ecoassess_app.ui.fonts import emphasise, tint, tinted_box
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.pages.base import (
    FROM_PROGRESS,
    BasePage,
    error_label,
    multiline_edit,
    show_error,
    wrap_label,
)
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.widgets import helppane
from ecoassess_app.ui.widgets.evidence import EvidencePanel
from ecoassess_app.ui.widgets.inputs import InputControl, make_control
from ecoassess_app.ui.widgets.wrapcheck import WrapCheck

if TYPE_CHECKING:
    from ecoassess.scheme.schema import Level

def badge(label: QLabel) -> None:
    """The draft and carried-over notes: dark amber on light amber, growing with the app font."""
    tinted_box(label, "#fff3cd", text="#6b4e00", margin=3)


class CriterionPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        criterion = session.scheme.criterion(key)
        assert criterion is not None  # a page is made for each of the scheme's criteria
        self.criterion = criterion
        self.controls: dict[str, InputControl] = {}
        self._build_header()
        self._build_levels()
        self._build_answer_extras()
        self.evidence = EvidencePanel(session, key, self.content)
        self.body.addWidget(self.evidence)
        self.body.addStretch(1)
        session.changed.connect(self._session_changed)
        self.retranslate()
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _build_header(self) -> None:
        # The live score and the draft badge stay in sight above the scrolling body.
        row = QHBoxLayout()
        self.points_label = wrap_label(parent=self, name="livePoints")
        emphasise(self.points_label)
        self.help_button = QToolButton(self)
        self.help_button.setCheckable(True)
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.help_button.toggled.connect(self._show_help)
        row.addWidget(self.points_label, 1)
        row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addLayout(row)
        self.badge = wrap_label(parent=self, name="draftBadge")
        badge(self.badge)
        self.badge.setVisible(self.criterion.draft)
        self.top.addWidget(self.badge)
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        help_key.activated.connect(self.help_button.toggle)
        self.help_pane = helppane.HelpPane(self.content)
        self.help_pane.hide()
        self.body.addWidget(self.help_pane)
        self.carried_label = wrap_label(parent=self.content)
        badge(self.carried_label)
        self.reason_label = wrap_label(parent=self.content, name="pointsReason")
        self.next_label = wrap_label(parent=self.content, name="nextLevel")
        self.provenance_label = wrap_label(parent=self.content)
        tint(self.provenance_label, "#555", italic=True)
        for label in (self.carried_label, self.reason_label, self.next_label, self.provenance_label):
            self.body.addWidget(label)

    def _build_levels(self) -> None:
        self.level_boxes: list[tuple[Any, QGroupBox, QLabel, QLabel]] = []
        self.rule_labels: dict[str, QLabel] = {}
        self.level_help: dict[str, helppane.HelpToggle] = {}
        self.level_titles: dict[str, QLabel] = {}
        for level, input_ids in self.criterion.level_inputs():
            box = QGroupBox(self.content)
            layout = QVBoxLayout(box)
            # The level's title wraps in a label of its own: a group-box title cannot wrap, and
            # titles that keep the scheme's words whole (C14 L3) are wider than a 1024 screen.
            self.level_titles[level.id] = wrap_label(parent=box, name=f"levelTitle_{level.id}")
            emphasise(self.level_titles[level.id])
            layout.addWidget(self.level_titles[level.id])
            requirement = wrap_label(parent=box)
            evidence_hint = wrap_label(parent=box)
            tint(evidence_hint, "#555")
            layout.addWidget(requirement)
            if self.session.scheme.rules_for(self.criterion, level.id):
                self.rule_labels[level.id] = wrap_label(parent=box, name=f"rules_{level.id}")
                tint(self.rule_labels[level.id], "#6b4e00")
                layout.addWidget(self.rule_labels[level.id])
            for input_id in input_ids:
                control = make_control(self.criterion.input(input_id), box)
                control.changed.connect(lambda value, i=input_id: self._input_changed(i, value))
                self.controls[input_id] = control
                if control.definition.type in ("bool", "options"):
                    layout.addWidget(control.container)
                else:
                    line = QHBoxLayout()
                    caption = wrap_label(parent=box, name=f"caption_{input_id}")
                    caption.setBuddy(control.focus_widget())
                    line.addWidget(caption, 1)
                    line.addWidget(control.container, 0, Qt.AlignmentFlag.AlignTop)
                    layout.addLayout(line)
            layout.addWidget(evidence_hint)
            self._build_level_help(level, box, layout)
            self.body.addWidget(box)
            self.level_boxes.append((level, box, requirement, evidence_hint))
        self.points_box = QGroupBox(self.content)
        self.points_rules = wrap_label(parent=self.points_box, name="ladderRules")
        self.points_text = wrap_label(parent=self.points_box)
        points_layout = QVBoxLayout(self.points_box)
        points_layout.addWidget(self.points_rules)
        points_layout.addWidget(self.points_text)
        self.body.addWidget(self.points_box)

    def _build_level_help(self, level: Level, box: QGroupBox, layout: QVBoxLayout) -> None:
        """A "help on this step" toggle under the level, opening its help pane in place. Out of
        the Tab order (F1 opens the criterion's help from the keyboard)."""
        toggle = helppane.HelpToggle(
            box, lambda lv=level: helppane.level_sections(self.session.scheme, self.criterion, lv),
            f"help_{level.id}")
        layout.addWidget(toggle)
        self.level_help[level.id] = toggle

    def _build_answer_extras(self) -> None:
        self.na_box = QGroupBox(self.content)
        na_layout = QVBoxLayout(self.na_box)
        self.na_row = WrapCheck(self.na_box)
        self.na_check = self.na_row.box
        self.na_check.toggled.connect(self._na_toggled)
        self.justification = multiline_edit(self.na_box)
        self.justification.textChanged.connect(self._justification_changed)
        self.na_error = error_label(self.na_box)
        self.justification_caption = QLabel(self.na_box)
        for widget in (self.na_row, self.justification_caption, self.justification, self.na_error):
            na_layout.addWidget(widget)
        self.body.addWidget(self.na_box)
        self.notes_caption = QLabel(self.content)
        self.notes = multiline_edit(self.content)
        self.notes_caption.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.body.addWidget(self.notes_caption)
        self.body.addWidget(self.notes)

    # --- texts ---------------------------------------------------------------------------
    def side_title(self) -> str:
        return f"{self.criterion.number}. {pick(self.criterion.name)}"

    def badge_text(self) -> str:
        return helppane.provenance_badge(self.session.scheme, self.criterion)

    def code_text(self) -> str:
        return f"{self.criterion.id} = " + self.tr("criterion %1: %2").replace(
            "%1", str(self.criterion.number)).replace("%2", pick(self.criterion.name))

    def retranslate(self) -> None:
        c = self.criterion
        scheme = self.session.scheme
        self.setTitle(self.tr("Criterion %1: %2").replace("%1", str(c.number)).replace("%2", pick(c.name)))
        self.set_intro(f"{pick(scheme.group_names[c.group])} · {pick(scheme.ladder_names[c.ladder])}")
        self.badge.setText(self.tr("draft criterion: verify against the official FTI criteria"))
        labels = scheme.provenance_labels
        notes = [pick(labels[c.provenance].banner)] if c.provenance in labels else []
        if c.points_provenance != c.provenance and c.points_provenance in labels:
            notes.append(pick(labels[c.points_provenance].banner))
        notes += [pick(n) for n in c.notes]
        self.provenance_label.setText("\n".join(notes))
        for level, box, requirement, hint in self.level_boxes:
            name = getattr(level, "name", None)
            box.setTitle(pick(name) if name else "")
            self.level_titles[level.id].setText(pick(level.title))
            box.setToolTip(helppane.code_tooltip(level))
            requirement.setText(pick(level.requirement))
            hint.setText(self.tr("Evidence: %1").replace("%1", pick(level.evidence)))
            self.level_help[level.id].retranslate(self.tr("Help on %1").replace("%1", pick(level.name)))
        for input_id, control in self.controls.items():
            control.retranslate()
            caption = self.findChild(QLabel, f"caption_{input_id}")
            if caption is not None:
                caption.setText(pick(control.definition.label))
        self.help_button.setText(self.tr("Help (F1)"))
        self.help_button.setToolTip(self.tr("What this criterion means, the terms it uses, and where "
                                            "the help comes from"))
        if self.help_pane.isVisible():
            self.help_pane.set_sections(helppane.criterion_sections(scheme, c))
        self.points_box.setTitle(self.tr("How points are given"))
        # The ladder's own rules (cumulative, strict), where they apply: whole-ladder ones here,
        # step ones (S3 alone, the entry rule) in their step's box.
        self.points_rules.setText("\n".join(f"• {pick(r.text)}" for r in scheme.rules_for(c)))
        for level_id, label in self.rule_labels.items():
            label.setText("\n".join(f"• {pick(r.text)}" for r in scheme.rules_for(c, level_id)))
        rows = sorted(c.points, key=lambda r: r.points)
        self.points_text.setText("\n".join(f"{r.points}: {pick(r.situation)}" for r in rows))
        self.na_box.setTitle(self.tr("Not applicable"))
        self.na_row.setText(self.tr("This criterion does not apply to the factory (N/A)"))
        self.justification_caption.setText(self.tr("Justification (required for N/A)"))
        self.justification.setAccessibleName(self.tr("Justification"))
        self.notes_caption.setText(self.tr("No&tes"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.carried_label.setText(self.tr(
            "Carried over from the previous assessment: check the answers, then press Next to confirm."))
        self._show_points()

    def _show_help(self, on: bool) -> None:
        if on:
            self.help_pane.set_sections(helppane.criterion_sections(self.session.scheme, self.criterion))
        self.help_pane.setVisible(on)
        if on:
            self.scroll_area.ensureWidgetVisible(self.help_pane)

    # --- data ----------------------------------------------------------------------------
    def na_allowed(self) -> bool:
        return self.criterion.id in setting_value(self.session.scheme, self.session.assessment.settings,
                                                  "not_applicable_allowed")

    def refresh(self) -> None:
        answer = self.session.answer(self.key)
        for input_id, control in self.controls.items():
            control.set_value(answer.value.get(input_id))
        allowed = self.na_allowed() or answer.not_applicable
        self.na_box.setVisible(allowed)
        for widget, text in ((self.justification, answer.justification), (self.notes, answer.note)):
            if widget.toPlainText() != text:
                widget.blockSignals(True)
                widget.setPlainText(text)
                widget.blockSignals(False)
        self.na_check.blockSignals(True)
        self.na_check.setChecked(answer.not_applicable)
        self.na_check.blockSignals(False)
        self._update_na_state()
        self.carried_label.setVisible(answer.status == model.WorkflowStatus.CARRIED_OVER)
        self.evidence.refresh()
        self._show_points()

    def _input_changed(self, input_id: str, value: Any) -> None:
        if not self._loading:
            self.session.set_value(self.key, input_id, value)

    def _na_toggled(self, on: bool) -> None:
        if not self._loading:
            self.session.set_fields(self.key, not_applicable=on)
        self._update_na_state()

    def _justification_changed(self) -> None:
        if not self._loading:
            self.session.set_fields(self.key, typing=True, justification=self.justification.toPlainText())
            if self.justification.toPlainText().strip():
                show_error(self.na_error, "")

    def _notes_changed(self) -> None:
        if not self._loading:
            self.session.set_fields(self.key, typing=True, note=self.notes.toPlainText())

    def _update_na_state(self) -> None:
        na = self.na_check.isChecked()
        self.justification.setEnabled(na)
        for _level, box, _req, _hint in self.level_boxes:
            box.setEnabled(not na)

    def _session_changed(self, item_id: str) -> None:
        if item_id in (self.key, "evidence", "assessment", "profile") and self.isVisible():
            self._show_points()

    def _show_points(self) -> None:
        view = readiness.criterion_view(self.session, self.criterion.id)
        self.points_label.setText(view.points_text)
        self.reason_label.setText(view.reason)
        # The improvement data may prove an advanced measure: suggest it, never tick it.
        hints = [pick(s.text) for s in self.session.result().suggestions if s.criterion_id == self.criterion.id]
        text = "\n".join(filter(None, [view.next_step, *hints]))
        self.next_label.setText(text)
        self.next_label.setVisible(bool(text))

    def validatePage(self) -> bool:  # noqa: N802
        if self.na_check.isChecked() and not self.justification.toPlainText().strip():
            show_error(self.na_error, self.tr("Give a justification before moving on: N/A must be explained."))
            self.justification.setFocus()
            return False
        show_error(self.na_error, "")
        return True

    def leave_forward(self) -> None:
        self.session.mark_done(self.key)

    def status(self) -> str:
        """Answered or not, from the answers themselves (not from pressing Next)."""
        return FROM_PROGRESS[self.session.progress().states.get(self.key, "not_started")]
