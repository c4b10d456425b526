"""The dossier's page layout: A4 frame, header and footer on every page, contents, outline."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from ecoassess.dossier.styles import RULE, styles
from ecoassess.dossier.thaiwrap import ThaiParagraph, draw_text

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


class Decor:
    """What the header and footer say; `page_label(page, total)` is language-aware."""

    def __init__(self, header: str, footer_left: str, page_label: Callable[[int, int], str]):
        self.header = header
        self.footer_left = footer_left
        self.page_label = page_label

    def draw(self, canvas, page: int, total: int) -> None:
        st = styles()
        width = PAGE_W - 2 * MARGIN_X
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top_rule = PAGE_H - MARGIN_TOP + 4 * mm
        canvas.line(MARGIN_X, top_rule, PAGE_W - MARGIN_X, top_rule)
        draw_text(canvas, self.header, st.header, MARGIN_X, top_rule + 1.2 * mm, width)
        bottom_rule = MARGIN_BOTTOM - 5 * mm
        canvas.line(MARGIN_X, bottom_rule, PAGE_W - MARGIN_X, bottom_rule)
        base = bottom_rule - 7 * mm
        draw_text(canvas, self.footer_left, st.footer, MARGIN_X, base, width * 0.68)
        draw_text(canvas, self.page_label(page, total), st.footer_right,
                  MARGIN_X + width * 0.68, base, width * 0.32)
        canvas.restoreState()


def numbered_canvas(decor: Decor):
    """A canvas class that draws header and footer at save time, when the page total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, 1):
                self.__dict__.update(state)
                decor.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class Contents(TableOfContents):
    """Table of contents drawn with shaped, word-wrapped Thai (entries are plain text)."""

    def wrap(self, availWidth, availHeight):
        st = styles()
        entries = self._lastEntries or [(0, "…", 0, None)]
        rows, commands = [], []
        for row, (level, text, page, _key) in enumerate(entries):
            style = st.toc if level == 0 else st.cell
            indent = "" if level == 0 else "    "
            rows.append([ThaiParagraph(indent + text.replace("\n", "\n" + indent), style),
                         ThaiParagraph(str(page), st.cell_right)])
            if level == 0:
                commands.append(("TOPPADDING", (0, row), (-1, row), 5))
        self._table = Table(rows, colWidths=[availWidth - 18 * mm, 18 * mm],
                            style=TableStyle([
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                ("TOPPADDING", (0, 0), (-1, -1), 1),
                                *commands,
                            ]))
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        return self._table.split(availWidth, availHeight)


class DossierTemplate(BaseDocTemplate):
    """A4 portrait, one frame; headings marked with `toc_entry` feed contents and outline."""

    def __init__(self, target, *, title: str, author: str, subject: str):
        super().__init__(
            target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
            subject=subject, creator="ecoassess", producer="ecoassess", invariant=1,
            lang=None,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline_keys = 0
        self.annex_slots: dict[tuple[str, int], int] = {}

    def afterFlowable(self, flowable):
        slot = getattr(flowable, "annex_slot", None)
        if slot is not None:
            self.annex_slots[slot] = self.page
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, outline_title = entry
        self.notify("TOCEntry", (level, text, self.page))
        self._outline_keys += 1
        key = f"s{self._outline_keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(outline_title, key, level=level, closed=level > 0)

    def handle_documentBegin(self):
        self._outline_keys = 0
        self.annex_slots = {}
        super().handle_documentBegin()


def render(story_factory: Callable[[], list], decor: Decor, *, title: str, author: str,
           subject: str) -> tuple[bytes, dict[tuple[str, int], int]]:
    """Lay out the story (twice or more, for the contents' page numbers) into PDF bytes.

    Also returns the page number of each reserved annex page, by (evidence ref, page index).
    """
    buffer = BytesIO()
    doc = DossierTemplate(buffer, title=title, author=author, subject=subject)
    doc.multiBuild(story_factory(), canvasmaker=numbered_canvas(decor), maxPasses=6)
    return buffer.getvalue(), dict(doc.annex_slots)
