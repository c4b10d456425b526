"""A permit that lapses before the audit: typed in Thai (Buddhist Era), marked in the evidence
panel, listed among the review page's problems, and in the database as a Common-Era date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ecoassess_app.ui.widgets.evidence import LAPSED, EvidenceDialog
from tests.ui.conftest import open_new


def _type_date(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_typing_an_expiry_in_thai_warns_on_the_review_page(context, qtbot, tmp_path, monkeypatch):
    window = open_new(context, qtbot)
    wizard = window.wizard
    wizard.go_to("profile")
    _type_date(qtbot, wizard.pages["profile"].audit_date, "15/02/2570")  # BE: 15 Feb 2027
    assert window.session.assessment.planned_audit_date == date(2027, 2, 15)
    wizard.go_to("C06")
    panel = wizard.pages["C06"].evidence
    panel.ask_details = False
    source = tmp_path / "ใบอนุญาตประกอบกิจการ.pdf"
    source.write_bytes(b"%PDF-1.4 permit")
    assert panel.attach_paths([source], "ใบอนุญาต รง.4", date(2025, 1, 10)) == 1
    panel.table.selectRow(0)

    def fill(dialog: EvidenceDialog) -> QDialog.DialogCode:  # the user types the expiry and presses OK
        assert dialog.expiry.date() is None
        _type_date(qtbot, dialog.expiry, "31/01/2570")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDialog, "exec", fill)
    panel.edit_selected()
    stored = context.store.get_assessment(window.session.id).evidence[0]
    assert stored.expiry == date(2027, 1, 31) and stored.description == "ใบอนุญาต รง.4"
    expiry_cell = panel.table.item(0, 3)
    assert expiry_cell.text() == "⚠ 31/01/2570"
    assert expiry_cell.foreground().color().name() == LAPSED
    assert expiry_cell.toolTip().startswith("หมดอายุ ") and "ก่อนวันตรวจประเมินที่วางแผนไว้" in expiry_cell.toolTip()

    wizard.go_to("review")
    review = wizard.pages["review"]
    review.refresh()
    problems = review.problems.text()
    assert review.problems.isVisibleTo(review)
    assert "ใบอนุญาตประกอบกิจการ.pdf" in problems and "C06" in problems
    assert "ก่อนวันตรวจประเมิน" in problems and "2570" in problems

    # the audit moved before the expiry: the warning and the mark go
    wizard.go_to("profile")
    field = wizard.pages["profile"].audit_date
    field.edit.clear()
    _type_date(qtbot, field, "20/01/2570")
    assert window.session.assessment.planned_audit_date == date(2027, 1, 20)
    assert not [w for w in window.session.result().warnings if w.kind == "evidence_expiry"]
    assert panel.table.item(0, 3).text() == "31/01/2570"
    review.refresh()
    assert "ใบอนุญาตประกอบกิจการ.pdf" not in review.problems.text()
