"""The self-test's Qt checks: Thai line breaks between words, ICU data, loaded translations."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from ecoassess_app.ui import selftest_ui


def test_qt_breaks_the_sample_only_between_words(qapp):
    detail = selftest_ui.thai_wrap_check(qapp.font())
    assert detail.startswith("Thai wraps between words (")


def test_qt_has_thai_collation_and_time_zone_names(qapp):
    assert selftest_ui.icu_check() == "Thai collation and locale data present"


def test_english_buttons_in_thai_mean_the_translation_is_missing(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    QPushButton("New assessment", window)
    with pytest.raises(RuntimeError, match="Thai translation is not loaded"):
        selftest_ui._check_translated(window, "th")
    selftest_ui._check_translated(window, "en")
    QPushButton("ประเมินใหม่", window)
    selftest_ui._check_translated(window, "th")


def test_no_display_means_offscreen(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(selftest_ui.sys, "platform", "linux")
    assert selftest_ui.needs_offscreen()
    monkeypatch.setenv("DISPLAY", ":0")
    assert not selftest_ui.needs_offscreen()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert not selftest_ui.needs_offscreen()
