"""A change made from the command line moves the assessment's `updated_at`, which the home list's
readiness cache is keyed on: `unpack --replace` of a consultant's corrected file marks every
assessment of the factory whose shared profile it corrects, and one that carries the time
already here with other answers."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.unit.portable_helpers import fix_manifest, read_entries, write_entries

A_WEEK_AGO = "2026-11-28 02:00:00.000000+00:00"


@pytest.fixture()
def factory(cli, tmp_path):
    """The consultant's data folder (the demo factory's 2569 assessment, packed) and the
    factory's own, where that file was unpacked and next year's copy started; both of the
    factory's assessments last edited a week ago."""
    consultant = tmp_path / "consultant"
    demo = cli("demo", data_dir=consultant).out.strip()
    package = tmp_path / "demo.ecoassess"
    assert cli("pack", demo, "-o", str(package), data_dir=consultant).code == 0
    assert cli("unpack", str(package)).code == 0
    copy = cli("next-year", demo, "--json").json()["id"]
    conn = sqlite3.connect(cli.data / "ecoassess.sqlite3")
    with conn:
        conn.execute("UPDATE assessment SET updated_at = ?", (A_WEEK_AGO,))
    conn.close()
    return demo, copy, package


def _edited(package: Path, dest: Path, edit) -> Path:
    entries = read_entries(package)
    doc = json.loads(entries["assessment.json"])
    edit(doc)
    entries["assessment.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    return write_entries(dest, fix_manifest(entries))


def _times(cli) -> dict[str, datetime]:
    return {row["id"]: datetime.fromisoformat(row["updated_at"]) for row in cli("list", "--json").json()}


def test_a_corrected_profile_marks_next_year_s_copy_too(cli, factory, tmp_path):
    demo, copy, package = factory

    def rename(doc):
        doc["profile"]["name_en"] = "Siam Green Plastics Public Co., Ltd."

    corrected = _edited(package, tmp_path / "corrected.ecoassess", rename)
    started = datetime.now(UTC).replace(microsecond=0)
    run = cli("unpack", str(corrected), "--replace", "--json")
    assert run.code == 0 and run.json()["replaced"], run.err
    times = _times(cli)
    # The copy shares the factory's profile: it changed, so its figure must be worked out again.
    assert times[copy] >= started
    assert cli("show", copy, "--json").json()["profile"]["name_en"] == "Siam Green Plastics Public Co., Ltd."
    # The replaced one keeps the time of the file (when the consultant last edited it).
    assert times[demo] == datetime.fromisoformat(
        json.loads(read_entries(corrected)["assessment.json"])["package"]["assessment"]["updated_at"])


def test_a_file_with_the_time_already_here_but_other_answers_is_marked(cli, factory, tmp_path):
    """Made by an app that did not move the time for every change: the rows differ, the time
    does not. The figure kept for that time must not stand for the new answers."""
    demo, _copy, package = factory
    before = cli("score", demo, "--json").json()

    def same_time_other_answers(doc):
        doc["package"]["assessment"]["updated_at"] = A_WEEK_AGO.replace(" ", "T").replace(".000000", "")
        doc["criteria"]["C01"] = {"inventory": False, "status": "in_progress"}
        doc["package"]["answers"]["C01"].update(value={"inventory": False}, status="in_progress", note="")

    edited = _edited(package, tmp_path / "same-time.ecoassess", same_time_other_answers)
    started = datetime.now(UTC).replace(microsecond=0)
    assert cli("unpack", str(edited), "--replace").code == 0
    assert _times(cli)[demo] >= started
    assert cli("score", demo, "--json").json() != before
