"""Autosave: one answer saved (Store.save_answer, one committed transaction) into an assessment
holding 1k, 10k and 100k answers (and as many history rows), against

- the same SQL through raw sqlite3: the statements the Store sent for that very save (recorded on
  a third copy of the database, so recording costs the measured arm nothing), replayed with the
  same parameters, the same pragmas (WAL, synchronous=FULL, foreign keys) and one commit, every
  row of every SELECT fetched (the Store reads all the rows it asks for: its look at the last
  minute's history is paged, so a replay reads what the Store read, no more);
- a bare insert: one row inserted and committed into a table of as many rows.

The three arms are interleaved save by save (the order rotating), after a warm-up, each on its own
copy of the same database. Wall time follows the disk's fsync latency; CPU time per save is what
the code costs. Spread: the ratio computed on each fifth of the samples (lowest–highest).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, parse_args, percentile  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
STAMP = "2026-01-05 10:00:00.000000"  # SQLAlchemy's DateTime text in SQLite
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
           "PRAGMA busy_timeout=15000")


def prefill(folder: Path, size: int) -> str:
    """A data folder whose one assessment holds `size` answers and `size` history rows."""
    from ecoassess import model
    from ecoassess.storage import open_store

    with open_store(folder) as store:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานวัดความเร็ว"),
                                      scheme_id="eco-factory", scheme_version="2026.1")
    conn = sqlite3.connect(folder / "ecoassess.sqlite3")
    with conn:
        conn.executemany(
            "INSERT INTO answer (assessment_id, item_id, value, status, not_applicable, "
            "justification, note, updated_at) VALUES (?, ?, ?, 'done', 0, '', '', ?)",
            ((aid, f"X{i:06d}", '{"n": %d}' % i, STAMP) for i in range(size)))
        conn.executemany(
            "INSERT INTO history (assessment_id, item_id, field, old_value, new_value, changed_at) "
            "VALUES (?, ?, 'value', 'null', ?, ?)",
            ((aid, f"X{i:06d}", '{"n": %d}' % i, STAMP) for i in range(size)))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return aid


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=15)  # pysqlite's own transaction handling, as under SQLAlchemy
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


class Recorder:
    """A Store on a copy of the database that records the SQL each save sends."""

    def __init__(self, folder: Path) -> None:
        from sqlalchemy import event

        from ecoassess.storage import open_store

        self.store = open_store(folder)
        self.statements: list[tuple[str, object, bool]] = []
        event.listen(self.store.engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:  # noqa: ANN001
        self.statements.append((statement, parameters, executemany))

    def save(self, aid: str, item: str, fields: dict) -> list[tuple[str, object, bool]]:
        self.statements = []
        self.store.save_answer(aid, item, **fields)
        return self.statements


def replay(conn: sqlite3.Connection, statements: list[tuple[str, object, bool]]) -> None:
    for statement, parameters, many in statements:
        # SQLAlchemy flags its one-row-at-a-time INSERT … RETURNING as "many" with one row.
        rows = many and parameters and isinstance(parameters[0], list | tuple | dict)  # type: ignore[index]
        cursor = conn.executemany(statement, parameters) if rows else conn.execute(statement, parameters)
        cursor.fetchall()
    conn.commit()


def measure(work: Callable[[], object]) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def run_size(tmp: Path, size: int, samples: int, warm: int) -> dict[str, dict[str, list[float]]]:
    from ecoassess.storage import open_store

    base = tmp / f"base-{size}"
    aid = prefill(base, size)
    for name in ("ours", "recorder"):
        shutil.copytree(base, tmp / f"{name}-{size}", ignore=shutil.ignore_patterns("*.lock", "backups"))
    shutil.copyfile(base / "ecoassess.sqlite3", tmp / f"raw-{size}.sqlite3")
    store = open_store(tmp / f"ours-{size}")
    recorder = Recorder(tmp / f"recorder-{size}")
    raw = raw_connection(tmp / f"raw-{size}.sqlite3")
    bare = raw_connection(tmp / f"bare-{size}.sqlite3")
    bare.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, item TEXT, value TEXT, note TEXT)")
    bare.executemany("INSERT INTO answer (item, value, note) VALUES (?, ?, ?)",
                     ((f"X{i:06d}", '{"n": %d}' % i, "") for i in range(size)))
    bare.commit()
    results: dict[str, dict[str, list[float]]] = {arm: {"wall": [], "cpu": []} for arm in ("ours", "raw", "bare")}
    kinds: Counter[str] = Counter()
    for i in range(warm + samples):
        item = f"C{i % 14 + 1:02d}"
        fields = {"value": {"target_achievement_pct": round(i / 3, 2)}, "note": f"บันทึกการประหยัดพลังงาน {i}"}
        statements = recorder.save(aid, item, fields)
        arms = {
            "ours": lambda: store.save_answer(aid, item, **fields),  # noqa: B023
            "raw": lambda: replay(raw, statements),  # noqa: B023
            "bare": lambda: (bare.execute("INSERT INTO answer (item, value, note) VALUES (?, ?, ?)",  # noqa: B023
                                          (item, f'{{"p": {i / 3}}}', fields["note"])), bare.commit()),  # noqa: B023
        }
        names = list(arms)
        for name in names[i % 3:] + names[:i % 3]:
            wall, cpu = measure(arms[name])
            if i >= warm:
                results[name]["wall"].append(wall)
                results[name]["cpu"].append(cpu)
        kinds = Counter(s.split()[0].upper() for s, _p, _m in statements)  # the last save's
    for closing in (store, recorder.store):
        closing.close()
    raw.close()
    bare.close()
    results["statements"] = {"kinds": kinds}  # type: ignore[dict-item]
    return results


def blocks(ours: list[float], base: list[float], parts: int = 5) -> str:
    size = max(1, len(ours) // parts)
    ratios = [statistics.median(ours[k:k + size]) / statistics.median(base[k:k + size])
              for k in range(0, len(ours) - size + 1, size)]
    return f"[{min(ratios):.2f}–{max(ratios):.2f}]"


def show(size: int, results: dict, samples: int) -> None:
    kinds = results["statements"]["kinds"]
    print(f"  {size:>7,} answers, {samples} saves per arm; the last save sent "
          + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    for arm, label in (("ours", "Store.save_answer"), ("raw", "same SQL, raw sqlite3"), ("bare", "bare insert")):
        wall, cpu = results[arm]["wall"], results[arm]["cpu"]
        print(f"    {label:<22} wall p50 {statistics.median(wall):6.2f} ms  p99 {percentile(wall, 99):6.2f} ms"
              f"   CPU p50 {statistics.median(cpu):6.2f} ms  p99 {percentile(cpu, 99):6.2f} ms")
    ours, raw, bare = (results[a]["cpu"] for a in ("ours", "raw", "bare"))
    ratio = statistics.median(ours) / statistics.median(raw)
    target = f"target ≤ 2: {'met' if ratio <= 2 else 'NOT met'}" if size == SIZES[-1] else ""
    print(f"    CPU per save, ours / same SQL  {ratio:5.2f} {blocks(ours, raw)}  n={len(ours)}  {target}")
    print(f"    CPU per save, ours / bare      {statistics.median(ours) / statistics.median(bare):5.2f} "
          f"{blocks(ours, bare)}  n={len(ours)}")
    p99, raw99 = percentile(results["ours"]["wall"], 99), percentile(results["raw"]["wall"], 99)
    target = f"target ≤ +2 ms: {'met' if p99 <= raw99 + 2 else 'NOT met'}" if size == SIZES[-1] else ""
    print(f"    wall p99, ours − same SQL      {p99 - raw99:+6.2f} ms   wall p50 ratio "
          f"{statistics.median(results['ours']['wall']) / statistics.median(results['raw']['wall']):5.2f} "
          f"{blocks(results['ours']['wall'], results['raw']['wall'])}  {target}")


def main() -> int:
    args = parse_args(__doc__, lambda p: p.add_argument(
        "--dir", type=Path, default=None, help="where the databases go (the disk whose fsync counts)"))
    samples, warm = (60, 10) if args.quick else (500, 50)
    header("autosave: one answer per save, three arms interleaved", args.quick)
    with tempfile.TemporaryDirectory(prefix="bench-autosave-", dir=args.dir) as name:
        for size in SIZES:
            show(size, run_size(Path(name), size, samples, warm), samples)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
