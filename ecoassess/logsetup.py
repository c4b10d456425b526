"""Rotating file log: the platform log folder, or <data>/logs for a chosen (explicit, portable) data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from ecoassess import paths

LOG_FILE_NAME = "ecoassess.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
_HANDLER_MARK = "_ecoassess_file_log"


def log_folder(data_dir: Path | None = None) -> Path:
    """Where the log goes.

    The data folder's own `logs/` when a folder other than the platform default was chosen
    (--data-dir, ECOASSESS_HOME, the portable flag): a test or a USB-stick install never writes
    to the user's platform log folder. Otherwise platformdirs' user log folder.
    """
    import platformdirs

    if data_dir is not None:
        default = Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR)).resolve()
        if Path(data_dir).resolve() != default:
            return Path(data_dir) / "logs"
    return Path(platformdirs.user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))


def current_log_file() -> Path | None:
    """The file the installed handler writes to, or None before `setup_logging`."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_MARK, False):
            return Path(handler.baseFilename)  # type: ignore[attr-defined]
    return None


def setup_logging(data_dir: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Install one rotating file handler on the root logger; returns the log file.

    Calling it again moves the log (e.g. once the data folder is known). When the folder cannot
    be created (read-only home), logging stays off rather than stopping the app: returns None.
    """
    folder = log_folder(data_dir)
    target = folder / LOG_FILE_NAME
    root = logging.getLogger()
    current = current_log_file()
    if current == target:
        return target
    from logging.handlers import RotatingFileHandler  # socket, pickle…: loaded only when needed

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    except OSError:
        return None
    setattr(handler, _HANDLER_MARK, True)
    handler.setFormatter(logging.Formatter(FORMAT))
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return target


def remove_logging() -> None:
    """Detach and close the file handler (tests, and the self-test's temporary folder)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
        old.close()
