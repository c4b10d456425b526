"""Autosave never drops an edit: a refused save is retried, typing is saved every second, and
closing with unsaved changes asks what to do with them."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy.exc import OperationalError

from ecoassess import answerfile, model
from ecoassess.storage import open_store
from ecoassess_app.ui import crash, unsaved
from tests.ui.conftest import type_thai

NOTE = "ตรวจนับวัตถุดิบทุกเดือน"


class FlakyStore:
    """The real store, except that `failures` calls of the named methods raise SQLite's
    "database is locked" first (another program holding the database, a network drive)."""

    def __init__(self, store: Any, failures: int, methods: tuple[str, ...] = ("save_answer",)) -> None:
        self._store = store
        self.failures = failures
        self.methods = methods
        self.refused: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._store, name)
        if name not in self.methods:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            if self.failures:
                self.failures -= 1
                self.refused.append((name, args, kwargs))
                raise OperationalError("UPDATE answer", {}, sqlite3.OperationalError("database is locked"))
            return real(*args, **kwargs)

        return call


def new_wizard(context: Any, page: str = "C01") -> Any:
    scheme = context.scheme
    aid = context.store.create_assessment(model.FactoryProfile(name_th="บริษัท ทดสอบบันทึก จำกัด"),
                                          scheme_id=scheme.id, scheme_version=scheme.version)
    window = context.open_wizard(aid)
    window.wizard.go_to(page)
    return window


def stored(context: Any, window: Any) -> model.Assessment:
    return context.store.get_assessment(window.session.id)


def no_dialog_shown() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_store_that_fails_once_keeps_the_click_and_retries_until_it_is_saved(context, qtbot):
    window = new_wizard(context)
    session = window.session
    flaky = FlakyStore(context.store, failures=1)
    session.store = flaky
    saved_signals: list[Any] = []
    session.saved.connect(saved_signals.append)
    window.wizard.pages["C01"].controls["inventory"].widget.click()  # a click: saved at once…
    assert len(flaky.refused) == 1  # … was tried at once, and refused
    assert session.has_pending()
    assert "inventory" not in stored(context, window).answers.get("C01", model.ItemAnswer("C01")).value
    label = window.saved_label.text()
    banner = window.save_banner.text()
    assert window.save_banner.isVisibleTo(window) and label.startswith("ยังไม่ได้บันทึก")
    assert banner.startswith("ยังไม่ได้บันทึก") and "ฐานข้อมูลถูกใช้งานอยู่" in banner  # Thai reason
    assert "บันทึกแล้ว" not in label and saved_signals == []
    assert no_dialog_shown()  # a banner, not a dialog
    qtbot.waitUntil(lambda: not session.has_pending(), timeout=5000)  # the retry after a second
    assert stored(context, window).answers["C01"].value["inventory"] is True
    assert len(saved_signals) == 1
    assert window.saved_label.text().startswith("บันทึกแล้ว") and not window.save_banner.isVisibleTo(window)


def test_a_failed_profile_save_is_kept_too(context, qtbot):
    window = new_wizard(context, "profile")
    session = window.session
    session.store = FlakyStore(context.store, failures=2, methods=("update_profile",))
    page = window.wizard.pages["profile"]
    page.province.setCurrentIndex(page.province.findData("ระยอง"))
    assert session.has_pending() and "ยังไม่ได้บันทึก" in window.saved_label.text()
    qtbot.waitUntil(lambda: not session.has_pending(), timeout=8000)  # 1 s, then 2 s back-off
    assert stored(context, window).profile.province == "ระยอง"
    assert session.failures == 0 and window.saved_label.text().startswith("บันทึกแล้ว")


def test_continuous_typing_is_saved_every_second_not_only_when_it_stops(context, qtbot):
    window = new_wizard(context)
    notes = window.wizard.pages["C01"].notes
    notes.setFocus()
    seen: list[tuple[float, str]] = []  # (seconds after the first keystroke, note in the database)
    start = time.monotonic()
    text = NOTE * 3
    for index, char in enumerate(text):
        type_thai(notes, char)
        qtbot.wait(40)  # a fast typist: never a pause long enough for a quiet-period save
        if index % 5 == 0:
            answer = stored(context, window).answers.get("C01")
            seen.append((time.monotonic() - start, answer.note if answer else ""))
    assert time.monotonic() - start > 2.5
    early = [note for elapsed, note in seen if elapsed < 1.8 and note]
    assert early, f"nothing saved in the first 1.8 s of typing: {seen[:12]}"
    saved_texts = {note for _t, note in seen if note}
    assert len(saved_texts) >= 2  # saved again while typing went on
    assert all(text.startswith(note) for note in saved_texts)


def test_leaving_a_field_saves_it_at_once(context, qtbot):
    window = new_wizard(context)
    page = window.wizard.pages["C01"]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    type_thai(page.notes, NOTE)
    assert window.session.has_pending()  # typing waits for the deadline …
    page.controls["target_achievement_pct"].widget.setFocus()  # … leaving the field does not
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=500)
    assert stored(context, window).answers["C01"].note == NOTE


@pytest.fixture
def refusing(context):
    """A wizard whose store refuses every answer from now on, with a typed note queued."""
    window = new_wizard(context)
    window.session.store = FlakyStore(context.store, failures=10**6)
    window.show()
    type_thai(window.wizard.pages["C01"].notes, NOTE)
    window.wizard.pages["C01"].controls["inventory"].widget.click()
    assert window.session.has_pending()
    yield window
    window.session.store = context.store  # let the fixture's own close save normally


def test_closing_with_unsaved_changes_asks_with_their_names(context, refusing, monkeypatch):
    asked: list[tuple[str, list[str]]] = []
    refusing.close_guard.ask = lambda reason, names: asked.append((reason, names)) or unsaved.KEEP
    monkeypatch.setattr(unsaved, "RETRY_PAUSE_S", 0.01)
    tries_before = len(refusing.session.store.refused)
    assert not refusing.close()  # kept open
    assert len(refusing.session.store.refused) - tries_before == unsaved.RETRIES_ON_CLOSE  # retried first
    reason, names = asked[0]
    assert "ฐานข้อมูลถูกใช้งานอยู่" in reason
    title = refusing.wizard.pages["C01"].side_title()
    assert sorted(names) == sorted([f"{title}: คำตอบ", f"{title}: บันทึกเพิ่มเติม"])
    assert refusing.isVisible() and context.windows[refusing.session.id] is refusing
    assert refusing.session.has_pending()  # nothing lost: still queued and retried


def test_close_and_lose_closes_without_the_changes(context, refusing, qtbot, monkeypatch):
    monkeypatch.setattr(unsaved, "RETRY_PAUSE_S", 0.01)
    refusing.close_guard.ask = lambda reason, names: unsaved.LOSE
    aid = refusing.session.id
    assert refusing.close()
    assert aid not in context.windows
    answer = context.store.get_assessment(aid).answers.get("C01")
    assert answer is None or answer.note == ""


def test_save_the_answers_to_a_file_writes_what_the_window_holds(context, refusing, tmp_path, monkeypatch):
    monkeypatch.setattr(unsaved, "RETRY_PAUSE_S", 0.01)
    target = tmp_path / "คำตอบ.json"
    refusing.close_guard.ask = lambda reason, names: unsaved.SAVE_FILE
    refusing.close_guard.choose_file = lambda: target
    aid = refusing.session.id
    assert refusing.close()
    assert aid not in context.windows
    back = answerfile.load_answer_file(target, context.scheme)
    assert back.criteria["C01"]["note"] == NOTE and back.criteria["C01"]["inventory"] is True
    assert back.profile.name_th == "บริษัท ทดสอบบันทึก จำกัด"


def test_a_file_in_the_data_folder_is_refused_and_the_question_comes_back(context, refusing, monkeypatch):
    monkeypatch.setattr(unsaved, "RETRY_PAUSE_S", 0.01)
    choices = iter([unsaved.SAVE_FILE, unsaved.KEEP])
    errors: list[str] = []
    refusing.close_guard.ask = lambda reason, names: next(choices)
    refusing.close_guard.choose_file = lambda: context.data_dir / "ecoassess.sqlite3"
    refusing.close_guard.show_error = errors.append
    assert not refusing.close()
    assert errors and "ecoassess.sqlite3" in errors[0]
    assert context.store.get_assessment(refusing.session.id).profile.name_th  # database intact


def test_the_real_question_offers_three_choices_in_thai(context, refusing, monkeypatch):
    monkeypatch.setattr(unsaved, "RETRY_PAUSE_S", 0.01)
    seen: list[list[str]] = []

    def answer_dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_dialog)
            return
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisible()]
        seen.append([b.text() for b in buttons])
        next(b for b in buttons if "เปิดหน้าต่างไว้" in b.text()).click()

    QTimer.singleShot(20, answer_dialog)
    assert not refusing.close()
    assert len(seen) == 1 and len(seen[0]) == 3
    joined = " | ".join(seen[0])
    assert "เปิดหน้าต่างไว้" in joined and "บันทึกคำตอบลงไฟล์" in joined and "ทิ้งการแก้ไข" in joined


def test_the_crash_dialog_names_what_is_not_saved_instead_of_promising(context, refusing, monkeypatch):
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(crash, "show_dialog", lambda what, path, not_saved=(): shown.append((what, list(not_saved))))
    crash._report("RuntimeError: boom")  # noqa: SLF001 - what the hook does on the GUI thread
    what, not_saved = shown[0]
    title = refusing.wizard.pages["C01"].side_title()
    assert f"{title}: บันทึกเพิ่มเติม" in not_saved
    text = crash.message_text(what, "/tmp/ecoassess.log", not_saved)
    assert "ยังไม่ได้บันทึก" in text and f"{title}: บันทึกเพิ่มเติม" in text
    assert "คำตอบของคุณปลอดภัย" not in text
    refusing.session.store = context.store
    shown.clear()
    crash._report("RuntimeError: boom")  # noqa: SLF001 - the store works again: all flushed
    assert shown == [("RuntimeError: boom", [])]
    assert "คำตอบของคุณปลอดภัย" in crash.message_text("RuntimeError: boom", "", [])
    assert context.store.get_assessment(refusing.session.id).answers["C01"].note == NOTE


def test_reopened_after_a_retry_the_answers_read_back(context, qtbot, tmp_path):
    """The edit reached the database itself: another reader sees it after the window closed."""
    window = new_wizard(context)
    window.session.store = FlakyStore(context.store, failures=1)
    type_thai(window.wizard.pages["C01"].notes, NOTE)
    qtbot.waitUntil(lambda: window.session.failures == 1, timeout=3000)
    qtbot.waitUntil(lambda: not window.session.has_pending(), timeout=5000)
    aid = window.session.id
    assert window.close()
    context.close()
    reader = open_store(context.data_dir, read_only=True)
    try:
        assert reader.get_assessment(aid).answers["C01"].note == NOTE
    finally:
        reader.close()


def test_no_dossier_is_built_without_the_changes_the_database_refused(context, refusing, tmp_path):
    window = refusing
    window.wizard.go_to("export")
    page = window.wizard.pages["export"]
    out = tmp_path / "dossier.pdf"
    page.output.setText(str(out))
    assert page.start_export() is None
    assert page.output_error.text().startswith("ยังไม่ได้ส่งออก") and "ฐานข้อมูลถูกใช้งานอยู่" in page.output_error.text()
    assert not out.exists()
