"""The history window of an assessment moved onto a version without C13: its rows name C13 by the
version it was in and say it is no longer in the scheme, and the page filter offers it."""

from __future__ import annotations

import os
from pathlib import Path

from ecoassess import model
from ecoassess.scheme.update import import_with_report
from ecoassess.storage.remap import move_to_version

NEXT_FILE = Path(__file__).resolve().parents[1] / "data" / "eco-factory-2027.1.yaml"  # C13 removed
C13_TH = "C13 การกระจายรายได้ให้กับชุมชน (ไม่มีในเกณฑ์รุ่น 2027.1 แล้ว)"


def test_a_dropped_criterion_reads_in_words_and_can_be_filtered(context, qtbot, tmp_path):
    from ecoassess_app.ui.history import HistoryDialog

    store = context.store
    aid = store.create_assessment(model.FactoryProfile(name_th="บริษัท ไทยรุ่งเรือง จำกัด"),
                                  scheme_id="eco-factory", scheme_version="2026.1", assessment_year=2026)
    store.save_answer(aid, "C13", value={"l1": True}, status="done")
    store.add_action(aid, "C13", "จัดซื้อสินค้าชุมชน")
    moved = move_to_version(store, aid, import_with_report(NEXT_FILE, context.data_dir).scheme)
    window = context.open_wizard(moved.new_id)
    assert window.session.scheme.version == "2027.1"
    dialog = HistoryDialog(window.session, window)
    qtbot.addWidget(dialog)
    pages = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert C13_TH in pages and "C13" not in pages
    index = dialog.filter.findData("C13")
    assert index > 0 and dialog.filter.itemText(index) == C13_TH
    dialog.filter.setCurrentIndex(index)
    assert {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())} == {C13_TH}
    dialog.view.selectRow(0)
    assert not dialog.restore_button.isEnabled()  # no page to put the answer back on
    if os.environ.get("ECOASSESS_SHOTS"):  # a look at the Thai marks: ECOASSESS_SHOTS=folder
        dialog.show()
        dialog.grab().save(str(Path(os.environ["ECOASSESS_SHOTS"]) / "history-dropped.png"))
