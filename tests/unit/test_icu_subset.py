"""The trimmed ICU data for the bundle: package format round trip and what is kept."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("icu_subset", ROOT / "tools" / "pyinstaller" / "icu_subset.py")
icu_subset = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_subset)


def header() -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    raw = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return raw + b"\0" * (32 - len(raw))


def test_a_package_survives_a_round_trip_and_stays_aligned():
    items = [("icudt73l/th.res", b"thai" * 5), ("icudt73l/coll/th.res", b"c" * 33),
             ("icudt73l/brkitr/thaidict.dict", b"d" * 7)]
    package = icu_subset.write_package(header(), items)
    head, back = icu_subset.read_package(package)
    assert head == header()
    assert [name for name, _ in back] == sorted(name for name, _ in items)
    by_name = dict(back)
    for name, data in items:
        assert by_name[name].rstrip(b"\0") == data.rstrip(b"\0")
    toc = len(head)
    count = struct.unpack_from("<I", package, toc)[0]
    offsets = [struct.unpack_from("<II", package, toc + 4 + 8 * i)[1] for i in range(count)]
    assert all((toc + off) % 16 == 0 for off in offsets)


def test_only_root_english_and_thai_locale_data_is_kept():
    kept = ["icudt73l/root.res", "icudt73l/th.res", "icudt73l/en_GB.res", "icudt73l/coll/th.res",
            "icudt73l/coll/ucadata.icu", "icudt73l/zone/th.res", "icudt73l/zone/pool.res",
            "icudt73l/metaZones.res", "icudt73l/supplementalData.res", "icudt73l/cnvalias.icu",
            "icudt73l/windows-874-2000.cnv", "icudt73l/nfkc.nrm"]
    dropped = ["icudt73l/de.res", "icudt73l/coll/zh.res", "icudt73l/zone/fr_CA.res",
               "icudt73l/brkitr/thaidict.dict", "icudt73l/translit/root.res",
               "icudt73l/rbnf/th.res", "icudt73l/gb18030.cnv"]
    assert [n for n in kept if not icu_subset.keep(n)] == []
    assert [n for n in dropped if icu_subset.keep(n)] == []
