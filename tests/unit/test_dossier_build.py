"""The dossier of the demo assessment: sections, pages, fonts, searchable text, reproducibility."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pypdf
import pypdfium2 as pdfium
import pytest

from ecoassess.demo import create_demo
from ecoassess.dossier.export import build_dossier, document_id
from ecoassess.errors import ExportError, ValidationError
from ecoassess.i18n import message
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store

LANGS = ("th", "en", "both")
HARD_NOTE = (
    "ผู้ใหญ่บ้านที่นี่ช่วยปั้นโอ่งดินเผาและฟื้นฟูคลอง ตรวจวัดน้ำเสียทุกค่ำ ก๊าซเรือนกระจกลดลง "
    "บัญชีฐุและญูทดสอบ พนักงานมีความกตัญญูต่อชุมชน"
)
SECTIONS = ["sec.contents", "sec.profile", "sec.general", "sec.results", "sec.criteria",
            "sec.improvement", "sec.gaps", "sec.evidence", "sec.matrix", "sec.declaration"]


def _squash(text: str) -> str:
    return "".join(text.split())


def _pages_text(path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


EPOCH = "1780000000"  # 28 May 2026: the as-of time, so that rebuilds give the same bytes


@pytest.fixture(scope="module", autouse=True)
def as_of():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield


def _doc_id(assessment, scheme, lang, with_evidence=False):
    from ecoassess.asof import as_of_date

    return document_id(assessment, scheme, lang, with_evidence, as_of_date())


@pytest.fixture(scope="module")
def demo(tmp_path_factory, as_of):
    root = tmp_path_factory.mktemp("dossier")
    store = open_store(root / "data")
    assessment_id = create_demo(store)
    store.save_answer(assessment_id, "C03", note=HARD_NOTE)
    assessment = store.get_assessment(assessment_id)
    scheme = load_scheme()
    result = evaluate_assessment(scheme, assessment)
    pdfs = {lang: build_dossier(assessment, scheme, result, lang, root / f"dossier-{lang}.pdf")
            for lang in LANGS}

    def resolver(ev):
        return store.evidence_file(ev.sha256, ev.original_name)

    yield SimpleNamespace(store=store, assessment=assessment, scheme=scheme, result=result,
                          root=root, pdfs=pdfs, resolver=resolver,
                          texts={lang: _pages_text(path) for lang, path in pdfs.items()})
    store.close()


def _label(key: str, lang: str) -> str:
    if lang == "both":
        return f"{message('dossier.' + key, 'th')} / {message('dossier.' + key, 'en')}"
    return message("dossier." + key, lang)


def _outline(path) -> list[tuple[int, str, int]]:
    reader = pypdf.PdfReader(str(path))
    found = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_sections_present_in_order(demo, lang):
    outline = _outline(demo.pdfs[lang])
    top = [(title, page) for level, title, page in outline if level == 0]
    assert [title for title, _ in top] == [_label(key, lang) for key in SECTIONS]
    pages = [page for _, page in top]
    assert pages == sorted(pages)
    criteria = [title for level, title, _ in outline if level == 1]
    assert len(criteria) == 14
    first = demo.scheme.criteria[0].name
    assert (first.en if lang == "en" else first.th) in criteria[0]
    for title, page in top:  # each heading is really printed on the page the outline names
        heading = title.split(" / ")[0]
        assert _squash(heading) in _squash(demo.texts[lang][page - 1])


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_header_and_page_x_of_y(demo, lang):
    texts = demo.texts[lang]
    total = len(texts)
    assert 15 <= total <= 80
    profile = demo.assessment.profile
    factory = profile.name_en if lang == "en" else profile.name_th
    doc_id = _doc_id(demo.assessment, demo.scheme, lang)
    for number, text in enumerate(texts, 1):
        page_label = message("dossier.page_of", "en" if lang == "en" else "th", page=number, total=total)
        squashed = _squash(text)
        assert _squash(page_label) in squashed, number
        assert _squash(factory) in squashed, number
        assert doc_id in squashed, number


@pytest.mark.parametrize("lang", LANGS)
def test_contents_lists_the_right_page_numbers(demo, lang):
    contents = "".join(_squash(t) for t in demo.texts[lang][1:3])
    for level, title, page in _outline(demo.pdfs[lang]):
        if level == 0 and title != _label("sec.contents", lang):
            heading = _squash(title.replace(" / ", "\n"))
            assert f"{heading}{page}" in contents, title


@pytest.mark.parametrize("lang", LANGS)
def test_all_fonts_are_embedded_sarabun(demo, lang):
    reader = pypdf.PdfReader(str(demo.pdfs[lang]))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            assert "Sarabun" in str(font["/BaseFont"])
            # one CID font per face: two-byte codes, each with its own ToUnicode text
            assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
            assert "/ToUnicode" in font
    assert any("Sarabun-Bold" in name for name in seen)


def _pypdf_text(path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.mark.parametrize("lang", ["th", "both"])
@pytest.mark.parametrize("extractor", ["pdfium", "pypdf"])
def test_thai_text_extracts_exactly(demo, lang, extractor):
    text = "".join(demo.texts[lang]) if extractor == "pdfium" else _pypdf_text(demo.pdfs[lang])
    text = _squash(text)
    expected = [c.name.th for c in demo.scheme.criteria] + [HARD_NOTE, demo.assessment.profile.name_th]
    expected += [a.note for a in demo.assessment.answers.values() if a.note]
    expected += [ev.description for ev in demo.assessment.evidence]
    missing = [s for s in expected if _squash(s) not in text]
    assert missing == []
    assert not any(0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000 for ch in text)


def test_english_dossier_speaks_english(demo):
    text = _squash("".join(demo.texts["en"]))
    for criterion in demo.scheme.criteria:
        assert _squash(criterion.name.en) in text
    assert _squash("15 November 2026") in text
    assert _squash(message("dossier.sec.evidence", "en")) in text


def test_thai_dates_are_buddhist_era(demo):
    cover = _squash(demo.texts["th"][0])
    assert "15พฤศจิกายน2569" in cover
    assert "2026" not in cover.replace("2026.1", "")


def test_draft_criteria_are_marked_in_contents_headings_and_outline(demo):
    text = _squash("".join(demo.texts["th"]))
    tag = message("dossier.draft_tag", "th")
    drafts = [c for c in demo.scheme.criteria if c.draft]
    assert len(drafts) >= 9
    for c in drafts:  # in the contents and on the criterion's own heading
        assert text.count(_squash(f"{c.name.th} {tag}")) >= 2, c.id
    outline = [title for level, title, _ in _outline(demo.pdfs["th"]) if level == 1]
    assert sum(tag in title for title in outline) == len(drafts)
    banner = _squash(demo.scheme.provenance_labels["draft"].banner.th)
    assert text.count(banner) >= len(drafts)


def test_rebuild_is_byte_identical(demo, tmp_path):
    for lang in LANGS:
        again = build_dossier(demo.assessment, demo.scheme, demo.result, lang, tmp_path / f"{lang}.pdf")
        assert again.read_bytes() == demo.pdfs[lang].read_bytes(), lang


def test_document_id_is_a_content_hash(demo):
    same = _doc_id(demo.assessment, demo.scheme, "th")
    assert same == _doc_id(replace(demo.assessment), demo.scheme, "th")
    assert same != _doc_id(demo.assessment, demo.scheme, "en")
    changed = replace(demo.assessment, signatory_name="นางสาวน้ำค่ำ ผู้ใหญ่")
    assert same != _doc_id(changed, demo.scheme, "th")


def test_with_evidence_lays_in_pdf_pages_and_images(demo, tmp_path):
    first = build_dossier(demo.assessment, demo.scheme, demo.result, "both", tmp_path / "a.pdf",
                          with_evidence=True, evidence_resolver=demo.resolver)
    second = build_dossier(demo.assessment, demo.scheme, demo.result, "both", tmp_path / "b.pdf",
                           with_evidence=True, evidence_resolver=demo.resolver)
    assert first.read_bytes() == second.read_bytes()
    texts = _pages_text(first)
    pdf_evidence = [ev for ev in demo.assessment.evidence if ev.media_type == "application/pdf"]
    assert len(texts) >= len(demo.texts["both"]) + len(pdf_evidence)
    annex = _squash("".join(texts[len(demo.texts["both"]) - 1:]))
    assert "ISO14001:2015" in annex  # text of the ISO 14001 certificate's own page
    reader = pypdf.PdfReader(str(first))
    images = sum(len(page.images) for page in reader.pages)
    assert images >= sum(1 for ev in demo.assessment.evidence if ev.media_type.startswith("image/"))
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert _squash(message("dossier.page_of", "th", page=number, total=total)) in _squash(text)


def test_pages_render_and_are_not_blank(demo):
    pdf = pdfium.PdfDocument(str(demo.pdfs["both"]))
    try:
        for i in range(len(pdf)):
            image = pdf[i].render(scale=0.5).to_pil().convert("L")
            width, height = image.size
            body = image.crop((0, int(height * 0.08), width, int(height * 0.9)))
            dark = sum(body.histogram()[:200])
            assert dark > 0.004 * body.width * body.height, f"page {i + 1} looks blank"
    finally:
        pdf.close()


def test_failed_export_keeps_the_older_file(demo, tmp_path, monkeypatch):
    out = build_dossier(demo.assessment, demo.scheme, demo.result, "en", tmp_path / "dossier.pdf")
    older = out.read_bytes()

    def broken(*args, **kwargs):
        raise ExportError("error.dossier_layout", detail="test")

    monkeypatch.setattr("ecoassess.dossier.export.render", broken)
    with pytest.raises(ExportError):
        build_dossier(demo.assessment, demo.scheme, demo.result, "th", out)
    assert out.read_bytes() == older
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


def test_failure_while_renaming_leaves_no_half_file(demo, tmp_path, monkeypatch):
    out = build_dossier(demo.assessment, demo.scheme, demo.result, "en", tmp_path / "dossier.pdf")
    older = out.read_bytes()

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ecoassess.fileio.os.replace", refuse)
    with pytest.raises(ExportError) as info:
        build_dossier(demo.assessment, demo.scheme, demo.result, "th", out)
    assert info.value.key == "error.dossier_write"
    assert out.read_bytes() == older
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


def test_unwritable_path_fails_before_anything_is_rendered(demo, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    rendered = []
    monkeypatch.setattr("ecoassess.dossier.export.render_dossier",
                        lambda *a, **k: rendered.append(1) or b"")
    with pytest.raises(ValidationError) as info:  # the output check, before any rendering
        build_dossier(demo.assessment, demo.scheme, demo.result, "th", blocker / "dossier.pdf")
    assert str(blocker) in info.value.message("th") and "โฟลเดอร์" in info.value.message("th")
    assert rendered == []


def test_output_on_the_database_or_a_foreign_file_is_refused_before_rendering(demo, tmp_path):

    data_root = demo.root / "data"
    with pytest.raises(ValidationError):
        build_dossier(demo.assessment, demo.scheme, demo.result, "th",
                      data_root / "ecoassess.sqlite3", data_root=data_root)
    foreign = tmp_path / "someone-elses.pdf"
    foreign.write_bytes(b"%PDF-1.4 not ours")
    with pytest.raises(ValidationError):
        build_dossier(demo.assessment, demo.scheme, demo.result, "th", foreign)
    assert foreign.read_bytes() == b"%PDF-1.4 not ours"


def test_missing_evidence_file_is_listed_with_its_reason(demo, tmp_path):
    out = build_dossier(demo.assessment, demo.scheme, demo.result, "en", tmp_path / "x.pdf",
                        with_evidence=True, evidence_resolver=lambda ev: tmp_path / "gone" / ev.sha256)
    text = _squash("".join(_pages_text(out)))
    reason = message("dossier.annex_problem", "en", reason=message("dossier.reason.missing", "en"))
    assert text.count(_squash(reason)) == len(demo.assessment.evidence)
    assert _squash(demo.assessment.evidence[0].original_name) in text


def test_unknown_language_is_refused(demo, tmp_path):
    with pytest.raises(ExportError):
        build_dossier(demo.assessment, demo.scheme, demo.result, "fr", tmp_path / "x.pdf")


def test_not_applicable_criterion_shows_its_justification(demo, tmp_path):
    from ecoassess.model import ItemAnswer

    why = "โรงงานไม่มีรถขนส่งของตนเอง ใช้บริการขนส่งภายนอกทั้งหมด ที่นี่จึงไม่เกี่ยวข้อง"
    answers = dict(demo.assessment.answers)
    answers["C09"] = ItemAnswer("C09", {}, not_applicable=True, justification=why)
    settings = {"not_applicable_allowed": ["C09"]}
    assessment = replace(demo.assessment, answers=answers, settings=settings)
    result = evaluate_assessment(demo.scheme, assessment)
    assert result.criterion("C09").not_applicable
    out = build_dossier(assessment, demo.scheme, result, "th", tmp_path / "na.pdf")
    text = _squash("".join(_pages_text(out)))
    assert _squash(why) in text
    assert _squash(message("dossier.na_justification", "th")) in text


def test_same_bytes_in_a_fresh_process_after_other_dossiers(demo, tmp_path):  # noqa: ARG001
    """Caches (shaping, segmentation, glyph codes) must not leak into the output."""
    import pickle
    import subprocess
    import sys

    state = tmp_path / "assessment.pickle"
    state.write_bytes(pickle.dumps(demo.assessment))
    out = tmp_path / "fresh-th.pdf"
    script = (
        "import pickle, sys\n"
        "from pathlib import Path\n"
        "from ecoassess.scheme import load_scheme\n"
        "from ecoassess.scoring import evaluate_assessment\n"
        "from ecoassess.dossier.export import build_dossier, render_dossier\n"
        "a = pickle.loads(Path(sys.argv[1]).read_bytes())\n"
        "s = load_scheme(); r = evaluate_assessment(s, a)\n"
        "render_dossier(a, s, r, 'en'); render_dossier(a, s, r, 'both')\n"
        "build_dossier(a, s, r, 'th', Path(sys.argv[2]))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(state), str(out)], check=True, timeout=300)
    assert out.read_bytes() == demo.pdfs["th"].read_bytes()


def test_very_long_texts_split_across_pages(demo, tmp_path):
    long = "ผู้ใหญ่บ้านที่นี่ช่วยปั้นโอ่งดินเผาและฟื้นฟูคลอง ตรวจวัดน้ำเสียทุกค่ำ " * 120
    answers = dict(demo.assessment.answers)
    answers["G1"] = replace(answers["G1"], note=long)
    evidence = [replace(ev, description=long) if i == 0 else ev
                for i, ev in enumerate(demo.assessment.evidence)]
    assessment = replace(demo.assessment, answers=answers, evidence=evidence)
    out = build_dossier(assessment, demo.scheme, evaluate_assessment(demo.scheme, assessment), "th",
                        tmp_path / "long.pdf")
    texts = _pages_text(out)
    assert len(texts) > len(demo.texts["th"]) + 3
    # both long texts come back whole but for phrases cut by a page break
    assert _squash("".join(texts)).count("ตรวจวัดน้ำเสียทุกค่ำ") >= 2 * 120 - 10
