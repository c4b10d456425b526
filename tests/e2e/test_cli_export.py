"""`export`: the dossier PDF from the command line, for a stored assessment or an answer file."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[2]
DEMO_ANSWERS = ROOT / "ecoassess" / "resources" / "demo" / "answers.json"


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join("".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    finally:
        pdf.close()


def _demo_id(cli) -> str:
    assert cli("demo").code == 0
    return cli("list", "--json").json()[0]["id"]


def test_export_the_demo_in_both_languages_with_evidence(cli, tmp_path):
    assessment_id = _demo_id(cli)
    out = tmp_path / "dossier.pdf"
    run = cli("export", assessment_id[:8], "--lang", "both", "-o", str(out), "--with-evidence")
    assert run.code == 0, run.err
    assert str(out) in run.out
    text = _text(out)
    assert "การจัดการก๊าซเรือนกระจก" in text and "Greenhousegasmanagement" in text
    assert "ISO14001:2015" in text  # a page of the attached certificate


def test_export_replaces_an_older_file_and_defaults_to_thai(cli, tmp_path):
    assessment_id = _demo_id(cli)
    out = tmp_path / "dossier.pdf"
    out.write_bytes(b"old")  # the user's own file: kept unless --force says otherwise
    refused = cli("export", assessment_id, "-o", str(out))
    assert refused.code == 1 and "--force" in refused.err and out.read_bytes() == b"old"
    run = cli("export", assessment_id, "-o", str(out), "--force")
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"%PDF")
    assert "ข้อกำหนดทั่วไป" in _text(out)
    again = cli("export", assessment_id, "-o", str(out))  # a dossier of the app: replaced
    assert again.code == 0, again.err


def test_export_an_answer_file(cli, tmp_path):
    out = tmp_path / "from-file.pdf"
    run = cli("export", str(DEMO_ANSWERS), "--lang", "en", "-o", str(out))
    assert run.code == 0, run.err
    assert "Rawmaterialmanagement" in _text(out)


def test_a_pasted_file_as_a_note_is_a_reason_not_a_five_minute_export(cli, tmp_path):
    import json

    data = json.loads(DEMO_ANSWERS.read_text(encoding="utf-8"))
    data["prerequisites"]["G1"]["note"] = "บันทึกค่ามิเตอร์ " * 700_000  # about 10 MB pasted in
    big = tmp_path / "answers.json"
    big.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "dossier.pdf"
    run = cli("export", str(big), "-o", str(out), lang="th")
    assert run.code == 1 and len(run.err.strip().splitlines()) == 1
    assert "G1.note" in run.err and "แนบเป็นไฟล์หลักฐาน" in run.err
    assert not out.exists()


def test_unwritable_output_is_one_line_in_the_users_language(cli, tmp_path):
    assessment_id = _demo_id(cli)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = cli("export", assessment_id, "-o", str(blocker / "out.pdf"), lang="th")
    assert run.code == 1
    assert run.out == ""
    assert run.err.strip().startswith("ไม่มีโฟลเดอร์")
    assert len(run.err.strip().splitlines()) == 1
