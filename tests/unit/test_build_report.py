"""The bundle size report: totals, grouping of Qt libraries and plugins, the size limit."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_report", ROOT / "tools" / "build_report.py")
build_report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_report)


def make_bundle(root: Path) -> Path:
    files = {
        "ecoassess": 3_000_000,
        "_internal/PySide6/Qt/lib/libicudata.so.73": 5_000_000,
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": 400_000,
        "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so": 300_000,
        "_internal/pythainlp/corpus/words_th.txt": 1_500_000,
        "_internal/libpython3.11.so.1.0": 2_000_000,
    }
    for rel, size in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\0" * size)
    return root


def test_parts_are_grouped_and_sorted(tmp_path):
    bundle = make_bundle(tmp_path / "ecoassess")
    parts = dict(build_report.largest_parts(build_report.file_sizes(bundle), 10))
    assert parts["PySide6/Qt/lib/libicudata.so.73"] == 5_000_000
    assert parts["PySide6/Qt/plugins/platforms"] == 700_000
    assert parts["pythainlp/corpus"] == 1_500_000
    assert list(parts)[0] == "PySide6/Qt/lib/libicudata.so.73"
    assert "ecoassess (executable with the Python code archive)" in parts


def test_report_prints_total_and_fails_above_the_limit(tmp_path, capsys):
    bundle = make_bundle(tmp_path / "ecoassess")
    assert build_report.main([str(bundle), "--top", "3", "--limit-mb", "20"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("12.2 MB in 6 files")
    assert len(out.splitlines()) == 2 + 3
    assert build_report.main([str(bundle), "--limit-mb", "10"]) == 1
    assert "larger than 10 MB" in capsys.readouterr().err


def test_a_missing_bundle_says_how_to_build_it(tmp_path, capsys):
    assert build_report.main([str(tmp_path / "nothing")]) == 1
    assert "make dist" in capsys.readouterr().err
