"""A plant officer answers the general requirements: met / not met / not answered, no red before
an answer, and an expired certificate shown as a problem on the review page."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ecoassess import model
from tests.ui.conftest import open_new


def colour(label) -> str:  # noqa: ANN001
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_requirements_open_unanswered_and_take_met_not_met_and_back(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("prerequisites")
    page = window.wizard.pages["prerequisites"]
    # a new assessment: nothing is "not met", nothing red, each item says "not answered yet"
    for pid in ("G1", "G2", "G3", "G4"):
        assert page.rows[pid]["status"].text().startswith("ยังไม่ได้ตอบ"), pid
        assert colour(page.rows[pid]["status"]) != "#b00020"
    assert "ไม่ผ่าน" not in page.summary.text() and colour(page.summary) != "#b00020"
    g1 = page.rows["G1"]["controls"]["met"]
    assert g1.open.isChecked() and g1.no.text() == "ไม่ผ่าน" and g1.open.text() == "ยังไม่ได้ตอบ"

    g1.no.click()  # the factory does not pass G1: said in one click, not by a missing tick
    assert page.rows["G1"]["status"].text().startswith("ไม่ผ่าน")
    assert colour(page.rows["G1"]["status"]) == "#b00020"
    assert "ยังไม่มีสิทธิ์" in page.summary.text()
    assert context.store.get_assessment(window.session.id).answers["G1"].value == {"met": False}

    g1.open.click()  # taken back: unanswered again, and the red goes with it
    assert page.rows["G1"]["status"].text().startswith("ยังไม่ได้ตอบ")
    assert "met" not in context.store.get_assessment(window.session.id).answers["G1"].value
    page.rows["G3"]["controls"]["met"].yes.click()
    # Next confirms the page; the untouched G4 stays unanswered, not "not met"
    window.wizard.next()
    result = window.session.result()
    assert result.prerequisite("G3").status == "met"
    assert result.prerequisite("G4").status == "unanswered"
    assert "draft_prerequisite_not_met" not in result.verdict.qualifiers

    aid = window.session.id
    window.close()
    QApplication.processEvents()
    again = context.open_wizard(aid)  # after a restart the answers are where they were left
    again.wizard.go_to("prerequisites")
    controls = again.wizard.pages["prerequisites"].rows
    assert controls["G3"]["controls"]["met"].yes.isChecked()
    assert controls["G1"]["controls"]["met"].open.isChecked()


def test_an_expired_certificate_is_a_problem_on_the_review_page(context, qtbot):
    scheme = context.scheme
    aid = context.store.create_assessment(
        model.FactoryProfile(name_th="โรงงานเซรามิก", annual_revenue_baht=900_000_000,
                             certifications=[model.Certification("iso14001", "", date(2026, 12, 31))]),
        scheme_id=scheme.id, scheme_version=scheme.version, planned_audit_date=date(2027, 2, 15))
    window = context.open_wizard(aid)
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    assert review.problems.isVisibleTo(review)
    assert "หมดอายุ 31 ธันวาคม 2569 ก่อนวันตรวจประเมิน" in review.problems.text()
    assert colour(review.problems) == "#b00020"
    assert window.session.result().prerequisite("G2").status == "not_met"
