"""Factory profile: estates list with "other" and "outside", province filled from the estate, size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from ecoassess_app.ui.pages.profile import ESTATE_OTHER
from tests.ui.conftest import open_new, type_thai


def test_estate_pick_fills_the_province_and_other_estate_takes_a_typed_name(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    assert page.estate.count() == 72 + 3  # "—", the IEAT estates, other, outside
    assert page.province.count() == 77 + 1
    page.estate.setCurrentIndex(page.estate.findData("นิคมอุตสาหกรรมมาบตาพุด"))
    assert page.session.profile.estate_kind == "estate"
    assert page.session.profile.province == "ระยอง"
    assert not page.other_estate.isVisibleTo(page)
    page.estate.setCurrentIndex(page.estate.findData(ESTATE_OTHER))
    assert page.other_estate.isVisibleTo(page)
    type_thai(page.other_estate, "นิคมอุตสาหกรรมตัวอย่าง")
    assert page.session.profile.estate_kind == "other"
    assert page.session.profile.estate == "นิคมอุตสาหกรรมตัวอย่าง"


def test_revenue_decides_the_size_and_a_contradicting_declaration_is_named(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    page.employees_permanent.setValue(600)
    page.revenue.setValue(900_000_000)
    assert "ขนาดใหญ่" in page.size_hint.text() and "รายได้" in page.size_hint.text()
    page.size_choice.setCurrentIndex(page.size_choice.findData("medium"))  # the user declares "medium"
    assert page.session.profile.size == "medium"
    contradiction = page.errors["size"]
    assert contradiction.isVisibleTo(page)
    assert "ขนาดกลาง" in contradiction.text() and "ขนาดใหญ่" in contradiction.text()
    window.wizard.go_to("prerequisites")
    prereqs = window.wizard.pages["prerequisites"]
    g2 = prereqs.rows["G2"]["requirement"].text()
    assert "ขนาดใหญ่" in g2  # the SME rule, not the declaration, decides what G2 asks
    prereqs.rows["G2"]["controls"]["ems_route"].set_value("gi2")
    prereqs.rows["G2"]["controls"]["ems_route"].changed.emit("gi2")
    status = prereqs.rows["G2"]["status"]
    assert status.text().startswith("ไม่ผ่าน")
    assert status.palette().color(QPalette.ColorRole.WindowText).name() == "#b00020"
    window.wizard.go_to("profile")
    page.employees_permanent.setValue(-1)  # no figures at all: the declared size stands in
    page.revenue.setValue(-0.01)
    assert "ขนาดกลาง" in page.size_hint.text() and not contradiction.isVisibleTo(page)


def test_side_panel_jumps_with_the_keyboard(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    side = window.side
    side.setFocus()
    side.setCurrentRow(window.wizard.keys.index("review"))
    qtbot.keyClick(side, Qt.Key.Key_Return)
    assert window.wizard.current_key() == "review"
