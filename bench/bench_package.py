"""Portable files: pack and unpack an assessment citing 200 evidence files (100 MB, random) against
plain zipfile writing and reading the same files. Each arm runs in its own fresh process per round,
the arms interleaved; time is the operation's own, memory the process's peak resident size. The
same with a quarter of the bytes shows whether memory grows with the package (it should not:
evidence streams in 1 MB chunks).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import header, interleave, isolated_env, parse_args, ratio_line, run_process  # noqa: E402

FILES = 200
MB = 1024 * 1024


def make_source(root: Path, file_size: int, count: int) -> tuple[Path, str]:
    """A data folder with one assessment citing `count` evidence files of `file_size` random bytes."""
    from ecoassess import model
    from ecoassess.scheme import load_scheme
    from ecoassess.storage import open_store

    scheme = load_scheme()
    folder = root / "files"
    folder.mkdir(parents=True)
    with open_store(root / "src") as store:
        aid = store.create_assessment(model.FactoryProfile(name_th="โรงงานทดสอบ"),
                                      scheme_id=scheme.id, scheme_version=scheme.version)
        for i in range(count):
            path = folder / f"evidence-{i:03d}.pdf"
            path.write_bytes(os.urandom(file_size))
            store.add_evidence(aid, path, items=[f"C{i % 14 + 1:02d}"])
    return root / "src", aid


def child(kind: str, *args: str) -> float:
    """One operation in this fresh process; returns its seconds."""
    start = time.perf_counter()
    if kind == "pack":
        from ecoassess.package import pack_assessment
        from ecoassess.storage import open_store

        with open_store(Path(args[0]), read_only=True) as store:
            start = time.perf_counter()
            pack_assessment(store, args[1], Path(args[2]))
    elif kind == "unpack":
        from ecoassess.package import OnConflict, unpack_package
        from ecoassess.storage import open_store

        with open_store(Path(args[0])) as store:
            start = time.perf_counter()
            unpack_package(store, Path(args[1]), OnConflict.REPLACE)
    elif kind == "zip-write":
        with zipfile.ZipFile(args[1], "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(Path(args[0]).iterdir()):
                zf.write(path, f"evidence/{path.name}")
    else:
        out = Path(args[1])
        out.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(args[0]) as zf:
            for info in zf.infolist():
                with zf.open(info) as src, (out / Path(info.filename).name).open("wb") as dst:
                    shutil.copyfileobj(src, dst, MB)
    return time.perf_counter() - start


class Arms:
    """The four operations on one data set, each a fresh process into a fresh target."""

    def __init__(self, root: Path, count: int, env: dict[str, str]) -> None:
        self.root, self.env, self.runs = root, env, 0
        self.source, self.aid = make_source(root, 100 * MB // FILES, count)
        self.empty = root / "empty"
        from ecoassess.storage import open_store

        open_store(self.empty).close()  # a migrated, empty data folder to copy (not timed)
        self.package = root / "made.ecoassess"
        self.results: dict[str, list[tuple[float, int | None]]] = {}

    def _run(self, name: str, *args: str) -> float:
        result = run_process([sys.executable, __file__, "--child", name, *args], self.env)
        seconds = json.loads(result.stdout.strip().splitlines()[-1])
        self.results.setdefault(name, []).append((seconds, result.peak_rss))
        return seconds

    def fresh(self, name: str) -> Path:
        self.runs += 1
        return self.root / f"{name}-{self.runs}"

    def arms(self) -> dict:
        def pack() -> float:
            return self._run("pack", str(self.source), self.aid, str(self.package))

        def unpack() -> float:
            target = self.fresh("target")
            shutil.copytree(self.empty, target, ignore=shutil.ignore_patterns("*.lock"))
            seconds = self._run("unpack", str(target), str(self.package))
            shutil.rmtree(target)
            return seconds

        def zip_write() -> float:
            return self._run("zip-write", str(self.root / "files"), str(self.root / "plain.zip"))

        def zip_read() -> float:
            out = self.fresh("plain")
            seconds = self._run("zip-read", str(self.root / "plain.zip"), str(out))
            shutil.rmtree(out)
            return seconds

        return {"pack": pack, "zip-write": zip_write, "unpack": unpack, "zip-read": zip_read}


def main() -> int:
    args = parse_args(__doc__)
    rounds = 2 if args.quick else 3
    with tempfile.TemporaryDirectory(prefix="bench-package-") as name:
        tmp = Path(name)
        env = isolated_env(tmp)
        full = Arms(tmp / "full", FILES, env)
        arms = full.arms()
        arms["pack"]()
        arms["zip-write"]()  # the packages the readers need, and a warm-up
        full.results.clear()
        interleave(rounds, arms)
        quarter = Arms(tmp / "quarter", FILES // 4, env)
        small = quarter.arms()
        small["pack"]()
        small["unpack"]()
    header(f"portable files: {FILES} evidence files, 100 MB (random), against plain zipfile", args.quick)
    for ours, plain in (("pack", "zip-write"), ("unpack", "zip-read")):
        mine, base = full.results[ours], full.results[plain]
        print(ratio_line(f"{ours} time", [s for s, _m in mine], [s for s, _m in base], names=(ours, plain)))
        if mine[0][1]:
            print(ratio_line(f"{ours} process peak RSS", [m for _s, m in mine], [m for _s, m in base],
                             scale=2**-20, unit="MiB", names=(ours, plain)))
    for step in ("pack", "unpack"):
        small_peak, large_peak = quarter.results[step][0][1], full.results[step][0][1]
        if small_peak and large_peak:
            print(f"  {step:<7} process peak RSS with {FILES // 4} files (25 MB) {small_peak / MB:.0f} MiB, "
                  f"with {FILES} files (100 MB) {large_peak / MB:.0f} MiB: growth {large_peak / small_peak:.2f}× "
                  "for 4× the bytes")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], *sys.argv[3:])))
    else:
        sys.exit(main())
