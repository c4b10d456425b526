"""Fuzz: mutated .ecoassess files either import whole and equal, or are refused and change nothing."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecoassess.errors import EcoAssessError
from ecoassess.package import Limits, OnConflict, pack_assessment, read_package, unpack_package
from ecoassess.scheme import load_scheme
from ecoassess.scoring.certificates import move_assessment
from ecoassess.storage import open_store
from tests.unit.portable_helpers import (
    comparable,
    db_dump,
    fix_manifest,
    make_assessment,
    read_entries,
    tree,
    write_entries,
)

LIMITS = Limits(max_evidence_bytes=1024 * 1024, max_total_bytes=3 * 1024 * 1024, max_ratio=50.0,
                ratio_floor_bytes=256 * 1024)
ESCAPE = f"/tmp/ecoassess-fuzz-{os.getpid()}-escaped"
TRICKS = ["../escaped", "/tmp/x", ESCAPE, "evidence/../../escaped", "C:\\escaped", "evidence/",
          "evidence/" + "0" * 64, "assessment.json", "manifest.json", "a/b/../../../escaped", ".", "evidence/.."]


def _truncate(data: bytes, entries: dict, draw) -> bytes | list:
    return data[: draw(st.integers(0, len(data) - 1))]


def _flip(data: bytes, entries: dict, draw) -> bytes | list:
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(buf) - 1))
        buf[pos] ^= 1 << draw(st.integers(0, 7))
    return bytes(buf)


def _swap(data: bytes, entries: dict, draw) -> bytes | list:
    names = sorted(entries)
    a, b = draw(st.permutations(names))[:2]
    swapped = dict(entries)
    swapped[a], swapped[b] = entries[b], entries[a]
    return fix_manifest(swapped) if draw(st.booleans()) else swapped


def _path_trick(data: bytes, entries: dict, draw) -> bytes | list:
    name = draw(st.sampled_from(TRICKS))
    pairs = list(entries.items())
    if draw(st.booleans()):  # rename an existing member
        i = draw(st.integers(0, len(pairs) - 1))
        pairs[i] = (name, pairs[i][1])
    else:
        pairs.append((name, b"payload"))
    if draw(st.booleans()):
        info = zipfile.ZipInfo(pairs[-1][0])
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        pairs[-1] = (info, pairs[-1][1])
    return pairs


def _bomb(data: bytes, entries: dict, draw) -> bytes | list:
    name = draw(st.sampled_from([n for n in entries if n.startswith("evidence/")] + ["assessment.json"]))
    size = draw(st.sampled_from([300_000, 2_000_000, 8_000_000]))
    bombed = {**entries, name: bytes(size)}
    return fix_manifest(bombed) if draw(st.booleans()) else bombed


def _json_edit(data: bytes, entries: dict, draw) -> bytes | list:
    member = draw(st.sampled_from(["manifest.json", "assessment.json"]))
    doc = json.loads(entries[member])
    key = draw(st.sampled_from(sorted(doc)))
    doc[key] = draw(st.one_of(st.none(), st.integers(-2, 3), st.text(max_size=5), st.just([]),
                              st.just({"format_version": 2})))
    edited = {**entries, member: json.dumps(doc).encode()}
    return fix_manifest(edited) if member == "assessment.json" else edited


def _leaves(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    yield path


def _deep_edit(data: bytes, entries: dict, draw) -> bytes | list:
    """Change one value anywhere in a JSON member (hashes recomputed, so only validation can catch
    it): the file then either imports exactly as it says, or is refused."""
    member = draw(st.sampled_from(["manifest.json", "assessment.json"]))
    doc = json.loads(entries[member])
    path = draw(st.sampled_from(sorted(_leaves(doc), key=repr)))
    if not path:
        return entries
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = draw(st.one_of(
        st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False),
        st.text(max_size=8), st.sampled_from(["../x", "/etc/passwd", "C99", "0" * 64, "2026-13-40",
                                               "2026-01-01T00:00:00+07:00"]),
        st.just({}), st.just([[[[]]]])))
    return fix_manifest({**entries, member: json.dumps(doc, ensure_ascii=False).encode()})


MUTATIONS = {"truncate": _truncate, "flip": _flip, "swap": _swap, "path": _path_trick,
             "bomb": _bomb, "json": _json_edit, "deep": _deep_edit}
# Cases per mutation kind; set ECOASSESS_FUZZ_PER_KIND for a longer, randomised hunt.
PER_KIND = int(os.environ.get("ECOASSESS_FUZZ_PER_KIND", "40"))
DERANDOMIZE = "ECOASSESS_FUZZ_PER_KIND" not in os.environ


def _check_imported(target, result, case: Path, original, kind: str) -> None:
    """Imported means equal to what the file holds; after raw byte damage, equal to the original
    too (edits with recomputed hashes make a different but consistent file)."""
    contents = read_package(case)
    move_assessment(contents.assessment, load_scheme())  # a G2 route in the file lands on the profile
    imported = target.get_assessment(result.assessment_id)
    said, got = comparable(contents.assessment), comparable(imported)
    for in_file, stored in zip(said["evidence"], got["evidence"], strict=False):
        if in_file["imported_at"] is None:  # a file without the time: the import's own is kept
            assert stored["imported_at"] is not None
            stored["imported_at"] = None
    assert got == said
    if kind in ("truncate", "flip"):
        assert comparable(imported) == comparable(original)
    with zipfile.ZipFile(case) as zf:
        for ev in imported.evidence:
            assert target.evidence_file(ev.sha256).read_bytes() == zf.read(f"evidence/{ev.sha256}")


def _fuzz_one_kind(kind: str, run) -> None:
    @settings(max_examples=PER_KIND, deadline=None, derandomize=DERANDOMIZE, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data_strategy=st.data())
    def one(data_strategy):
        run(kind, data_strategy)

    one()


def test_mutated_packages_import_whole_or_change_nothing(tmp_path, capsys):
    source = open_store(tmp_path / "src")
    aid = make_assessment(source, tmp_path / "files")
    good = pack_assessment(source, aid, tmp_path / "good.ecoassess")
    original = source.get_assessment(aid)
    source.close()
    data, entries = good.read_bytes(), read_entries(good)
    target = open_store(tmp_path / "dst")
    root = target.layout.root
    cases = tmp_path / "cases"
    cases.mkdir()
    outcomes: Counter[str] = Counter()

    def run(kind, data_strategy):
        mutated = MUTATIONS[kind](data, entries, data_strategy.draw)
        case = cases / f"case-{sum(outcomes.values())}.ecoassess"
        if isinstance(mutated, bytes):
            case.write_bytes(mutated)
        else:
            write_entries(case, mutated)
        before_db, before_data = db_dump(root), tree(root)
        outside = tree(tmp_path, skip=root)
        try:
            result = unpack_package(target, case, OnConflict.ASK, limits=LIMITS)
        except EcoAssessError as exc:
            outcomes[f"{kind}: refused"] += 1
            assert exc.key.startswith("package.") or exc.key.startswith("evidence."), exc.key
            assert exc.message("en") != exc.key and exc.message("th") != exc.key
            assert db_dump(root) == before_db
            assert tree(root) == before_data
        else:
            outcomes[f"{kind}: imported"] += 1
            _check_imported(target, result, case, original, kind)
            target.delete_assessment(result.assessment_id)
        assert tree(tmp_path, skip=root) == outside
        assert not Path(ESCAPE).exists() and not (tmp_path / "escaped").exists()
        assert not target.layout.staging.exists()

    try:
        for kind in sorted(MUTATIONS):  # every kind gets the same number of cases
            _fuzz_one_kind(kind, run)
    finally:
        target.close()
    total = sum(outcomes.values())
    with capsys.disabled():
        print(f"\nfuzz: tried {total} mutated packages: " +
              ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    assert total >= min(PER_KIND, 24) * len(MUTATIONS)  # small search spaces (bombs) end early
    assert {k.split(":")[0] for k in outcomes} == set(MUTATIONS)
    assert any(k.endswith("refused") for k in outcomes)
