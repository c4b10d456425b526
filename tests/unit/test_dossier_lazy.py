"""A long dossier is built part by part as the layout reaches it, and prints exactly as if it
had been built whole: the same pages, the same bytes, headings still kept with what follows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from reportlab.platypus import Spacer

from ecoassess.demo import create_demo
from ecoassess.dossier import document, sections_criteria
from ecoassess.dossier.blocks import grid
from ecoassess.dossier.document import Contents, Decor, render
from ecoassess.dossier.export import render_dossier
from ecoassess.dossier.fonts import register_fonts
from ecoassess.dossier.layout import Later
from ecoassess.dossier.styles import styles
from ecoassess.dossier.thaiwrap import ThaiParagraph
from ecoassess.scheme import load_scheme
from ecoassess.scoring import evaluate_assessment
from ecoassess.storage import open_store
from tests.unit.pdf_readers import pages_text, squash

AS_OF = datetime(2026, 5, 28, tzinfo=UTC)
LADDER = "ระดับที่ 3 มีการติดตามผลการใช้น้ำและพลังงานรายเดือนและทบทวนเป้าหมายทุกปี"


def _pdf(story):
    decor = Decor("โรงงานสาธิต", "EA-TEST", lambda page, total: f"หน้า {page} จาก {total}")
    pdf, _slots, pages = render(story, decor, title="t", author="a", subject="s", lang="th",
                                as_of=AS_OF, doc_id="EA-TEST")
    return pdf, pages


def _heading(text, key_level=0):
    st = styles()
    para = ThaiParagraph(text, st.h1 if key_level == 0 else st.h2)
    para.toc_entry = (key_level, text, text)
    return para


def _body(n):
    """What follows a criterion's heading: a sub-heading kept with the next, a line, a ladder."""
    st = styles()
    rows = [[ThaiParagraph("ระดับ", st.cell_bold), ThaiParagraph("ข้อกำหนด", st.cell_bold)]]
    rows += [[ThaiParagraph(f"L{i}", st.cell), ThaiParagraph(f"{LADDER} ({n}.{i})", st.cell)]
             for i in range(1, 9)]
    return [ThaiParagraph("ข้อมูลที่กรอก", st.h3), ThaiParagraph(f"คะแนน {n} จาก 5", st.body),
            grid(rows, [100, 330])]


def _story(filler, late):
    story = [Contents(), Spacer(1, filler)]
    for n in range(1, 4):
        story.append(_heading(f"เกณฑ์ที่ {n} การจัดการน้ำ"))
        story += [Later(lambda n=n: _body(n))] if late else _body(n)
    return story


@pytest.fixture(scope="module", autouse=True)
def fonts():
    register_fonts()


@pytest.mark.parametrize("filler", [0, 420, 480, 520, 560, 600])
def test_a_part_built_late_prints_exactly_as_the_same_part_built_at_once(filler):
    # the filler puts the first heading near the foot of a page: kept with its body or moved on
    eager, eager_pages = _pdf(_story(filler, late=False))
    late, late_pages = _pdf(_story(filler, late=True))
    assert late_pages == eager_pages
    assert late == eager


def test_a_part_is_built_only_when_the_layout_reaches_it(monkeypatch):
    events = []
    monkeypatch.setattr(document.DossierTemplate, "afterPage",
                        lambda self: events.append(("page", self.page)), raising=False)
    story = [Contents()]
    for n in range(1, 6):
        story.append(_heading(f"เกณฑ์ที่ {n}"))
        story.append(Later(lambda n=n: events.append(("built", n)) or [*_body(n), *_body(n)]))
    _pdf(story)
    built = [i for i, e in enumerate(events) if e[0] == "built"]
    assert len(built) == 5
    # parts are built as pages go, not all of them before the first page is done
    assert events.index(("page", 1)) < built[1]
    assert sum(1 for e in events[: built[-1]] if e[0] == "page") >= 2


def test_a_late_part_may_not_hide_a_heading_of_the_contents():
    story = [Contents(), _heading("บทนำ"), Later(lambda: [_heading("หัวข้อที่ซ่อนอยู่", 1)])]
    with pytest.raises(ValueError, match="contents"):
        _pdf(story)


def test_an_empty_part_at_the_end_is_nothing_to_lay_out():
    pdf, pages = _pdf([_heading("บทสรุป"), ThaiParagraph("จบ", styles().body), Later(list)])
    assert pages == 1 and pdf.startswith(b"%PDF")


def test_a_dossier_lays_criteria_out_as_it_builds_them(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")
    store = open_store(tmp_path / "data")
    assessment = store.get_assessment(create_demo(store))
    store.close()
    scheme = load_scheme()
    result = evaluate_assessment(scheme, assessment)
    pages_seen = []
    real = sections_criteria.criterion_body
    monkeypatch.setattr(document.DossierTemplate, "afterPage",
                        lambda self: pages_seen.append(self.page), raising=False)

    def body(ctx, criterion, cr):
        pages_seen.append(criterion.id)
        return real(ctx, criterion, cr)

    monkeypatch.setattr(sections_criteria, "criterion_body", body)
    path = tmp_path / "dossier.pdf"
    path.write_bytes(render_dossier(assessment, scheme, result, "th"))
    first = next(i for i, e in enumerate(pages_seen) if isinstance(e, str))
    assert first >= 4  # cover, contents, profile and results were laid out before criterion 1
    assert sum(1 for e in pages_seen if isinstance(e, str)) == 14
    text = squash("".join(pages_text("pdfium", path)))
    assert squash(scheme.criteria[13].name.get("th")) in text

