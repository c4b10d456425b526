"""Every package the app writes comes back: any compressibility, sizes and notes up to the limits.

The limits are scaled down (2 MB per file, ratio guard from 1 MB at 50:1) so that the search
covers the edges in seconds; `pack` and `unpack` read the same Limits, as the app's do.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecoassess import model
from ecoassess.errors import ExportError
from ecoassess.limits import TEXT_MAX
from ecoassess.package import Limits, OnConflict, pack_assessment, unpack_package
from ecoassess.storage import open_store
from tests.unit.portable_helpers import comparable

MB = 1024 * 1024
LIMITS = Limits(max_evidence_bytes=2 * MB, max_json_bytes=3 * MB, max_total_bytes=12 * MB,
                max_ratio=50.0, ratio_floor_bytes=1 * MB)
NOTE = "บันทึกค่ามิเตอร์น้ำประจำวัน 1,234 ลบ.ม. "


def _content(kind: str, size: int, seed: int) -> bytes:
    rng = __import__("random").Random(seed)
    if kind == "zeros":  # a blank scanned page as BMP: deflates about 1000-fold
        return bytes(size)
    if kind == "random":  # a JPEG or a PDF with images: does not deflate at all
        return rng.randbytes(size)
    if kind == "meter-csv":
        rows = "".join(f"2026-{m:02d}-{d:02d},{rng.randint(100, 999)}\n" for m in range(1, 13)
                       for d in range(1, 29))
        return (rows.encode() * (size // max(len(rows), 1) + 1))[:size]
    head = rng.randbytes(min(size, 4096))  # a log: a varied start, then the same lines
    return (head + b"INFO ok\n" * size)[:size]


evidence = st.lists(st.tuples(st.sampled_from(["zeros", "random", "meter-csv", "log"]),
                              st.sampled_from([0, 1, 1000, MB // 2, MB + 1, 2 * MB - 1, 2 * MB]),
                              st.integers(0, 10_000)),
                    min_size=0, max_size=4)


def _make(store, folder: Path, files, note_chars: int) -> str:
    aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานไฟล์ทุกแบบ", name_en="All Files"),
                                  scheme_id="eco-factory", scheme_version="2026.1")
    text = (NOTE * (note_chars // len(NOTE) + 1))[:note_chars]
    store.save_answer(aid, "C01", value={"inventory": True})
    # Long notes spread over the items, each within the core's cap on one free text.
    places = [(f"C{n:02d}", field) for field in ("note", "justification") for n in range(1, 15)]
    for (item_id, field), start in zip(places, range(0, len(text), TEXT_MAX), strict=False):
        store.save_answer(aid, item_id, **{field: text[start:start + TEXT_MAX]})
    for index, (kind, size, seed) in enumerate(files):
        source = folder / f"หลักฐาน-{index}.{ 'bmp' if kind == 'zeros' else 'txt'}"
        source.write_bytes(_content(kind, size, seed + index))
        store.add_evidence(aid, source, items=["C01"])
    return aid


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=evidence, note_chars=st.sampled_from([0, 50, 40_000, 280_000]))
def test_any_assessment_the_store_accepts_survives_pack_and_unpack(files, note_chars):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = open_store(root / "src", evidence_max_bytes=LIMITS.max_evidence_bytes)
        target = open_store(root / "dst", evidence_max_bytes=LIMITS.max_evidence_bytes)
        try:
            aid = _make(source, root, files, note_chars)
            package = pack_assessment(source, aid, root / "out.ecoassess", limits=LIMITS)
            result = unpack_package(target, package, OnConflict.ASK, limits=LIMITS)
            assert comparable(target.get_assessment(result.assessment_id)) == \
                comparable(source.get_assessment(aid))
            assert target.doctor() == []
        finally:
            source.close()
            target.close()


def test_a_package_that_would_look_like_a_bomb_is_written_with_those_members_stored(tmp_path):
    source = open_store(tmp_path / "src", evidence_max_bytes=LIMITS.max_evidence_bytes)
    aid = _make(source, tmp_path, [("zeros", 2 * MB, 1), ("random", 1000, 2)], 10)
    package = pack_assessment(source, aid, tmp_path / "blank-pages.ecoassess", limits=LIMITS)
    with zipfile.ZipFile(package) as zf:
        kinds = {i.filename: (i.compress_type, i.file_size) for i in zf.infolist()}
    blank = next(name for name, (_c, size) in kinds.items() if size == 2 * MB)
    assert kinds[blank][0] == zipfile.ZIP_STORED  # it would expand 1000-fold: kept as it is
    assert kinds["assessment.json"][0] == zipfile.ZIP_DEFLATED  # the rest still compressed
    target = open_store(tmp_path / "dst", evidence_max_bytes=LIMITS.max_evidence_bytes)
    assert unpack_package(target, package, limits=LIMITS).evidence_files == 2
    source.close()
    target.close()


def test_the_app_refuses_to_write_a_package_it_could_not_read_back(tmp_path):
    source = open_store(tmp_path / "src")
    aid = _make(source, tmp_path, [], 500_000)  # about 1.5 MB of Thai: past a 1 MB cap
    with pytest.raises(ExportError) as refused:
        pack_assessment(source, aid, tmp_path / "too-big.ecoassess",
                        limits=dataclasses.replace(LIMITS, max_json_bytes=1 * MB))
    assert refused.value.key == "package.too_big_to_pack"
    assert "assessment.json" in refused.value.message("th")
    assert not (tmp_path / "too-big.ecoassess").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    source.close()


def test_real_sizes_a_blank_bmp_a_meter_csv_a_log_and_a_long_note_come_back(tmp_path):
    """The files of the report that the app refused after packing them, at their real sizes
    and with the app's own limits."""
    source = open_store(tmp_path / "src")
    files = [("zeros", 6_500_000, 1), ("meter-csv", 3_200_000, 2), ("log", 3_000_000, 3),
             ("log", 10_000_000, 4)]
    aid = _make(source, tmp_path, files, 20_000)
    package = pack_assessment(source, aid, tmp_path / "big.ecoassess")
    assert package.stat().st_size < 2 * MB  # honest files still compress
    target = open_store(tmp_path / "dst")
    result = unpack_package(target, package)
    assert result.evidence_files == 4 and target.doctor() == []
    assert os.path.getsize(target.evidence_file(source.get_assessment(aid).evidence[0].sha256)) > 0
    source.close()
    target.close()
