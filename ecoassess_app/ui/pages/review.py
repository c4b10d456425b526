"""Review: total and percentage, verdict with every reason and the target used, chart, gaps, checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from ecoassess.i18n import format_number
from ecoassess_app.ui import readiness
from ecoassess_app.ui.fonts import emphasise, tint
from ecoassess_app.ui.i18n import current_language, pick
from ecoassess_app.ui.pages.base import DONE, BasePage, wrap_label
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import breakable
from ecoassess_app.ui.widgets import helppane
from ecoassess_app.ui.widgets.chart import Bar, ReadinessChart


def heading(parent) -> QLabel:  # noqa: ANN001
    label = wrap_label(parent=parent)
    label.setObjectName("sectionHeading")
    emphasise(label)
    return label


class ReviewPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.total_label = wrap_label(parent=self.content, name="total")
        emphasise(self.total_label, 1.3)
        self.verdict_label = wrap_label(parent=self.content, name="verdict")
        emphasise(self.verdict_label)
        self.reasons_label = wrap_label(parent=self.content, name="verdictReasons")
        # the core's warnings (a certificate lapsing before the audit, a size the figures
        # contradict …) as problems, in red; missing evidence has its own list below
        self.problems = wrap_label(parent=self.content, name="problems")
        tint(self.problems, "#b00020")
        target_row = QHBoxLayout()
        self.target_caption = QLabel(self.content)
        self.target = QDoubleSpinBox(self.content)
        self.target.setRange(0, 100)
        self.target.setDecimals(2)
        self.target.setSuffix(" %")
        self.target.setKeyboardTracking(False)
        self.target.valueChanged.connect(self._target_changed)
        self.target_caption.setBuddy(self.target)
        self.target_note = wrap_label(parent=self.content)
        target_row.addWidget(self.target_caption)
        target_row.addWidget(self.target)
        target_row.addWidget(self.target_note, 1)
        self.chart_heading = heading(self.content)
        self.chart = ReadinessChart(self.content)
        self.gaps_heading = heading(self.content)
        self.gaps = self._table(4)
        self.gaps_fit = TableFit(self.gaps, stretch=(1, 3), share=0.4)
        # a gap opens its criterion: a click, or Enter on the selected row
        self.gaps.cellClicked.connect(lambda row, _column: self.open_gap(row))
        self.gaps.cellActivated.connect(lambda row, _column: self.open_gap(row))
        self.missing_heading = heading(self.content)
        self.missing = wrap_label(parent=self.content, name="missingEvidence")
        self.docs_heading = heading(self.content)
        self.docs = wrap_label(parent=self.content, name="documents")
        for widget in (self.total_label, self.verdict_label, self.reasons_label, self.problems):
            self.body.addWidget(widget)
        self.body.addLayout(target_row)
        for part in (self.chart_heading, self.chart, self.gaps_heading, self.gaps,
                     self.missing_heading, self.missing, self.docs_heading, self.docs):
            self.body.addWidget(part)
        self.body.addStretch(1)
        self.retranslate()

    def _table(self, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self.content)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setMinimumHeight(280)
        return table

    def side_title(self) -> str:
        return self.tr("Review")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review"))
        self.set_intro(self.tr("Where the factory stands today, and what to do next."))
        self.target_caption.setText(self.tr("&Target used"))
        self.target.setAccessibleName(self.tr("Target used (percent)"))
        self.chart_heading.setText(self.tr("Points per criterion"))
        self.gaps_heading.setText(self.tr("Gaps, most points first"))
        self.gaps.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Step"), self.tr("Points"), self.tr("What it needs")])
        self.gaps.setAccessibleName(self.tr("Gaps"))
        self.gaps.setAccessibleDescription(self.tr("Click a gap, or press Enter on it, to open its criterion"))
        self.missing_heading.setText(self.tr("Levels claimed without evidence"))
        self.docs_heading.setText(self.tr("Documents the submission needs"))
        self.refresh()

    def refresh(self) -> None:
        result = self.session.result()
        lang = current_language()
        self.total_label.setText(
            self.tr("Total: %1 of %2 points (%3 %)").replace("%1", str(result.total))
            .replace("%2", str(result.max)).replace("%3", format_number(result.percent, lang)))
        verdict = result.verdict
        self.verdict_label.setText(pick(verdict.label))
        tint(self.verdict_label, readiness.verdict_colour(verdict))
        self.reasons_label.setText("\n".join(f"• {pick(r)}" for r in verdict.reasons))
        problems = [pick(w.text) for w in result.warnings if w.kind != "missing_evidence"]
        self.problems.setText("\n".join(f"⚠ {p}" for p in dict.fromkeys(problems)))
        self.problems.setVisible(bool(problems))
        self.problems.setAccessibleName(self.tr("Problems"))
        self.target.blockSignals(True)
        self.target.setValue(float(verdict.target_percent))
        self.target.blockSignals(False)
        labels = self.session.scheme.provenance_labels
        provenance = labels.get(verdict.target_provenance)
        self.target_note.setText(pick(self.session.scheme.settings.target_percent.note)
                                 + (f" ({pick(provenance.label)})" if provenance else ""))
        bars = [Bar(c.id, breakable(self.bar_label(c)), c.points, c.max_points) for c in result.criteria]
        self.chart.set_bars(bars, self.tr("N/A"))
        self._fill_gaps(result)
        missing = [pick(w.text) for w in result.warnings if w.kind == "missing_evidence"]
        self.missing.setText("\n".join(f"• {m}" for m in missing) or self.tr("None: every level claimed has evidence linked."))
        counts = self.session.assessment.evidence_counts()
        applicable = [c for c in result.criteria if not c.not_applicable]
        with_evidence = sum(1 for c in applicable if counts.get(c.id))
        docs = []
        for d in self.session.scheme.documents:
            line = f"• {pick(d.name)}" + (f": {pick(d.description)}" if d.description else "")
            if d.per_criterion:
                line += " " + self.tr("(evidence linked for %1 of %2 criteria)").replace(
                    "%1", str(with_evidence)).replace("%2", str(len(applicable)))
            docs.append(line)
        self.docs.setText("\n".join(docs))

    def bar_label(self, found) -> str:  # noqa: ANN001
        """"2. Energy management (draft)": the draft mark goes wherever the criterion appears."""
        label = f"{found.id[1:].lstrip('0')}. {pick(found.name)}"
        criterion = self.session.scheme.criterion(found.id)
        badge = helppane.provenance_badge(self.session.scheme, criterion) if criterion is not None else ""
        return f"{label} ({badge})" if badge else label

    def _fill_gaps(self, result) -> None:  # noqa: ANN001
        # Columns and rows are sized once, after filling (TableFit), not per cell.
        self.gaps.setRowCount(len(result.gaps))
        scheme = self.session.scheme
        opens = self.tr("Click to open this criterion")
        for row, gap in enumerate(result.gaps):
            criterion = scheme.criterion(gap.criterion_id)
            name = f"{gap.criterion_id} {pick(gap.name)}"
            badge = helppane.provenance_badge(scheme, criterion) if criterion is not None else ""
            if badge:
                name += f" ({badge})"
            level = criterion.level(gap.step) if criterion is not None else None
            cells = (name, f"{gap.step} {pick(gap.title)}", f"+{gap.points_added}", pick(gap.need))
            tips = (self.tr("criterion %1: %2").replace("%1", str(criterion.number)).replace("%2", pick(criterion.name))
                    if criterion is not None else "",
                    helppane.code_tooltip(level) if level is not None else "", "", "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(breakable(text))  # wrapping cells: Thai word ends
                evidence = self.tr("Evidence: %1").replace("%1", pick(gap.evidence))
                item.setToolTip("\n".join(filter(None, [tips[column], evidence, opens])))
                item.setData(Qt.ItemDataRole.UserRole, gap.criterion_id)
                self.gaps.setItem(row, column, item)
        self.gaps_fit.refit()

    def open_gap(self, row: int) -> None:
        item = self.gaps.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _target_changed(self, value: float) -> None:
        if self._loading:
            return
        settings = dict(self.session.assessment.settings or {})
        settings["target_percent"] = round(value, 2)
        self.session.set_assessment_fields(settings=settings)
        self.refresh()

    def status(self) -> str:
        return DONE if self.session.assessment.last_page in ("review", "actions", "export") else "not_started"
