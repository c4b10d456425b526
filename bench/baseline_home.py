"""The bare baseline of the home window: a QMainWindow with a QTableWidget of the same rows, read
with sqlite3 after the first paint; then a bare loop that bulk-loads every assessment (one query
per table) and scores it with ecoassess.scoring, filling the readiness column. It reports through
the app's own probe (ecoassess_app/ui/probe.py), so both arms are timed alike.

Usage: baseline_home.py DATABASE [SCORES.json]  (the second writes the percentages it computed,
for the benchmark to check they are the app's).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ecoassess_app.ui import probe  # noqa: E402

HEADERS = ["Factory", "Scheme version", "Last edited", "Readiness", "Status"]
READINESS = HEADERS.index("Readiness")
LIST_SQL = """SELECT a.id, f.name_en, a.scheme_version, a.updated_at, a.status FROM assessment a
JOIN factory f ON f.id = a.factory_id ORDER BY a.updated_at DESC, a.id"""


class Bare(QMainWindow):
    def __init__(self, database: Path, scores_out: Path | None) -> None:
        super().__init__()
        self.database, self.scores_out = database, scores_out
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.setCentralWidget(self.table)
        self.resize(1100, 640)
        self.ids: list[str] = []
        self.painted = False

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - as the app: fill after the first paint
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.fill)

    def fill(self) -> None:
        conn = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
        rows = conn.execute(LIST_SQL).fetchall()
        conn.close()
        self.table.setRowCount(len(rows))
        for r, (ident, name, version, updated, status) in enumerate(rows):
            self.ids.append(ident)
            for c, text in enumerate((name, version, updated[:16], "—", status)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        QTimer.singleShot(0, self.readiness)

    def readiness(self) -> None:
        percents = score_all(self.database)
        for r, ident in enumerate(self.ids):
            self.table.setItem(r, READINESS, QTableWidgetItem(f"{percents[ident]:.2f} %"))
        if self.scores_out:
            self.scores_out.write_text(json.dumps(percents), encoding="utf-8")


def score_all(database: Path) -> dict[str, float]:
    """Bulk-load every assessment with one query per table and score it."""
    from datetime import date

    from ecoassess import model
    from ecoassess.scheme import load_scheme
    from ecoassess.scoring import evaluate

    scheme = load_scheme()
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    profile_fields = set(model.FactoryProfile.__dataclass_fields__) - {"contacts", "certifications"}
    factories = {}
    for row in conn.execute("SELECT * FROM factory"):
        values = {k: row[k] for k in row.keys() if k in profile_fields}  # noqa: SIM118 - a Row iterates values
        values["contacts"] = [model.Contact(**c) for c in json.loads(row["contacts"] or "[]")]
        values["certifications"] = [
            model.Certification(kind=c.get("kind", ""), detail=c.get("detail", ""),
                                valid_until=date.fromisoformat(c["valid_until"]) if c.get("valid_until") else None)
            for c in json.loads(row["certifications"] or "[]")]
        factories[row["id"]] = model.FactoryProfile(**values)
    answers: dict[str, dict[str, model.ItemAnswer]] = defaultdict(dict)
    for row in conn.execute("SELECT assessment_id, item_id, value, status, not_applicable, "
                            "justification, note FROM answer"):
        answers[row[0]][row[1]] = model.ItemAnswer(
            item_id=row[1], value=json.loads(row[2] or "{}"), status=model.WorkflowStatus(row[3]),
            not_applicable=bool(row[4]), justification=row[5], note=row[6])
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for ident, item, n in conn.execute(
            "SELECT e.assessment_id, l.item_id, count(*) FROM evidence e JOIN evidence_link l "
            "ON l.evidence_id = e.id GROUP BY e.assessment_id, l.item_id"):
        counts[ident][item] = n
    percents = {}
    for row in conn.execute("SELECT id, factory_id, planned_audit_date, settings FROM assessment"):
        audit = date.fromisoformat(row[2]) if row[2] else None
        result = evaluate(scheme, factories[row[1]], audit, answers[row[0]], counts[row[0]],
                          json.loads(row[3] or "{}"))
        percents[row[0]] = result.percent
    conn.close()
    return percents


def main() -> int:
    app = QApplication([sys.argv[0]])
    probe.install(app)
    window = Bare(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
