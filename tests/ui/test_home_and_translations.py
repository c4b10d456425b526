"""Home window (next year, delete, readiness), remembered language, presentation mode, .ts files."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ecoassess import model
from ecoassess.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))


def test_home_lists_demo_with_readiness_and_copies_forward(context, home):
    demo_id = create_demo(context.store)
    home.reload()
    home.compute_readiness()
    from ecoassess_app.ui.home import COL_READINESS, COL_YEAR

    assert home.model.rowCount() == 1
    assert home.model.text(0, COL_READINESS).endswith("%")
    asked = []
    home.ask_year = lambda name, year: asked.append((name, year)) or year + 1
    window = home.next_year()
    assert asked == [("บริษัท สยามพลาสติกรักษ์โลก จำกัด (โรงงานสาธิต)", 2026)]
    years = sorted(home.model.text(r, COL_YEAR) for r in range(home.model.rowCount()))
    assert years == ["2569", "2570 (ต่อจากปี 2569)"]  # the copy stands apart, in Buddhist Era
    assert "2570" in window.windowTitle() and "2569" in window.windowTitle()
    new_id = window.session.id
    assert new_id != demo_id
    copied = context.store.get_assessment(new_id)
    source = context.store.get_assessment(demo_id)
    assert copied.carried_from == demo_id
    assert copied.answers.keys() == source.answers.keys()
    assert {a.status for a in copied.answers.values()} == {model.WorkflowStatus.CARRIED_OVER}
    assert copied.answers["C01"].value == source.answers["C01"].value
    assert len(copied.evidence) == len(source.evidence)
    window.wizard.go_to("C01")
    page = window.wizard.pages["C01"]
    assert page.carried_label.isVisibleTo(page)
    assert window.session.answer("G1").status == model.WorkflowStatus.CARRIED_OVER  # jumped past
    window.wizard.next()
    assert window.session.answer("C01").status == model.WorkflowStatus.DONE  # confirmed by Next


def test_delete_asks_first_and_keeps_a_backup(context, home):
    create_demo(context.store)
    home.reload()
    home.ask = lambda _box: False
    assert home.delete_selected() is False
    assert len(context.store.list_assessments()) == 1
    home.ask = lambda _box: True
    assert home.delete_selected() is True
    assert context.store.list_assessments() == []
    assert list((context.data_dir / "backups").glob("before-delete-*"))


def test_the_delete_questions_read_in_thai(context, home):
    """The commands live in home_commands.HomeCommands: their texts still come out in Thai."""
    demo_id = create_demo(context.store)
    home.reload()
    summary = home.summary(demo_id)
    box = home.delete_question(summary)
    assert box.windowTitle() == "ลบแบบประเมิน"
    assert "สยามพลาสติกรักษ์โลก" in box.text() and "2569" in box.text() and "Delete" not in box.text()
    assert box.action_button.text() == "ลบ" and box.cancel_button.text() == "ยกเลิก"
    question = home.close_question(summary)
    assert "2569" in question.text() and "window" not in question.text()
    assert question.no_button.text() == "ยกเลิก"


def test_new_assessment_opens_the_wizard_at_the_welcome_page(context, home):
    from ecoassess_app.ui.home_dialogs import NewAssessment

    home.ask_new = lambda _year: None  # cancelled: nothing is created
    assert home.new_assessment() is None and context.store.list_assessments() == []
    home.ask_new = lambda year: NewAssessment("โรงงานน้ำใส", "", year)
    window = home.new_assessment()
    [row] = context.store.list_assessments()
    from ecoassess.asof import as_of_date

    assert row.factory_th == "โรงงานน้ำใส" and row.assessment_year == as_of_date().year
    assert window.wizard.current_key() == "welcome"
    assert context.scheme.version in window.wizard.pages["welcome"].scheme_label.text()
    assert "ร่าง" in window.wizard.pages["welcome"].draft_note.text() or "draft" in window.wizard.pages["welcome"].draft_note.text()


def test_language_is_remembered_in_the_data_folder(qapp, data_dir):
    from ecoassess_app.ui.app import create_context

    first = create_context(qapp, ["--data-dir", str(data_dir), "--ui-lang", "th"])
    first.set_language("en")
    first.close()
    first.languages.uninstall()
    second = create_context(qapp, ["--data-dir", str(data_dir)])
    try:
        assert second.language == "en"
    finally:
        second.close()
        second.languages.uninstall()


def test_presentation_mode_makes_text_larger(context, qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    from ecoassess_app.ui.fonts import emphasise

    heading = QLabel("หัวข้อ")
    qtbot.addWidget(heading)
    emphasise(heading, 1.4)
    normal, normal_heading = qapp.font().pointSize(), heading.font().pointSizeF()
    context.set_presentation(True)
    assert qapp.font().pointSize() > normal
    assert heading.font().pointSizeF() > normal_heading and heading.font().bold()
    assert context.prefs.presentation() is True
    context.set_presentation(False)
    assert qapp.font().pointSize() == normal
    assert heading.font().pointSizeF() == normal_heading


def test_translation_sources_are_up_to_date_and_finished(tmp_path):
    from update_translations import messages, run_lupdate

    committed = {lang: ROOT / "ecoassess_app" / "translations" / f"ecoassess_{lang}.ts" for lang in ("th", "en")}
    fresh = {}
    for lang, path in committed.items():
        fresh[lang] = tmp_path / path.name
        shutil.copy(path, fresh[lang])
    run_lupdate(list(fresh.values()))
    for lang in ("th", "en"):
        before = {(c, s) for c, s, _t, _k in messages(committed[lang])}
        after = {(c, s) for c, s, _t, _k in messages(fresh[lang])}
        assert after == before, f"{lang}: run tools/update_translations.py (new: {sorted(after - before)[:5]})"
        unfinished = [(c, s) for c, s, t, k in messages(committed[lang]) if k or not t]
        assert unfinished == [], f"{lang}: unfinished entries {unfinished[:5]}"


def test_an_unreadable_answer_is_reported_not_crashed_on(context, monkeypatch):
    from ecoassess_app.ui import dialogs

    scheme = context.scheme
    bad = context.store.create_assessment(model.FactoryProfile(name_th="โรงงานทดสอบ"), scheme_id=scheme.id,
                                          scheme_version=scheme.version)
    context.store.save_answer(bad, "C01", value={"target_achievement_pct": "มาก"})
    shown = []
    monkeypatch.setattr(dialogs, "warn", lambda *args: shown.append(args[1:]))
    assert context.open_wizard(bad) is None
    assert shown and shown[0][0] == "เปิดแบบประเมินไม่ได้"
    assert bad not in context.windows
