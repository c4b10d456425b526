"""Content-addressed evidence store: files named by SHA-256, written atomically, verified on read."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ecoassess.errors import EvidenceError, bilingual
from ecoassess.fileio import PRIVATE, commit

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def human_size(size: int) -> str:
    """1536 → "1.5 KB": binary units, at most one decimal."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" or value >= 10 else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def media_type_of(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class EvidenceStore:
    """Files under `root/<first two hex>/<sha256>`; one copy however many items cite it."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise EvidenceError("evidence.bad_hash", sha256=sha256)
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredFile:
        """Copy a file in (hashing while copying); an existing identical copy is reused.

        A FIFO or a device is refused before a byte is read (fileio.open_input)."""
        from ecoassess.errors import ValidationError
        from ecoassess.fileio import open_input

        try:
            fh = open_input(source)
        except ValidationError as exc:
            if exc.key in ("input.special", "input.folder"):
                raise
            detail = exc.params.get("detail") or bilingual("os.not_found")
            raise EvidenceError("evidence.unreadable", name=source.name, detail=detail) from exc
        with fh:
            return self.put_stream(fh, source.name)

    def put_stream(self, stream: BinaryIO, name: str, expected_sha256: str | None = None) -> StoredFile:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for block in iter(lambda: stream.read(CHUNK), b""):
                    size += len(block)
                    if size > self.max_bytes:
                        raise EvidenceError("evidence.too_large", name=name,
                                            limit=human_size(self.max_bytes))
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise EvidenceError("evidence.altered", name=name)
            final = self.path_for(sha)
            if final.exists() and self._matches(final, sha):
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                commit(tmp, final, PRIVATE)  # the rename flushed with its folder
            return StoredFile(sha, size, media_type_of(name))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _matches(self, path: Path, sha: str) -> bool:
        try:
            return sha256_of(path) == sha
        except OSError:
            return False

    def verified_path(self, sha256: str, name: str = "") -> Path:
        """The stored file after checking its bytes still hash to its name."""
        path = self.path_for(sha256)
        if not path.is_file():
            raise EvidenceError("evidence.missing", name=name or sha256[:12])
        if not self._matches(path, sha256):
            raise EvidenceError("evidence.altered", name=name or sha256[:12])
        return path

    def viewing_copy(self, sha256: str, name: str, folder: Path | None = None) -> Path:
        """A read-only copy of the stored file under its own name, for a viewer to open.

        The store names files by hash, without extension: a viewer could not tell a PDF from a
        photo, and an editor saving in place would leave the store "altered". The copy lives in
        a private per-user folder (`ecoassess.private_files`: 0700, never through a planted
        link), as `<folder>/<hash>/<name>`.
        """
        from ecoassess.paths import safe_file_name
        from ecoassess.private_files import default_open_folder, private_copy, private_dir

        source = self.verified_path(sha256, name)
        base = private_dir(Path(folder) if folder is not None else default_open_folder())
        holder = private_dir(base / sha256[:16], replace_bad=True)
        target = holder / safe_file_name(Path(name).name or sha256[:12], fallback=sha256[:12])
        return private_copy(source, target)

    def problems(self, entries: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
        """Check (sha256, name) pairs; one dict per missing or altered file."""
        found = []
        for sha, name in entries:
            path = self.path_for(sha)
            if not path.is_file():
                found.append({"kind": "evidence_missing", "sha256": sha, "name": name})
            elif not self._matches(path, sha):
                found.append({"kind": "evidence_altered", "sha256": sha, "name": name})
        return found
