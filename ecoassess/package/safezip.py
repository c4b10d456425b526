"""Reading an untrusted ZIP: member checks before any byte is extracted, capped streaming after."""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ecoassess.errors import ValidationError, os_reason
from ecoassess.fileio import open_input

CHUNK = 1024 * 1024
MANIFEST = "manifest.json"
DOCUMENT = "assessment.json"
EVIDENCE_DIR = "evidence/"
EVIDENCE_NAME = re.compile(r"^evidence/[0-9a-f]{64}$")
DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """Caps for one import; decompressed bytes are counted as they stream, headers are not trusted.

    The guard is absolute: bytes per member and in total, and the number of entries. A ratio
    guard on the whole archive comes on top, only past `ratio_floor_bytes`: honest evidence (a
    blank scanned page as BMP, a meter CSV, a long note) may deflate 1000-fold, and the app's
    own `pack` stores such members uncompressed when the package would otherwise cross it.
    """

    max_members: int = 10_002
    max_json_bytes: int = 32 * 1024 * 1024
    max_evidence_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 256 * 1024 * 1024
    max_central_directory: int = 16 * 1024 * 1024


def looks_like_bomb(total: int, archive_size: int, limits: Limits) -> bool:
    """True when `total` decompressed bytes from an archive of `archive_size` bytes cross the
    ratio guard (the reader refuses such an archive; the writer stores members instead)."""
    return total > limits.ratio_floor_bytes and total > limits.max_ratio * max(archive_size, 1)


@dataclass
class Budget:
    """Running count of decompressed bytes across the whole archive."""

    limits: Limits
    archive_size: int
    total: int = 0

    def spend(self, count: int, name: str) -> None:
        self.total += count
        if self.total > self.limits.max_total_bytes:
            raise ValidationError("package.too_large", member=name)
        if looks_like_bomb(self.total, self.archive_size, self.limits):
            raise ValidationError("package.bomb", member=name[:120])


@dataclass
class Entries:
    """The checked members of an archive, by kind."""

    manifest: zipfile.ZipInfo
    document: zipfile.ZipInfo
    evidence: dict[str, zipfile.ZipInfo] = field(default_factory=dict)  # sha256 -> info


def _refuse(key: str, name: str, **params: object) -> ValidationError:
    return ValidationError(key, member=name[:120], **params)


def check_name(name: str) -> None:
    """Refuse absolute paths, parent-folder steps and anything that is not a package member."""
    if name.startswith(("/", "\\")) or DRIVE.match(name):
        raise _refuse("package.absolute_path", name)
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise _refuse("package.parent_path", name)
    if name in (MANIFEST, DOCUMENT, EVIDENCE_DIR) or EVIDENCE_NAME.match(name):
        return
    raise _refuse("package.unexpected_member", name)


def check_info(info: zipfile.ZipInfo) -> None:
    name = info.filename
    check_name(name)
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise _refuse("package.link", name)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise _refuse("package.special_file", name)
    if name == EVIDENCE_DIR:
        return
    if kind == stat.S_IFDIR or info.is_dir():
        raise _refuse("package.unexpected_member", name)
    if info.flag_bits & 0x1:
        raise _refuse("package.encrypted", name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse("package.compression", name)


def _check_central_directory(fh: BinaryIO, limits: Limits) -> None:
    """Before zipfile reads the central directory into memory, check its declared size."""
    end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # the stdlib's own end-record parser
    if end is None:
        raise ValidationError("package.not_zip", detail="no end-of-archive record")
    count, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    if count > limits.max_members or size > limits.max_central_directory:
        raise ValidationError("package.too_many_members", count=count, limit=limits.max_members)


def _check_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Members whose data overlap are the classic 'many names, one payload' bomb."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for current, following in zip(ordered, ordered[1:], strict=False):
        local_header = 30 + len(current.filename.encode("utf-8"))
        if current.header_offset + local_header + current.compress_size > following.header_offset:
            raise _refuse("package.overlap", current.filename)


def open_archive(path: Path, limits: Limits) -> tuple[zipfile.ZipFile, Entries]:
    """Open and check every member header; nothing is decompressed yet."""
    try:
        with open_input(path) as fh:  # a FIFO or a device is refused before a byte is read
            _check_central_directory(fh, limits)
        archive = zipfile.ZipFile(path)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            NotImplementedError, UnicodeDecodeError) as exc:
        raise ValidationError("package.not_zip", detail=str(exc)[:200]) from exc
    except OSError as exc:
        raise ValidationError("package.unreadable", path=str(path), detail=os_reason(exc)) from exc
    try:
        return archive, _classify(archive.infolist(), limits)
    except BaseException:
        archive.close()
        raise


def _classify(infos: list[zipfile.ZipInfo], limits: Limits) -> Entries:
    if len(infos) > limits.max_members:
        raise ValidationError("package.too_many_members", count=len(infos), limit=limits.max_members)
    seen: set[str] = set()
    for info in infos:
        check_info(info)
        key = info.filename.lower()
        if key in seen:
            raise _refuse("package.duplicate", info.filename)
        seen.add(key)
    files = [i for i in infos if i.filename != EVIDENCE_DIR]
    _check_overlap(files)
    by_name = {i.filename: i for i in files}
    for required in (MANIFEST, DOCUMENT):
        if required not in by_name:
            raise _refuse("package.missing_member", required)
    evidence = {n.split("/", 1)[1]: i for n, i in by_name.items() if n.startswith(EVIDENCE_DIR)}
    return Entries(by_name[MANIFEST], by_name[DOCUMENT], evidence)


def stream_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: Budget,
                  sink: Callable[[bytes], object] | None = None) -> tuple[str, int]:
    """Decompress one member chunk by chunk into `sink`, counting bytes against the caps.

    Returns (sha256, size). Sizes are measured on the bytes actually produced, never taken
    from the headers.
    """
    digest = hashlib.sha256()
    size = 0
    name = info.filename
    try:
        with archive.open(info) as member:
            while True:
                block = member.read(CHUNK)
                if not block:
                    break
                size += len(block)
                if size > cap:
                    raise _refuse("package.member_too_large", name)
                budget.spend(len(block), name)
                digest.update(block)
                if sink is not None:
                    sink(block)
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise _refuse("package.damaged_member", name, detail=str(exc)[:200]) from exc
    return digest.hexdigest(), size


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int,
                budget: Budget) -> tuple[bytes, str]:
    """A small member's bytes (capped) and their SHA-256."""
    parts: list[bytes] = []
    sha, _size = stream_member(archive, info, cap, budget, parts.append)
    return b"".join(parts), sha
