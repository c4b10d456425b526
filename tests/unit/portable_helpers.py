"""Shared builders for the portable-file tests: a small but complete assessment with evidence."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from ecoassess import model
from ecoassess.scheme import load_scheme


def make_assessment(store: Any, folder: Path, *, name_th: str = "โรงงานทดสอบน้ำดี",
                    evidence_sizes: tuple[int, ...] = (1500, 40_000, 10), seed: int = 1) -> str:
    """An assessment with answers (Thai notes), N/A, evidence files linked to items, an action."""
    scheme = load_scheme()
    profile = model.FactoryProfile(
        name_th=name_th, name_en="Test Factory", province="ระยอง", employees_permanent=120,
        annual_revenue_baht=1.5e8, contacts=[model.Contact(role="coordinator", name="คุณกัญญา")],
        certifications=[model.Certification(kind="iso14001", valid_until=date(2027, 12, 31))])
    aid = store.create_assessment(profile, scheme_id=scheme.id, scheme_version=scheme.version,
                                  assessment_date=date(2026, 11, 1),
                                  planned_audit_date=date(2027, 2, 15),
                                  settings={"not_applicable_allowed": ["C05"]})
    # G2's route is the ISO 14001 on the profile (the one place certificates are typed)
    store.save_answer(aid, "G2", status="done", note="ใบรับรองอยู่ในข้อมูลโรงงาน")
    store.save_answer(aid, "C01", value={"inventory": True, "target_achievement_pct": 60.0,
                                         "advanced": ["a"]}, status="done", note="ลดการใช้น้ำ ที่ปั้น")
    store.save_answer(aid, "C02", value={"inventory": True, "target_achievement_pct": 100.0},
                      status="in_progress")
    store.save_answer(aid, "C05", not_applicable=True, justification="ไม่มีกิจกรรมนี้", status="done")
    folder.mkdir(parents=True, exist_ok=True)
    items = ["C01", "C02", "G2"]
    for i, size in enumerate(evidence_sizes):
        source = folder / f"หลักฐาน-{seed}-{i}.pdf"
        source.write_bytes(os.urandom(size // 2) + b"x" * (size - size // 2))
        store.add_evidence(aid, source, description=f"เอกสาร {i}", document_date=date(2026, 3, 1 + i),
                           items=[items[i % len(items)]])
    store.add_action(aid, "C02", "ติดตั้งมิเตอร์น้ำ", owner="ฝ่ายวิศวกรรม", due_date=date(2027, 1, 31))
    return aid


def comparable(a: model.Assessment) -> dict[str, Any]:
    """The assessment minus database row ids (which differ between data folders)."""
    data = dataclasses.asdict(a)
    for ev in data["evidence"]:
        ev.pop("id")
    for act in data["actions"]:
        act.pop("id")
    data["evidence"].sort(key=lambda e: e["sha256"])
    return data


def db_dump(data_dir: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, for 'the database is unchanged' checks."""
    conn = sqlite3.connect(f"file:{(data_dir / 'ecoassess.sqlite3').as_posix()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)) for t in tables]
    finally:
        conn.close()


def tree(root: Path, skip: Path | None = None) -> dict[str, int]:
    """Relative path -> size of every file under root, skipping the `skip` folder."""
    found = {}
    for path in root.rglob("*"):
        if skip is not None and (path == skip or skip in path.parents):
            continue
        if path.is_file() or path.is_symlink():
            found[str(path.relative_to(root))] = path.lstat().st_size
    return found


def read_entries(path: Path) -> dict[str, bytes]:
    """The members of a package, in order."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def fix_manifest(entries: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute the manifest's member hashes, so only the check under test can catch an edit."""
    import hashlib
    import json

    try:
        manifest = json.loads(entries["manifest.json"])
    except (ValueError, KeyError):
        return entries  # nothing to fix: the manifest itself is what got broken
    if not isinstance(manifest, dict):
        return entries
    manifest["members"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in entries.items() if name not in ("manifest.json", "evidence/")
    }
    entries = dict(entries)
    entries["manifest.json"] = json.dumps(manifest).encode()
    return entries


def write_entries(path: Path, entries: dict[str, bytes] | list[tuple[Any, bytes]],
                  compress: int | None = None) -> Path:
    """Write members (names or ZipInfo objects) into a new ZIP, duplicates allowed."""
    import warnings
    import zipfile

    pairs = entries.items() if isinstance(entries, dict) else entries
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", compression=compress or zipfile.ZIP_DEFLATED) as zf:
            for name, data in pairs:
                zf.writestr(name, data)
    return path
