"""The history of an assessment with 100,000 rows: opened from the home window's History button
until the dialog has painted, against a bare QDialog whose QTableView shows the same rows (read
with sqlite3) through a minimal QAbstractTableModel. Interleaved in one process; a first opening
slower than the budget is reported once and not repeated.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, interleave, parse_args, ratio_line  # noqa: E402

ROWS = 100_000
TARGET = 2.0


def grow_history(db: Path, assessment_id: str, rows: int) -> int:
    """Copy the assessment's real history rows (whatever columns the table has) until it holds
    `rows` of them; returns the count."""
    conn = sqlite3.connect(db)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(history)") if r[1] != "id"]
    names = ", ".join(columns)
    with conn:
        while conn.execute("SELECT count(*) FROM history WHERE assessment_id = ?",
                           (assessment_id,)).fetchone()[0] < rows:
            conn.execute(f"INSERT INTO history ({names}) SELECT {names} FROM history "  # noqa: S608
                         "WHERE assessment_id = ? ORDER BY id", (assessment_id,))
        conn.execute("DELETE FROM history WHERE assessment_id = ? AND id NOT IN (SELECT id FROM history "
                     "WHERE assessment_id = ? ORDER BY id LIMIT ?)", (assessment_id, assessment_id, rows))
    count = conn.execute("SELECT count(*) FROM history WHERE assessment_id = ?", (assessment_id,)).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return count


def prepare(data: Path) -> str:
    """The demo, edited a few hundred times (real history rows), then grown to ROWS."""
    from ecoassess.demo import create_demo
    from ecoassess.storage import open_store

    with open_store(data) as store:
        aid = create_demo(store)
        for i in range(200):
            store.save_answer(aid, f"C{i % 14 + 1:02d}", note=f"ปรับปรุงบันทึกครั้งที่ {i}")
    grow_history(data / "ecoassess.sqlite3", aid, ROWS)
    return aid


class Painted:
    """Notes the first paint of any widget inside a dialog."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QDialog

        outer = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and hasattr(watched, "window") \
                        and isinstance(watched.window(), QDialog):
                    outer.seen = True
                return False

        self.seen = False
        self.filter = Filter()
        app.installEventFilter(self.filter)

    def wait(self, app: Any) -> None:
        self.seen = False
        while not self.seen:
            app.processEvents()
        app.processEvents()


def bare_dialog(db: Path, assessment_id: str) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QDialog, QTableView, QVBoxLayout

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
            return 0 if parent.isValid() else 4

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT item_id || ' · ' || field, old_value, new_value, changed_at FROM history "
                        "WHERE assessment_id = ? ORDER BY id DESC", (assessment_id,)).fetchall()
    conn.close()
    dialog = QDialog()
    view = QTableView(dialog)
    view.setModel(Model(rows))
    QVBoxLayout(dialog).addWidget(view)
    dialog.resize(900, 520)
    dialog.open()
    return dialog


def main() -> int:
    args = parse_args(__doc__)
    rounds, budget = (2, 15.0) if args.quick else (3, 20.0)
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ecoassess_app.ui.app import create_context
    from ecoassess_app.ui.home import HomeWindow

    qInstallMessageHandler(lambda _mode, _ctx, text: None if "does not support" in text
                           else sys.stderr.write(text + "\n"))
    app = QApplication.instance() or QApplication([])
    painted = Painted(app)
    with tempfile.TemporaryDirectory(prefix="bench-history-") as name:
        data = Path(name) / "data"
        aid = prepare(data)
        context = create_context(app, ["--data-dir", str(data), "--ui-lang", "en"])
        home = HomeWindow(context)
        context.home = home
        home.show()
        home.reload()
        app.processEvents()

        def ours() -> float:
            start = time.perf_counter()
            dialog = home.show_history()
            painted.wait(app)
            seconds = time.perf_counter() - start
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            return seconds

        def bare() -> float:
            start = time.perf_counter()
            dialog = bare_dialog(data / "ecoassess.sqlite3", aid)
            painted.wait(app)
            seconds = time.perf_counter() - start
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
            return seconds

        bare()  # warm-up of the bare arm (the app's first opening is its own measure)
        times = interleave(rounds, {"ours": ours, "bare": bare}, budget={"ours": budget, "bare": budget})
        home.close()
        context.close()
    header(f"history dialog with {ROWS:,} rows, from the home window's History button to painted",
           args.quick)
    print(ratio_line("history dialog vs bare table view", times["ours"], times["bare"], target=TARGET,
                     names=("history", "bare")))
    if len(times["ours"]) < len(times["bare"]):
        print(f"    the first opening took over {budget:.0f} s: not repeated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
