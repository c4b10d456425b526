"""Progress an officer can see: the page list marks what is answered (from the answers, so it
survives a restart), the header counts it, "next unanswered" finds the gaps, and a gap on the
review page opens its criterion."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import open_new


def mark(window, key: str) -> str:  # noqa: ANN001
    return window.side.item(window.wizard.keys.index(key)).text().split()[0]


def test_answered_marks_follow_the_answers_and_survive_a_restart(context, qtbot):
    window = open_new(context, qtbot)
    assert window.progress_label.text() == "ตอบแล้ว 0 จาก 14 เกณฑ์ · มีหลักฐาน 0/14 · 0/70 คะแนน"
    # reached from the page list, answered, and left from the page list again: never "Next"
    window.side.jump_requested.emit("C03")
    page = window.wizard.pages["C03"]
    next(iter(page.controls.values())).widget.click()
    window.side.jump_requested.emit("C05")
    assert mark(window, "C03") in ("●", "◉")  # answered, whatever button left the page
    assert mark(window, "C05") == "○"
    assert window.progress_label.text().startswith("ตอบแล้ว 1 จาก 14 เกณฑ์")
    assert "ตอบแล้ว" in window.side.item(window.wizard.keys.index("C03")).toolTip()

    aid = window.session.id
    window.close()
    QApplication.processEvents()
    again = context.open_wizard(aid)  # reopened: the marks and the count come from the database
    assert mark(again, "C03") in ("●", "◉") and mark(again, "C01") == "○"
    assert again.progress_label.text().startswith("ตอบแล้ว 1 จาก 14 เกณฑ์")


def test_next_unanswered_walks_the_gaps_and_wraps_round(context, qtbot):
    window = open_new(context, qtbot)
    wizard = window.wizard
    wizard.go_to("prerequisites")
    for pid in ("G1", "G3", "G4"):
        wizard.pages["prerequisites"].rows[pid]["controls"]["met"].yes.click()
    wizard.go_to("welcome")
    assert wizard.gap_button.text() == "ข้อที่ยังไม่ตอบ"
    assert wizard.go_to_next_unanswered() == "G2"  # G2 waits for a certificate or "none yet"
    assert wizard.current_key() == "prerequisites"
    assert wizard.go_to_next_unanswered() == "C01"
    next(iter(wizard.pages["C02"].controls.values())).widget.click()
    assert wizard.go_to_next_unanswered() == "C03"  # C02 is answered: skipped
    wizard.go_to("C14")
    assert wizard.go_to_next_unanswered() == "G2"  # after the last, round to the first gap


def test_a_gap_on_the_review_page_opens_its_criterion(context, qtbot):
    from ecoassess.demo import create_demo

    window = context.open_wizard(create_demo(context.store))
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    first = review.gaps.item(0, 0)
    wanted = first.text().split()[0]
    assert "คลิกเพื่อเปิดเกณฑ์นี้" in first.toolTip()
    review.gaps.cellClicked.emit(0, 2)
    assert window.wizard.current_key() == wanted
