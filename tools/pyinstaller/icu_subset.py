"""Build a small libicudata for the bundle: only the ICU data Qt uses for Thai and English.

PySide6's Qt links ICU 73 (libicudata alone is 32 MB: every locale, converter and break
dictionary). Qt calls ICU only for case mapping, collation (QCollator), time-zone names and
non-UTF codecs; it breaks Thai lines through libthai, not ICU. This keeps the root, English and
Thai locale data of every tree, the non-locale tables, the Thai legacy codecs, and drops the
rest (break iterators, transliteration, spell-out rules, other locales, other codecs).

The kept package is linked into a replacement `libicudata.so.73` exporting the same symbol.
Linux only; needs readelf and a C compiler (gcc/cc). Any failure keeps the original library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = {"root", "en", "en_001", "en_GB", "en_US", "en_US_POSIX", "th", "th_TH"}
DROP_TREES = {"brkitr", "rbnf", "translit"}
KEEP_CODECS = ("ibm-874", "windows-874", "tis-620")
_LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")


def symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol, located through readelf's symbol and section tables."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], capture_output=True, text=True,
                             check=True).stdout
    row = next(line.split() for line in symbols.splitlines() if line.endswith(" " + symbol))
    address, size, section = int(row[1], 16), int(row[2], 0), int(row[6])
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True,
                              check=True).stdout
    head = next(line for line in sections.splitlines() if re.match(rf"\s*\[\s*{section}\]", line))
    fields = head.split("]", 1)[1].split()
    section_address, section_offset = int(fields[2], 16), int(fields[3], 16)
    offset = section_offset + address - section_address
    with library.open("rb") as fh:
        fh.seek(offset)
        return fh.read(size)


def read_package(dat: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data package ("CmnD") into its header and (name, item) pairs."""
    header_size = struct.unpack_from("<H", dat, 0)[0]
    if dat[2:4] != b"\xda\x27" or dat[12:16] != b"CmnD" or dat[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", dat, toc)[0]
    rows = [struct.unpack_from("<II", dat, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(rows):
        end = dat.index(b"\0", toc + name_offset)
        name = dat[toc + name_offset:end].decode("ascii")
        stop = toc + rows[i + 1][1] if i + 1 < count else len(dat)
        items.append((name, dat[toc + data_offset:stop]))
    return dat[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_package: names sorted as ICU's binary search expects, items aligned."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    toc_size = 4 + 8 * len(items)
    names = b""
    name_offsets = []
    for name, _data in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    body_start = toc_size + len(names)
    body_start += -(len(header) + body_start) % 16
    body = b""
    data_offsets = []
    for _name, data in items:
        data_offsets.append(body_start + len(body))
        body += data + b"\0" * (-len(data) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    padding = b"\0" * (body_start - toc_size - len(names))
    return header + toc + names + padding + body


def keep(name: str) -> bool:
    """Whether an item (e.g. "icudt73l/coll/th.res") is needed for Thai and English."""
    parts = name.split("/")[1:]
    if len(parts) > 1 and parts[0] in DROP_TREES:
        return False
    leaf = parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    if suffix == "cnv":
        return leaf.startswith(KEEP_CODECS)
    if suffix == "res" and _LOCALE_NAME.match(stem):
        return stem in KEEP_LOCALES
    return True


def build(library: Path, out_dir: Path) -> Path:
    """Write out_dir/<soname>: the same library holding only the kept items."""
    symbol = "icudt" + re.search(r"\.so\.(\d+)", library.name).group(1) + "_dat"
    header, items = read_package(symbol_bytes(library, symbol))
    kept = [item for item in items if keep(item[0])]
    package = write_package(header, kept)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "icudata.dat").write_bytes(package)
    (out_dir / "icudata.S").write_text(
        ".section .rodata\n"
        f".globl {symbol}\n"
        f".type {symbol}, @object\n"
        ".balign 16\n"
        f"{symbol}:\n"
        '.incbin "icudata.dat"\n'
        f".size {symbol}, .-{symbol}\n"
        '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        raise FileNotFoundError("no C compiler (gcc or cc)")
    target = out_dir / library.name
    subprocess.run([compiler, "-shared", "-nostdlib", "-Wl,-soname," + library.name,
                    "-o", str(target), "icudata.S"], cwd=out_dir, check=True)
    return target
