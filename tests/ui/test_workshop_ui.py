"""Workshop window: class overview (sortable, coloured, anonymised), folder import, exports, reset."""

from __future__ import annotations

import pytest

from ecoassess.package import pack_assessment
from ecoassess.storage import open_store
from tests.unit.portable_helpers import make_assessment

NAMES = ["โรงงานกรุงเทพ", "โรงงานระยอง", "โรงงานชลบุรี"]


@pytest.fixture
def class_folder(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    with open_store(tmp_path / "trainees") as store:
        for i, name in enumerate(NAMES):
            aid = make_assessment(store, tmp_path / f"f{i}", name_th=name, seed=i, evidence_sizes=(50,))
            if i == 1:  # the Rayong plant does better on C03
                store.save_answer(aid, "C03", value={"inventory": True, "target_achievement_pct": 100.0})
            else:
                store.save_answer(aid, "C01", value={"inventory": False})
            pack_assessment(store, aid, folder / f"{i}.ecoassess")
    (folder / "zz-broken.ecoassess").write_bytes(b"not a zip")
    return folder


@pytest.fixture
def workshop(home, qtbot, class_folder):
    window = home.portable.open_workshop()
    qtbot.addWidget(window)
    messages: list[str] = []
    window.show_message = lambda _title, text: messages.append(text)
    window.messages = messages
    window.choose_folder = lambda: class_folder
    task = window.import_folder()
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    return window


def test_folder_import_reports_the_bad_file_and_fills_the_overview(workshop, home):
    assert [o.ok for o in workshop.last_outcomes] == [True, True, True, False]
    assert "zz-broken.ecoassess" in workshop.messages[-1]
    assert workshop.table.rowCount() == 3
    assert workshop.table.columnCount() == 1 + 14 + 3
    assert sorted(workshop.column_values(0)) == sorted(NAMES)
    assert home.model.rowCount() == 3  # the home list was refreshed too


def test_overview_sorts_by_number_and_colours_points(workshop):
    total_column = 15
    workshop.table.sortItems(total_column)
    totals = [int(v) for v in workshop.column_values(total_column)]
    assert totals == sorted(totals) and totals[0] < totals[-1]
    workshop.table.sortItems(3)  # C03
    c03 = [int(v) for v in workshop.column_values(3)]
    assert c03 == sorted(c03)
    best = workshop.table.item(2, 3)
    worst = workshop.table.item(0, 3)
    assert best.background().color().green() > best.background().color().red()
    assert worst.background().color().red() > worst.background().color().green()
    assert workshop.table.item(0, 0).text() in NAMES and workshop.table.item(2, 0).text() == "โรงงานระยอง"


def test_anonymise_hides_names_and_exports(workshop, tmp_path):
    workshop.anonymise.setChecked(True)
    assert sorted(workshop.column_values(0)) == ["F01", "F02", "F03"]
    workshop.choose_save = lambda _title, name: tmp_path / name
    csv_path = workshop.export_csv()
    pdf_path = workshop.export_pdf()
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert "F02" in text and not any(name in text for name in NAMES)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    from openpyxl import load_workbook

    sheet = load_workbook(workshop.export_sheet()).active
    assert sheet.max_row == 1 + 3 * 14
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row}
    assert "F03" in cells and not cells & set(NAMES)
    workshop.anonymise.setChecked(False)
    assert sorted(workshop.column_values(0)) == sorted(NAMES)


def test_reset_demo_asks_first(workshop, context):
    workshop.include_demo.setChecked(True)
    workshop.confirm = lambda _text: False
    assert workshop.reset_demo() is None
    workshop.confirm = lambda _text: True
    first = workshop.reset_demo()
    second = workshop.reset_demo()
    demos = [s.id for s in context.store.list_assessments() if s.is_demo]
    assert demos == [second] and first != second
    assert workshop.table.rowCount() == 4
