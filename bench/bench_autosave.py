"""Autosave latency: one answer saved into an assessment that already holds 10,000 answers.

Prints p50/p99 of Store.save_answer beside a plain sqlite3 insert-and-commit (same WAL and
synchronous settings, same machine, same run) and the ratio. Target: p99 well under 16 ms.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ecoassess import model  # noqa: E402
from ecoassess.storage import open_store  # noqa: E402

PREFILL = 10_000
SAMPLES = 400


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def bench_store(folder: Path) -> list[float]:
    store = open_store(folder)
    aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานวัดความเร็ว"),
                                  scheme_id="eco-factory", scheme_version="bench")
    # Prefill in one transaction through the ORM's own tables (fast set-up, not measured).
    with store._tx() as s:  # noqa: SLF001 - bench set-up only
        from ecoassess.storage import models as orm

        stamp = model_now()
        s.add_all(orm.Answer(assessment_id=aid, item_id=f"X{i:05d}", value={"n": i},
                             status="done", not_applicable=False, justification="", note="",
                             updated_at=stamp) for i in range(PREFILL))
    timings = []
    for i in range(SAMPLES):
        t0 = time.perf_counter()
        store.save_answer(aid, f"C{i % 14 + 1:02d}", value={"target_achievement_pct": i / 3},
                          note=f"บันทึก {i}")
        timings.append((time.perf_counter() - t0) * 1000)
    store.close()
    return timings


def model_now():  # type: ignore[no-untyped-def]
    from ecoassess.storage.service import now

    return now()


def bench_plain(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "plain.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, item TEXT, value TEXT, note TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO answer(item, value, note) VALUES (?, ?, ?)",
                     ((f"X{i:05d}", '{"n": %d}' % i, "") for i in range(PREFILL)))
    conn.execute("COMMIT")
    timings = []
    for i in range(SAMPLES):
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO answer(item, value, note) VALUES (?, ?, ?)",
                     (f"C{i % 14 + 1:02d}", '{"p": %f}' % (i / 3), f"บันทึก {i}"))
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return timings


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        plain = bench_plain(Path(tmp))
        ours = bench_store(Path(tmp) / "data")
    p50, p99 = statistics.median(ours), percentile(ours, 99)
    b50, b99 = statistics.median(plain), percentile(plain, 99)
    print(f"autosave: {SAMPLES} saves into an assessment holding {PREFILL} answers")
    print(f"  ecoassess save_answer   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
    print(f"  plain sqlite3 insert    p50 {b50:7.2f} ms   p99 {b99:7.2f} ms")
    print(f"  ratio (ours / plain)    p50 {p50 / b50:7.2f} x   p99 {p99 / b99:7.2f} x")
    print(f"  target p99 < 16 ms (one frame): {'met' if p99 < 16 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
