"""The self-test's own logic: it names the failing step, and checks Thai names in the PDF text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecoassess import logsetup, selftest


def test_thai_names_are_found_across_line_breaks():
    text = "หมวด 1\nการจัดการ\nพลังงาน อย่างมี ประสิทธิภาพ\nอื่น ๆ"
    found, missing = selftest.thai_names_found(
        text, ["การจัดการพลังงานอย่างมีประสิทธิภาพ", "การจัดการของเสีย"])
    assert found == ["การจัดการพลังงานอย่างมีประสิทธิภาพ"]
    assert missing == ["การจัดการของเสีย"]


def test_a_failing_step_gives_exit_1_and_its_reason_on_stderr(tmp_path, capsys):
    def broken_windows(data_dir: Path, lang: str) -> str:
        raise selftest.SelfTestFailure("no home window")

    code = selftest.run(broken_windows, keep=tmp_path / "data")
    out, err = capsys.readouterr()
    assert code == selftest.EXIT_FAIL
    assert err.strip() == "self-test failed at windows: no home window"
    assert "ok   migrations" in out and "ok   demo assessment" in out
    assert "self-test passed" not in out
    log_text = (tmp_path / "data" / "logs" / logsetup.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "self-test failed at windows: no home window" in log_text
    assert logsetup.current_log_file() is None  # the handler is gone with the temporary folder


def test_an_unexpected_error_is_reported_by_type_and_message(tmp_path, capsys):
    def crashing_windows(data_dir: Path, lang: str) -> str:
        raise KeyError("product_value")

    assert selftest.run(crashing_windows, keep=tmp_path / "data") == selftest.EXIT_FAIL
    assert "self-test failed at windows: KeyError: 'product_value'" in capsys.readouterr().err


def test_missing_thai_text_in_the_pdf_fails(tmp_path, capsys, monkeypatch):
    pdf = tmp_path / "fake.pdf"
    pdf.write_bytes(b"%PDF-1.4")

    def fake_dossier(self) -> str:
        self.pdf = pdf
        return "skipped"

    monkeypatch.setattr(selftest.SelfTest, "dossier", fake_dossier)
    monkeypatch.setattr(selftest, "extract_text", lambda _pdf: "ตัวอักษรที่ไม่ใช่ชื่อเกณฑ์")
    assert selftest.run(None, keep=tmp_path / "data") == selftest.EXIT_FAIL
    err = capsys.readouterr().err
    assert err.startswith("self-test failed at dossier text: only 0 of 14 Thai criterion names")


@pytest.mark.slow
def test_every_core_step_passes_without_windows(tmp_path, capsys):
    assert selftest.run(None, keep=tmp_path / "data") == selftest.EXIT_OK
    out = capsys.readouterr().out
    assert "ok   dossier text     14 of 14 Thai criterion names extract exactly" in out
    assert out.rstrip().splitlines()[-1].startswith("self-test passed in ")
