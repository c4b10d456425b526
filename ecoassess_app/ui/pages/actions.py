"""Action plan: owner, due date and status for the gaps the factory chooses to close."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from ecoassess import model
from ecoassess.thaisplit import without_break_hints
from ecoassess_app.ui import dialogs
from ecoassess_app.ui.i18n import pick
from ecoassess_app.ui.pages.base import DONE, IN_PROGRESS, NOT_STARTED, BasePage, wrap_label
from ecoassess_app.ui.services import AssessmentSession
from ecoassess_app.ui.tables import TableFit
from ecoassess_app.ui.thaiwrap import breakable
from ecoassess_app.ui.widgets import helppane
from ecoassess_app.ui.widgets.be_date import BuddhistDateEdit

COL_ITEM, COL_DESCRIPTION, COL_OWNER, COL_DUE, COL_STATUS = range(5)


class ActionsPage(BasePage):
    def __init__(self, session: AssessmentSession, key: str) -> None:
        super().__init__(session, key)
        self.confirm = lambda title, text, detail, action: dialogs.confirm(self, title, text, detail, action)
        self.gaps_caption = wrap_label(parent=self.content)
        self.gap_list = QListWidget(self.content)
        self.gap_list.setMinimumHeight(130)
        self.gap_list.setWordWrap(True)
        self.gap_list.itemActivated.connect(lambda _i: self.add_selected_gap())
        self.add_button = QPushButton(self.content)
        self.add_button.clicked.connect(self.add_selected_gap)
        self.plan_caption = wrap_label(parent=self.content)
        self.table = QTableWidget(0, 5, self.content)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(200)
        self.fit = TableFit(self.table, stretch=(COL_DESCRIPTION, COL_OWNER), share=0.5,
                            keep=(COL_DUE, COL_STATUS))
        self.gap_list.currentItemChanged.connect(lambda *_: self._update_add_button())
        self.table.itemChanged.connect(self._item_changed)
        self.delete_button = QPushButton(self.content)
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        for widget in (self.gaps_caption, self.gap_list):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.plan_caption)
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.retranslate()

    def side_title(self) -> str:
        return self.tr("Action plan")

    def status_names(self) -> dict[model.ActionStatus, str]:
        return {model.ActionStatus.OPEN: self.tr("open"), model.ActionStatus.IN_PROGRESS: self.tr("in progress"),
                model.ActionStatus.DONE: self.tr("done")}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Action plan"))
        self.set_intro(self.tr("Pick the gaps the factory will close; give each an owner, a due date and a status."))
        self.gaps_caption.setText(self.tr("Open gaps (most points first):"))
        self.gap_list.setAccessibleName(self.tr("Open gaps"))
        self.add_button.setText(self.tr("&Add to the plan"))
        self.delete_button.setText(self.tr("&Remove from the plan"))
        self.plan_caption.setText(self.tr("The plan:"))
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Action"), self.tr("Owner"),
                                              self.tr("Due date"), self.tr("Status")])
        self.table.setAccessibleName(self.tr("Action plan"))
        self.refresh()

    def refresh(self) -> None:
        result = self.session.result()
        self.gap_list.clear()
        planned = self.planned()
        for gap in result.gaps:
            text = f"+{gap.points_added}  {gap.criterion_id} {pick(gap.name)} — {gap.step} {pick(gap.title)}: {pick(gap.need)}"
            criterion = self.session.scheme.criterion(gap.criterion_id)
            badge = helppane.provenance_badge(self.session.scheme, criterion) if criterion is not None else ""
            if badge:
                text += f"  ({badge})"
            if self.is_planned(gap, planned):
                text = self.tr("(in the plan) %1").replace("%1", text)
            item = QListWidgetItem(breakable(text))
            item.setData(Qt.ItemDataRole.UserRole, gap)
            item.setToolTip(self.code_tip(gap))
            self.gap_list.addItem(item)
        self._fill_table()
        self._update_add_button()

    def gap_text(self, gap: Any) -> str:
        """An action's description for a gap: what the plan stores, and what makes it the same gap."""
        return f"{gap.step} {pick(gap.title)}: {pick(gap.need)}"

    def planned(self) -> set[tuple[str, str]]:
        return {(a.item_id, a.description) for a in self.session.assessment.actions}

    @staticmethod
    def is_planned(gap: Any, planned: set[tuple[str, str]]) -> bool:
        """The same gap (criterion and step), whatever language the action was added in."""
        from ecoassess.i18n import LANGS, label

        texts = {f"{gap.step} {label(gap.title, lang)}: {label(gap.need, lang)}" for lang in LANGS}
        return any(item == gap.criterion_id and (text in texts or text.startswith(f"{gap.step} "))
                   for item, text in planned)

    def code_tip(self, gap: Any) -> str:
        criterion = self.session.scheme.criterion(gap.criterion_id)
        level = criterion.level(gap.step) if criterion is not None else None
        lines = [f"{gap.criterion_id} = " + self.tr("criterion %1: %2").replace("%1", str(criterion.number))
                 .replace("%2", pick(criterion.name))] if criterion is not None else []
        if level is not None:
            lines.append(helppane.code_tooltip(level))
        return "\n".join(lines)

    def _update_add_button(self) -> None:
        item = self.gap_list.currentItem()
        gap = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        already = gap is not None and self.is_planned(gap, self.planned())
        self.add_button.setEnabled(gap is not None and not already)
        self.add_button.setToolTip(self.tr("This gap is already in the plan") if already else "")

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        actions = self.session.assessment.actions
        self.table.setRowCount(len(actions))
        names = self.status_names()
        for row, action in enumerate(actions):
            item = QTableWidgetItem(action.item_id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            criterion = self.session.scheme.criterion(action.item_id)
            if criterion is not None:
                item.setToolTip(self.tr("criterion %1: %2").replace("%1", str(criterion.number))
                                .replace("%2", pick(criterion.name)))
            self.table.setItem(row, COL_ITEM, item)
            self.table.setItem(row, COL_DESCRIPTION, QTableWidgetItem(breakable(action.description)))
            self.table.setItem(row, COL_OWNER, QTableWidgetItem(action.owner))
            due = BuddhistDateEdit(compact=True)
            due.set_date(action.due_date)
            due.setAccessibleName(self.tr("Due date"))
            due.date_changed.connect(lambda d, a=action.id: self.session.update_action(a, due_date=d))
            self.table.setCellWidget(row, COL_DUE, due)
            combo = QComboBox()
            for value, text in names.items():
                combo.addItem(text, value.value)
            combo.setCurrentIndex(max(0, combo.findData(model.ActionStatus(action.status).value)))
            combo.setAccessibleName(self.tr("Status"))
            combo.currentIndexChanged.connect(
                lambda _i, a=action.id, c=combo: self.session.update_action(a, status=c.currentData()))
            self.table.setCellWidget(row, COL_STATUS, combo)
        self.table.blockSignals(False)
        self.fit.refit()

    def _action_id(self, row: int) -> Any:
        cell = self.table.item(row, COL_ITEM)
        assert cell is not None  # every row has its item cell (_fill_table)
        return cell.data(Qt.ItemDataRole.UserRole)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        action_id = self._action_id(item.row())
        field = {COL_DESCRIPTION: "description", COL_OWNER: "owner"}.get(item.column())
        if field:
            edited: dict[str, Any] = {field: without_break_hints(item.text()).strip()}
            self.session.update_action(action_id, **edited)
            self.table.resizeRowToContents(item.row())

    def add_selected_gap(self) -> Any:
        item = self.gap_list.currentItem()
        if item is None:
            return None
        gap = item.data(Qt.ItemDataRole.UserRole)
        if self.is_planned(gap, self.planned()):  # the same gap is planned once
            return None
        action = self.session.add_action(gap.criterion_id, self.gap_text(gap))
        self.refresh()
        return action

    def delete_selected(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        action_id = self._action_id(row)
        action = next((a for a in self.session.assessment.actions if a.id == action_id), None)
        if action is None:
            return False
        text = self.tr("Remove this action from the plan?\n\n%1: %2").replace("%1", action.item_id) \
            .replace("%2", action.description)
        detail = self.tr("Its owner, due date and status go with it.")
        if not self.confirm(self.tr("Remove from the plan"), text, detail, self.tr("Remove")):
            return False
        self.session.delete_action(action_id)
        self.refresh()
        return True

    def status(self) -> str:
        actions = self.session.assessment.actions
        if not actions:
            return NOT_STARTED
        return DONE if all(a.owner and a.due_date for a in actions) else IN_PROGRESS

