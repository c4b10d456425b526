"""The rotating file log: where it goes, that it rotates, and that tests never touch the real one."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ecoassess import logsetup


@pytest.fixture(autouse=True)
def _no_handler_left():
    yield
    logsetup.remove_logging()


def test_an_explicit_data_folder_keeps_its_log_inside(tmp_path):
    log_file = logsetup.setup_logging(tmp_path / "data")
    assert log_file == tmp_path / "data" / "logs" / logsetup.LOG_FILE_NAME
    logging.getLogger("ecoassess.test").warning("วันที่ประเมิน written")
    assert "วันที่ประเมิน written" in log_file.read_text(encoding="utf-8")
    assert logsetup.current_log_file() == log_file


def test_the_platform_data_folder_logs_to_the_platform_log_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv("ECOASSESS_HOME", raising=False)
    default_data = Path(platformdirs.user_data_dir("ecoassess", "ecoassess"))
    assert logsetup.log_folder(default_data) == logsetup.log_folder(None)
    assert logsetup.log_folder(default_data) != default_data / "logs"


def test_the_default_is_the_platform_log_folder(monkeypatch):
    # conftest points XDG_STATE_HOME and HOME at a temporary folder: never the real one.
    monkeypatch.delenv("ECOASSESS_HOME", raising=False)
    folder = logsetup.log_folder(None)
    assert Path.home() in folder.parents
    assert "ecoassess" in folder.parts


def test_calling_again_moves_the_log_without_duplicating_handlers(tmp_path):
    first = logsetup.setup_logging(tmp_path / "a")
    second = logsetup.setup_logging(tmp_path / "b")
    assert first != second
    marked = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)
              and Path(h.baseFilename) in (first, second)]
    assert [Path(h.baseFilename) for h in marked] == [second]


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2_000)
    log_file = logsetup.setup_logging(tmp_path / "data")
    for i in range(200):
        logging.getLogger("ecoassess.test").warning("line %d of the rotation test", i)
    assert log_file.with_name(logsetup.LOG_FILE_NAME + ".1").exists()
    assert log_file.stat().st_size <= 2_000


def test_an_unwritable_folder_leaves_logging_off(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert logsetup.setup_logging(blocker / "data") is None
    assert logsetup.current_log_file() is None
