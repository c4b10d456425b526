"""Factory profile: estates list with "other" and "outside", province filled from the estate, size."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_size_is_suggested_by_revenue_and_can_be_overridden(context, qtbot):
    window = open_new(context, qtbot)
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    page.employees_permanent.setValue(40)
    page.revenue.setValue(600_000_000)
    assert "ขนาดใหญ่" in page.size_hint.text()  # revenue decides
    page.size.setCurrentIndex(page.size.findData("medium"))
    assert page.session.profile.size == "medium"
    window.wizard.go_to("prerequisites")
    g2 = window.wizard.pages["prerequisites"].rows["G2"]["requirement"].text()
    assert "ขนาดกลาง" in g2


def test_side_panel_jumps_with_the_keyboard(context, qtbot):
    window = open_new(context, qtbot)
    window.show()
    side = window.side
    side.setFocus()
    side.setCurrentRow(window.wizard.keys.index("review"))
    qtbot.keyClick(side, Qt.Key.Key_Return)
    assert window.wizard.current_key() == "review"
