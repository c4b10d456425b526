"""Benchmark: pack and unpack 200 evidence files (100 MB) against plain zipfile, time and memory."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ecoassess import model  # noqa: E402
from ecoassess.package import OnConflict, pack_assessment, unpack_package  # noqa: E402
from ecoassess.storage import open_store  # noqa: E402

FILES = 200
MB = 1024 * 1024


def make_source(root: Path, file_size: int, count: int) -> tuple[Path, str, list[Path]]:
    """A data folder with one assessment citing `count` evidence files of `file_size` random bytes."""
    from ecoassess.scheme import load_scheme

    scheme = load_scheme()
    folder = root / "files"
    folder.mkdir(parents=True)
    sources = []
    with open_store(root / "src") as store:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานทดสอบ"),
                                      scheme_id=scheme.id, scheme_version=scheme.version)
        for i in range(count):
            path = folder / f"evidence-{i:03d}.pdf"
            path.write_bytes(os.urandom(file_size))
            sources.append(path)
            store.add_evidence(aid, path, items=[f"C{i % 14 + 1:02d}"])
    return root / "src", aid, sources


def measure(work: Callable[[], object], trace: bool) -> tuple[float, int]:
    """(seconds, peak Python heap bytes) of one call; time and memory come from separate runs."""
    gc.collect()
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    work()
    elapsed = time.perf_counter() - start
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return elapsed, peak


def baseline_write(sources: list[Path], dest: Path) -> None:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sources:
            zf.write(path, f"evidence/{path.name}")


def baseline_read(archive: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            with zf.open(info) as src, (out / Path(info.filename).name).open("wb") as dst:
                shutil.copyfileobj(src, dst, MB)


def run(root: Path, file_size: int, trace: bool, count: int = FILES) -> dict[str, tuple[float, int]]:
    data, aid, sources = make_source(root, file_size, count)
    results: dict[str, tuple[float, int]] = {}
    package = root / "bench.ecoassess"
    with open_store(data, read_only=True) as store:
        results["pack"] = measure(lambda: pack_assessment(store, aid, package), trace)
    with open_store(root / "dst") as target:
        results["unpack"] = measure(lambda: unpack_package(target, package, OnConflict.REPLACE), trace)
    results["zip write"] = measure(lambda: baseline_write(sources, root / "plain.zip"), trace)
    results["zip read"] = measure(lambda: baseline_read(root / "plain.zip", root / "plain"), trace)
    return results


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        full = 100 * MB // FILES
        timing = run(Path(tmp) / "t", full, trace=False)
        memory = run(Path(tmp) / "m", full, trace=True)
        quarter = run(Path(tmp) / "q", full, trace=True, count=FILES // 4)
    print(f"bench_package: {FILES} evidence files, {FILES * full / MB:.0f} MB (random, incompressible)")
    for ours, plain in (("pack", "zip write"), ("unpack", "zip read")):
        t_ours, t_plain = timing[ours][0], timing[plain][0]
        m_ours, m_plain = memory[ours][1], memory[plain][1]
        print(f"  {ours:<7} {t_ours:6.2f} s vs plain zipfile {plain:<9} {t_plain:6.2f} s "
              f"-> time ratio {t_ours / t_plain:5.2f}; peak heap {m_ours / MB:6.2f} MB vs "
              f"{m_plain / MB:6.2f} MB -> memory ratio {m_ours / max(m_plain, 1):5.2f}")
    for step in ("pack", "unpack"):
        small, large = quarter[step][1], memory[step][1]
        print(f"  {step:<7} peak heap with {FILES // 4} files (25 MB) {small / MB:6.2f} MB, with {FILES} "
              f"files (100 MB) {large / MB:6.2f} MB -> growth ratio {large / max(small, 1):4.2f} "
              "for 4x the bytes (streamed in 1 MB chunks)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
