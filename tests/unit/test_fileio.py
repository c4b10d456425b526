"""Output paths and atomic writes: nothing the app writes lands on what it depends on."""

from __future__ import annotations

import os
import stat
import zipfile

import pytest

from ecoassess import fileio
from ecoassess.errors import ExportError, ValidationError


@pytest.fixture()
def data_root(tmp_path):
    root = tmp_path / "data"
    for name in ("evidence", "backups", "staging", "schemes"):
        (root / name).mkdir(parents=True)
    (root / "ecoassess.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    (root / "evidence" / ("a" * 64)).write_bytes(b"evidence")
    return root


@pytest.mark.parametrize("name", ["ecoassess.sqlite3", "ecoassess.sqlite3-wal", "ecoassess.sqlite3-shm",
                                  "ecoassess.sqlite3-journal", "ecoassess.lock", "evidence/" + "a" * 64,
                                  "backups/new.pdf", "staging/x.pdf", "schemes/x.yaml"])
def test_files_the_app_depends_on_are_refused(data_root, name):
    with pytest.raises(ValidationError) as caught:
        fileio.check_output(data_root / name, kind="pdf", data_root=data_root)
    assert caught.value.key in ("output.app_file", "output.in_data_folder")
    assert (data_root / "ecoassess.sqlite3").read_bytes().startswith(b"SQLite")


def test_the_database_reached_through_a_symlink_is_refused(data_root, tmp_path):
    link = tmp_path / "report.pdf"
    link.symlink_to(data_root / "ecoassess.sqlite3")
    with pytest.raises(ValidationError):
        fileio.check_output(link, kind="pdf", data_root=data_root)


def test_the_commands_own_input_is_refused(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text("{}", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        fileio.check_output(answers, kind="pdf", inputs=[answers])
    assert caught.value.key == "output.is_input"


def test_an_existing_file_of_another_kind_needs_force(tmp_path):
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"my own notes")
    with pytest.raises(ValidationError) as caught:
        fileio.check_output(other, kind="pdf")
    assert "--force" in caught.value.message("th")
    assert fileio.check_output(other, kind="pdf", force=True) == other.resolve()


def test_files_the_app_made_may_be_replaced(tmp_path):
    pdf = tmp_path / "dossier.pdf"
    pdf.write_bytes(b"%PDF-1.5\n...\n/Producer (ecoassess 0.1)\n%%EOF")
    assert fileio.check_output(pdf, kind="pdf") == pdf.resolve()
    package = tmp_path / "f.ecoassess"
    with zipfile.ZipFile(package, "w") as zf:
        zf.writestr("manifest.json", '{"format": "ecoassess-package"}')
    assert fileio.check_output(package, kind="package") == package.resolve()
    csv = tmp_path / "sheet.csv"
    csv.write_bytes(fileio.CSV_BOM + b"factory,assessment_id\r\n")
    assert fileio.check_output(csv, kind="csv", csv_headers=[["factory", "assessment_id"]])
    with pytest.raises(ValidationError):
        fileio.check_output(csv, kind="csv", csv_headers=[["code", "points"]])


def test_empty_and_folder_outputs_are_refused(tmp_path):
    with pytest.raises(ValidationError):
        fileio.check_output("", kind="pdf")
    with pytest.raises(ValidationError):
        fileio.check_output(tmp_path, kind="pdf")


def test_atomic_write_keeps_the_old_files_mode_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o600)
    fileio.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
    fresh = tmp_path / "fresh.pdf"
    fileio.atomic_write(fresh, lambda fh: fh.write(b"streamed"))
    assert fresh.read_bytes() == b"streamed"
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~fileio._umask()


def test_a_failed_write_keeps_the_old_file_and_says_why_in_thai(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def fails(fh):
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError) as caught:
        fileio.atomic_write(target, fails)
    assert target.read_bytes() == b"old"
    assert "ดิสก์เต็ม" in caught.value.message("th")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_new_file_anywhere_in_the_data_folder_is_refused_naming_the_folder(data_root):
    with pytest.raises(ValidationError) as caught:
        fileio.check_output(data_root / "report.pdf", kind="pdf", data_root=data_root, force=True)
    assert caught.value.key == "output.in_data_folder"
    assert str(data_root.resolve()) in caught.value.message("th")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and character devices are POSIX")
def test_fifos_and_devices_are_refused_as_inputs_and_outputs(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for special in (fifo, "/dev/zero"):
        with pytest.raises(ValidationError) as caught:
            fileio.open_input(special)  # returns at once: O_NONBLOCK, then fstat
        assert caught.value.key == "input.special"
    with pytest.raises(ValidationError) as caught:
        fileio.check_output(fifo, kind="csv", force=True)
    assert caught.value.key == "output.special"
    with pytest.raises(ValidationError) as caught:
        fileio.open_input(tmp_path)
    assert caught.value.key == "input.folder"


def test_windows_device_names_are_recognised_on_any_system():
    for name in ("NUL", "con.pdf", "COM1.ecoassess", "\\\\.\\PhysicalDrive0", "lpt9"):
        assert fileio.is_device_name(name), name
    for name in ("console.pdf", "nullable.csv", "report.pdf"):
        assert not fileio.is_device_name(name), name


def test_every_output_kind_is_named_in_both_languages(tmp_path):
    from ecoassess.i18n import message

    for kind in fileio.KINDS:
        for lang in ("th", "en"):
            assert message(f"output.kind.{kind}", lang) != f"output.kind.{kind}"
        other = tmp_path / f"someone-elses.{kind}"
        other.write_bytes(b"not made by the app")
        with pytest.raises(ValidationError) as caught:
            fileio.check_output(other, kind=kind)
        assert "{" not in caught.value.message("th") and "output.kind" not in caught.value.message("en")
