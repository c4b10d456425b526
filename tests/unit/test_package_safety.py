"""Safe import: each kind of bad .ecoassess file is refused clearly and changes nothing."""

from __future__ import annotations

import json
import stat
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ecoassess.errors import EcoAssessError
from ecoassess.package import Limits, pack_assessment, unpack_package
from ecoassess.storage import open_store
from tests.unit.portable_helpers import (
    db_dump,
    fix_manifest,
    make_assessment,
    read_entries,
    tree,
    write_entries,
)


@pytest.fixture()
def package(tmp_path):
    store = open_store(tmp_path / "src")
    aid = make_assessment(store, tmp_path / "files")
    path = pack_assessment(store, aid, tmp_path / "good.ecoassess")
    store.close()
    return path


@pytest.fixture()
def target(tmp_path):
    store = open_store(tmp_path / "dst")
    yield store
    store.close()


def refused(target, path: Path, key: str, limits: Limits | None = None) -> str:
    before_db, before_dir = db_dump(target.layout.root), tree(target.layout.root)
    outside = tree(path.parent, skip=target.layout.root)
    with pytest.raises(EcoAssessError) as info:
        unpack_package(target, path, limits=limits)
    assert info.value.key == key, info.value.message("en")
    assert db_dump(target.layout.root) == before_db
    assert tree(target.layout.root) == before_dir
    assert tree(path.parent, skip=target.layout.root) == outside
    text = info.value.message("th")
    assert "ไม่ได้นำเข้าข้อมูลใด ๆ" in text and "{" not in text
    return info.value.message("en")


def evidence_names(entries):
    return [n for n in entries if n.startswith("evidence/")]


@pytest.mark.parametrize(("name", "key"), [
    ("/etc/evil", "package.absolute_path"),
    ("C:\\evil.txt", "package.absolute_path"),
    ("../evil", "package.parent_path"),
    ("evidence/../../evil", "package.parent_path"),
    ("evidence\\..\\evil", "package.parent_path"),
    ("notes.txt", "package.unexpected_member"),
    ("evidence/ABC", "package.unexpected_member"),
])
def test_path_tricks_refused(package, target, tmp_path, name, key):
    entries = read_entries(package)
    entries[name] = b"payload"
    message = refused(target, write_entries(tmp_path / "bad.ecoassess", entries), key)
    assert name[:10] in message


def test_symlink_refused(package, target, tmp_path):
    entries = read_entries(package)
    link = zipfile.ZipInfo(evidence_names(entries)[0])
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    pairs = [(n, d) for n, d in entries.items() if n != link.filename] + [(link, b"/etc/passwd")]
    refused(target, write_entries(tmp_path / "bad.ecoassess", pairs), "package.link")


def test_duplicate_member_refused(package, target, tmp_path):
    entries = read_entries(package)
    pairs = list(entries.items()) + [("assessment.json", b"{}")]
    refused(target, write_entries(tmp_path / "bad.ecoassess", pairs), "package.duplicate")


@pytest.mark.parametrize("version", [2, 99])
def test_newer_format_version_refused(package, target, tmp_path, version):
    entries = read_entries(package)
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = version
    entries["manifest.json"] = json.dumps(manifest).encode()
    message = refused(target, write_entries(tmp_path / "bad.ecoassess", entries), "package.newer_format")
    assert "update" in message


@pytest.mark.parametrize("bad", [b"{", b'{"a": 1, "a": 2}', b"[NaN]", b"\xff\xfe", b"[" * 100_000,
                                 b"[" * 500 + b"]" * 500])
def test_malformed_json_refused(package, target, tmp_path, bad):
    entries = fix_manifest({**read_entries(package), "assessment.json": bad})
    refused(target, write_entries(tmp_path / "bad.ecoassess", entries), "package.bad_json")


def test_altered_evidence_refused(package, target, tmp_path):
    entries = read_entries(package)
    name = evidence_names(entries)[0]
    entries[name] = entries[name][:-1] + b"!"
    refused(target, write_entries(tmp_path / "bad.ecoassess", entries), "package.hash_mismatch")


def test_missing_evidence_refused(package, target, tmp_path):
    entries = read_entries(package)
    del entries[evidence_names(entries)[0]]
    refused(target, write_entries(tmp_path / "bad.ecoassess", entries), "package.manifest_mismatch")


def test_oversize_member_refused(package, target, tmp_path):
    refused(target, package, "package.member_too_large", Limits(max_evidence_bytes=20_000))


def test_total_size_cap(package, target):
    refused(target, package, "package.too_large", Limits(max_total_bytes=30_000))


def test_compression_bomb_refused_while_streaming(package, target, tmp_path):
    entries = read_entries(package)
    name = evidence_names(entries)[1]
    entries[name] = bytes(50 * 1024 * 1024)  # 50 MB of zeros deflate to about 50 KB
    bomb = write_entries(tmp_path / "bomb.ecoassess", entries)
    assert bomb.stat().st_size < 200_000
    # The ratio guard starts at 256 MB by default (honest files compress well too); scaled
    # down here, it stops the stream long before the 50 MB are out.
    refused(target, bomb, "package.bomb", Limits(ratio_floor_bytes=8 * 1024 * 1024))


def test_lying_header_sizes_do_not_help(package, target, tmp_path):
    """A header claiming a small size cannot smuggle more bytes: zipfile stops, CRC or hash fail."""
    data = bytearray(package.read_bytes())
    entries = read_entries(package)
    name = max(evidence_names(entries), key=lambda n: len(entries[n])).encode()
    entry = data.rfind(name) - 46  # the central directory is at the end; its entries are 46 + name
    assert data[entry: entry + 4] == b"PK\x01\x02"
    data[entry + 24: entry + 28] = (100).to_bytes(4, "little")  # the uncompressed size
    bad = tmp_path / "liar.ecoassess"
    bad.write_bytes(bytes(data))
    with pytest.raises(EcoAssessError) as info_err:
        unpack_package(target, bad)
    assert info_err.value.key.startswith("package.")
    assert target.list_assessments() == []


@pytest.mark.parametrize(("content", "key"), [
    (b"", "package.not_zip"), (b"not a zip at all", "package.not_zip"),
    (b"PK\x05\x06" + bytes(18), "package.missing_member"),  # an empty archive
])
def test_not_a_package_refused(target, tmp_path, content, key):
    bad = tmp_path / "bad.ecoassess"
    bad.write_bytes(content)
    refused(target, bad, key)


def test_unknown_scheme_refused(package, target, tmp_path):
    entries = read_entries(package)
    doc, manifest = json.loads(entries["assessment.json"]), json.loads(entries["manifest.json"])
    doc["scheme"] = manifest["scheme"]["id"] = "other-scheme"
    entries["assessment.json"], entries["manifest.json"] = json.dumps(doc).encode(), json.dumps(manifest).encode()
    message = refused(target, write_entries(tmp_path / "bad.ecoassess", fix_manifest(entries)),
                      "package.unknown_scheme")
    assert "other-scheme" in message


def _with_scheme_version(package, tmp_path, version, c01=None):
    entries = read_entries(package)
    doc, manifest = json.loads(entries["assessment.json"]), json.loads(entries["manifest.json"])
    doc["scheme_version"] = manifest["scheme"]["version"] = version
    manifest["scheme"]["fingerprint"] = "0" * 64
    if c01 is not None:
        doc["package"]["answers"]["C01"]["value"] = c01
    entries["assessment.json"], entries["manifest.json"] = json.dumps(doc).encode(), json.dumps(manifest).encode()
    return write_entries(tmp_path / f"v{version}.ecoassess", fix_manifest(entries))


def test_other_scheme_version_mapped_when_ids_allow(package, target, tmp_path):
    from ecoassess.scheme import load_scheme

    result = unpack_package(target, _with_scheme_version(package, tmp_path, "2025.9"))
    assert result.mapped_from == "2025.9"
    imported = target.get_assessment(result.assessment_id)
    assert imported.scheme_version == load_scheme().version
    assert imported.answers["C01"].value["target_achievement_pct"] == 60.0


def test_other_scheme_version_refused_when_ids_do_not_map(package, target, tmp_path):
    bad = _with_scheme_version(package, tmp_path, "2025.9", c01={"legacy_input": 1})
    message = refused(target, bad, "package.scheme_unmapped")
    assert "C01.legacy_input" in message


def test_times_with_a_zone_are_kept_as_the_same_instant(package, target, tmp_path):
    """Packages since the UTC change carry offsets; a Bangkok time is the same instant in UTC."""
    entries = read_entries(package)
    doc = json.loads(entries["assessment.json"])
    doc["package"]["assessment"]["updated_at"] = "2026-11-01T10:00:00+07:00"
    entries["assessment.json"] = json.dumps(doc).encode()
    result = unpack_package(target, write_entries(tmp_path / "tz.ecoassess", fix_manifest(entries)))
    stored = target.get_assessment(result.assessment_id).updated_at
    assert stored == datetime(2026, 11, 1, 3, 0, tzinfo=UTC) and stored.utcoffset() == timedelta(0)
