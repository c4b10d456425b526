"""kill -9 at any moment loses no acknowledged answer, and the database stays intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap

from ecoassess import model
from ecoassess.storage import open_store
from ecoassess.storage.database import integrity_problems

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from ecoassess.storage import open_store
    store = open_store(Path(sys.argv[1]))
    aid, start = sys.argv[2], int(sys.argv[3])
    n = start
    while True:
        item = f"C{n % 14 + 1:02d}"
        store.save_answer(aid, item, value={"n": n, "note": "น้ำ" * (n % 50)}, note=f"บันทึกที่ {n}")
        print(f"ACK {item} {n}", flush=True)
        n += 1
""")


def test_killing_a_writer_repeatedly_loses_nothing_acknowledged(tmp_path):
    data = tmp_path / "data"
    store = open_store(data)
    aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานทดสอบความทนทาน"),
                                  scheme_id="eco-factory", scheme_version="t")
    store.close()
    rng = random.Random(20261128)
    acked: dict[str, int] = {}
    next_n = 0
    rounds = 12
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data), aid, str(next_n)],
                                stdout=subprocess.PIPE, text=True)
        stop_after = rng.randint(1, 60)
        assert proc.stdout is not None
        for seen, line in enumerate(proc.stdout, start=1):
            _, item, n = line.split()
            acked[item] = int(n)
            next_n = int(n) + 1
            if seen >= stop_after:
                break
        os.kill(proc.pid, signal.SIGKILL)  # mid-write: the next save is usually under way
        proc.wait(timeout=30)
        assert integrity_problems(data / "ecoassess.sqlite3") == []
        next_n += 1000  # values after a kill never collide with one that may have committed unseen
    store = open_store(data)
    try:
        answers = store.get_assessment(aid).answers
        for item, n in acked.items():
            assert answers[item].value["n"] >= n, f"{item}: acknowledged {n}, found {answers[item].value}"
        assert len(acked) >= 2  # the rounds wrote to several criteria, all checked above
    finally:
        store.close()
    assert integrity_problems(data / "ecoassess.sqlite3") == []
