"""Help menu: the guide in the officer's language, diagnostics for support, About and licences."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ecoassess import __version__

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "ecoassess_app" / "translations"
sys.path.insert(0, str(ROOT / "tools"))


def test_about_shows_the_source_version_even_frozen_and_opens_the_licences(home, monkeypatch):
    import importlib.metadata

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the bundle has no .dist-info
    monkeypatch.setattr(importlib.metadata, "version", missing)
    home.context.set_language("en")
    about = home.help.about()
    assert f"ecoassess {__version__}: Eco Factory readiness" in about.label.text()
    assert str(home.context.data_dir) in about.label.text()
    about.notices_button.click()
    viewer = home.help.dialogs[-1]
    notices = viewer.browser.toPlainText()
    assert viewer.windowTitle() == "Licences and third-party notices"
    assert "PySide6_Essentials" in notices and "LGPL-3.0-only" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "SIL OPEN FONT LICENSE" in notices


def test_the_frozen_app_shows_the_notices_its_build_wrote(home, monkeypatch, tmp_path):
    from ecoassess import licences

    shipped = tmp_path / "THIRD-PARTY-NOTICES.txt"
    shipped.write_text("ecoassess 9.9.9: third-party notices\nbuilt list", encoding="utf-8")
    monkeypatch.setattr(licences, "shipped_notices", lambda: shipped)
    viewer = home.help.show_notices()
    assert viewer.browser.toPlainText().endswith("built list")


def test_the_guide_opens_in_the_language_the_app_shows(home):
    home.context.set_language("th")
    assert home.help.actions["guide"].text() == "คู่มือการใช้งาน (&G)"
    thai = home.help.show_guide()
    assert thai.windowTitle() == "คู่มือการใช้งาน"
    text = thai.browser.toPlainText().replace("\u200b", "")
    assert text.startswith("คู่มือการใช้งาน ecoassess") and "บันทึกข้อมูลวินิจฉัยสำหรับผู้ดูแล" in text
    home.context.set_language("en")
    english = home.help.show_guide()
    assert english.browser.toPlainText().startswith("ecoassess user guide")
    assert home.help.actions["guide"].shortcut().toString() == "F1"


def _label(text: str) -> str:
    """A UI string as the guide quotes it: no accelerator, no trailing "…" or arrows."""
    text = re.sub(r"\s*\(&\w\)", "", text).replace("&", "")
    return text.strip(" <>").removesuffix("…").strip()


def test_every_button_the_guide_names_exists_in_the_app_in_that_language():
    from update_translations import messages

    rows = messages(TRANSLATIONS / "ecoassess_th.ts")
    known = {"en": {_label(source) for _c, source, _t, _k in rows},
             "th": {_label(thai) for _c, _s, thai, _k in rows}}
    for lang in ("th", "en"):
        guide = (ROOT / "ecoassess" / "resources" / "guide" / f"guide-{lang}.md").read_text("utf-8")
        quoted = {_label(q) for q in re.findall(r"\*\*(.+?)\*\*", guide)}
        assert len(quoted) > 40
        assert quoted - known[lang] == set(), f"guide-{lang}.md names labels the app lacks"
    th = (ROOT / "ecoassess/resources/guide/guide-th.md").read_text("utf-8")
    en = (ROOT / "ecoassess/resources/guide/guide-en.md").read_text("utf-8")
    assert len(re.findall(r"^#+ ", th, re.M)) == len(re.findall(r"^#+ ", en, re.M))


def test_an_officer_saves_diagnostics_for_support(home, tmp_path):
    from ecoassess.demo import create_demo

    create_demo(home.context.store)
    home.context.set_language("th")
    target = tmp_path / "support" / "diag.txt"
    target.parent.mkdir()
    home.help.choose_save = lambda suggested: target
    assert home.help.save_diagnostics() == target
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("ecoassess diagnostics")
    assert __version__ in text and str(home.context.data_dir) in text
    assert "platform offscreen" in text and "ui language                 th" in text
    assert str(target) in home.statusBar().currentMessage()
    errors = []
    home.help.show_error = lambda title, text: errors.append((title, text))
    home.help.choose_save = lambda suggested: home.context.data_dir / "ecoassess.sqlite3"
    assert home.help.save_diagnostics() is None
    assert errors and errors[0][0] == "บันทึกข้อมูลวินิจฉัยไม่สำเร็จ"
    assert "โฟลเดอร์ข้อมูล" in errors[0][1] or "ข้อมูล" in errors[0][1]
    home.help.choose_save = lambda suggested: None  # cancelled: nothing written, nothing said
    assert home.help.save_diagnostics() is None and len(errors) == 1


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_committed_qm_files_are_compiled_from_the_committed_ts(tmp_path, lang):
    from update_translations import compile_qm

    ts = TRANSLATIONS / f"ecoassess_{lang}.ts"
    fresh = compile_qm(ts, tmp_path / f"ecoassess_{lang}.qm")
    committed = TRANSLATIONS / f"ecoassess_{lang}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), \
        "run `make translations` (tools/update_translations.py) and commit the .qm files"


def test_lrelease_output_is_repeatable(tmp_path):
    from update_translations import lrelease_tool

    ts = TRANSLATIONS / "ecoassess_th.ts"
    outputs = []
    for name in ("a.qm", "b.qm"):
        subprocess.run([str(lrelease_tool()), "-silent", str(ts), "-qm", str(tmp_path / name)],
                       check=True)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
