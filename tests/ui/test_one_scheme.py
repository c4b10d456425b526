"""One answer to "what is my score": a stored assessment on an imported scheme version 2027.1
(target 90 %) scores the same in the wizard, `score`, the dossier, spreadsheets, packages and the
workshop; an assessment whose version is missing says so and can be mapped; the wizard shows
the core's rules (ladder rules, the era of a typed year)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml

from ecoassess import model
from ecoassess.scheme import import_scheme, scheme_for_assessment
from ecoassess.scheme.loader import SHIPPED
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store

ROOT = Path(__file__).resolve().parents[2]


def scheme_2027(folder: Path, target: float = 90) -> Path:
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    raw["version"] = "2027.1"
    raw["settings"]["target_percent"]["value"] = target
    path = folder / "eco-factory-2027.1.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def seed(store, version: str) -> str:
    """A large factory, prerequisites met, 55 of 70 points (78.57 %): ready on a 70 % target, not
    on 90 %, so the scheme version decides the verdict."""
    profile = model.FactoryProfile(name_th="โรงงานหนึ่งคำตอบ", annual_revenue_baht=8e8)
    aid = store.create_assessment(profile, scheme_id="eco-factory", scheme_version=version,
                                  planned_audit_date=date(2027, 3, 1))
    store.save_answer(aid, "G1", value={"met": True}, status="done")
    store.save_answer(aid, "G3", value={"met": True}, status="done")
    store.save_answer(aid, "G4", value={"met": True}, status="done")
    store.save_answer(aid, "G2", value={"ems_route": "iso14001",
                                        "certificate_valid_until": "2028-12-31"}, status="done")
    for cid in ("C07", "C08", "C09", "C12", "C13"):
        store.save_answer(aid, cid, value={f"l{n}": True for n in range(1, 6)}, status="done")
    for cid in ("C01", "C02", "C03", "C04", "C05", "C06"):
        store.save_answer(aid, cid, value={"inventory": True, "target_achievement_pct": 100,
                                           "advanced": ["a"] if cid != "C06" else []},
                          status="done")
    store.save_answer(aid, "C11", value={"baseline_met": True}, status="done")
    return aid


def outcome(result) -> tuple:
    return (result.scheme_version, result.total, result.max, result.percent,
            result.verdict.status, result.verdict.target_percent)


def test_one_assessment_one_result_everywhere(context, qtbot, tmp_path, monkeypatch):
    import_scheme(scheme_2027(tmp_path), context.data_dir)
    aid = seed(context.store, "2027.1")
    # the wizard (its session scores what every page shows)
    window = context.open_wizard(aid)
    expected = outcome(window.session.result())
    assert expected == ("2027.1", 55, 70, 78.57, "not_yet", 90.0)
    window.wizard.go_to("review")
    assert window.wizard.pages["review"].target.value() == 90
    assert not window.scheme_banner.isVisible()
    # the command line, on the same data folder while the app holds it (a reader)
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(context.data_dir),
                          "score", aid, "--json"], capture_output=True, text=True, timeout=120)
    data = json.loads(run.stdout)
    assert (data["scheme_version"], data["total"], data["max"], data["percent"],
            data["verdict"]["status"], data["verdict"]["target_percent"]) == expected
    # the dossier: the export page's job scores with the session's scheme
    from ecoassess.dossier import export as dossier_export
    from ecoassess_app.ui.pages.export import build_dossier_job

    seen = {}
    monkeypatch.setattr(dossier_export, "build_dossier",
                        lambda a, s, result, *args, **kw: seen.setdefault("r", result) and Path("x"))
    build_dossier_job(window.session.store, window.session.scheme, aid, "th", tmp_path / "d.pdf",
                      False)(lambda *_: None)
    assert outcome(seen["r"]) == expected
    # spreadsheets
    from ecoassess.spreadsheet import export_assessments

    sheet = export_assessments(context.store, [aid], tmp_path / "sheet.csv", "en")
    with sheet.open(encoding="utf-8-sig") as fh:
        points = [int(r["Points"]) for r in csv.DictReader(fh) if r["Points"]]
    assert sum(points) == expected[1]
    # the workshop's class overview
    from ecoassess.workshop import class_overview

    row = class_overview(context.store, "en", ids=[aid]).rows[0]
    assert (row.total, row.max, row.percent, row.verdict) == expected[1:5]
    # a package, opened in another data folder that has the same version
    from ecoassess.package import pack_assessment, unpack_package

    package = pack_assessment(context.store, aid, tmp_path / "one.ecoassess")
    other_dir = tmp_path / "other"
    import_scheme(scheme_2027(tmp_path), other_dir)
    with open_store(other_dir) as other:
        imported = other.get_assessment(unpack_package(other, package).assessment_id)
        scheme = scheme_for_assessment(imported, other_dir)
        assert outcome(evaluate_assessment(scheme, imported)) == expected


def test_a_missing_version_shows_a_banner_and_maps_on_request(context, qtbot, monkeypatch):
    aid = seed(context.store, "2025.9")  # made on a version this computer does not have
    context.store.save_answer(aid, "C99", value={"x": True})
    window = context.open_wizard(aid)
    banner = window.scheme_banner
    assert banner.isVisibleTo(window)
    assert "2025.9" in banner.text.text() and context.scheme.version in banner.text.text()
    asked = []

    def answer_yes(box):
        asked.append(box.text())
        assert box.defaultButton() is box.cancel_button  # answers may go: Cancel is the default
        return True

    monkeypatch.setattr("ecoassess_app.ui.dialogs.run_confirm", answer_yes)
    banner.button.click()
    assert "C99" in asked[0]  # what has no place is listed before anything is dropped
    stored = context.store.get_assessment(aid)
    assert stored.scheme_version == context.scheme.version and "C99" not in stored.answers
    again = context.windows[aid]
    assert again is not window and not again.scheme_banner.isVisibleTo(again)


def test_new_assessments_use_the_newest_valid_scheme(home, context, tmp_path):
    from ecoassess_app.ui.home_dialogs import NewAssessment

    import_scheme(scheme_2027(tmp_path), context.data_dir)
    home.ask_new = lambda year: NewAssessment("โรงงานใหม่", "", year)  # the name asked first
    window = home.new_assessment()
    assert window.session.assessment.scheme_version == "2027.1"
    assert window.session.scheme.version == "2027.1"


def test_ladder_rules_are_shown_where_they_apply(context, qtbot):
    from tests.ui.conftest import open_new

    window = open_new(context, qtbot)
    window.wizard.go_to("C01")
    c01 = window.wizard.pages["C01"]
    assert "ระดับที่สูงขึ้นจะนับได้ต่อเมื่อผ่านระดับที่ต่ำกว่าครบทุกระดับแล้ว" in c01.points_rules.text()
    assert "ไม่ทำให้คะแนนเพิ่มขึ้น" in c01.rule_labels["S3"].text()
    assert "ทศนิยม 2 ตำแหน่ง" in c01.rule_labels["S2"].text()
    assert c01.controls["target_achievement_pct"].widget.maximum() == 10_000
    window.wizard.go_to("C14")
    c14 = window.wizard.pages["C14"]
    assert c14.points_rules.text().startswith("• ได้คะแนนเท่ากับระดับสูงสุดที่ผ่าน")
    assert "คุณภาพสิ่งแวดล้อมและสารเคมี" in c14.level_titles["L3"].text()


def test_a_year_typed_in_the_other_era_is_converted_and_said(context, qtbot, tmp_path):
    from tests.ui.conftest import open_new

    window = open_new(context, qtbot)
    window.resize(1280, 800)
    window.show()
    window.wizard.go_to("profile")
    page = window.wizard.pages["profile"]
    field = page.audit_date
    field.edit.setText("30/06/2028")  # a CE year in the Thai (B.E.) field
    field.edit.textEdited.emit(field.edit.text())
    field.edit.editingFinished.emit()
    assert context.store.get_assessment(window.session.id).planned_audit_date == date(2028, 6, 30)
    assert field.era_note.isVisible() and "พ.ศ. 2571" in field.era_note.text()
    assert field.edit.text() == "30/06/2571"
    page.scroll_area.ensureWidgetVisible(field)
    window.grab().save(str(tmp_path / "era-note-th.png"))
    context.set_language("en")
    field.edit.setText("31/12/2572")  # a Buddhist-Era year in the English (CE) field
    field.edit.textEdited.emit(field.edit.text())
    field.edit.editingFinished.emit()
    assert context.store.get_assessment(window.session.id).planned_audit_date == date(2029, 12, 31)
    assert field.era_note.text() == "2572 is a Buddhist-Era year: taken as 2029 (Common Era)"
    field.edit.setText("31/12/2300")  # neither era: not a date, nothing saved
    field.edit.textEdited.emit(field.edit.text())
    field.edit.editingFinished.emit()
    assert context.store.get_assessment(window.session.id).planned_audit_date == date(2029, 12, 31)
    context.set_language("th")
